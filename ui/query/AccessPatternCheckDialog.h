// "Check access patterns": runs every saved query of a table, one after
// another, with progress and Cancel, and shows what each returned, read and
// consumed, flagging Scans and queries whose filter discards most of what
// they read. A failed query shows its error in its row.
#pragma once

#include "query/SavedQuery.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace dynoscope::ui {

class AccessPatternRunner;
class Connection;

class AccessPatternCheckDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { NameColumn, OperationColumn, ItemsColumn, ScannedColumn, CapacityColumn, PagesColumn, NotesColumn };

    AccessPatternCheckDialog(
        Connection* connection, const QString& tableName, const QList<SavedQuery>& queries, QWidget* parent = nullptr);

    void start();
    AccessPatternRunner* runner() const { return m_runner; }
    QTreeWidget* resultTable() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }

protected:
    void reject() override;

private:
    void updateRow(int index);
    void finish();

    AccessPatternRunner* m_runner;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QTreeWidget* m_table;
    QDialogButtonBox* m_buttons;
    QPushButton* m_cancel;
};

} // namespace dynoscope::ui
