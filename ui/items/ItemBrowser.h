// The items of one table (or one of its indexes) in a grid: lazy paging,
// typed cells with in-place editing, column choice and order saved per
// table, find, and actions on selected items (copy as JSON, delete). It
// also shows the result of a query builder run, with its result bar, until
// the user goes back to browsing.
#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace dynoscope::ui {

class Connection;
class ItemTableModel;
class QueryResultBar;

class ItemBrowser : public QWidget {
    Q_OBJECT
public:
    ItemBrowser(Connection* connection, QString tableName, QWidget* parent = nullptr);

    // Sets up the grid for the table's description (keys, indexes).
    void setDescription(const QJsonObject& description);

    ItemTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QAction* findAction() const { return m_findAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* copyAction() const { return m_copyAction; }
    QAction* copyPlainAction() const { return m_copyPlainAction; }
    QCheckBox* hideExpiredBox() const { return m_hideExpired; }
    QueryResultBar* resultBar() const { return m_resultBar; }

    // Shows the items of a Query or Scan request as the query builder sends
    // it (its Limit becomes the page size), stopping after maxItems items
    // (0: all); the result bar shows what it read.
    void showQuery(const QString& operation, const QJsonObject& request, int maxItems);
    // Back to browsing the table (or the index chosen before).
    void showTable();
    bool isShowingQuery() const { return m_queryMode; }

    // The table key of the current row's item; empty when none is loaded.
    QJsonObject currentKey() const;
    // The selected rows' items, as DynamoDB JSON.
    QList<QJsonObject> selectedItems() const;
    // Finds the next cell containing text (case-insensitive) after the
    // current one, among loaded rows; returns false when there is none.
    bool findNext(const QString& text);
    // Deletes the items of the selected rows (after asking when confirm).
    void deleteSelected(bool confirm = true);

public slots:
    void refresh();

signals:
    // Ask the window to open the item editor, on the item with this table
    // key, or on a new item copied from this one.
    void editItemRequested(const QJsonObject& key);
    void duplicateItemRequested(const QJsonObject& item);

private:
    void chooseSource();
    void updateStatus();
    void showMessage(const QString& text, bool error);
    void restoreColumns();
    void saveColumns() const;
    void showHeaderMenu(const QPoint& position);
    void showItemMenu(const QPoint& position);
    void showStructure(const QModelIndex& index);
    void describeTimeToLive();
    void applyExpiredFilter(int first, int last);
    QString settingsKey() const;

    QPointer<Connection> m_connection;
    QString m_tableName;
    QJsonObject m_description;
    ItemTableModel* m_model;
    QTableView* m_view;
    QComboBox* m_source;
    QLabel* m_status;
    QLabel* m_sourceLabel;
    QueryResultBar* m_resultBar;
    bool m_queryMode = false;
    QString m_queryOperation;
    QString m_queryErrorType;
    QString m_queryErrorMessage;
    QCheckBox* m_hideExpired;
    QLabel* m_message;
    QWidget* m_findBar;
    QLineEdit* m_findText;
    QAction* m_findAction;
    QAction* m_deleteAction;
    QAction* m_copyAction;
    QAction* m_copyPlainAction;
    bool m_restoringColumns = false;
    int m_hiddenRows = 0;
};

} // namespace dynoscope::ui
