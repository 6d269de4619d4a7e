// One table's tab in the workspace: a one-line summary of the table (keys,
// item count, size, capacity mode, indexes) above its items.
#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;

namespace dynoscope::ui {

class Connection;
class ItemBrowser;

class TablePage : public QWidget {
    Q_OBJECT
public:
    TablePage(Connection* connection, QString tableName, QWidget* parent = nullptr);

    Connection* connection() const { return m_connection; }
    const QString& tableName() const { return m_tableName; }
    const QJsonObject& description() const { return m_description; }
    ItemBrowser* items() const { return m_items; }

public slots:
    // Describes the table again and reloads its items.
    void refresh();

signals:
    void described(const QJsonObject& description);

private:
    void describe();
    void show(const QJsonObject& description);

    QPointer<Connection> m_connection;
    QString m_tableName;
    QJsonObject m_description;
    QLabel* m_summary;
    ItemBrowser* m_items;
};

} // namespace dynoscope::ui
