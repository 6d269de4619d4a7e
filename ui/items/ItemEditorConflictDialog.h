// Shown when a save found that someone else changed (or deleted, or
// created) the item meanwhile: the item as stored now beside the user's
// edit, what saving the edit would change, and the ways on.
#pragma once

#include "items/ItemJson.h"

#include <QDialog>

#include <optional>

class QPushButton;

namespace dynoscope::ui {

class ItemDiffView;
class JsonEditor;

class ItemEditorConflictDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice {
        Cancel,
        Overwrite, // save the edit over the stored item
        KeepEditing, // go on editing; the next save is checked against the stored item now
        TakeStored, // drop the edit and edit the stored item
    };

    // current: the item as stored now, nullopt when it no longer exists;
    // edited: the user's edit. Both in DynamoDB form.
    ItemEditorConflictDialog(const std::optional<ItemJsonValue>& current, const ItemJsonValue& edited,
        ItemJsonForm form, const QString& subject, QWidget* parent = nullptr);

    // Valid once finished.
    Choice choice() const { return m_choice; }

    JsonEditor* storedView() const { return m_stored; }
    JsonEditor* editView() const { return m_edit; }
    ItemDiffView* diffView() const { return m_diff; }
    QPushButton* button(Choice choice) const;

private:
    QPushButton* addChoice(const QString& text, Choice choice);

    Choice m_choice = Choice::Cancel;
    JsonEditor* m_stored = nullptr;
    JsonEditor* m_edit = nullptr;
    ItemDiffView* m_diff = nullptr;
    QList<std::pair<Choice, QPushButton*>> m_buttons;
};

} // namespace dynoscope::ui
