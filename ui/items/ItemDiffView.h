// Shows an ItemDiff: one row per added, removed or changed attribute with
// its old and new values, tinted green, red or amber, and a summary line.
#pragma once

#include "items/ItemDiff.h"
#include "items/ItemJson.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace dynoscope::ui {

class ItemDiffView : public QWidget {
    Q_OBJECT
public:
    explicit ItemDiffView(QWidget* parent = nullptr);

    // Values are written in form, on one line (the tooltip shows them whole).
    void setDiff(const ItemDiff& diff, ItemJsonForm form);
    const ItemDiff& diff() const { return m_diff; }

    QTreeWidget* tree() const { return m_tree; }
    QLabel* summaryLabel() const { return m_summary; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();

    ItemDiff m_diff;
    ItemJsonForm m_form = ItemJsonForm::DynamoDb;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace dynoscope::ui
