// QuerySpec -> the exact DynamoDB request: the key condition, every filter
// operator, NOT/AND/OR nesting and its parentheses, aliasing of nested
// paths and reserved words, a text filter's own placeholders, every option,
// the checks made before sending, and the engine accepting what is built.
#include <QtTest>

#include "QueryTestSupport.h"
#include "query/QueryRequest.h"
#include "query/QuerySpec.h"

#include <dynoscope/Engine.h>

#include <QJsonArray>
#include <QJsonDocument>

using namespace dynoscope;
using namespace dynoscope::ui;

class QueryRequestTest : public QObject {
    Q_OBJECT
private slots:
    void queryWithEveryOption();
    void scanSegments();
    void everyFilterOperator_data();
    void everyFilterOperator();
    void nestingAndParentheses();
    void aliasesNestedPathsAndReservedWords();
    void textFilterKeepsItsPlaceholders();
    void validatesBeforeSending_data();
    void validatesBeforeSending();
    void engineAcceptsWhatIsBuilt();
    void requestTextIsOrderedAndExact();
};

#ifndef Q_MOC_RUN

using namespace querytest;

namespace {


QuerySpec scanWith(const FilterNode& filter)
{
    QuerySpec spec;
    spec.tableName = QStringLiteral("Orders");
    spec.filter = filter;
    return spec;
}

} // namespace

void QueryRequestTest::queryWithEveryOption()
{
    QuerySpec spec;
    spec.operation = QueryOperation::Query;
    spec.tableName = QStringLiteral("Orders");
    spec.indexName = QStringLiteral("byCustomer");
    spec.key.partitionKey = QStringLiteral("customer");
    spec.key.sortKey = QStringLiteral("date");
    spec.key.partitionValue = s(QStringLiteral("C#1"));
    spec.key.sortOperator = SortKeyOperator::Between;
    spec.key.sortValue = s(QStringLiteral("2024-01"));
    spec.key.sortValueHigh = s(QStringLiteral("2024-12"));
    spec.projection = {QStringLiteral("total"), QStringLiteral("date")};
    spec.pageSize = 25;
    spec.maxItems = 100; // client-side only
    spec.scanIndexForward = false;
    spec.consistentRead = true;
    spec.totalSegments = 4; // ignored by a Query
    QVERIFY(QueryRequest::validate(spec).isEmpty());
    QCOMPARE(QueryRequest::build(spec), json(R"({
        "TableName": "Orders", "IndexName": "byCustomer",
        "KeyConditionExpression": "#customer = :pk AND #date BETWEEN :sk AND :sk2",
        "ProjectionExpression": "#total, #date",
        "ExpressionAttributeNames": {"#customer": "customer", "#date": "date", "#total": "total"},
        "ExpressionAttributeValues": {":pk": {"S": "C#1"}, ":sk": {"S": "2024-01"}, ":sk2": {"S": "2024-12"}},
        "Limit": 25, "ScanIndexForward": false, "ConsistentRead": true, "ReturnConsumedCapacity": "TOTAL"})"));

    // Each sort-key operator, and none.
    const QList<QPair<SortKeyOperator, QString>> operators{
        {SortKeyOperator::None, "#customer = :pk"},
        {SortKeyOperator::Equal, "#customer = :pk AND #date = :sk"},
        {SortKeyOperator::Less, "#customer = :pk AND #date < :sk"},
        {SortKeyOperator::LessEqual, "#customer = :pk AND #date <= :sk"},
        {SortKeyOperator::Greater, "#customer = :pk AND #date > :sk"},
        {SortKeyOperator::GreaterEqual, "#customer = :pk AND #date >= :sk"},
        {SortKeyOperator::BeginsWith, "#customer = :pk AND begins_with(#date, :sk)"},
    };
    for (const auto& [op, expected] : operators) {
        spec.key.sortOperator = op;
        const QJsonObject request = QueryRequest::build(spec);
        QCOMPARE(request.value("KeyConditionExpression").toString(), expected);
        QCOMPARE(request.value("ExpressionAttributeValues").toObject().contains(":sk"), op != SortKeyOperator::None);
        QVERIFY(!request.value("ExpressionAttributeValues").toObject().contains(":sk2"));
    }

    // Defaults are left out.
    spec.pageSize = 0;
    spec.scanIndexForward = true;
    spec.consistentRead = false;
    spec.projection.clear();
    const QJsonObject plain = QueryRequest::build(spec);
    QVERIFY(!plain.contains("Limit") && !plain.contains("ScanIndexForward") && !plain.contains("ConsistentRead") &&
            !plain.contains("ProjectionExpression") && !plain.contains("TotalSegments"));
}

