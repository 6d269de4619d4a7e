// One stream record: its old and new images side by side, one row per
// attribute, the attributes the write added, removed or changed tinted as in
// ItemDiffView.
#pragma once

#include "streams/StreamRecord.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace dynoscope::ui {

class StreamRecordDetail : public QWidget {
    Q_OBJECT
public:
    enum Column { AttributeColumn, OldColumn, NewColumn };
    // Per row, in AttributeColumn: "added", "removed", "changed" or empty.
    static constexpr int ChangeRole = Qt::UserRole + 1;

    explicit StreamRecordDetail(QWidget* parent = nullptr);

    void setRecord(const StreamRecord& record);
    void clear();

    QTreeWidget* tree() const { return m_tree; }
    QLabel* summaryLabel() const { return m_summary; }

private:
    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace dynoscope::ui
