// The tag table and its buttons.
#include "tables/TagEditor.h"

#include "tables/FieldMessage.h"
#include "tables/TableSpecValidator.h"
#include "tables/TagTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace dynoscope::ui {

TagEditor::TagEditor(QWidget* parent)
    : QWidget(parent), m_model(new TagTableModel(this)), m_view(new QTableView), m_add(new QPushButton(tr("Add tag"))),
      m_remove(new QPushButton(tr("Remove"))), m_count(new QLabel), m_note(new QLabel), m_message(new FieldMessage)
{
    setObjectName(QStringLiteral("tags"));
    m_view->setObjectName(QStringLiteral("tagTable"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(TagTableModel::KeyColumn, 220);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                            QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_add->setObjectName(QStringLiteral("addTag"));
    m_add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_remove->setObjectName(QStringLiteral("removeTag"));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setText(tr("Tags label the table for cost allocation and access control. Keys are up to 128 "
                       "characters, values up to 256; the aws: prefix is reserved."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_model->appendTag();
        const QModelIndex key = m_model->index(row, TagTableModel::KeyColumn);
        m_view->setCurrentIndex(key);
        m_view->setFocus();
        m_view->edit(key);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        auto rows = m_view->selectionModel()->selectedRows();
        // Bottom up, so that the rows still to remove keep their numbers.
        std::sort(rows.begin(), rows.end(),
                  [](const QModelIndex& a, const QModelIndex& b) { return a.row() > b.row(); });
        for (const auto& row : rows)
            m_model->removeRow(row.row());
    });
    for (auto signal : {&TagTableModel::rowsInserted, &TagTableModel::rowsRemoved})
        connect(m_model, signal, this, [this] {
            updateButtons();
            emit changed();
        });
    connect(m_model, &TagTableModel::modelReset, this, [this] {
        updateButtons();
        emit changed();
    });
    connect(m_model, &TagTableModel::dataChanged, this, [this](const QModelIndex&, const QModelIndex&,
                                                               const QList<int>& roles) {
        if (roles.isEmpty() || roles.contains(Qt::EditRole))
            emit changed();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TagEditor::updateButtons);
    updateButtons();
}

QList<TableTag> TagEditor::tags() const { return m_model->tags(); }

void TagEditor::setTags(const QList<TableTag>& tags) { m_model->setTags(tags); }

void TagEditor::setUnavailable(const QString& reason)
{
    m_available = false;
    m_model->setReadOnly(true);
    m_note->setText(tr("The table's tags could not be read, so they cannot be changed here: %1").arg(reason));
    updateButtons();
}

void TagEditor::setIssues(const QList<ValidationIssue>& issues)
{
    QStringList messages = messagesFor(issues, ValidationIssue::Field::Tags);
    QHash<int, QStringList> rows;
    for (const auto& issue : issues) {
        if (issue.field != ValidationIssue::Field::Tag)
            continue;
        rows[issue.row].append(issue.message);
        messages.append(tr("Tag %1: %2").arg(issue.row + 1).arg(issue.message));
    }
    m_model->setRowMessages(rows);
    m_message->setMessages(messages);
}

void TagEditor::updateButtons()
{
    const int count = m_model->rowCount();
    m_count->setText(tr("%1 of %2 tags").arg(count).arg(TableSpecValidator::maxTags));
    m_add->setEnabled(m_available && count < TableSpecValidator::maxTags);
    m_remove->setEnabled(m_available && m_view->selectionModel()->hasSelection());
}

} // namespace dynoscope::ui
