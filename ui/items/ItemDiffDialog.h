// Asks to confirm saving an edited item: lists what the save changes in the
// stored item (ItemDiffView) and warns when the save cannot fully check for
// changes made by others meanwhile.
#pragma once

#include "items/ItemDiff.h"
#include "items/ItemJson.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace dynoscope::ui {

class ItemDiffView;

class ItemDiffDialog : public QDialog {
    Q_OBJECT
public:
    // subject: which item, e.g. "Orders · id = "a1""; warning: shown
    // highlighted when not empty.
    ItemDiffDialog(const ItemDiff& diff, ItemJsonForm form, const QString& subject, const QString& warning,
        QWidget* parent = nullptr);

    ItemDiffView* view() const { return m_view; }
    QLabel* warningLabel() const { return m_warning; }
    QPushButton* saveButton() const { return m_save; }

private:
    ItemDiffView* m_view = nullptr;
    QLabel* m_warning = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace dynoscope::ui
