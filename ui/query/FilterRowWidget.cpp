// A filter condition row: its editors appear and disappear with the operator.
#include "query/FilterRowWidget.h"

#include "query/TypedValueEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

namespace dynoscope::ui {

namespace {

bool takesSize(FilterOperator op)
{
    return op != FilterOperator::BeginsWith && op != FilterOperator::Contains && op != FilterOperator::Exists &&
           op != FilterOperator::NotExists && op != FilterOperator::AttributeType;
}

int valueCount(FilterOperator op)
{
    switch (op) {
    case FilterOperator::Exists:
    case FilterOperator::NotExists:
    case FilterOperator::AttributeType: return 0;
    case FilterOperator::Between: return 2;
    default: return 1;
    }
}

} // namespace

FilterRowWidget::FilterRowWidget(QWidget* parent)
    : QWidget(parent), m_not(new QCheckBox(tr("NOT"))), m_path(new QComboBox), m_size(new QToolButton),
      m_operator(new QComboBox), m_attributeType(new QComboBox), m_valueLayout(new QHBoxLayout),
      m_addValue(new QToolButton), m_removeValue(new QToolButton)
{
    m_not->setToolTip(tr("Negate this condition"));
    m_path->setEditable(true);
    m_path->setInsertPolicy(QComboBox::NoInsert);
    m_path->setMinimumContentsLength(8);
    m_path->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_path->lineEdit()->setPlaceholderText(tr("attribute, e.g. a.b[0]"));
    m_path->setToolTip(tr("An attribute path: a name, a.b for a map member, a[0] for a list element"));
    m_path->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_path->completer()->setFilterMode(Qt::MatchContains);
    m_path->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_size->setText(QStringLiteral("size"));
    m_size->setCheckable(true);
    m_size->setToolTip(tr("Compare size(attribute): the length of a string or binary, the number of elements "
                          "of a set, list or map"));

    const QList<QPair<QString, FilterOperator>> operators{
        {QStringLiteral("="), FilterOperator::Equal},
        {QStringLiteral("<>"), FilterOperator::NotEqual},
        {QStringLiteral("<"), FilterOperator::Less},
        {QStringLiteral("<="), FilterOperator::LessEqual},
        {QStringLiteral(">"), FilterOperator::Greater},
        {QStringLiteral(">="), FilterOperator::GreaterEqual},
        {QStringLiteral("BETWEEN"), FilterOperator::Between},
        {QStringLiteral("IN"), FilterOperator::In},
        {QStringLiteral("begins_with"), FilterOperator::BeginsWith},
        {QStringLiteral("contains"), FilterOperator::Contains},
        {tr("exists"), FilterOperator::Exists},
        {tr("not exists"), FilterOperator::NotExists},
        {QStringLiteral("attribute_type"), FilterOperator::AttributeType},
    };
    for (const auto& [label, op] : operators)
        m_operator->addItem(label, int(op));
    m_attributeType->addItems({QStringLiteral("S"), QStringLiteral("SS"), QStringLiteral("N"), QStringLiteral("NS"),
                               QStringLiteral("B"), QStringLiteral("BS"), QStringLiteral("BOOL"),
                               QStringLiteral("NULL"), QStringLiteral("L"), QStringLiteral("M")});
    m_attributeType->setToolTip(tr("The DynamoDB type the attribute must have"));
    m_addValue->setText(QStringLiteral("+"));
    m_addValue->setToolTip(tr("Add a value to the IN list"));
    m_removeValue->setText(QStringLiteral("−"));
    m_removeValue->setToolTip(tr("Remove the last value of the IN list"));
    auto* remove = new QToolButton;
    remove->setText(QStringLiteral("×"));
    remove->setToolTip(tr("Remove this condition"));
    remove->setAutoRaise(true);

    m_valueLayout->setContentsMargins(0, 0, 0, 0);
    m_valueLayout->setSpacing(4);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_not);
    layout->addWidget(m_size);
    layout->addWidget(m_path, 2);
    layout->addWidget(m_operator);
    layout->addWidget(m_attributeType);
    layout->addLayout(m_valueLayout, 3);
    layout->addWidget(m_addValue);
    layout->addWidget(m_removeValue);
    layout->addWidget(remove);

