// The query builder's side panel: the table's saved queries (named access
// patterns) and the history of queries that ran, with open (double-click),
// rename, delete and "Check access patterns...". Where they are stored is
// SavedQueryStore's choice; the panel says which.
#pragma once

#include "query/SavedQuery.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace dynoscope::ui {

class Connection;
class SavedQueryStore;

class SavedQueriesPanel : public QWidget {
    Q_OBJECT
public:
    SavedQueriesPanel(Connection* connection, QString tableName, QWidget* parent = nullptr);

    // Adds the query to the history (its name is dropped).
    void recordRun(const SavedQuery& query);
    // Asks for a name (pre-filled with query.name, or a suggestion), then
    // saves; replaces an existing query of that name after asking.
    void saveQuery(const SavedQuery& query);

    // What the lists show, as last loaded.
    const QList<SavedQuery>& savedQueries() const { return m_saved; }
    const QList<SavedQuery>& history() const { return m_history; }
    SavedQueryStore* store() const { return m_store; }
    QTreeWidget* savedList() const { return m_savedList; }
    QTreeWidget* historyList() const { return m_historyList; }
    QLabel* statusLabel() const { return m_status; }

public slots:
    // Loads both lists again.
    void reload();
    // Renames, deletes or checks the current saved query, asking first.
    void renameCurrent();
    void deleteCurrent();
    void checkAccessPatterns();

signals:
    void openRequested(const dynoscope::ui::SavedQuery& query);
    // After both lists were loaded (for tests and the screenshot tool).
    void reloaded();

private:
    void fillSaved();
    void fillHistory();
    const SavedQuery* currentQuery() const;
    void showError(const QString& error);
    void updateButtons();

    QPointer<Connection> m_connection;
    QString m_tableName;
    SavedQueryStore* m_store;
    QList<SavedQuery> m_saved;
    QList<SavedQuery> m_history;
    int m_pendingLoads = 0;
    QLabel* m_location;
    QLabel* m_status;
    QTabWidget* m_tabs;
    QTreeWidget* m_savedList;
    QTreeWidget* m_historyList;
    QPushButton* m_open;
    QPushButton* m_rename;
    QPushButton* m_delete;
    QPushButton* m_check;
};

} // namespace dynoscope::ui