void QueryRequestTest::scanSegments()
{
    QuerySpec spec;
    spec.tableName = QStringLiteral("Orders");
    spec.scanIndexForward = false; // not a Scan parameter
    QCOMPARE(QueryRequest::build(spec), json(R"({"TableName": "Orders", "ReturnConsumedCapacity": "TOTAL"})"));
    spec.totalSegments = 4;
    QCOMPARE(QueryRequest::build(spec), json(R"({"TableName": "Orders", "TotalSegments": 4,
                                                 "ReturnConsumedCapacity": "TOTAL"})"));
    spec.segment = 2;
    QCOMPARE(QueryRequest::build(spec), json(R"({"TableName": "Orders", "TotalSegments": 4, "Segment": 2,
                                                 "ReturnConsumedCapacity": "TOTAL"})"));
    spec.segment = 0;
    QCOMPARE(QueryRequest::build(spec).value("Segment").toInt(-1), 0);
}

void QueryRequestTest::everyFilterOperator_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<bool>("size");
    QTest::addColumn<bool>("negated");
    QTest::addColumn<int>("valueCount");
    QTest::addColumn<QString>("expected");
    using F = FilterOperator;
    QTest::newRow("=") << int(F::Equal) << false << false << 1 << "#status = :v1";
    QTest::newRow("<>") << int(F::NotEqual) << false << false << 1 << "#status <> :v1";
    QTest::newRow("<") << int(F::Less) << false << false << 1 << "#status < :v1";
    QTest::newRow("<=") << int(F::LessEqual) << false << false << 1 << "#status <= :v1";
    QTest::newRow(">") << int(F::Greater) << false << false << 1 << "#status > :v1";
    QTest::newRow(">=") << int(F::GreaterEqual) << false << false << 1 << "#status >= :v1";
    QTest::newRow("BETWEEN") << int(F::Between) << false << false << 2 << "#status BETWEEN :v1 AND :v2";
    QTest::newRow("IN") << int(F::In) << false << false << 3 << "#status IN (:v1, :v2, :v3)";
    QTest::newRow("begins_with") << int(F::BeginsWith) << false << false << 1 << "begins_with(#status, :v1)";
    QTest::newRow("contains") << int(F::Contains) << false << false << 1 << "contains(#status, :v1)";
    QTest::newRow("exists") << int(F::Exists) << false << false << 0 << "attribute_exists(#status)";
    QTest::newRow("not exists") << int(F::NotExists) << false << false << 0 << "attribute_not_exists(#status)";
    QTest::newRow("attribute_type") << int(F::AttributeType) << false << false << 1
                                    << "attribute_type(#status, :v1)";
    QTest::newRow("size >") << int(F::Greater) << true << false << 1 << "size(#status) > :v1";
    QTest::newRow("size BETWEEN") << int(F::Between) << true << false << 2 << "size(#status) BETWEEN :v1 AND :v2";
    QTest::newRow("size IN") << int(F::In) << true << false << 2 << "size(#status) IN (:v1, :v2)";
    QTest::newRow("NOT =") << int(F::Equal) << false << true << 1 << "NOT (#status = :v1)";
    QTest::newRow("NOT contains") << int(F::Contains) << false << true << 1 << "NOT contains(#status, :v1)";
    QTest::newRow("NOT exists") << int(F::Exists) << false << true << 0 << "NOT attribute_exists(#status)";
}

