// The query builder's widgets and their mapping to and from a QuerySpec.
#include "query/QueryBuilder.h"

#include "query/FilterGroupWidget.h"
#include "query/KeyConditionEditor.h"
#include "query/ProjectionPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dynoscope::ui {

namespace {

QString attributeType(const QJsonObject& description, const QString& name)
{
    for (const auto& definition : description.value(QStringLiteral("AttributeDefinitions")).toArray())
        if (definition.toObject().value(QStringLiteral("AttributeName")).toString() == name)
            return definition.toObject().value(QStringLiteral("AttributeType")).toString();
    return QStringLiteral("S");
}

QueryBuilder::KeySchema schemaOf(const QJsonObject& description, const QJsonArray& keySchema, const QString& index,
                                 bool global)
{
    QueryBuilder::KeySchema schema;
    schema.indexName = index;
    schema.global = global;
    for (const auto& element : keySchema) {
        const QString name = element.toObject().value(QStringLiteral("AttributeName")).toString();
        if (element.toObject().value(QStringLiteral("KeyType")).toString() == QLatin1String("HASH")) {
            schema.partitionKey = name;
            schema.partitionType = attributeType(description, name);
        } else {
            schema.sortKey = name;
            schema.sortType = attributeType(description, name);
        }
    }
    return schema;
}

QSpinBox* spinBox(int minimum, int maximum, const QString& special, const QString& tip)
{
    auto* box = new QSpinBox;
    box->setRange(minimum, maximum);
    box->setSpecialValueText(special);
    box->setToolTip(tip);
    box->setAccelerated(true);
    return box;
}

} // namespace

QueryBuilder::QueryBuilder(QWidget* parent)
    : QWidget(parent), m_operation(new QComboBox), m_target(new QComboBox),
      m_keyBox(new QGroupBox(tr("Key condition"))), m_key(new KeyConditionEditor), m_textPage(new QWidget),
      m_filter(new FilterGroupWidget(true)), m_textMessage(new QLabel), m_textView(new QPlainTextEdit),
      m_projection(new ProjectionPicker),
      m_pageSize(spinBox(0, 1000000, tr("Default"),
                         tr("Limit: the items DynamoDB reads per request (before the filter); by default a page "
                            "holds up to 1 MB"))),
      m_maxItems(spinBox(0, 100000000, tr("All"), tr("Stop after this many items in all (read client-side)"))),
      m_descending(new QCheckBox(tr("Descending"))), m_consistent(new QCheckBox(tr("Consistent read"))),
      m_segmentsLabel(new QLabel(tr("Segments:"))),
      m_segments(spinBox(1, 1000000, QString(),
                         tr("TotalSegments: split the Scan into this many parallel segments"))),
      m_segmentLabel(new QLabel(tr("Segment:"))),
      m_segment(spinBox(-1, 0, tr("All, in turn"), tr("Read one segment, or every segment one after another")))
{
    m_operation->addItem(tr("Query"), int(QueryOperation::Query));
    m_operation->addItem(tr("Scan"), int(QueryOperation::Scan));
    m_operation->setToolTip(tr("Query reads one partition by its key; Scan reads every item"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_descending->setToolTip(tr("ScanIndexForward = false: newest (highest sort key) first"));
    m_consistent->setToolTip(tr("ConsistentRead: read the latest writes, at twice the read capacity"));

    auto* operationLine = new QHBoxLayout;
    operationLine->addWidget(m_operation);
    operationLine->addWidget(new QLabel(tr("on")));
    operationLine->addWidget(m_target);
    operationLine->addStretch();

    auto* keyLayout = new QVBoxLayout(m_keyBox);
    keyLayout->setContentsMargins(8, 4, 8, 6);
    keyLayout->addWidget(m_key);

    // The filter: rows, or the text rows cannot show.
    m_textMessage->setWordWrap(true);
    m_textMessage->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
    m_textView->setReadOnly(true);
    m_textView->setMaximumHeight(m_textView->fontMetrics().lineSpacing() * 4);
    auto* useRowsButton = new QPushButton(tr("Discard This Filter and Use Rows"));
    useRowsButton->setToolTip(tr("Clears the text filter and starts an empty filter of rows"));
    connect(useRowsButton, &QPushButton::clicked, this, &QueryBuilder::useRows);
    auto* textLayout = new QVBoxLayout(m_textPage);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_textMessage);
    textLayout->addWidget(m_textView);
    textLayout->addWidget(useRowsButton, 0, Qt::AlignLeft);
    auto* filterBox = new QGroupBox(tr("Filter"));
    filterBox->setToolTip(tr("Applied after the items are read: filtered-out items still consume read capacity"));
    auto* filterLayout = new QVBoxLayout(filterBox);
    filterLayout->setContentsMargins(8, 4, 8, 6);
    filterLayout->addWidget(m_filter);
    filterLayout->addWidget(m_textPage);
    m_textPage->hide();

    auto* options = new QHBoxLayout;
    options->setSpacing(6);
    options->addWidget(new QLabel(tr("Page size:")));
    options->addWidget(m_pageSize);
    options->addWidget(new QLabel(tr("Max items:")));
    options->addWidget(m_maxItems);
    options->addSpacing(8);
    options->addWidget(m_descending);
    options->addWidget(m_consistent);
    options->addSpacing(8);
    options->addWidget(m_segmentsLabel);
    options->addWidget(m_segments);
    options->addWidget(m_segmentLabel);
    options->addWidget(m_segment);
    options->addStretch();

    auto* projectionLine = new QHBoxLayout;
    projectionLine->addWidget(new QLabel(tr("Projection:")));
    projectionLine->addWidget(m_projection, 1);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(4, 4, 4, 4);
    contentLayout->setSpacing(6);
    contentLayout->addLayout(operationLine);
    contentLayout->addWidget(m_keyBox);
    contentLayout->addWidget(filterBox);
    contentLayout->addLayout(projectionLine);
    contentLayout->addLayout(options);
    contentLayout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_operation, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        edited();
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        targetChosen();
        edited();
    });
    connect(m_key, &KeyConditionEditor::changed, this, &QueryBuilder::edited);
    connect(m_filter, &FilterGroupWidget::changed, this, &QueryBuilder::edited);
    connect(m_projection, &ProjectionPicker::changed, this, &QueryBuilder::edited);
    connect(m_pageSize, &QSpinBox::valueChanged, this, &QueryBuilder::edited);
    connect(m_maxItems, &QSpinBox::valueChanged, this, &QueryBuilder::edited);
    connect(m_descending, &QCheckBox::toggled, this, &QueryBuilder::edited);
    connect(m_consistent, &QCheckBox::toggled, this, &QueryBuilder::edited);
    connect(m_segments, &QSpinBox::valueChanged, this, [this](int segments) {
        m_segment->setMaximum(segments - 1);
        updateVisibility();
        edited();
    });
    connect(m_segment, &QSpinBox::valueChanged, this, &QueryBuilder::edited);
    setTable({}, {});
    m_operation->setCurrentIndex(1);
    updateVisibility();
}

