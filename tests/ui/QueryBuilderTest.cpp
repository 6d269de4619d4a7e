// The query builder end to end: a request built by setting the widgets,
// targets and ConsistentRead on a GSI, setSpec() round trips without
// signals, a filter kept as text; Query, Scan, parallel Scan and maxItems
// run into the item grid of a table page with Count, ScannedCount and the
// filter-ratio flag; an engine error shown in place; Stop; the builder and
// the Expressions tab kept in sync without losing typed text; and the
// "Query" action remembered.
#include <QtTest>

#include "QueryTestSupport.h"
#include "app/TablePage.h"
#include "connection/EmbeddedConnection.h"
#include "items/ItemBrowser.h"
#include "items/ItemTableModel.h"
#include "query/CodeView.h"
#include "query/ExpressionEditor.h"
#include "query/ExpressionPane.h"
#include "query/FilterGroupWidget.h"
#include "query/FilterRowWidget.h"
#include "query/KeyConditionEditor.h"
#include "query/ProjectionPicker.h"
#include "query/QueryBuilder.h"
#include "query/QueryPanel.h"
#include "query/QueryRequest.h"
#include "query/QueryResultBar.h"
#include "query/SavedQuery.h"
#include "query/TypedValueEdit.h"
#include "editor/JsonEditor.h"

#include <dynoscope/Engine.h>

#include <Qsci/qsciscintilla.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>

using namespace dynoscope;
using namespace dynoscope::ui;

class QueryBuilderTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void buildsTheRequestFromTheWidgets();
    void targetsFollowTheKeySchema();
    void setSpecRoundTripsSilently();
    void keepsAFilterItCannotShowAsText();
    void runsQueriesIntoTheGrid();
    void showsAnEngineErrorInPlace();
    void stopsReading();
    void syncsWithTheExpressionsTab();
    void opensSavedQueries();
    void runsWithCtrlEnter();
    void remembersTheQueryAction();

private:
    std::shared_ptr<Engine> m_engine;
};

#ifndef Q_MOC_RUN

using namespace querytest;