void QueryRequestTest::everyFilterOperator()
{
    QFETCH(int, op);
    QFETCH(bool, size);
    QFETCH(bool, negated);
    QFETCH(int, valueCount);
    QFETCH(QString, expected);
    QList<QJsonObject> values;
    for (int i = 0; i < valueCount; ++i)
        values << (FilterOperator(op) == FilterOperator::AttributeType ? s(QStringLiteral("SS"))
                                                                        : n(QString::number(i + 1)));
    const QuerySpec spec = scanWith(group(FilterNode::Kind::And, {row("status", FilterOperator(op), values, negated, size)}));
    QVERIFY2(QueryRequest::validate(spec).isEmpty(), qPrintable(QueryRequest::validate(spec)));
    const QJsonObject request = QueryRequest::build(spec);
    QCOMPARE(request.value("FilterExpression").toString(), expected);
    QCOMPARE(request.value("ExpressionAttributeNames").toObject(), json(R"({"#status": "status"})"));
    const QJsonObject sent = request.value("ExpressionAttributeValues").toObject();
    QCOMPARE(sent.size(), valueCount);
    for (int i = 0; i < valueCount; ++i)
        QCOMPARE(sent.value(QStringLiteral(":v%1").arg(i + 1)).toObject(), values[i]);
}

void QueryRequestTest::nestingAndParentheses()
{
    using K = FilterNode::Kind;
    using F = FilterOperator;
    // a = 1 OR (b = 2 AND c = 3) OR NOT (d = 4 OR e = 5), inside AND with f.
    const FilterNode tree = group(
        K::And, {group(K::Or, {row("a", F::Equal, {n("1")}),
                               group(K::And, {row("b", F::Equal, {n("2")}), row("c", F::Equal, {n("3")})}),
                               group(K::Or, {row("d", F::Equal, {n("4")}), row("e", F::Equal, {n("5")})}, true)}),
                 row("f", F::Exists)});
    QCOMPARE(QueryRequest::build(scanWith(tree)).value("FilterExpression").toString(),
             QStringLiteral("(#a = :v1 OR (#b = :v2 AND #c = :v3) OR NOT (#d = :v4 OR #e = :v5)) AND "
                            "attribute_exists(#f)"));

    // The root negated; a group of one needs no parentheses; empty groups vanish.
    const FilterNode negatedRoot =
        group(K::Or, {group(K::And, {row("a", F::Equal, {n("1")})}), group(K::And, {}), row("b", F::NotExists)}, true);
    QCOMPARE(QueryRequest::build(scanWith(negatedRoot)).value("FilterExpression").toString(),
             QStringLiteral("NOT (#a = :v1 OR attribute_not_exists(#b))"));

    // On its own, next to placeholders already taken.
    QJsonObject names{{"#a", "other"}};
    QJsonObject values{{":v1", s("taken")}};
    QCOMPARE(QueryRequest::filterExpression(group(K::And, {row("a", F::Equal, {n("1")})}), &names, &values),
             QStringLiteral("#a_2 = :v2"));
    QCOMPARE(names, json(R"({"#a": "other", "#a_2": "a"})"));
    QCOMPARE(values.value(":v2").toObject(), n("1"));

    // Only empty groups: no filter at all.
    const QJsonObject none = QueryRequest::build(scanWith(group(K::And, {group(K::Or, {})})));
    QVERIFY(!none.contains("FilterExpression") && !none.contains("ExpressionAttributeNames"));
}

void QueryRequestTest::aliasesNestedPathsAndReservedWords()
{
    using F = FilterOperator;
    QuerySpec spec = scanWith(group(FilterNode::Kind::And,
                                    {row("a.b[0].c", F::Equal, {s("x")}), row("name", F::BeginsWith, {s("A")}),
                                     row("user-id", F::Exists), row("user_id", F::Exists),
                                     row("a.list[2][1]", F::Exists), row("Straße", F::Exists)}));
    spec.projection = {QStringLiteral("a.b[0]"), QStringLiteral("name"), QStringLiteral("size")};
    const QJsonObject request = QueryRequest::build(spec);
    QCOMPARE(request.value("FilterExpression").toString(),
             QStringLiteral("#a.#b[0].#c = :v1 AND begins_with(#name, :v2) AND attribute_exists(#user_id) AND "
                            "attribute_exists(#user_id_2) AND attribute_exists(#a.#list[2][1]) AND "
                            "attribute_exists(#Stra_e)"));
    QCOMPARE(request.value("ProjectionExpression").toString(), QStringLiteral("#a.#b[0], #name, #size"));
    QCOMPARE(request.value("ExpressionAttributeNames").toObject(), json(R"({
        "#a": "a", "#b": "b", "#c": "c", "#name": "name", "#user_id": "user-id", "#user_id_2": "user_id",
        "#list": "list", "#Stra_e": "Straße", "#size": "size"})"));

    // Paths DynamoDB cannot parse are reported before sending.
    for (const char* bad : {"a..b", "a[x]", ".a", "a.", "a[1"}) {
        spec.projection = {QString::fromUtf8(bad)};
        QVERIFY2(QueryRequest::validate(spec).contains("not an attribute path"), bad);
    }
}

void QueryRequestTest::textFilterKeepsItsPlaceholders()
{
    QuerySpec spec;
    spec.operation = QueryOperation::Query;
    spec.tableName = QStringLiteral("Orders");
    spec.key.partitionKey = QStringLiteral("pk");
    spec.key.partitionValue = s("A");
    spec.filterIsText = true;
    spec.filterText = QStringLiteral("#pk <> #other AND #n > :pk");
    // #pk means another attribute here; :pk is the text's own value; #unused is dropped.
    spec.filterNames = json(R"({"#pk": "shipped", "#other": "billed", "#n": "n", "#unused": "x"})");
    spec.filterValues = json(R"({":pk": {"N": "3"}, ":gone": {"S": "y"}})");
    QVERIFY(QueryRequest::validate(spec).isEmpty());
    QCOMPARE(QueryRequest::build(spec), json(R"({
        "TableName": "Orders",
        "KeyConditionExpression": "#pk_2 = :pk_2",
        "FilterExpression": "#pk <> #other AND #n > :pk",
        "ExpressionAttributeNames": {"#pk": "shipped", "#other": "billed", "#n": "n", "#pk_2": "pk"},
        "ExpressionAttributeValues": {":pk": {"N": "3"}, ":pk_2": {"S": "A"}},
        "ReturnConsumedCapacity": "TOTAL"})"));

    // A text filter naming the same attribute shares its placeholder.
    spec.filterText = QStringLiteral("#k > :one");
    spec.filterNames = json(R"({"#k": "pk"})");
    spec.filterValues = json(R"({":one": {"S": "0"}})");
    QCOMPARE(QueryRequest::build(spec).value("KeyConditionExpression").toString(), QStringLiteral("#k = :pk"));
}

void QueryRequestTest::validatesBeforeSending_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no partition value") << "pk" << "Enter a value for the partition key pk";
    QTest::newRow("empty partition string") << "pk-empty" << "cannot contain an empty string value. Key: pk";
    QTest::newRow("no sort value") << "sk" << "Enter a value for the sort key sk";
    QTest::newRow("BETWEEN without high") << "sk-between" << "BETWEEN needs a high value";
    QTest::newRow("row without path") << "no-path" << "Filter row 1: choose an attribute.";
    QTest::newRow("row without value") << "no-value" << "Filter row 2: enter a value.";
    QTest::newRow("BETWEEN one value") << "between" << "Filter row 1: BETWEEN needs two values.";
    QTest::newRow("IN empty") << "in" << "IN needs at least one value.";
    QTest::newRow("IN over 100") << "in-101" << "IN takes at most 100 values";
    QTest::newRow("size on a function") << "size" << "size() applies to comparisons";
    QTest::newRow("bad type") << "type" << "attribute_type needs one of";
    QTest::newRow("segment") << "segment"
                             << "The Segment parameter is zero-based and must be less than parameter TotalSegments: "
                                "Segment: 3 is not less than TotalSegments: 3";
    QTest::newRow("segments") << "segments" << "Segments must be between 1 and 1,000,000.";
}

void QueryRequestTest::validatesBeforeSending()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    using F = FilterOperator;
    QuerySpec spec;
    spec.tableName = QStringLiteral("T");
    if (what.startsWith("pk") || what.startsWith("sk")) {
        spec.operation = QueryOperation::Query;
        spec.key.partitionKey = QStringLiteral("pk");
        spec.key.sortKey = QStringLiteral("sk");
        spec.key.partitionValue = what == "pk" ? QJsonObject() : s(what == "pk-empty" ? "" : "A");
        if (what.startsWith("sk")) {
            spec.key.sortOperator = what == "sk" ? SortKeyOperator::Less : SortKeyOperator::Between;
            if (what == "sk-between")
                spec.key.sortValue = s("a");
        }
    } else if (what == "no-path") {
        spec.filter = group(FilterNode::Kind::And, {row(" ", F::Equal, {s("x")})});
    } else if (what == "no-value") {
        spec.filter = group(FilterNode::Kind::Or, {row("a", F::Exists), row("b", F::Equal, {QJsonObject()})});
    } else if (what == "between") {
        spec.filter = group(FilterNode::Kind::And, {row("a", F::Between, {n("1")})});
    } else if (what == "in") {
        spec.filter = group(FilterNode::Kind::And, {row("a", F::In)});
    } else if (what == "in-101") {
        QList<QJsonObject> many;
        for (int i = 0; i < 101; ++i)
            many << n(QString::number(i));
        spec.filter = group(FilterNode::Kind::And, {row("a", F::In, many)});
    } else if (what == "size") {
        spec.filter = group(FilterNode::Kind::And, {row("a", F::BeginsWith, {s("x")}, false, true)});
    } else if (what == "type") {
        spec.filter = group(FilterNode::Kind::And, {row("a", F::AttributeType, {s("STRING")})});
    } else if (what == "segment") {
        spec.totalSegments = 3;
        spec.segment = 3;
    } else if (what == "segments") {
        spec.totalSegments = 0;
    }
    QVERIFY2(QueryRequest::validate(spec).contains(expected), qPrintable(QueryRequest::validate(spec)));
}

void QueryRequestTest::engineAcceptsWhatIsBuilt()
{
    EngineOptions options;
    options.inMemory = true;
    std::string error;
    std::shared_ptr<Engine> engine = Engine::open(options, &error);
    QVERIFY(engine);
    const Result created = engine->execute("CreateTable", R"({"TableName":"Tbl","BillingMode":"PAY_PER_REQUEST",
        "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
        "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"N"}]})");
    QVERIFY2(created.ok(), created.ok() ? "" : created.error->message().c_str());
    for (int i = 0; i < 20; ++i)
        QVERIFY(engine->execute("PutItem", QStringLiteral(R"({"TableName":"Tbl","Item":{"pk":{"S":"A"},"sk":{"N":"%1"},
            "status":{"S":"%2"},"name":{"S":"n%1"},"tags":{"SS":["a","b%1"]},"doc":{"M":{"list":{"L":[{"N":"%1"}]}}}}})")
                                                   .arg(i)
                                                   .arg(i % 3 ? "open" : "closed")
                                                   .toStdString())
                    .ok());
    using F = FilterOperator;
    using K = FilterNode::Kind;
    const FilterNode everything = group(
        K::Or,
        {group(K::And, {row("status", F::Equal, {s("open")}), row("sk", F::Between, {n("2"), n("9")}),
                        row("doc.list[0]", F::In, {n("3"), n("4"), n("5")}), row("tags", F::Contains, {s("b4")}),
                        row("name", F::BeginsWith, {s("n")}), row("tags", F::Greater, {n("1")}, false, true),
                        row("status", F::AttributeType, {s("S")})}),
         group(K::And, {row("missing", F::Exists), row("status", F::NotExists)})},
        true);
    QuerySpec spec;
    spec.operation = QueryOperation::Query;
    spec.tableName = QStringLiteral("Tbl");
    spec.key = {QStringLiteral("pk"), QStringLiteral("sk"), s("A"), SortKeyOperator::GreaterEqual, n("1"), {}};
    spec.filter = group(K::And, {everything, row("sk", F::NotEqual, {n("7")})});
    spec.projection = {QStringLiteral("pk"), QStringLiteral("doc.list[0]"), QStringLiteral("name")};
    spec.scanIndexForward = false;
    spec.consistentRead = true;
    QVERIFY(QueryRequest::validate(spec).isEmpty());
    const QByteArray request = QJsonDocument(QueryRequest::build(spec)).toJson(QJsonDocument::Compact);
    const Result result = engine->execute("Query", request.toStdString());
    QVERIFY2(result.ok(), result.ok() ? "" : result.error->message().c_str());
    const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(result.body)).object();
    // NOT (A OR B): B holds for no item, A for sk 4 only.
    QCOMPARE(body.value("ScannedCount").toInt(), 19);
    QCOMPARE(body.value("Count").toInt(), 17); // neither 4 nor 7
    QVERIFY(!body.value("Items").toArray().first().toObject().contains("sk")); // projected out
    QCOMPARE(body.value("Items").toArray().first().toObject().value("name").toObject(), s("n19"));

    // A parallel Scan's segments, as ItemTableModel sends them.
    QuerySpec scan = scanWith(group(K::And, {row("status", F::Equal, {s("closed")})}));
    scan.tableName = QStringLiteral("Tbl");
    scan.totalSegments = 3;
    int count = 0;
    for (int segment = 0; segment < 3; ++segment) {
        QJsonObject segmentRequest = QueryRequest::build(scan);
        segmentRequest.insert("Segment", segment);
        const Result r = engine->execute("Scan", QJsonDocument(segmentRequest).toJson().toStdString());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error->message().c_str());
        count += QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object().value("Count").toInt();
    }
    QCOMPARE(count, 7);
}