void QueryBuilder::edited()
{
    if (!m_loading)
        emit changed();
}

void QueryBuilder::setTable(const QString& tableName, const QJsonObject& description)
{
    m_tableName = tableName;
    m_schemas.clear();
    m_schemas << schemaOf(description, description.value(QStringLiteral("KeySchema")).toArray(), {}, false);
    for (const auto& member : {QStringLiteral("GlobalSecondaryIndexes"), QStringLiteral("LocalSecondaryIndexes")})
        for (const auto& value : description.value(member).toArray()) {
            const QJsonObject index = value.toObject();
            m_schemas << schemaOf(description, index.value(QStringLiteral("KeySchema")).toArray(),
                                  index.value(QStringLiteral("IndexName")).toString(),
                                  member == QLatin1String("GlobalSecondaryIndexes"));
        }
    const QString current = m_target->currentData().toString();
    {
        const QSignalBlocker block(m_target);
        m_target->clear();
        for (const KeySchema& schema : std::as_const(m_schemas)) {
            if (schema.indexName.isEmpty())
                m_target->addItem(tr("Table %1").arg(tableName), QString());
            else
                m_target->addItem(schema.global ? tr("Global index %1").arg(schema.indexName)
                                                : tr("Local index %1").arg(schema.indexName),
                                  schema.indexName);
        }
        m_target->setCurrentIndex(std::max(0, m_target->findData(current)));
    }
    const bool loading = m_loading;
    m_loading = true;
    targetChosen();
    m_loading = loading;
}

QueryBuilder::KeySchema QueryBuilder::keySchema(const QString& indexName) const
{
    for (const KeySchema& schema : m_schemas)
        if (schema.indexName == indexName)
            return schema;
    return {};
}

void QueryBuilder::targetChosen()
{
    const KeySchema schema = keySchema(m_target->currentData().toString());
    const KeyCondition kept = m_key->keyCondition();
    m_key->setKeySchema(schema.partitionKey, schema.partitionType, schema.sortKey, schema.sortType);
    // Values typed for the same key attribute still apply.
    KeyCondition condition;
    if (kept.partitionKey == schema.partitionKey)
        condition.partitionValue = kept.partitionValue;
    if (kept.sortKey == schema.sortKey && !schema.sortKey.isEmpty()) {
        condition.sortOperator = kept.sortOperator;
        condition.sortValue = kept.sortValue;
        condition.sortValueHigh = kept.sortValueHigh;
    }
    m_key->setKeyCondition(condition);
    updateVisibility();
}

