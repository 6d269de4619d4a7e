// ExpressionReader: filter, key condition and projection expressions read
// back into the builder's spec (paths without placeholders, values from
// ExpressionAttributeValues), what cannot be shown and why, and whole Query
// and Scan requests, including a filter kept as text.
#include "QueryTestSupport.h"
#include "query/ExpressionReader.h"
#include "query/QueryRequest.h"

#include <QJsonDocument>
#include <QtTest>

using namespace dynoscope::ui;

class ExpressionReaderTest : public QObject {
    Q_OBJECT
private slots:
    void readsComparisonsEitherWay();
    void readsSizeBetweenInAndFunctions();
    void flattensGroupsAndKeepsNot();
    void resolvesNamePlaceholdersInPaths();
    void refusesWhatRowsCannotShow();
    void reportsSyntaxErrors();
    void roundTripsTheBuildersOwnExpressions();
    void readsKeyConditions();
    void refusesKeyConditionsThatAreNotKeyConditions();
    void readsProjections();
    void readsWholeRequests();
    void keepsAnUnreadableFilterAsText();
};

#ifndef Q_MOC_RUN

using namespace querytest;

namespace {

QJsonObject obj(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

const QJsonObject kValues = obj(R"({":v":{"S":"x"},":w":{"N":"5"},":lo":{"N":"1"},":hi":{"N":"9"},
    ":t":{"S":"SS"},":a":{"S":"a"},":b":{"S":"b"}})");

FilterNode andOf(std::vector<FilterNode> children)
{
    return group(FilterNode::Kind::And, std::move(children));
}

std::optional<FilterNode> filter(const QString& text, QString* reason = nullptr, const QJsonObject& names = {})
{
    return ExpressionReader::readFilter(text, names, kValues, reason);
}

const QJsonObject kX = obj(R"({"S":"x"})");
const QJsonObject kFive = obj(R"({"N":"5"})");
const QJsonObject kOne = obj(R"({"N":"1"})");
const QJsonObject kNine = obj(R"({"N":"9"})");

} // namespace

void ExpressionReaderTest::readsComparisonsEitherWay()
{
    QCOMPARE(filter("a = :v"), andOf({ row("a", FilterOperator::Equal, { kX }) }));
    QCOMPARE(filter("a <> :v"), andOf({ row("a", FilterOperator::NotEqual, { kX }) }));
    QCOMPARE(filter("a < :w"), andOf({ row("a", FilterOperator::Less, { kFive }) }));
    // A value on the left turns the operator around.
    QCOMPARE(filter(":w < a"), andOf({ row("a", FilterOperator::Greater, { kFive }) }));
    QCOMPARE(filter(":w >= a"), andOf({ row("a", FilterOperator::LessEqual, { kFive }) }));
    QCOMPARE(filter(":w = a.b[0]"), andOf({ row("a.b[0]", FilterOperator::Equal, { kFive }) }));
}

void ExpressionReaderTest::readsSizeBetweenInAndFunctions()
{
    QCOMPARE(filter("size(tags) > :w"), andOf({ row("tags", FilterOperator::Greater, { kFive }, false, true) }));
    QCOMPARE(filter(":w <= size(tags)"), andOf({ row("tags", FilterOperator::GreaterEqual, { kFive }, false, true) }));
    QCOMPARE(filter("n BETWEEN :lo AND :hi"), andOf({ row("n", FilterOperator::Between, { kOne, kNine }) }));
    QCOMPARE(
        filter("size(n) BETWEEN :lo AND :hi"), andOf({ row("n", FilterOperator::Between, { kOne, kNine }, false, true) }));
    QCOMPARE(filter("c IN (:v, :w)"), andOf({ row("c", FilterOperator::In, { kX, kFive }) }));
    QCOMPARE(filter("size(c) IN (:w)"), andOf({ row("c", FilterOperator::In, { kFive }, false, true) }));
    QCOMPARE(filter("begins_with(a, :v)"), andOf({ row("a", FilterOperator::BeginsWith, { kX }) }));
    QCOMPARE(filter("contains(a, :v)"), andOf({ row("a", FilterOperator::Contains, { kX }) }));
    QCOMPARE(filter("attribute_exists(a.b)"), andOf({ row("a.b", FilterOperator::Exists) }));
    QCOMPARE(filter("attribute_not_exists(a)"), andOf({ row("a", FilterOperator::NotExists) }));
    QCOMPARE(
        filter("attribute_type(a, :t)"), andOf({ row("a", FilterOperator::AttributeType, { obj(R"({"S":"SS"})") }) }));
    QCOMPARE(filter(""), FilterNode {});
}