    connect(m_not, &QCheckBox::toggled, this, &FilterRowWidget::changed);
    connect(m_path, &QComboBox::editTextChanged, this, &FilterRowWidget::changed);
    connect(m_size, &QToolButton::toggled, this, [this](bool on) {
        // size() is a Number: make a fresh value a Number too.
        if (on)
            for (TypedValueEdit* edit : m_values)
                if (edit->value().isEmpty() || edit->textEdit()->text().isEmpty())
                    edit->setType(QStringLiteral("N"));
        emit changed();
    });
    connect(m_operator, &QComboBox::currentIndexChanged, this, [this] {
        updateOperands();
        emit changed();
    });
    connect(m_attributeType, &QComboBox::currentIndexChanged, this, &FilterRowWidget::changed);
    connect(m_addValue, &QToolButton::clicked, this, [this] {
        TypedValueEdit* edit = addValueEdit();
        edit->setType(m_values.first()->type());
        edit->textEdit()->setFocus();
        emit changed();
    });
    connect(m_removeValue, &QToolButton::clicked, this, [this] {
        showValueCount(int(m_values.size()) - 1);
        emit changed();
    });
    connect(remove, &QToolButton::clicked, this, &FilterRowWidget::removeRequested);
    updateOperands();
}

TypedValueEdit* FilterRowWidget::addValueEdit()
{
    if (!m_values.isEmpty()) {
        auto* separator = new QLabel(operatorCombo()->currentData().toInt() == int(FilterOperator::Between)
                                         ? tr("and")
                                         : QStringLiteral(","));
        m_separators << separator;
        m_valueLayout->addWidget(separator);
    }
    auto* edit = new TypedValueEdit;
    m_values << edit;
    m_valueLayout->addWidget(edit, 1);
    connect(edit, &TypedValueEdit::changed, this, &FilterRowWidget::changed);
    return edit;
}

void FilterRowWidget::showValueCount(int count)
{
    count = std::max(0, count);
    while (m_values.size() > count) {
        delete m_values.takeLast();
        if (!m_separators.isEmpty())
            delete m_separators.takeLast();
    }
    while (m_values.size() < count) {
        const QString type = m_values.isEmpty() ? QString() : m_values.last()->type();
        TypedValueEdit* edit = addValueEdit();
        if (!type.isEmpty())
            edit->setType(type);
    }
    const auto op = FilterOperator(m_operator->currentData().toInt());
    for (QLabel* separator : m_separators)
        separator->setText(op == FilterOperator::Between ? tr("and") : QStringLiteral(","));
    m_removeValue->setVisible(op == FilterOperator::In && m_values.size() > 1);
}

void FilterRowWidget::updateOperands()
{
    const auto op = FilterOperator(m_operator->currentData().toInt());
    m_size->setVisible(takesSize(op));
    m_attributeType->setVisible(op == FilterOperator::AttributeType);
    m_addValue->setVisible(op == FilterOperator::In);
    const int wanted = op == FilterOperator::In ? std::max<int>(1, int(m_values.size())) : valueCount(op);
    showValueCount(wanted);
}

void FilterRowWidget::setOperator(FilterOperator op)
{
    const QSignalBlocker block(m_operator);
    m_operator->setCurrentIndex(m_operator->findData(int(op)));
    updateOperands();
}

FilterNode FilterRowWidget::node() const
{
    FilterNode node;
    node.kind = FilterNode::Kind::Row;
    node.negated = m_not->isChecked();
    node.path = m_path->currentText().trimmed();
    node.op = FilterOperator(m_operator->currentData().toInt());
    node.size = takesSize(node.op) && m_size->isChecked();
    if (node.op == FilterOperator::AttributeType)
        node.values << QJsonObject{{QStringLiteral("S"), m_attributeType->currentText()}};
    else
        for (TypedValueEdit* edit : m_values)
            node.values << edit->value();
    return node;
}

void FilterRowWidget::setNode(const FilterNode& node)
{
    const QSignalBlocker blockNot(m_not);
    const QSignalBlocker blockPath(m_path);
    const QSignalBlocker blockSize(m_size);
    const QSignalBlocker blockType(m_attributeType);
    m_not->setChecked(node.negated);
    m_path->setEditText(node.path);
    m_size->setChecked(node.size);
    setOperator(node.op);
    if (node.op == FilterOperator::AttributeType) {
        m_attributeType->setCurrentText(node.values.value(0).value(QStringLiteral("S")).toString());
        return;
    }
    if (node.op == FilterOperator::In)
        showValueCount(std::max<int>(1, int(node.values.size())));
    for (int i = 0; i < m_values.size(); ++i) {
        const QSignalBlocker blockValue(m_values[i]);
        m_values[i]->setValue(node.values.value(i));
    }
}

void FilterRowWidget::setAttributeNames(const QStringList& names)
{
    const QSignalBlocker block(m_path);
    const QString text = m_path->currentText();
    m_path->clear();
    m_path->addItems(names);
    m_path->setEditText(text);
}

} // namespace dynoscope::ui
