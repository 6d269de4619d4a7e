// The key condition editor: two lines, partition key and sort key.
#include "query/KeyConditionEditor.h"

#include "query/TypedValueEdit.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace dynoscope::ui {

namespace {

QString keyLabel(const QString& name, const QString& type, const QString& role)
{
    return QStringLiteral("<b>%1</b> <span style=\"color:gray\">%2 · %3</span>")
        .arg(name.toHtmlEscaped(), type, role);
}

} // namespace

KeyConditionEditor::KeyConditionEditor(QWidget* parent)
    : QWidget(parent), m_partitionLabel(new QLabel), m_sortLabel(new QLabel), m_partition(new TypedValueEdit),
      m_sortOperator(new QComboBox), m_sort(new TypedValueEdit), m_and(new QLabel(tr("and"))),
      m_sortHigh(new TypedValueEdit)
{
    const QList<QPair<QString, SortKeyOperator>> operators{
        {tr("any"), SortKeyOperator::None},
        {QStringLiteral("="), SortKeyOperator::Equal},
        {QStringLiteral("<"), SortKeyOperator::Less},
        {QStringLiteral("<="), SortKeyOperator::LessEqual},
        {QStringLiteral(">"), SortKeyOperator::Greater},
        {QStringLiteral(">="), SortKeyOperator::GreaterEqual},
        {QStringLiteral("BETWEEN"), SortKeyOperator::Between},
        {QStringLiteral("begins_with"), SortKeyOperator::BeginsWith},
    };
    for (const auto& [label, op] : operators)
        m_sortOperator->addItem(label, int(op));
    m_sortOperator->setToolTip(tr("The sort-key condition; \"any\" reads the whole partition"));
    m_partition->setToolTip(tr("A Query reads the items of one partition: its key value is required"));

    auto* sortLine = new QHBoxLayout;
    sortLine->setSpacing(4);
    sortLine->addWidget(m_sortOperator);
    sortLine->addWidget(m_sort, 1);
    sortLine->addWidget(m_and);
    sortLine->addWidget(m_sortHigh, 1);
    auto* partitionLine = new QHBoxLayout;
    partitionLine->setSpacing(4);
    partitionLine->addWidget(new QLabel(QStringLiteral("=")));
    partitionLine->addWidget(m_partition, 1);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(8);
    layout->addWidget(m_partitionLabel, 0, 0);
    layout->addLayout(partitionLine, 0, 1);
    layout->addWidget(m_sortLabel, 1, 0);
    layout->addLayout(sortLine, 1, 1);
    layout->setColumnStretch(1, 1);

    connect(m_partition, &TypedValueEdit::changed, this, &KeyConditionEditor::changed);
    connect(m_sort, &TypedValueEdit::changed, this, &KeyConditionEditor::changed);
    connect(m_sortHigh, &TypedValueEdit::changed, this, &KeyConditionEditor::changed);
    connect(m_sortOperator, &QComboBox::currentIndexChanged, this, [this] {
        updateSortEditors();
        emit changed();
    });
    setKeySchema({}, QStringLiteral("S"), {}, {});
}

void KeyConditionEditor::setKeySchema(const QString& partitionKey, const QString& partitionType,
                                      const QString& sortKey, const QString& sortType)
{
    m_partitionKey = partitionKey;
    m_sortKey = sortKey;
    m_partitionLabel->setText(keyLabel(partitionKey, partitionType, tr("partition key")));
    m_partition->setAllowedTypes({partitionType.isEmpty() ? QStringLiteral("S") : partitionType});
    const bool hasSort = !sortKey.isEmpty();
    m_sortLabel->setText(hasSort ? keyLabel(sortKey, sortType, tr("sort key")) : QString());
    m_sortLabel->setVisible(hasSort);
    m_sortOperator->setVisible(hasSort);
    for (TypedValueEdit* edit : {m_sort, m_sortHigh})
        edit->setAllowedTypes({sortType.isEmpty() ? QStringLiteral("S") : sortType});
    updateSortEditors();
}

void KeyConditionEditor::updateSortEditors()
{
    const auto op = SortKeyOperator(m_sortOperator->currentData().toInt());
    const bool hasSort = !m_sortKey.isEmpty();
    m_sort->setVisible(hasSort && op != SortKeyOperator::None);
    m_and->setVisible(hasSort && op == SortKeyOperator::Between);
    m_sortHigh->setVisible(hasSort && op == SortKeyOperator::Between);
}

KeyCondition KeyConditionEditor::keyCondition() const
{
    // A key value is never an empty string: an empty field is no value yet.
    const auto keyValue = [](const TypedValueEdit* edit) {
        return edit->textEdit()->text().isEmpty() ? QJsonObject() : edit->value();
    };
    KeyCondition condition;
    condition.partitionKey = m_partitionKey;
    condition.sortKey = m_sortKey;
    condition.partitionValue = keyValue(m_partition);
    if (m_sortKey.isEmpty())
        return condition;
    condition.sortOperator = SortKeyOperator(m_sortOperator->currentData().toInt());
    if (condition.sortOperator != SortKeyOperator::None)
        condition.sortValue = keyValue(m_sort);
    if (condition.sortOperator == SortKeyOperator::Between)
        condition.sortValueHigh = keyValue(m_sortHigh);
    return condition;
}

void KeyConditionEditor::setKeyCondition(const KeyCondition& condition)
{
    const QSignalBlocker blockOperator(m_sortOperator);
    const QSignalBlocker blockPartition(m_partition);
    const QSignalBlocker blockSort(m_sort);
    const QSignalBlocker blockHigh(m_sortHigh);
    m_partition->setValue(condition.partitionValue);
    m_sortOperator->setCurrentIndex(m_sortOperator->findData(int(condition.sortOperator)));
    m_sort->setValue(condition.sortValue);
    m_sortHigh->setValue(condition.sortValueHigh);
    updateSortEditors();
}

} // namespace dynoscope::ui
