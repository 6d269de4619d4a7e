// The window's table commands: create, change, describe, delete and purge a
// table through a Connection, with confirmation, progress and cancel.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace dynoscope::ui {

class Connection;

class TableActions : public QObject {
    Q_OBJECT
public:
    explicit TableActions(QWidget* window);

    void newTable(Connection* connection);
    void changeTable(Connection* connection, const QString& tableName);
    void showDetails(Connection* connection, const QString& tableName);
    void deleteTable(Connection* connection, const QString& tableName);
    void purgeTable(Connection* connection, const QString& tableName, qint64 approximateItemCount);

signals:
    // A table was created, changed or emptied: the sidebar and tabs refresh.
    void tableChanged(dynoscope::ui::Connection* connection, const QString& tableName);
    void tableDeleted(dynoscope::ui::Connection* connection, const QString& tableName);
    void message(const QString& text);

private:
    QPointer<QWidget> m_window;
};

} // namespace dynoscope::ui
