// The query panel: its tabs, Run and Save, and the sync between the builder
// and the expression editors.
#include "query/QueryPanel.h"

#include "connection/Connection.h"
#include "connection/HttpConnection.h"
#include "editor/JsonEditor.h"
#include "query/CodeView.h"
#include "query/ExpressionPane.h"
#include "query/ExpressionReader.h"
#include "query/QueryBuilder.h"
#include "query/QueryRequest.h"
#include "query/SavedQueriesPanel.h"
#include "server/ServerOptions.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dynoscope::ui {

namespace {

const QString kKeyCondition = QStringLiteral("KeyConditionExpression");
const QString kFilter = QStringLiteral("FilterExpression");
const QString kProjection = QStringLiteral("ProjectionExpression");
const QString kNames = QStringLiteral("ExpressionAttributeNames");
const QString kValues = QStringLiteral("ExpressionAttributeValues");

// Lets the panel shrink below a page's minimum height: the grid below
// needs the room more than the editors need to be seen whole.
QWidget* scrollable(QWidget* page)
{
    auto* area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

QueryPanel::QueryPanel(Connection* connection, QString tableName, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_tableName(std::move(tableName)), m_builder(new QueryBuilder),
      m_pane(new ExpressionPane), m_requestView(new JsonEditor), m_requestNote(new QLabel), m_code(new CodeView),
      m_saved(new SavedQueriesPanel(connection, m_tableName)), m_tabs(new QTabWidget), m_sync(new QLabel),
      m_problem(new QLabel), m_save(new QPushButton(tr("Save…"))), m_run(new QPushButton(tr("Run")))
{
    m_requestView->setReadOnly(true);
    m_requestNote->setWordWrap(true);
    m_requestNote->setEnabled(false);
    auto* requestPage = new QWidget;
    auto* requestLayout = new QVBoxLayout(requestPage);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->setSpacing(2);
    requestLayout->addWidget(m_requestNote);
    requestLayout->addWidget(m_requestView, 1);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_builder, tr("Builder"));
    m_tabs->addTab(scrollable(m_pane), tr("Expressions"));
    m_tabs->addTab(requestPage, tr("Request"));
    m_tabs->addTab(m_code, tr("Code"));

    m_sync->setWordWrap(true);
    m_sync->setTextFormat(Qt::RichText);
    m_sync->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
    m_sync->hide();
    connect(m_sync, &QLabel::linkActivated, this, &QueryPanel::revertExpressions);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_run->setDefault(true);
    m_run->setToolTip(tr("Run the request and show its items below (Ctrl+Enter)"));
    m_save->setToolTip(tr("Save this request as a named access pattern of the table"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_run);
    auto* main = new QWidget;
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->setSpacing(4);
    mainLayout->addWidget(m_tabs, 1);
    mainLayout->addWidget(m_sync);
    mainLayout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(main);
    splitter->addWidget(scrollable(m_saved));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({680, 300});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &QueryPanel::run);
    }
    connect(m_run, &QPushButton::clicked, this, &QueryPanel::run);
    connect(m_save, &QPushButton::clicked, this, &QueryPanel::save);
    connect(m_builder, &QueryBuilder::changed, this, &QueryPanel::builderChanged);
    connect(m_pane, &ExpressionPane::edited, this, &QueryPanel::expressionsEdited);
    connect(m_saved, &SavedQueriesPanel::openRequested, this, &QueryPanel::open);

    m_builder->setTable(m_tableName, {});
    refreshViews(true);
}

void QueryPanel::setDescription(const QJsonObject& description)
{
    m_builder->setTable(m_tableName, description);
    refreshViews(true);
}

void QueryPanel::setAttributeNames(const QStringList& names)
{
    m_builder->setAttributeNames(names);
    m_pane->setAttributeNames(names);
}

QuerySpec QueryPanel::spec() const { return m_builder->spec(); }

void QueryPanel::setSpec(const QuerySpec& spec)
{
    m_builder->setSpec(spec);
    m_paneDirty = false;
    m_sync->hide();
    refreshViews(true);
}

void QueryPanel::open(const SavedQuery& query)
{
    const QString indexName = query.request.value(QStringLiteral("IndexName")).toString();
    const QueryBuilder::KeySchema schema = m_builder->keySchema(indexName);
    QString reason;
    QuerySpec spec = ExpressionReader::readRequest(query.operation, query.request, schema.partitionKey,
                                                   schema.sortKey, &reason);
    spec.tableName = m_tableName;
    spec.maxItems = query.maxItems;
    setSpec(spec);
    if (spec.filterIsText) {
        QString filterReason;
        ExpressionReader::readFilter(spec.filterText, query.request.value(kNames).toObject(),
                                     query.request.value(kValues).toObject(), &filterReason);
        m_builder->setTextFilter(spec.filterText, spec.filterNames, spec.filterValues, filterReason);
        refreshViews(true);
    }
    // A key condition or projection the builder could not read: keep the
    // saved text in the Expressions tab rather than the builder's default.
    const bool keyLost = spec.operation == QueryOperation::Query &&
                         !ExpressionReader::readKeyCondition(query.request.value(kKeyCondition).toString(),
                                                             query.request.value(kNames).toObject(),
                                                             query.request.value(kValues).toObject(),
                                                             schema.partitionKey, schema.sortKey, nullptr);
    const bool projectionLost = !ExpressionReader::readProjection(query.request.value(kProjection).toString(),
                                                                  query.request.value(kNames).toObject(), nullptr);
    if (keyLost || projectionLost) {
        m_pane->setOperation(spec.operation);
        m_pane->setRequest(query.request);
        setExpressionsPending(reason);
        m_tabs->setCurrentIndex(1);
    }
}

void QueryPanel::builderChanged() { refreshViews(true); }

void QueryPanel::refreshViews(bool toExpressions)
{
    const QuerySpec spec = m_builder->spec();
    m_request = QueryRequest::build(spec);
    m_specProblem = QueryRequest::validate(spec);
    m_requestView->setJson(QueryRequest::toJson(m_request));

    QStringList notes;
    const bool allSegments = spec.operation == QueryOperation::Scan && spec.totalSegments > 1 && spec.segment < 0;
    if (allSegments)
        notes << tr("Sent once per segment, with \"Segment\": 0 to %1, each followed to its last page.")
                     .arg(spec.totalSegments - 1);
    if (spec.maxItems > 0)
        notes << tr("Dynoscope stops after %1 items; DynamoDB does not receive that limit.").arg(spec.maxItems);
    if (notes.isEmpty())
        notes << tr("The exact request Run sends, each page with the previous page's LastEvaluatedKey as "
                    "ExclusiveStartKey.");
    m_requestNote->setText(notes.join(QLatin1Char(' ')));

    CodeRequest code;
    code.operation = operationName(spec.operation);
    code.request = m_request;
    code.maxItems = spec.maxItems;
    code.allSegments = allSegments;
    if (auto* http = qobject_cast<HttpConnection*>(m_connection.data())) {
        const QUrl url = http->endpoint().url;
        if (!url.host().endsWith(QLatin1String(".amazonaws.com")))
            code.endpointUrl = url.toString(QUrl::StripTrailingSlash);
        code.region = http->endpoint().region;
    } else if (m_connection && m_connection->isEmbedded()) {
        // The embedded database is reached by code once served: File > Serve
        // This Database and dynoscope-server both default to the same port.
        code.endpointUrl = QStringLiteral("http://localhost:%1").arg(dynoscope::ServerOptions().port);
    }
    m_code->setRequest(code);

    if (toExpressions && !m_paneDirty) {
        m_pane->setOperation(spec.operation);
        m_pane->setRequest(m_request);
    }
    m_problem->setText(problem());
}

void QueryPanel::expressionsEdited()
{
    if (m_pane->hasErrors()) {
        const QString message = m_pane->requestMessage();
        setExpressionsPending(message.isEmpty() ? tr("an expression has an error") : message);
        return;
    }
    const QJsonObject members = m_pane->expressionMembers();
    const QJsonObject names = members.value(kNames).toObject();
    const QJsonObject values = members.value(kValues).toObject();
    QuerySpec spec = m_builder->spec();
    const QueryBuilder::KeySchema schema = m_builder->keySchema(spec.indexName);
    QString why;
    if (spec.operation == QueryOperation::Query) {
        const auto key = ExpressionReader::readKeyCondition(members.value(kKeyCondition).toString(), names, values,
                                                            schema.partitionKey, schema.sortKey, &why);
        if (!key) {
            setExpressionsPending(tr("the key condition cannot be shown in the builder: %1").arg(why));
            return;
        }
        spec.key = *key;
    }
    const auto projection = ExpressionReader::readProjection(members.value(kProjection).toString(), names, &why);
    if (!projection) {
        setExpressionsPending(tr("the projection cannot be shown in the builder: %1").arg(why));
        return;
    }
    spec.projection = *projection;

    const QString filterText = members.value(kFilter).toString();
    QString filterReason;
    const auto filter = ExpressionReader::readFilter(filterText, names, values, &filterReason);
    spec.filterIsText = !filter;
    spec.filter = filter ? *filter : FilterNode();
    spec.filterText = filter ? QString() : filterText;
    spec.filterNames = filter ? QJsonObject() : names;
    spec.filterValues = filter ? QJsonObject() : values;
    m_builder->setSpec(spec);
    if (!filter)
        m_builder->setTextFilter(filterText, names, values, filterReason);
    m_paneDirty = false;
    m_sync->hide();
    // The Expressions tab keeps the text as typed; the request shows it
    // with the builder's placeholders.
    refreshViews(false);
}

void QueryPanel::setExpressionsPending(const QString& why)
{
    m_paneDirty = true;
    m_sync->setText(tr("The Expressions tab is not in the builder: %1. The builder and the request keep their "
                       "last version until it is fixed, or <a href=\"revert\">use the builder's version</a>.")
                        .arg(why.toHtmlEscaped()));
    m_sync->show();
    m_problem->setText(problem());
}

void QueryPanel::revertExpressions()
{
    m_paneDirty = false;
    m_sync->hide();
    refreshViews(true);
}

QString QueryPanel::problem() const
{
    if (m_paneDirty)
        return tr("Fix the Expressions tab, or use the builder's version, before running.");
    return m_specProblem;
}

SavedQuery QueryPanel::currentQuery() const
{
    SavedQuery query;
    query.operation = operationName(m_builder->spec().operation);
    query.request = m_request;
    query.maxItems = m_builder->spec().maxItems;
    return query;
}

void QueryPanel::run()
{
    const QString why = problem();
    m_problem->setText(why);
    if (!why.isEmpty())
        return;
    const SavedQuery query = currentQuery();
    m_saved->recordRun(query);
    emit runRequested(query.operation, query.request, query.maxItems);
}

void QueryPanel::save()
{
    if (!problem().isEmpty()) {
        m_problem->setText(problem());
        return;
    }
    m_saved->saveQuery(currentQuery());
}

} // namespace dynoscope::ui
