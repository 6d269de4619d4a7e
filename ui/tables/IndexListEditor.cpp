// A list of index cards.
#include "tables/IndexListEditor.h"

#include "tables/FieldMessage.h"
#include "tables/TableSpecValidator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

namespace dynoscope::ui {

IndexListEditor::IndexListEditor(SecondaryIndexEditor::Kind kind, QWidget* parent)
    : QWidget(parent), m_kind(kind), m_count(new QLabel), m_empty(new QLabel), m_add(new QPushButton),
      m_message(new FieldMessage), m_cards(new QVBoxLayout)
{
    const bool global = kind == SecondaryIndexEditor::Kind::Global;
    setObjectName(global ? QStringLiteral("globalIndexes") : QStringLiteral("localIndexes"));
    auto* title = new QLabel(global ? tr("Global secondary indexes") : tr("Local secondary indexes"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    title->setFont(bold);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_add->setObjectName(global ? QStringLiteral("addGlobalIndex") : QStringLiteral("addLocalIndex"));
    m_add->setText(global ? tr("Add global index") : tr("Add local index"));
    m_add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));

    auto* description = new QLabel(
        global ? tr("Query the table by other keys. A global index has its own partition key and, on a "
                    "provisioned table, its own capacity. Indexes can be added to or removed from a table "
                    "at any time.")
               : tr("Query the table's partitions in another order. A local index shares the table's partition "
                    "key and needs the table to have a sort key. Local indexes are defined when the table is "
                    "created and cannot change afterwards."));
    description->setWordWrap(true);
    description->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(global ? tr("No global secondary indexes.") : tr("No local secondary indexes."));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setIndent(4);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(m_count);
    header->addStretch();
    header->addWidget(m_add);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(description);
    layout->addWidget(m_message);
    layout->addWidget(m_empty);
    m_cards->setSpacing(10);
    layout->addLayout(m_cards);

    connect(m_add, &QPushButton::clicked, this, [this] {
        auto* editor = addIndex();
        editor->nameEdit()->setFocus();
    });
    updateHeader();
}

QList<SecondaryIndexSpec> IndexListEditor::indexes() const
{
    QList<SecondaryIndexSpec> out;
    for (auto* editor : m_editors)
        out.append(editor->spec());
    return out;
}

void IndexListEditor::setIndexes(const QList<SecondaryIndexSpec>& indexes)
{
    qDeleteAll(m_editors);
    m_editors.clear();
    m_touched.clear();
    for (const auto& index : indexes)
        appendEditor(index);
    updateHeader();
    emit changed();
}

SecondaryIndexEditor* IndexListEditor::addIndex()
{
    SecondaryIndexSpec spec;
    auto* editor = appendEditor(spec);
    updateHeader();
    emit changed();
    return editor;
}

SecondaryIndexEditor* IndexListEditor::appendEditor(const SecondaryIndexSpec& spec)
{
    auto* editor = new SecondaryIndexEditor(m_kind);
    editor->setSpec(spec);
    editor->setTablePartitionKey(m_tablePartitionKey);
    editor->setProvisioned(m_provisioned);
    editor->setRemovable(m_editable);
    m_cards->addWidget(editor);
    // Shown now rather than when the layout gets round to it.
    editor->show();
    m_editors.append(editor);
    m_touched.append(false);
    connect(editor, &SecondaryIndexEditor::changed, this, [this, editor] {
        m_touched[m_editors.indexOf(editor)] = true;
        emit changed();
    });
    connect(editor, &SecondaryIndexEditor::removeRequested, this, [this, editor] {
        const auto row = m_editors.indexOf(editor);
        m_editors.removeAt(row);
        m_touched.removeAt(row);
        editor->deleteLater();
        updateHeader();
        emit changed();
    });
    return editor;
}

void IndexListEditor::setProvisioned(bool provisioned)
{
    m_provisioned = provisioned;
    for (auto* editor : m_editors)
        editor->setProvisioned(provisioned);
}

void IndexListEditor::setTablePartitionKey(const KeyAttribute& key)
{
    m_tablePartitionKey = key;
    for (auto* editor : m_editors) {
        // Following the table's key is not the user editing the card.
        const QSignalBlocker blocker(editor);
        editor->setTablePartitionKey(key);
    }
}

void IndexListEditor::setEditable(bool editable)
{
    m_editable = editable;
    for (auto* editor : m_editors)
        editor->setRemovable(editable);
    updateHeader();
}

void IndexListEditor::setIssues(const QList<ValidationIssue>& issues)
{
    using Field = ValidationIssue::Field;
    const bool global = m_kind == SecondaryIndexEditor::Kind::Global;
    m_message->setMessages(messagesFor(issues, global ? Field::GlobalIndexes : Field::LocalIndexes));
    for (int row = 0; row < m_editors.size(); ++row)
        m_editors[row]->setMessages(
            m_touched[row] ? messagesFor(issues, global ? Field::GlobalIndex : Field::LocalIndex, row) : QStringList());
}

void IndexListEditor::updateHeader()
{
    const bool global = m_kind == SecondaryIndexEditor::Kind::Global;
    const int limit = global ? TableSpecValidator::maxGlobalIndexes : TableSpecValidator::maxLocalIndexes;
    m_count->setText(tr("%1 of %2").arg(m_editors.size()).arg(limit));
    m_empty->setVisible(m_editors.isEmpty());
    m_add->setVisible(m_editable);
    m_add->setEnabled(m_editors.size() < limit);
}

} // namespace dynoscope::ui