void ExpressionReaderTest::flattensGroupsAndKeepsNot()
{
    const FilterNode a = row("a", FilterOperator::Equal, { kX });
    const FilterNode b = row("b", FilterOperator::Equal, { kX });
    const FilterNode c = row("c", FilterOperator::Equal, { kX });
    QCOMPARE(filter("a = :v AND b = :v AND c = :v"), andOf({ a, b, c }));
    QCOMPARE(filter("a = :v AND (b = :v AND c = :v)"), andOf({ a, b, c }));
    QCOMPARE(filter("a = :v OR b = :v OR c = :v"), group(FilterNode::Kind::Or, { a, b, c }));
    QCOMPARE(filter("a = :v AND (b = :v OR c = :v)"), andOf({ a, group(FilterNode::Kind::Or, { b, c }) }));
    // AND binds tighter than OR.
    QCOMPARE(filter("a = :v OR b = :v AND c = :v"), group(FilterNode::Kind::Or, { a, andOf({ b, c }) }));
    FilterNode notA = a;
    notA.negated = true;
    QCOMPARE(filter("NOT a = :v"), andOf({ notA }));
    QCOMPARE(filter("NOT a = :v AND b = :v"), andOf({ notA, b }));
    // A negated group is not merged into its parent.
    QCOMPARE(filter("a = :v AND NOT (b = :v AND c = :v)"), andOf({ a, group(FilterNode::Kind::And, { b, c }, true) }));
    QCOMPARE(filter("NOT (a = :v OR b = :v)"), group(FilterNode::Kind::Or, { a, b }, true));
}

