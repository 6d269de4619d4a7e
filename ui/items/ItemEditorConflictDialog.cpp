// Side-by-side view of a save conflict.
#include "items/ItemEditorConflictDialog.h"

#include "editor/JsonEditor.h"
#include "items/ItemDiff.h"
#include "items/ItemDiffView.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace dynoscope::ui {

namespace {

QWidget* titled(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

JsonEditor* readOnlyEditor(const QByteArray& json, QWidget* parent)
{
    auto* editor = new JsonEditor(parent);
    editor->setJson(json);
    editor->setReadOnly(true);
    return editor;
}

} // namespace

ItemEditorConflictDialog::ItemEditorConflictDialog(const std::optional<ItemJsonValue>& current,
    const ItemJsonValue& edited, ItemJsonForm form, const QString& subject, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Item Changed"));
    auto* heading = new QLabel(
        current ? tr("The item changed since you opened it") : tr("The item was deleted since you opened it"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* explanation = new QLabel(subject + QLatin1Char('\n')
            + tr("On the left, the item as stored now; on the right, your edit. Below, "
                 "what saving your edit would change in the stored item."),
        this);
    explanation->setWordWrap(true);

    m_edit = readOnlyEditor(ItemJson::writeItem(edited, form, ItemJsonStyle::Pretty), this);
    QWidget* storedSide = nullptr;
    if (current) {
        m_stored = readOnlyEditor(ItemJson::writeItem(*current, form, ItemJsonStyle::Pretty), this);
        storedSide = titled(tr("Stored now"), m_stored, this);
    } else {
        auto* gone = new QLabel(tr("The item no longer exists."), this);
        gone->setAlignment(Qt::AlignCenter);
        gone->setFrameShape(QFrame::StyledPanel);
        storedSide = titled(tr("Stored now"), gone, this);
    }
    auto* sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(storedSide);
    sides->addWidget(titled(tr("Your edit"), m_edit, this));

    m_diff = new ItemDiffView(this);
    m_diff->setDiff(ItemDiff(current.value_or(ItemJsonValue::object()), edited), form);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(sides);
    vertical->addWidget(titled(tr("Saving your edit would change"), m_diff, this));
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(this);
    const auto add = [&](QPushButton* button, QDialogButtonBox::ButtonRole role) { buttons->addButton(button, role); };
    add(addChoice(tr("Overwrite with My Edit"), Choice::Overwrite), QDialogButtonBox::DestructiveRole);
    add(addChoice(tr("Use Stored Item"), Choice::TakeStored), QDialogButtonBox::ActionRole);
    add(addChoice(tr("Keep Editing"), Choice::KeepEditing), QDialogButtonBox::AcceptRole);
    add(addChoice(tr("Cancel"), Choice::Cancel), QDialogButtonBox::RejectRole);
    button(Choice::TakeStored)->setEnabled(current.has_value());
    button(Choice::TakeStored)->setToolTip(tr("Drop your edit and edit the item as stored now"));
    button(Choice::KeepEditing)->setToolTip(tr("Go on editing; saving then checks against the item as stored now"));
    button(Choice::KeepEditing)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(vertical, 1);
    layout->addWidget(buttons);
    resize(980, 640);
}

QPushButton* ItemEditorConflictDialog::button(Choice choice) const
{
    for (const auto& [c, b] : m_buttons) {
        if (c == choice)
            return b;
    }
    return nullptr;
}

QPushButton* ItemEditorConflictDialog::addChoice(const QString& text, Choice choice)
{
    auto* b = new QPushButton(text, this);
    b->setAutoDefault(false);
    m_buttons.append({ choice, b });
    connect(b, &QPushButton::clicked, this, [this, choice] {
        m_choice = choice;
        if (choice == Choice::Cancel)
            reject();
        else
            accept();
    });
    return b;
}

} // namespace dynoscope::ui
