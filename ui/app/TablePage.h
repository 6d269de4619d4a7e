// One table's tab in the workspace: a one-line summary of the table (keys,
// item count, size, capacity mode, indexes) above its items, and the query
// builder between them when the "Query" action is on (remembered in
// QSettings); a query runs into the item grid.
#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QSplitter;

namespace dynoscope::ui {

class Connection;
class ItemBrowser;
class QueryPanel;

class TablePage : public QWidget {
    Q_OBJECT
public:
    TablePage(Connection* connection, QString tableName, QWidget* parent = nullptr);

    Connection* connection() const { return m_connection; }
    const QString& tableName() const { return m_tableName; }
    const QJsonObject& description() const { return m_description; }
    ItemBrowser* items() const { return m_items; }
    // Checkable: shows or hides the query builder.
    QAction* queryAction() const { return m_queryAction; }
    // The query builder; null until first shown.
    QueryPanel* queryPanel() const { return m_query; }
    void setQueryVisible(bool visible);

public slots:
    // Describes the table again and reloads its items.
    void refresh();

signals:
    void described(const QJsonObject& description);

private:
    void describe();
    void show(const QJsonObject& description);
    void noteAttributes();

    QPointer<Connection> m_connection;
    QString m_tableName;
    QJsonObject m_description;
    QLabel* m_summary;
    ItemBrowser* m_items;
    QSplitter* m_splitter;
    QAction* m_queryAction;
    QueryPanel* m_query = nullptr;
    QStringList m_attributes; // every attribute name the grid has shown
};

} // namespace dynoscope::ui