void QueryBuilder::updateVisibility()
{
    const bool query = QueryOperation(m_operation->currentData().toInt()) == QueryOperation::Query;
    m_keyBox->setVisible(query);
    m_descending->setVisible(query);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_segmentsLabel, m_segments})
        widget->setVisible(!query);
    m_segmentLabel->setVisible(!query && m_segments->value() > 1);
    m_segment->setVisible(!query && m_segments->value() > 1);
    const bool global = keySchema(m_target->currentData().toString()).global;
    if (global) {
        const QSignalBlocker block(m_consistent);
        m_consistent->setChecked(false);
    }
    m_consistent->setEnabled(!global);
    m_consistent->setToolTip(global ? tr("Global secondary indexes support eventually consistent reads only")
                                    : tr("ConsistentRead: read the latest writes, at twice the read capacity"));
}

void QueryBuilder::setAttributeNames(const QStringList& names)
{
    m_filter->setAttributeNames(names);
    m_projection->setAttributeNames(names);
}

QuerySpec QueryBuilder::spec() const
{
    QuerySpec spec;
    spec.operation = QueryOperation(m_operation->currentData().toInt());
    spec.tableName = m_tableName;
    spec.indexName = m_target->currentData().toString();
    const bool query = spec.operation == QueryOperation::Query;
    if (query)
        spec.key = m_key->keyCondition();
    if (m_filterIsText) {
        spec.filterIsText = true;
        spec.filterText = m_textView->toPlainText();
        spec.filterNames = m_textNames;
        spec.filterValues = m_textValues;
    } else {
        spec.filter = m_filter->node();
    }
    spec.projection = m_projection->paths();
    spec.pageSize = m_pageSize->value();
    spec.maxItems = m_maxItems->value();
    spec.scanIndexForward = !(query && m_descending->isChecked());
    spec.consistentRead = m_consistent->isEnabled() && m_consistent->isChecked();
    if (!query) {
        spec.totalSegments = m_segments->value();
        spec.segment = spec.totalSegments > 1 ? m_segment->value() : -1;
    }
    return spec;
}

void QueryBuilder::setSpec(const QuerySpec& spec)
{
    m_loading = true;
    m_operation->setCurrentIndex(m_operation->findData(int(spec.operation)));
    int target = m_target->findData(spec.indexName);
    if (target < 0 && !spec.indexName.isEmpty()) {
        // An index the description does not (yet) list: keep it rather than
        // silently querying the table.
        m_target->addItem(tr("Index %1").arg(spec.indexName), spec.indexName);
        target = m_target->count() - 1;
    }
    m_target->setCurrentIndex(std::max(0, target));
    targetChosen();
    if (spec.operation == QueryOperation::Query)
        m_key->setKeyCondition(spec.key);
    if (spec.filterIsText) {
        setTextFilter(spec.filterText, spec.filterNames, spec.filterValues, m_textReason);
    } else {
        m_filterIsText = false;
        m_textReason.clear();
        m_filter->setNode(spec.filter);
        showTextPage(false);
    }
    m_projection->setPaths(spec.projection);
    m_pageSize->setValue(spec.pageSize);
    m_maxItems->setValue(spec.maxItems);
    m_descending->setChecked(!spec.scanIndexForward);
    m_consistent->setChecked(spec.consistentRead);
    m_segments->setValue(std::max(1, spec.totalSegments));
    m_segment->setMaximum(m_segments->value() - 1);
    m_segment->setValue(spec.segment);
    updateVisibility();
    m_loading = false;
}

void QueryBuilder::setTextFilter(const QString& text, const QJsonObject& names, const QJsonObject& values,
                                 const QString& reason)
{
    m_filterIsText = true;
    m_textReason = reason;
    m_textNames = names;
    m_textValues = values;
    m_textView->setPlainText(text);
    m_textMessage->setText(
        tr("This filter cannot be shown as rows: %1. Edit it in the Expressions tab.")
            .arg(reason.isEmpty() ? tr("it was written as an expression") : reason.trimmed().remove(QRegularExpression(QStringLiteral("\\.$")))));
    showTextPage(true);
}

void QueryBuilder::showTextPage(bool text)
{
    // Hidden rather than stacked, so that the hidden one takes no height.
    m_filter->setVisible(!text);
    m_textPage->setVisible(text);
}

void QueryBuilder::useRows()
{
    m_filterIsText = false;
    m_textReason.clear();
    m_textNames = {};
    m_textValues = {};
    m_textView->clear();
    m_filter->setNode({});
    showTextPage(false);
    edited();
}

} // namespace dynoscope::ui