void ExpressionReaderTest::resolvesNamePlaceholdersInPaths()
{
    const QJsonObject names = obj(R"({"#s":"status","#n":"name","#dot":"a.b"})");
    QCOMPARE(filter("#s = :v AND #n.given[2] = :v", nullptr, names),
        andOf({ row("status", FilterOperator::Equal, { kX }), row("name.given[2]", FilterOperator::Equal, { kX }) }));
    QString reason;
    QVERIFY(!filter("#missing = :v", &reason, names));
    QCOMPARE(reason, QStringLiteral("The attribute name placeholder #missing is not defined."));
    QVERIFY(!filter("#dot = :v", &reason, names));
    QVERIFY(reason.contains("a.b"));
    QVERIFY(!filter("a = :undefined", &reason, names));
    QCOMPARE(reason, QStringLiteral("The value placeholder :undefined is not defined."));
}

void ExpressionReaderTest::refusesWhatRowsCannotShow()
{
    QString reason;
    QVERIFY(!filter("a = b", &reason));
    QCOMPARE(reason, QStringLiteral("A comparison of two attributes cannot be shown as a builder row."));
    QVERIFY(!filter(":v = :w", &reason));
    QCOMPARE(reason, QStringLiteral("A comparison of two values cannot be shown as a builder row."));
    QVERIFY(!filter("size(a) = size(b)", &reason));
    QVERIFY(reason.contains("two attributes"));
    QVERIFY(!filter("begins_with(a, b)", &reason));
    QVERIFY(reason.contains("begins_with()"));
    QVERIFY(!filter("contains(:v, a)", &reason));
    QVERIFY(reason.contains("contains()"));
    QVERIFY(!filter("a BETWEEN b AND :w", &reason));
    QVERIFY(reason.contains("BETWEEN"));
    QVERIFY(!filter("a IN (:v, b)", &reason));
    QVERIFY(reason.contains("IN"));
    QVERIFY(!filter("x = :v AND a = b", &reason));
}

void ExpressionReaderTest::reportsSyntaxErrors()
{
    QString reason;
    QVERIFY(!filter("a = = :v", &reason));
    QCOMPARE(reason, QStringLiteral("Invalid FilterExpression: Syntax error; token: \"=\", near: \"= = :v\""));
    QVERIFY(!filter("status = :v", &reason));
    QCOMPARE(reason,
        QStringLiteral("Invalid FilterExpression: Attribute name is a reserved keyword; reserved keyword: status"));
}

// What the builder writes, the reader reads back unchanged.
void ExpressionReaderTest::roundTripsTheBuildersOwnExpressions()
{
    FilterNode tree = andOf(
        { row("status", FilterOperator::Equal, { kX }), row("a.b[1].c", FilterOperator::Between, { kOne, kNine }),
            group(FilterNode::Kind::Or,
                { row("tags", FilterOperator::Greater, { kFive }, false, true),
                    row("t", FilterOperator::AttributeType, { obj(R"({"S":"N"})") }),
                    row("e", FilterOperator::NotExists) }) });
    tree.children[1].negated = true;
    QJsonObject names;
    QJsonObject values;
    const QString text = QueryRequest::filterExpression(tree, &names, &values);
    QString reason;
    const std::optional<FilterNode> read = ExpressionReader::readFilter(text, names, values, &reason);
    QVERIFY2(read, qPrintable(text + QStringLiteral(": ") + reason));
    QCOMPARE(*read, tree);
}

void ExpressionReaderTest::readsKeyConditions()
{
    const QJsonObject names = obj(R"({"#pk":"pk","#sk":"sk"})");
    QString reason;
    auto key = ExpressionReader::readKeyCondition("#pk = :v", names, kValues, "pk", "sk", &reason);
    QVERIFY2(key, qPrintable(reason));
    QCOMPARE(key->partitionKey, QStringLiteral("pk"));
    QCOMPARE(key->sortKey, QStringLiteral("sk"));
    QCOMPARE(key->partitionValue, kX);
    QCOMPARE(key->sortOperator, SortKeyOperator::None);

    key = ExpressionReader::readKeyCondition("pk = :v AND sk BETWEEN :lo AND :hi", {}, kValues, "pk", "sk", &reason);
    QVERIFY2(key, qPrintable(reason));
    QCOMPARE(key->sortOperator, SortKeyOperator::Between);
    QCOMPARE(key->sortValue, kOne);
    QCOMPARE(key->sortValueHigh, kNine);

    // Either order, a value on the left, begins_with.
    key = ExpressionReader::readKeyCondition(":w > #sk AND :v = #pk", names, kValues, "pk", "sk", &reason);
    QVERIFY2(key, qPrintable(reason));
    QCOMPARE(key->sortOperator, SortKeyOperator::Less);
    QCOMPARE(key->sortValue, kFive);
    QCOMPARE(key->partitionValue, kX);
    key = ExpressionReader::readKeyCondition("pk = :v AND begins_with(sk, :a)", {}, kValues, "pk", "sk", &reason);
    QVERIFY2(key, qPrintable(reason));
    QCOMPARE(key->sortOperator, SortKeyOperator::BeginsWith);
    QCOMPARE(key->sortValue, obj(R"({"S":"a"})"));
}

void ExpressionReaderTest::refusesKeyConditionsThatAreNotKeyConditions()
{
    QString reason;
    QVERIFY(!ExpressionReader::readKeyCondition("pk = :v OR sk = :w", {}, kValues, "pk", "sk", &reason));
    QVERIFY(reason.contains("partition key"));
    QVERIFY(!ExpressionReader::readKeyCondition("sk = :w", {}, kValues, "pk", "sk", &reason));
    QCOMPARE(reason, QStringLiteral("The key condition has no condition on the partition key pk."));
    QVERIFY(!ExpressionReader::readKeyCondition("pk > :v", {}, kValues, "pk", "sk", &reason));
    QVERIFY(reason.contains("equality"));
    QVERIFY(!ExpressionReader::readKeyCondition("pk = :v AND other = :w", {}, kValues, "pk", "sk", &reason));
    QVERIFY(reason.contains("other"));
    QVERIFY(!ExpressionReader::readKeyCondition("pk = :v AND sk = :w", {}, kValues, "pk", "", &reason));
    QVERIFY(!ExpressionReader::readKeyCondition("pk = :v AND sk > :w AND sk < :v", {}, kValues, "pk", "sk", &reason));
    QVERIFY(reason.contains("more than one"));
    QVERIFY(!ExpressionReader::readKeyCondition("pk = :v AND", {}, kValues, "pk", "sk", &reason));
    QVERIFY(reason.startsWith("Invalid KeyConditionExpression: Syntax error"));
}

void ExpressionReaderTest::readsProjections()
{
    QString reason;
    QCOMPARE(ExpressionReader::readProjection("a, #b.c[3], d", obj(R"({"#b":"name"})"), &reason),
        QStringList({ "a", "name.c[3]", "d" }));
    QCOMPARE(ExpressionReader::readProjection("", {}, &reason), QStringList());
    QVERIFY(!ExpressionReader::readProjection("a,,b", {}, &reason));
    QVERIFY(reason.startsWith("Invalid ProjectionExpression: Syntax error"));
    QVERIFY(!ExpressionReader::readProjection("#nope", {}, &reason));
}

void ExpressionReaderTest::readsWholeRequests()
{
    const QJsonObject request = obj(R"({
        "TableName": "Orders", "IndexName": "GSI1",
        "KeyConditionExpression": "#pk = :pk AND #sk > :sk",
        "FilterExpression": "#status = :v AND size(tags) > :n",
        "ProjectionExpression": "#pk, amount",
        "ExpressionAttributeNames": {"#pk": "gsi1pk", "#sk": "gsi1sk", "#status": "status"},
        "ExpressionAttributeValues": {":pk": {"S": "U#1"}, ":sk": {"N": "10"}, ":v": {"S": "open"}, ":n": {"N": "2"}},
        "Limit": 25, "ScanIndexForward": false, "ConsistentRead": true})");
    QString reason;
    const QuerySpec spec = ExpressionReader::readRequest("Query", request, "gsi1pk", "gsi1sk", &reason);
    QCOMPARE(reason, QString());
    QCOMPARE(spec.operation, QueryOperation::Query);
    QCOMPARE(spec.tableName, QStringLiteral("Orders"));
    QCOMPARE(spec.indexName, QStringLiteral("GSI1"));
    QCOMPARE(spec.key.partitionValue, obj(R"({"S":"U#1"})"));
    QCOMPARE(spec.key.sortOperator, SortKeyOperator::Greater);
    QCOMPARE(spec.key.sortValue, obj(R"({"N":"10"})"));
    QCOMPARE(spec.filter,
        andOf({ row("status", FilterOperator::Equal, { obj(R"({"S":"open"})") }),
            row("tags", FilterOperator::Greater, { obj(R"({"N":"2"})") }, false, true) }));
    QVERIFY(!spec.filterIsText);
    QCOMPARE(spec.projection, QStringList({ "gsi1pk", "amount" }));
    QCOMPARE(spec.pageSize, 25);
    QVERIFY(!spec.scanIndexForward);
    QVERIFY(spec.consistentRead);
    QCOMPARE(spec.totalSegments, 1);
    QCOMPARE(spec.segment, -1);

    const QuerySpec scan = ExpressionReader::readRequest(
        "Scan", obj(R"({"TableName":"T","TotalSegments":4,"Segment":2})"), "pk", "", &reason);
    QCOMPARE(reason, QString());
    QCOMPARE(scan.operation, QueryOperation::Scan);
    QCOMPARE(scan.totalSegments, 4);
    QCOMPARE(scan.segment, 2);
    QVERIFY(scan.filter.isEmptyGroup());
}

void ExpressionReaderTest::keepsAnUnreadableFilterAsText()
{
    const QJsonObject request = obj(R"({
        "TableName": "T",
        "FilterExpression": "#a = #b AND c = :v",
        "ProjectionExpression": "#p",
        "ExpressionAttributeNames": {"#a": "a", "#b": "b", "#p": "p"},
        "ExpressionAttributeValues": {":v": {"S": "x"}, ":unusedHere": {"S": "y"}}})");
    QString reason;
    const QuerySpec spec = ExpressionReader::readRequest("Scan", request, "pk", "", &reason);
    QVERIFY(spec.filterIsText);
    QCOMPARE(spec.filterText, QStringLiteral("#a = #b AND c = :v"));
    QCOMPARE(spec.filterNames, obj(R"({"#a":"a","#b":"b"})"));
    QCOMPARE(spec.filterValues, obj(R"({":v":{"S":"x"}})"));
    QCOMPARE(reason, QStringLiteral("Filter: A comparison of two attributes cannot be shown as a builder row."));
    QCOMPARE(spec.projection, QStringList({ "p" }));

    // A syntax error is kept as text too, with DynamoDB's message as the reason.
    const QuerySpec broken = ExpressionReader::readRequest(
        "Scan", obj(R"({"TableName":"T","FilterExpression":"a = "})"), "pk", "", &reason);
    QVERIFY(broken.filterIsText);
    QCOMPARE(broken.filterText, QStringLiteral("a = "));
    QVERIFY(reason.startsWith("Filter: Invalid FilterExpression: Syntax error"));
}

#endif // Q_MOC_RUN

QTEST_MAIN(ExpressionReaderTest)
#include "ExpressionReaderTest.moc"