namespace {


// Orders: customer (S) + orderId (N); GSI byStatus, LSI byTotal. 150 items,
// customers c0..c2 in turn; only orders 0..2 have status "rare".
std::shared_ptr<Engine> seededEngine()
{
    EngineOptions options;
    options.inMemory = true;
    std::string error;
    std::shared_ptr<Engine> engine = Engine::open(options, &error);
    const Result created = engine->execute("CreateTable", R"({"TableName":"Orders","BillingMode":"PAY_PER_REQUEST",
        "KeySchema":[{"AttributeName":"customer","KeyType":"HASH"},{"AttributeName":"orderId","KeyType":"RANGE"}],
        "AttributeDefinitions":[{"AttributeName":"customer","AttributeType":"S"},
            {"AttributeName":"orderId","AttributeType":"N"},{"AttributeName":"status","AttributeType":"S"},
            {"AttributeName":"total","AttributeType":"N"}],
        "GlobalSecondaryIndexes":[{"IndexName":"byStatus","KeySchema":[{"AttributeName":"status","KeyType":"HASH"}],
            "Projection":{"ProjectionType":"ALL"}}],
        "LocalSecondaryIndexes":[{"IndexName":"byTotal","KeySchema":[{"AttributeName":"customer","KeyType":"HASH"},
            {"AttributeName":"total","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}}]})");
    if (!created.ok())
        qFatal("CreateTable: %s", created.error->message().c_str());
    for (int i = 0; i < 150; ++i) {
        const QString status = i < 3 ? QStringLiteral("rare") : i % 2 ? QStringLiteral("open") : QStringLiteral("closed");
        const QString item = QStringLiteral(R"({"TableName":"Orders","Item":{"customer":{"S":"c%1"},"orderId":{"N":"%2"},
            "status":{"S":"%3"},"total":{"N":"%4"},"tags":{"SS":["a","b%2"]}}})")
                                 .arg(i % 3)
                                 .arg(i)
                                 .arg(status)
                                 .arg(i * 2);
        const Result put = engine->execute("PutItem", item.toStdString());
        if (!put.ok())
            qFatal("PutItem: %s", put.error->message().c_str());
    }
    return engine;
}

QJsonObject describe(Engine& engine)
{
    const Result r = engine.execute("DescribeTable", R"({"TableName":"Orders"})");
    return QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object().value("Table").toObject();
}

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

QuerySpec scanOrders(const FilterNode& filter = {})
{
    QuerySpec spec;
    spec.tableName = QStringLiteral("Orders");
    spec.filter = filter;
    return spec;
}

// Reads every page, as a scrolling view would.
bool readAll(ItemTableModel* model)
{
    return QTest::qWaitFor([model] {
        if (model->canFetchMore({}))
            model->fetchMore({});
        return model->isComplete() && !model->isLoading();
    }, 10000);
}

// Types into a QScintilla-based editor as the user does (textChanged fires).
void type(QsciScintilla* editor, const QString& text) { editor->setText(text); }

} // namespace

void QueryBuilderTest::initTestCase()
{
    QSettings().clear();
    m_engine = seededEngine();
}

void QueryBuilderTest::buildsTheRequestFromTheWidgets()
{
    QueryBuilder builder;
    builder.setTable(QStringLiteral("Orders"), describe(*m_engine));
    QSignalSpy changed(&builder, &QueryBuilder::changed);
    choose(builder.operationCombo(), int(QueryOperation::Query));
    QTest::keyClicks(builder.keyEditor()->partitionEdit()->textEdit(), QStringLiteral("c1"));
    choose(builder.keyEditor()->sortOperatorCombo(), int(SortKeyOperator::Between));
    QCOMPARE(builder.keyEditor()->sortEdit()->type(), QStringLiteral("N")); // typed per AttributeDefinitions
    QTest::keyClicks(builder.keyEditor()->sortEdit()->textEdit(), QStringLiteral("10"));
    QTest::keyClicks(builder.keyEditor()->sortHighEdit()->textEdit(), QStringLiteral("20"));

    FilterGroupWidget* root = builder.filterGroup();
    FilterRowWidget* status = root->addRow();
    status->pathCombo()->setEditText(QStringLiteral("status"));
    choose(status->operatorCombo(), int(FilterOperator::In));
    status->addValueButton()->click();
    QCOMPARE(status->valueEdits().size(), 2);
    QTest::keyClicks(status->valueEdits()[0]->textEdit(), QStringLiteral("open"));
    QTest::keyClicks(status->valueEdits()[1]->textEdit(), QStringLiteral("closed"));

    FilterGroupWidget* either = root->addGroup();
    choose(either->kindCombo(), int(FilterNode::Kind::Or));
    either->notBox()->setChecked(true);
    FilterRowWidget* sku = either->addRow();
    sku->pathCombo()->setEditText(QStringLiteral("items[0].sku"));
    choose(sku->operatorCombo(), int(FilterOperator::BeginsWith));
    QVERIFY(sku->sizeButton()->isHidden()); // size() does not apply to begins_with
    QTest::keyClicks(sku->valueEdits()[0]->textEdit(), QStringLiteral("A-"));
    FilterRowWidget* tags = either->addRow();
    tags->pathCombo()->setEditText(QStringLiteral("tags"));
    tags->sizeButton()->setChecked(true);
    choose(tags->operatorCombo(), int(FilterOperator::Greater));
    QCOMPARE(tags->valueEdits()[0]->type(), QStringLiteral("N")); // size() is a Number
    QTest::keyClicks(tags->valueEdits()[0]->textEdit(), QStringLiteral("2"));
    FilterRowWidget* typed = either->addRow();
    typed->pathCombo()->setEditText(QStringLiteral("total"));
    choose(typed->operatorCombo(), int(FilterOperator::AttributeType));
    QVERIFY(typed->valueEdits().isEmpty());
    typed->typeCombo()->setCurrentText(QStringLiteral("NS"));

    QTest::keyClicks(builder.projectionPicker()->lineEdit(), QStringLiteral("customer, total"));
    builder.pageSizeBox()->setValue(50);
    builder.maxItemsBox()->setValue(120);
    builder.descendingBox()->setChecked(true);
    builder.consistentReadBox()->setChecked(true);
    QVERIFY(changed.count() > 10);

    const QuerySpec spec = builder.spec();
    QCOMPARE(spec.maxItems, 120);
    QVERIFY2(QueryRequest::validate(spec).isEmpty(), qPrintable(QueryRequest::validate(spec)));
    QCOMPARE(QueryRequest::build(spec), json(R"js({
        "TableName": "Orders",
        "KeyConditionExpression": "#customer = :pk AND #orderId BETWEEN :sk AND :sk2",
        "FilterExpression": "#status IN (:v1, :v2) AND NOT (begins_with(#items[0].#sku, :v3) OR size(#tags) > :v4 OR attribute_type(#total, :v5))",
        "ProjectionExpression": "#customer, #total",
        "ExpressionAttributeNames": {"#customer": "customer", "#orderId": "orderId", "#status": "status",
            "#items": "items", "#sku": "sku", "#tags": "tags", "#total": "total"},
        "ExpressionAttributeValues": {":pk": {"S": "c1"}, ":sk": {"N": "10"}, ":sk2": {"N": "20"},
            ":v1": {"S": "open"}, ":v2": {"S": "closed"}, ":v3": {"S": "A-"}, ":v4": {"N": "2"}, ":v5": {"S": "NS"}},
        "Limit": 50, "ScanIndexForward": false, "ConsistentRead": true, "ReturnConsumedCapacity": "TOTAL"})js"));

    // A bad number is flagged in place and reported before sending.
    QTest::keyClicks(tags->valueEdits()[0]->textEdit(), QStringLiteral("x"));
    QVERIFY(!tags->valueEdits()[0]->problem().isEmpty());
    QVERIFY(QueryRequest::validate(builder.spec()).contains(QStringLiteral("Filter row 3")));

    // Removing a row and a group.
    emit tags->removeRequested();
    QCOMPARE(either->childWidgets().size(), 2);
    emit either->removeRequested();
    QCOMPARE(root->childWidgets().size(), 1);
    QCOMPARE(QueryRequest::build(builder.spec()).value("FilterExpression").toString(),
             QStringLiteral("#status IN (:v1, :v2)"));
}

void QueryBuilderTest::targetsFollowTheKeySchema()
{
    QueryBuilder builder;
    builder.setTable(QStringLiteral("Orders"), describe(*m_engine));
    QCOMPARE(builder.targetCombo()->count(), 3);
    choose(builder.operationCombo(), int(QueryOperation::Query));
    builder.consistentReadBox()->setChecked(true);
    choose(builder.targetCombo(), QStringLiteral("byStatus"));
    QVERIFY(!builder.consistentReadBox()->isEnabled()); // GSIs read eventually consistent only
    QVERIFY(!builder.consistentReadBox()->isChecked());
    QTest::keyClicks(builder.keyEditor()->partitionEdit()->textEdit(), QStringLiteral("open"));
    QuerySpec spec = builder.spec();
    QCOMPARE(spec.indexName, QStringLiteral("byStatus"));
    QCOMPARE(spec.key.partitionKey, QStringLiteral("status"));
    QVERIFY(spec.key.sortKey.isEmpty());
    QVERIFY(builder.keyEditor()->sortOperatorCombo()->isHidden());
    QVERIFY(!spec.consistentRead);

    choose(builder.targetCombo(), QStringLiteral("byTotal"));
    QVERIFY(builder.consistentReadBox()->isEnabled()); // an LSI may read consistently
    spec = builder.spec();
    QCOMPARE(spec.key.sortKey, QStringLiteral("total"));
    QCOMPARE(builder.keyEditor()->sortEdit()->type(), QStringLiteral("N"));
    QVERIFY(spec.key.partitionValue.isEmpty()); // "open" was for status, not customer
    QVERIFY(QueryRequest::validate(spec).contains(QStringLiteral("partition key customer")));

    // Scan: no key condition; segments.
    choose(builder.operationCombo(), int(QueryOperation::Scan));
    QVERIFY(builder.keyEditor()->parentWidget()->isHidden());
    builder.segmentsBox()->setValue(4);
    builder.segmentBox()->setValue(3);
    spec = builder.spec();
    QCOMPARE(spec.totalSegments, 4);
    QCOMPARE(spec.segment, 3);
    builder.segmentsBox()->setValue(2);
    QCOMPARE(builder.spec().segment, 1); // clamped to the segments there are
}

void QueryBuilderTest::setSpecRoundTripsSilently()
{
    QueryBuilder builder;
    builder.setTable(QStringLiteral("Orders"), describe(*m_engine));
    QSignalSpy changed(&builder, &QueryBuilder::changed);
    using F = FilterOperator;
    using K = FilterNode::Kind;

    QuerySpec query;
    query.operation = QueryOperation::Query;
    query.tableName = QStringLiteral("Orders");
    query.key = {QStringLiteral("customer"), QStringLiteral("orderId"), s("c2"), SortKeyOperator::Between, n("5"), n("9")};
    query.filter = group(K::Or, {row("status", F::NotEqual, {s("open")}, true),
                                 group(K::And, {row("a.b[1].c", F::Exists), row("tags", F::In, {n("1"), n("2"), n("3")}, false, true)},
                                       true)});
    query.projection = {QStringLiteral("customer"), QStringLiteral("a.b[0]")};
    query.pageSize = 7;
    query.maxItems = 30;
    query.scanIndexForward = false;
    query.consistentRead = true;

    QuerySpec everyOperator = scanOrders(group(
        K::And,
        {row("p1", F::Equal, {s("x")}), row("p2", F::Less, {n("1")}), row("p3", F::LessEqual, {QJsonObject{{"B", "AQI="}}}),
         row("p4", F::Greater, {QJsonObject{{"BOOL", true}}}), row("p5", F::GreaterEqual, {QJsonObject{{"NULL", true}}}),
         row("p6", F::Between, {n("1"), n("2")}), row("p7", F::BeginsWith, {s("pre")}),
         row("p8", F::Contains, {json(R"({"SS": ["a", "b"]})")}), row("p9", F::NotExists),
         row("p10", F::AttributeType, {s("M")}), row("p11", F::Equal, {json(R"({"M": {"k": {"L": [{"N": "1"}]}}})")}),
         row("p12", F::Equal, {json(R"({"NS": ["1", "2.5"]})")}), row("p13", F::Equal, {json(R"({"BS": ["AQI="]})")}),
         row("p14", F::Equal, {json(R"({"L": [{"S": "a"}]})")})}));
    everyOperator.totalSegments = 5;
    everyOperator.segment = 2;
    everyOperator.indexName = QStringLiteral("byStatus");

    QuerySpec allSegments = scanOrders();
    allSegments.totalSegments = 3;

    for (const QuerySpec& spec : {query, everyOperator, allSegments, scanOrders()}) {
        builder.setSpec(spec);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(builder.spec(), spec);
    }
}

void QueryBuilderTest::keepsAFilterItCannotShowAsText()
{
    QueryBuilder builder;
    builder.setTable(QStringLiteral("Orders"), describe(*m_engine));
    QuerySpec spec = scanOrders();
    spec.filterIsText = true;
    spec.filterText = QStringLiteral("#a = #b");
    spec.filterNames = json(R"({"#a": "total", "#b": "orderId"})");
    builder.setSpec(spec);
    builder.setTextFilter(spec.filterText, spec.filterNames, spec.filterValues,
                          QStringLiteral("it compares two attributes"));
    QCOMPARE(builder.filterTextMessage()->text(),
             QStringLiteral("This filter cannot be shown as rows: it compares two attributes. Edit it in the "
                            "Expressions tab."));
    QCOMPARE(builder.filterTextView()->toPlainText(), spec.filterText);
    QCOMPARE(builder.spec(), spec);
    QCOMPARE(QueryRequest::build(builder.spec()).value("FilterExpression").toString(), spec.filterText);
}

void QueryBuilderTest::runsQueriesIntoTheGrid()
{
    EmbeddedConnection connection(m_engine, QStringLiteral("test"));
    TablePage page(&connection, QStringLiteral("Orders"));
    page.setQueryVisible(true);
    QueryPanel* panel = page.queryPanel();
    QVERIFY(panel);
    QVERIFY(QTest::qWaitFor([&] { return !page.description().isEmpty(); }));
    ItemBrowser* items = page.items();
    ItemTableModel* model = items->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(readAll(model));
    QCOMPARE(model->rowCount(), 150);
    // Attribute names seen in the grid feed the path pickers.
    QVERIFY(QTest::qWaitFor([&] {
        FilterRowWidget* probe = panel->builder()->filterGroup()->addRow();
        const bool seen = probe->pathCombo()->findText(QStringLiteral("tags")) >= 0;
        emit probe->removeRequested();
        return seen;
    }));

    // A Scan whose filter reads far more than it returns is flagged.
    panel->setSpec(scanOrders(group(FilterNode::Kind::And, {row("status", FilterOperator::Equal, {s("rare")})})));
    // Code for the embedded database targets it once served (port 8000), not AWS.
    QVERIFY2(panel->codeView()->code().contains(QStringLiteral("http://localhost:8000")),
             qPrintable(panel->codeView()->code()));
    QSignalSpy runs(panel, &QueryPanel::runRequested);
    panel->runButton()->click();
    QCOMPARE(runs.count(), 1);
    QVERIFY(items->isShowingQuery());
    QVERIFY(readAll(model));
    QCOMPARE(model->rowCount(), 3);
    QueryResult result = items->resultBar()->result();
    QCOMPARE(result.count, 3);
    QCOMPARE(result.scanned, 150);
    QVERIFY(result.capacity > 0);
    QCOMPARE(result.pages, 1);
    QVERIFY(!items->resultBar()->warningLabel()->isHidden());
    QCOMPARE(items->resultBar()->warningLabel()->text(), QStringLiteral("⚠ Read 150 items to return 3"));
    QVERIFY(items->resultBar()->summaryLabel()->text().contains(QStringLiteral("ScannedCount 150")));
    for (int r = 0; r < 3; ++r)
        QCOMPARE(model->item(r).value("status").toObject(), s("rare"));

    // A Query reads one partition: nothing to flag.
    QuerySpec query;
    query.operation = QueryOperation::Query;
    query.tableName = QStringLiteral("Orders");
    query.key = {QStringLiteral("customer"), QStringLiteral("orderId"), s("c1"), SortKeyOperator::GreaterEqual, n("100"), {}};
    query.scanIndexForward = false;
    query.projection = {QStringLiteral("customer"), QStringLiteral("orderId")};
    panel->setSpec(query);
    panel->run();
    QVERIFY(readAll(model));
    QCOMPARE(model->rowCount(), 17); // 100, 103, ..., 148
    QCOMPARE(model->item(0).value("orderId").toObject(), n("148")); // descending
    QCOMPARE(model->item(0).size(), 2);                              // projected
    QCOMPARE(items->resultBar()->result().scanned, 17);
    QVERIFY(items->resultBar()->warningLabel()->isHidden());

    // A parallel Scan reads every segment in turn.
    QuerySpec parallel = scanOrders();
    parallel.totalSegments = 3;
    panel->setSpec(parallel);
    panel->run();
    QVERIFY(readAll(model));
    QCOMPARE(model->rowCount(), 150);
    QVERIFY(items->resultBar()->result().pages >= 3);
    QSet<QString> keys;
    for (int r = 0; r < model->rowCount(); ++r)
        keys.insert(model->item(r).value("orderId").toObject().value("N").toString());
    QCOMPARE(keys.size(), 150);

    // A projection without the key: its rows cannot be edited in place.
    QuerySpec keyless = scanOrders();
    keyless.projection = {QStringLiteral("status")};
    panel->setSpec(keyless);
    panel->run();
    QVERIFY(readAll(model));
    QCOMPARE(model->columns(), QStringList({"customer", "orderId", "status"}));
    QVERIFY(!(model->flags(model->index(0, 2)) & Qt::ItemIsEditable));
    // Nor read, opened or deleted by a key it does not have.
    QVERIFY(model->key(0).isEmpty());

    // Page size and max items.
    QuerySpec limited = scanOrders();
    limited.pageSize = 10;
    limited.maxItems = 25;
    panel->setSpec(limited);
    panel->run();
    QVERIFY(readAll(model));
    QCOMPARE(model->rowCount(), 25);
    QCOMPARE(items->resultBar()->result().pages, 3);
    QVERIFY(items->resultBar()->result().reachedMaxItems);

    // A spec DynamoDB would reject is not sent.
    QuerySpec missing = query;
    missing.key.partitionValue = {};
    panel->setSpec(missing);
    panel->run();
    QCOMPARE(runs.count(), 5);
    QVERIFY(panel->problemLabel()->text().contains(QStringLiteral("partition key customer")));

    // Back to browsing the table.
    items->resultBar()->backButton()->click();
    QVERIFY(!items->isShowingQuery());
    QVERIFY(readAll(model));
    QCOMPARE(model->rowCount(), 150);
}

void QueryBuilderTest::showsAnEngineErrorInPlace()
{
    EmbeddedConnection connection(m_engine, QStringLiteral("test"));
    TablePage page(&connection, QStringLiteral("Orders"));
    page.setQueryVisible(true);
    QVERIFY(QTest::qWaitFor([&] { return !page.description().isEmpty(); }));
    QuerySpec spec = scanOrders();
    spec.indexName = QStringLiteral("noSuchIndex");
    page.queryPanel()->setSpec(spec);
    page.queryPanel()->run();
    QueryResultBar* bar = page.items()->resultBar();
    QVERIFY(QTest::qWaitFor([&] { return !bar->errorLabel()->isHidden(); }));
    QCOMPARE(bar->errorLabel()->text(),
             QStringLiteral("ValidationException: The table does not have the specified index: noSuchIndex"));
    QVERIFY(!bar->result().loading);
    QCOMPARE(page.items()->model()->rowCount(), 0);
}

void QueryBuilderTest::stopsReading()
{
    EmbeddedConnection connection(m_engine, QStringLiteral("test"));
    ItemBrowser browser(&connection, QStringLiteral("Orders"));
    browser.setDescription(describe(*m_engine));
    QVERIFY(readAll(browser.model()));
    QuerySpec spec = scanOrders(group(FilterNode::Kind::And, {row("status", FilterOperator::Equal, {s("none")})}));
    spec.pageSize = 1; // 150 requests, none returning a row
    browser.showQuery(QStringLiteral("Scan"), QueryRequest::build(spec), 0);
    QVERIFY(browser.model()->isLoading());
    QVERIFY(!browser.resultBar()->stopButton()->isHidden());
    browser.resultBar()->stopButton()->click();
    QVERIFY(!browser.model()->isLoading());
    QVERIFY(browser.model()->isStopped());
    QVERIFY(browser.resultBar()->stopButton()->isHidden());
    QVERIFY(browser.resultBar()->result().stopped);
    const int pages = browser.resultBar()->result().pages;
    QTest::qWait(100);
    QCOMPARE(browser.model()->pagesRead(), pages); // nothing more was read
    QVERIFY(pages < 150);
}

void QueryBuilderTest::syncsWithTheExpressionsTab()
{
    EmbeddedConnection connection(m_engine, QStringLiteral("test"));
    QueryPanel panel(&connection, QStringLiteral("Orders"));
    panel.setDescription(describe(*m_engine));
    ExpressionPane* pane = panel.expressions();
    QueryBuilder* builder = panel.builder();

    // Builder -> expressions.
    panel.setSpec(scanOrders(group(FilterNode::Kind::And, {row("status", FilterOperator::Equal, {s("open")})})));
    QCOMPARE(pane->filterEditor()->text(), QStringLiteral("#status = :v1"));
    FilterRowWidget* added = builder->filterGroup()->addRow();
    added->pathCombo()->setEditText(QStringLiteral("total"));
    choose(added->operatorCombo(), int(FilterOperator::Exists));
    QCOMPARE(pane->filterEditor()->text(), QStringLiteral("#status = :v1 AND attribute_exists(#total)"));
    QCOMPARE(panel.request().value("FilterExpression").toString(), pane->filterEditor()->text());

    // Expressions -> builder.
    type(pane->valuesEditor(), QStringLiteral(R"({":v1": {"S": "open"}, ":big": {"N": "100"}})"));
    type(pane->filterEditor()->textEdit(), QStringLiteral("#status = :v1 OR NOT (#total > :big)"));
    QVERIFY(QTest::qWaitFor([&] { return builder->spec().filter.kind == FilterNode::Kind::Or; }, 3000));
    FilterNode expected = group(FilterNode::Kind::Or, {row("status", FilterOperator::Equal, {s("open")}),
                                                       row("total", FilterOperator::Greater, {n("100")}, true)});
    QCOMPARE(builder->spec().filter, expected);
    QVERIFY(!panel.expressionsPending());
    // The typed text stays as typed; the request uses the builder's placeholders.
    QCOMPARE(pane->filterEditor()->text(), QStringLiteral("#status = :v1 OR NOT (#total > :big)"));
    QCOMPARE(panel.request().value("FilterExpression").toString(), QStringLiteral("#status = :v1 OR NOT (#total > :v2)"));

    // A filter rows cannot show stays text, in the builder and the request.
    type(pane->valuesEditor(), QStringLiteral("{}"));
    type(pane->filterEditor()->textEdit(), QStringLiteral("#status <> #total"));
    QVERIFY(QTest::qWaitFor([&] { return builder->spec().filterIsText; }, 3000));
    QCOMPARE(builder->spec().filterText, QStringLiteral("#status <> #total"));
    QVERIFY(builder->filterTextMessage()->text().startsWith(QStringLiteral("This filter cannot be shown as rows: ")));
    QVERIFY(builder->filterTextMessage()->text().endsWith(QStringLiteral("Edit it in the Expressions tab.")));
    QCOMPARE(panel.request().value("FilterExpression").toString(), QStringLiteral("#status <> #total"));
    QCOMPARE(panel.request().value("ExpressionAttributeNames").toObject(),
             json(R"({"#status": "status", "#total": "total"})"));
    QVERIFY(panel.problem().isEmpty());
    // ...and survives builder changes.
    builder->pageSizeBox()->setValue(20);
    QCOMPARE(pane->filterEditor()->text(), QStringLiteral("#status <> #total"));
    QCOMPARE(panel.request().value("Limit").toInt(), 20);

    // Text with an error is left alone; Run refuses until it is fixed or reverted.
    type(pane->filterEditor()->textEdit(), QStringLiteral("#status = = "));
    QVERIFY(QTest::qWaitFor([&] { return panel.expressionsPending(); }, 3000));
    QVERIFY(!panel.syncLabel()->isHidden());
    QSignalSpy runs(&panel, &QueryPanel::runRequested);
    panel.run();
    QCOMPARE(runs.count(), 0);
    QVERIFY(!panel.problemLabel()->text().isEmpty());
    builder->pageSizeBox()->setValue(30);
    QCOMPARE(pane->filterEditor()->text(), QStringLiteral("#status = = ")); // not overwritten
    QCOMPARE(panel.request().value("FilterExpression").toString(), QStringLiteral("#status <> #total"));
    panel.revertExpressions();
    QCOMPARE(pane->filterEditor()->text(), QStringLiteral("#status <> #total"));
    panel.run();
    QCOMPARE(runs.count(), 1);
    QCOMPARE(runs.first().at(1).toJsonObject().value("Limit").toInt(), 30);
}

void QueryBuilderTest::opensSavedQueries()
{
    EmbeddedConnection connection(m_engine, QStringLiteral("test"));
    QueryPanel panel(&connection, QStringLiteral("Orders"));
    panel.setDescription(describe(*m_engine));
    SavedQuery saved;
    saved.name = QStringLiteral("big orders of c1");
    saved.operation = QStringLiteral("Query");
    saved.maxItems = 40;
    saved.request = json(R"({"TableName": "Orders", "IndexName": "byTotal",
        "KeyConditionExpression": "#c = :c AND #t > :t", "FilterExpression": "#s <> #o",
        "ExpressionAttributeNames": {"#c": "customer", "#t": "total", "#s": "status", "#o": "orderId"},
        "ExpressionAttributeValues": {":c": {"S": "c1"}, ":t": {"N": "10"}}, "Limit": 10})");
    panel.open(saved);
    QuerySpec spec = panel.spec();
    QCOMPARE(spec.operation, QueryOperation::Query);
    QCOMPARE(spec.indexName, QStringLiteral("byTotal"));
    QCOMPARE(spec.key.partitionValue, s("c1"));
    QCOMPARE(spec.key.sortOperator, SortKeyOperator::Greater);
    QCOMPARE(spec.key.sortValue, n("10"));
    QCOMPARE(spec.pageSize, 10);
    QCOMPARE(spec.maxItems, 40);
    QVERIFY(spec.filterIsText); // two paths compared: kept as text
    QVERIFY(!panel.builder()->filterTextMessage()->isHidden());
    QVERIFY(!panel.expressionsPending());
    QCOMPARE(panel.request().value("KeyConditionExpression").toString(),
             QStringLiteral("#customer = :pk AND #total > :sk"));
    QCOMPARE(panel.request().value("FilterExpression").toString(), QStringLiteral("#s <> #o"));
    QCOMPARE(panel.request().value("ExpressionAttributeNames").toObject(),
             json(R"({"#customer": "customer", "#total": "total", "#s": "status", "#o": "orderId"})"));

    // A key condition the builder cannot read stays as saved, in the Expressions tab.
    saved.request = json(R"({"TableName": "Orders", "KeyConditionExpression": "#x = :c",
        "ExpressionAttributeNames": {"#x": "status"}, "ExpressionAttributeValues": {":c": {"S": "open"}}})");
    panel.open(saved);
    QVERIFY(panel.expressionsPending());
    QCOMPARE(panel.tabs()->currentIndex(), 1);
    QCOMPARE(panel.expressions()->keyConditionEditor()->text(), QStringLiteral("#x = :c"));
    QSignalSpy runs(&panel, &QueryPanel::runRequested);
    panel.run();
    QCOMPARE(runs.count(), 0);
}

void QueryBuilderTest::runsWithCtrlEnter()
{
    EmbeddedConnection connection(m_engine, QStringLiteral("test"));
    QueryPanel panel(&connection, QStringLiteral("Orders"));
    panel.setDescription(describe(*m_engine));
    panel.setSpec(scanOrders());
    panel.show();
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    QSignalSpy runs(&panel, &QueryPanel::runRequested);
    panel.builder()->operationCombo()->setFocus();
    QTest::keyClick(panel.builder()->operationCombo(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(runs.count(), 1);
    QCOMPARE(runs.first().at(0).toString(), QStringLiteral("Scan"));
}

void QueryBuilderTest::remembersTheQueryAction()
{
    EmbeddedConnection connection(m_engine, QStringLiteral("test"));
    QSettings().remove(QStringLiteral("tablePage/queryVisible"));
    {
        TablePage page(&connection, QStringLiteral("Orders"));
        QVERIFY(!page.queryAction()->isChecked());
        QVERIFY(!page.queryPanel()); // built on first use
        page.queryAction()->trigger();
        QVERIFY(page.queryPanel() && page.queryPanel()->isVisibleTo(&page));
    }
    TablePage again(&connection, QStringLiteral("Orders"));
    QVERIFY(again.queryAction()->isChecked());
    QVERIFY(again.queryPanel() && again.queryPanel()->isVisibleTo(&again));
    again.queryAction()->trigger();
    QVERIFY(!again.queryPanel()->isVisibleTo(&again));
    QCOMPARE(QSettings().value(QStringLiteral("tablePage/queryVisible")).toBool(), false);
}

#endif // Q_MOC_RUN

QTEST_MAIN(QueryBuilderTest)
#include "QueryBuilderTest.moc"
