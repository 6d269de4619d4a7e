// One table's tab in the workspace: what the table is (its description) and,
// as the item browser lands, its items.
#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;

namespace dynoscope::ui {

class Connection;

class TablePage : public QWidget {
    Q_OBJECT
public:
    TablePage(Connection* connection, QString tableName, QWidget* parent = nullptr);

    Connection* connection() const { return m_connection; }
    const QString& tableName() const { return m_tableName; }
    const QJsonObject& description() const { return m_description; }

public slots:
    void refresh();

signals:
    void described(const QJsonObject& description);

private:
    void show(const QJsonObject& description);

    QPointer<Connection> m_connection;
    QString m_tableName;
    QJsonObject m_description;
    QLabel* m_summary;
};

} // namespace dynoscope::ui