void QueryRequestTest::requestTextIsOrderedAndExact()
{
    QuerySpec spec;
    spec.operation = QueryOperation::Query;
    spec.tableName = QStringLiteral("Orders");
    spec.indexName = QStringLiteral("byDate");
    spec.key.partitionKey = QStringLiteral("pk");
    spec.key.partitionValue = s(QStringLiteral("quote \" and \\ and é"));
    spec.filter = group(FilterNode::Kind::And, {row("total", FilterOperator::Greater, {n("10")})});
    spec.pageSize = 5;
    const QJsonObject request = QueryRequest::build(spec);
    const QByteArray text = QueryRequest::toJson(request);
    QCOMPARE(QJsonDocument::fromJson(text).object(), request);
    QCOMPARE(QString::fromUtf8(text), QStringLiteral(R"({
    "TableName": "Orders",
    "IndexName": "byDate",
    "KeyConditionExpression": "#pk = :pk",
    "FilterExpression": "#total > :v1",
    "ExpressionAttributeNames": {
        "#pk": "pk",
        "#total": "total"
    },
    "ExpressionAttributeValues": {
        ":pk": {"S":"quote \" and \\ and é"},
        ":v1": {"N":"10"}
    },
    "Limit": 5,
    "ReturnConsumedCapacity": "TOTAL"
}
)"));
}

#endif // Q_MOC_RUN

QTEST_MAIN(QueryRequestTest)
#include "QueryRequestTest.moc"
