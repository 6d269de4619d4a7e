// The Dynoscope main window: a sidebar of connections and their tables, a
// tabbed workspace with one tab per open table, the request log, and the
// status bar with the "serve this database" indicator.
#pragma once

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QAction;
class QJsonObject;
class QLabel;
class QMenu;
class QTabWidget;
class QTreeView;

namespace dynoscope {
class Engine;
}

namespace dynoscope::ui {

class Connection;
class ConnectionTreeModel;
class EmbeddedConnection;
class PartiqlPage;
class RequestLogDock;
class RequestLogModel;
class ServeController;
class TableActions;
class TablePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds a connection (the window takes ownership) to the sidebar and
    // makes it current.
    void addConnection(Connection* connection);
    // Opens a database file (created when missing) as an embedded
    // connection. Shows an error and returns null when it cannot.
    EmbeddedConnection* openDatabaseFile(const QString& path);
    EmbeddedConnection* openEmbedded(std::shared_ptr<Engine> engine, const QString& label);
    // Opens a new in-memory scratch database.
    EmbeddedConnection* newScratch();

    // Opens (or focuses) the tab of a table.
    TablePage* openTable(Connection* connection, const QString& tableName);
    // Opens a new PartiQL editor tab on a connection.
    PartiqlPage* openPartiqlEditor(Connection* connection);
    // The connection of the current sidebar selection, or the first one.
    Connection* currentConnection() const;
    // The table the commands act on: the current tab's, else the sidebar's.
    QString currentTable(Connection** connection) const;
    TablePage* currentPage() const;

    // Restores the tabs of the last session that belong to open connections.
    void restoreSession();

    ConnectionTreeModel* treeModel() const { return m_tree; }
    QTreeView* sidebar() const { return m_sidebar; }
    QTabWidget* tabs() const { return m_tabs; }
    RequestLogModel* requestLog() const { return m_log; }
    ServeController* serveController() const { return m_serve; }
    QLabel* serveIndicator() const { return m_serveIndicator; }
    // Shown above the workspace while a database is open read-only.
    QLabel* readOnlyBanner() const { return m_readOnlyBanner; }

    // Opens the item editor on the current table: on an existing item (its
    // key), on a copy of an item, or on a new item (both empty).
    void openItemEditor(TablePage* page, const QJsonObject& key, const QJsonObject& copyOf);

    // Starts serving the current embedded database; returns the error.
    QString serveCurrent(const QString& host, quint16 port);

public slots:
    void refresh();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void connectToEndpoint();
    void newDatabase();
    void openDatabase();
    void toggleServe();
    void updateServeIndicator();
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void saveSession() const;
    void showError(const QString& message);
    void closeTableTabs(Connection* connection, const QString& tableName);
    void tableChanged(Connection* connection, const QString& tableName);
    void watchPage(TablePage* page);
    QList<Connection*> connections() const;

    ConnectionTreeModel* m_tree;
    QTreeView* m_sidebar;
    QTabWidget* m_tabs;
    RequestLogModel* m_log;
    RequestLogDock* m_logDock;
    ServeController* m_serve;
    TableActions* m_tableActions;
    QLabel* m_connectionLabel;
    QLabel* m_serveIndicator;
    QLabel* m_readOnlyBanner;
    QStringList m_readOnlyPaths;
    QMenu* m_recentMenu = nullptr;
    QAction* m_serveAction = nullptr;
};

} // namespace dynoscope::ui
