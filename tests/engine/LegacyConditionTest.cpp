// Tests the legacy conditional parameters (Expected, QueryFilter/ScanFilter
// with ConditionalOperator, KeyConditions) and the key conditions of Query,
// legacy and expression alike: their validation with DynamoDB's messages, their
// semantics, and the reduction of key conditions to a partition value and a
// sort key condition checked against the key schema.
// QTest comes first: moc cannot parse <compare> (via Number.h) before the
// standard library's configuration header has been seen.
#include <QTest>

#include "expr/ExpressionContext.h"
#include "expr/KeyCondition.h"
#include "expr/LegacyConditions.h"
#include "model/WireJson.h"

#include <dynoscope/Error.h>

#include <functional>
#include <optional>
#include <string>

using namespace dynoscope;
using namespace dynoscope::expr;
namespace json = boost::json;
using Type = AttributeValue::Type;

namespace {

QString describe(const Error& e)
{
    return QString::fromStdString(std::string(e.name()) + ": " + e.message());
}

// "ok" when f succeeds, otherwise its error.
QString outcome(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return describe(e);
    }
    return QStringLiteral("ok");
}

QString invalid(const QString& message)
{
    return QStringLiteral("ValidationException: One or more parameter values were invalid: ") + message;
}

QString validation(const QString& message)
{
    return QStringLiteral("ValidationException: ") + message;
}

Item decode(std::string_view item)
{
    return WireJson::decodeItem(json::parse(item));
}

ConditionExpression expected(std::string_view text, const std::optional<std::string>& op = std::nullopt)
{
    const json::object object = json::parse(text).as_object();
    return LegacyConditions::expected(&object, op);
}

ConditionExpression filter(std::string_view text, const std::optional<std::string>& op = std::nullopt)
{
    const json::object object = json::parse(text).as_object();
    return LegacyConditions::filter(&object, op, "ScanFilter");
}

QString expectedError(std::string_view text, const std::optional<std::string>& op = std::nullopt)
{
    return outcome([&] { expected(text, op); });
}

QString filterError(std::string_view text, const std::optional<std::string>& op = std::nullopt)
{
    return outcome([&] { filter(text, op); });
}

// Whether item satisfies the filter {"a": {ComparisonOperator: op, AttributeValueList: list}}.
bool matches(std::string_view op, std::string_view list, std::string_view item)
{
    const std::string text = "{\"a\":{\"ComparisonOperator\":\"" + std::string(op)
        + "\",\"AttributeValueList\":" + std::string(list) + "}}";
    return filter(text).evaluate(decode(item));
}

const KeyAttribute kHash { "a", Type::S };
const KeyAttribute kRange { "b", Type::N };

KeyQuery resolveLegacy(std::string_view conditions, bool withRange = true)
{
    return LegacyConditions::keyConditions(json::parse(conditions).as_object())
        .resolve(kHash, withRange ? &kRange : nullptr);
}

KeyQuery resolveExpression(std::string_view text, std::string_view values, bool withRange = true)
{
    const json::object v = json::parse(values).as_object();
    ExpressionContext context(nullptr, &v);
    return KeyCondition::parse(text, context).resolve(kHash, withRange ? &kRange : nullptr);
}

QString legacyKeyError(std::string_view conditions, bool withRange = true)
{
    return outcome([&] { resolveLegacy(conditions, withRange); });
}

QString expressionKeyError(std::string_view text, std::string_view values, bool withRange = true)
{
    return outcome([&] { resolveExpression(text, values, withRange); });
}

AttributeValue n(const char* text)
{
    return AttributeValue::number(Number::parse(text));
}
AttributeValue s(const char* text)
{
    return AttributeValue::string(text);
}

SortKeyCondition sortCondition(SortKeyCondition::Op op, AttributeValue value, AttributeValue upper = {})
{
    SortKeyCondition c;
    c.op = op;
    c.value = std::move(value);
    c.upper = std::move(upper);
    return c;
}

} // namespace

class LegacyConditionTest : public QObject {
    Q_OBJECT

private slots:
    void expectedSemantics();
    void expectedErrors();
    void conditionalOperator();
    void filterComparisons();
    void filterFunctions();
    void filterArgumentCounts();
    void filterArgumentTypes();
    void filterRequestShape();
    void keyConditionsLegacy();
    void keyConditionsLegacyErrors();
    void keyConditionExpressions();
    void keyConditionExpressionErrors();
    void sortKeyConditionMatches();
};

void LegacyConditionTest::expectedSemantics()
{
    const Item x = decode(R"({"a":{"S":"x"},"n":{"N":"2"}})");
    const Item y = decode(R"({"a":{"S":"y"}})");
    const Item none = decode("{}");
    const ConditionExpression equal = expected(R"({"a":{"Value":{"S":"x"}}})");
    QVERIFY(equal.evaluate(x));
    QVERIFY(!equal.evaluate(y));
    QVERIFY(!equal.evaluate(none));
    QVERIFY(expected(R"({"a":{"Exists":true,"Value":{"S":"x"}}})").evaluate(x));
    const ConditionExpression absent = expected(R"({"a":{"Exists":false}})");
    QVERIFY(absent.evaluate(none));
    QVERIFY(!absent.evaluate(x));
    QVERIFY(expected(R"({"n":{"ComparisonOperator":"GT","AttributeValueList":[{"N":"1"}]}})").evaluate(x));
    QVERIFY(!expected(R"({"n":{"ComparisonOperator":"GT","AttributeValueList":[{"N":"2"}]}})").evaluate(x));
    // Value may stand for AttributeValueList with a ComparisonOperator.
    QVERIFY(expected(R"({"n":{"ComparisonOperator":"LE","Value":{"N":"2.0"}}})").evaluate(x));
    QVERIFY(expected(R"({"z":{"ComparisonOperator":"NULL"}})").evaluate(x));
    QVERIFY(expected(R"({"a":{"ComparisonOperator":"NOT_NULL"}})").evaluate(x));
    // Several entries must all hold, unless ConditionalOperator is OR.
    const char* both = R"({"a":{"Value":{"S":"x"}},"n":{"Exists":false}})";
    QVERIFY(!expected(both).evaluate(x));
    QVERIFY(!expected(both, "AND").evaluate(x));
    QVERIFY(expected(both, "OR").evaluate(x));
    QVERIFY(!expected(both, "OR").evaluate(decode(R"({"a":{"S":"y"},"n":{"N":"1"}})")));
    // An empty or absent Expected always holds.
    QVERIFY(expected("{}").evaluate(x));
    QVERIFY(LegacyConditions::expected(nullptr, std::nullopt).evaluate(none));
    QCOMPARE(expected(both).topLevelNames(), (std::vector<std::string> { "a", "n" }));
}

void LegacyConditionTest::expectedErrors()
{
    QCOMPARE(expectedError(R"({"a":null})"), invalid("ExpectedAttributeValue must not be null for Attribute: a"));
    QCOMPARE(expectedError(R"({"a":{"Exists":true,"ComparisonOperator":"EQ","Value":{"S":"x"}}})"),
        invalid("Exists and ComparisonOperator cannot be used together for Attribute: a"));
    QCOMPARE(expectedError(R"({"a":{"Value":{"S":"x"},"AttributeValueList":[]}})"),
        invalid("Value and AttributeValueList cannot be used together for Attribute: a"));
    QCOMPARE(expectedError(R"({"a":{"AttributeValueList":[{"S":"x"}]}})"),
        invalid("AttributeValueList can only be used with a ComparisonOperator for Attribute: a"));
    QCOMPARE(expectedError(R"({"a":{"Exists":false,"Value":{"S":"x"}}})"),
        invalid("Value cannot be used when Exists is false for Attribute: a"));
    QCOMPARE(expectedError(R"({"a":{"ComparisonOperator":"EQ"}})"),
        invalid("Value or AttributeValueList must be used with ComparisonOperator: EQ for Attribute: a"));
    QCOMPARE(expectedError(R"({"a":{}})"), invalid("Value must be provided when Exists is null for Attribute: a"));
    QCOMPARE(expectedError(R"({"a":{"Exists":true}})"),
        invalid("Value must be provided when Exists is true for "
                "Attribute: a"));
    QCOMPARE(expectedError(R"({"a":{"ComparisonOperator":"BETWEEN","Value":{"S":"a"}}})"),
        invalid("Invalid number of argument(s) for the BETWEEN ComparisonOperator"));
    QCOMPARE(expectedError(R"({"a":{"ComparisonOperator":"NULL","Value":{"S":"a"}}})"),
        invalid("Invalid number of argument(s) for the NULL ComparisonOperator"));
    QCOMPARE(expectedError(R"({"a":{"ComparisonOperator":"LT","AttributeValueList":[{"BOOL":true}]}})"),
        invalid("ComparisonOperator LT is not valid for BOOL AttributeValue type"));
    QCOMPARE(expectedError(R"({"a":{"ComparisonOperator":"XX","Value":{"S":"a"}}})"),
        validation("1 validation error detected: Value 'XX' at 'expected.a.member.comparisonOperator' failed to "
                   "satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, "
                   "EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]"));
    QCOMPARE(expectedError(R"({"a":{"Value":{}}})"),
        validation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"));
    QCOMPARE(expectedError(R"({"a":{"Exists":"yes","Value":{"S":"a"}}})"),
        QStringLiteral("SerializationException: Unexpected value type in payload"));
    // Every entry's shape is checked before any entry's contents.
    QCOMPARE(
        expectedError(R"({"a":{},"b":null})"), invalid("ExpectedAttributeValue must not be null for Attribute: b"));
}

void LegacyConditionTest::conditionalOperator()
{
    const char* two = R"({"a":{"Value":{"S":"x"}},"b":{"Exists":false}})";
    const char* one = R"({"a":{"Value":{"S":"x"}}})";
    QCOMPARE(expectedError(two, "XOR"),
        validation("1 validation error detected: Value 'XOR' at 'conditionalOperator' failed to satisfy "
                   "constraint: Member must satisfy enum value set: [AND, OR]"));
    QCOMPARE(expectedError("{}", "OR"), validation("ConditionalOperator cannot be used without Filter or Expected"));
    QCOMPARE(outcome([] { LegacyConditions::expected(nullptr, "AND"); }),
        validation("ConditionalOperator cannot be used without Filter or Expected"));
    QCOMPARE(outcome([] { LegacyConditions::filter(nullptr, "AND", "QueryFilter"); }),
        validation("ConditionalOperator cannot be used without Filter or Expected"));
    QCOMPARE(expectedError(one, "AND"),
        validation("ConditionalOperator can only be used when Filter or Expected has two or more elements"));
    QCOMPARE(filterError(R"({"a":{"ComparisonOperator":"NULL"}})", "OR"),
        validation("ConditionalOperator can only be used when Filter or Expected has two or more elements"));
    const ConditionExpression either = filter(R"({"a":{"ComparisonOperator":"EQ","AttributeValueList":[{"N":"1"}]},)"
                                              R"("b":{"ComparisonOperator":"EQ","AttributeValueList":[{"N":"1"}]}})",
        "OR");
    QVERIFY(either.evaluate(decode(R"({"b":{"N":"1"}})")));
    QVERIFY(!either.evaluate(decode(R"({"b":{"N":"2"}})")));
}

void LegacyConditionTest::filterComparisons()
{
    const char* five = R"({"a":{"N":"5"}})";
    const char* text = R"({"a":{"S":"abc"}})";
    const char* none = R"({"b":{"N":"5"}})";
    QVERIFY(matches("EQ", R"([{"N":"5.0"}])", five));
    QVERIFY(!matches("EQ", R"([{"S":"5"}])", five));
    QVERIFY(matches("EQ", R"([{"SS":["y","x"]}])", R"({"a":{"SS":["x","y"]}})"));
    QVERIFY(matches("EQ", R"([{"M":{"k":{"BOOL":true}}}])", R"({"a":{"M":{"k":{"BOOL":true}}}})"));
    QVERIFY(!matches("EQ", R"([{"N":"5"}])", none));
    QVERIFY(matches("NE", R"([{"N":"6"}])", five));
    QVERIFY(matches("NE", R"([{"S":"5"}])", five));
    QVERIFY(matches("NE", R"([{"N":"5"}])", none));
    QVERIFY(!matches("NE", R"([{"N":"5"}])", five));
    QVERIFY(matches("LT", R"([{"N":"6"}])", five));
    QVERIFY(!matches("LT", R"([{"N":"5"}])", five));
    QVERIFY(matches("LE", R"([{"N":"5"}])", five));
    QVERIFY(matches("GT", R"([{"N":"-5"}])", five));
    QVERIFY(matches("GE", R"([{"N":"5"}])", five));
    QVERIFY(!matches("GE", R"([{"N":"5.1"}])", five));
    QVERIFY(matches("GT", R"([{"S":"abb"}])", text));
    QVERIFY(!matches("GT", R"([{"N":"1"}])", text));
    QVERIFY(!matches("LT", R"([{"N":"9"}])", none));
    QVERIFY(matches("LT", R"([{"B":"/w=="}])", R"({"a":{"B":"AQ=="}})"));
    QVERIFY(matches("IN", R"([{"N":"1"},{"N":"5"}])", five));
    QVERIFY(!matches("IN", R"([{"N":"1"},{"N":"2"}])", five));
    QVERIFY(!matches("IN", R"([{"N":"5"}])", none));
    QVERIFY(matches("BETWEEN", R"([{"N":"5"},{"N":"10"}])", five));
    QVERIFY(matches("BETWEEN", R"([{"N":"1"},{"N":"5"}])", five));
    QVERIFY(!matches("BETWEEN", R"([{"N":"6"},{"N":"10"}])", five));
    QVERIFY(matches("BETWEEN", R"([{"S":"a"},{"S":"b"}])", text));
    QVERIFY(!matches("BETWEEN", R"([{"S":"a"},{"S":"b"}])", five));
}

void LegacyConditionTest::filterFunctions()
{
    const char* text = R"({"a":{"S":"abc"}})";
    const char* set = R"({"a":{"SS":["x","y"]}})";
    const char* numbers = R"({"a":{"NS":["1","2"]}})";
    const char* list = R"({"a":{"L":[{"S":"x"},{"N":"1"}]}})";
    const char* none = R"({"b":{"S":"abc"}})";
    QVERIFY(matches("NULL", "[]", none));
    QVERIFY(!matches("NULL", "[]", text));
    QVERIFY(matches("NOT_NULL", "[]", text));
    QVERIFY(!matches("NOT_NULL", "[]", none));
    QVERIFY(matches("NOT_NULL", "[]", R"({"a":{"NULL":true}})"));
    QVERIFY(matches("CONTAINS", R"([{"S":"bc"}])", text));
    QVERIFY(!matches("CONTAINS", R"([{"S":"cb"}])", text));
    QVERIFY(matches("CONTAINS", R"([{"S":"y"}])", set));
    QVERIFY(matches("CONTAINS", R"([{"N":"2.0"}])", numbers));
    QVERIFY(matches("CONTAINS", R"([{"N":"1"}])", list));
    QVERIFY(!matches("CONTAINS", R"([{"S":"x"}])", none));
    QVERIFY(matches("NOT_CONTAINS", R"([{"S":"z"}])", set));
    QVERIFY(!matches("NOT_CONTAINS", R"([{"S":"x"}])", set));
    QVERIFY(matches("NOT_CONTAINS", R"([{"S":"z"}])", text));
    QVERIFY(matches("NOT_CONTAINS", R"([{"N":"3"}])", numbers));
    // A missing attribute neither contains nor fails to contain a value.
    QVERIFY(!matches("NOT_CONTAINS", R"([{"S":"z"}])", none));
    QVERIFY(matches("BEGINS_WITH", R"([{"S":"ab"}])", text));
    QVERIFY(!matches("BEGINS_WITH", R"([{"S":"b"}])", text));
    QVERIFY(matches("BEGINS_WITH", R"([{"B":"AQ=="}])", R"({"a":{"B":"AQI="}})"));
    QVERIFY(!matches("BEGINS_WITH", R"([{"S":"x"}])", set));
    QVERIFY(!matches("BEGINS_WITH", R"([{"S":"a"}])", none));
}

void LegacyConditionTest::filterArgumentCounts()
{
    const auto count = [](const char* op, const char* list) {
        return filterError("{\"a\":{\"ComparisonOperator\":\"" + std::string(op)
            + "\",\"AttributeValueList\":" + std::string(list) + "}}");
    };
    const auto message = [](const char* op) {
        return invalid(QStringLiteral("Invalid number of argument(s) for the %1 ComparisonOperator").arg(op));
    };
    for (const char* op : { "EQ", "NE", "LE", "LT", "GE", "GT", "CONTAINS", "NOT_CONTAINS", "BEGINS_WITH" }) {
        QCOMPARE(count(op, "[]"), message(op));
        QCOMPARE(count(op, R"([{"S":"a"},{"S":"a"}])"), message(op));
        QCOMPARE(count(op, R"([{"S":"a"}])"), QStringLiteral("ok"));
    }
    QCOMPARE(count("NULL", R"([{"S":"a"}])"), message("NULL"));
    QCOMPARE(count("NOT_NULL", R"([{"S":"a"},{"S":"a"}])"), message("NOT_NULL"));
    QCOMPARE(count("IN", "[]"), message("IN"));
    QCOMPARE(count("IN", R"([{"S":"a"},{"S":"b"},{"S":"c"}])"), QStringLiteral("ok"));
    QCOMPARE(count("BETWEEN", R"([{"S":"a"}])"), message("BETWEEN"));
    QCOMPARE(count("BETWEEN", R"([{"S":"a"},{"S":"a"},{"S":"a"}])"), message("BETWEEN"));
    QCOMPARE(filterError(R"({"a":{"ComparisonOperator":"NULL"}})"), QStringLiteral("ok"));
    QCOMPARE(filterError(R"({"a":{"ComparisonOperator":"EQ"}})"), message("EQ"));
}

void LegacyConditionTest::filterArgumentTypes()
{
    const auto check = [](const char* op, const std::string& list) {
        return filterError(
            "{\"a\":{\"ComparisonOperator\":\"" + std::string(op) + "\",\"AttributeValueList\":" + list + "}}");
    };
    const auto notValid = [](const char* op, const char* type) {
        return invalid(QStringLiteral("ComparisonOperator %1 is not valid for %2 AttributeValue type").arg(op, type));
    };
    const std::vector<std::pair<const char*, const char*>> others = {
        { "BOOL", R"({"BOOL":true})" },
        { "NULL", R"({"NULL":true})" },
        { "SS", R"({"SS":["a"]})" },
        { "NS", R"({"NS":["1"]})" },
        { "BS", R"({"BS":["abcd"]})" },
        { "M", R"({"M":{}})" },
        { "L", R"({"L":[]})" },
    };
    for (const auto& [type, value] : others) {
        for (const char* op : { "LT", "LE", "GT", "GE", "IN", "CONTAINS", "NOT_CONTAINS", "BEGINS_WITH" }) {
            if ((type == std::string_view("BOOL") || type == std::string_view("NULL"))
                && (op == std::string_view("CONTAINS") || op == std::string_view("NOT_CONTAINS")))
                continue; // checked below
            QCOMPARE(check(op, "[" + std::string(value) + "]"), notValid(op, type));
        }
        QCOMPARE(check("BETWEEN", "[" + std::string(value) + "," + value + "]"), notValid("BETWEEN", type));
        QCOMPARE(check("EQ", "[" + std::string(value) + "]"), QStringLiteral("ok"));
        QCOMPARE(check("NE", "[" + std::string(value) + "]"), QStringLiteral("ok"));
    }
    QCOMPARE(check("CONTAINS", R"([{"BOOL":true}])"), notValid("CONTAINS", "BOOL"));
    QCOMPARE(check("NOT_CONTAINS", R"([{"NULL":true}])"), notValid("NOT_CONTAINS", "NULL"));
    QCOMPARE(check("BEGINS_WITH", R"([{"N":"1"}])"), notValid("BEGINS_WITH", "N"));
    QCOMPARE(check("BEGINS_WITH", R"([{"B":"YQ=="}])"), QStringLiteral("ok"));
    QCOMPARE(check("CONTAINS", R"([{"N":"1"}])"), QStringLiteral("ok"));
    // The values must share one type, checked before the operator's types.
    QCOMPARE(check("IN", R"([{"S":"b"},{"N":"1"}])"),
        invalid("AttributeValues inside AttributeValueList must be of same type"));
    QCOMPARE(check("IN", R"([{"BOOL":true},{"N":"1"}])"),
        invalid("AttributeValues inside AttributeValueList must be of same type"));
    QCOMPARE(check("BETWEEN", R"([{"S":"b"},{"S":"a"}])"),
        validation("The BETWEEN condition was provided a range where the lower bound is greater than the upper "
                   "bound"));
    QCOMPARE(check("BETWEEN", R"([{"N":"10"},{"N":"9"}])"),
        validation("The BETWEEN condition was provided a range where the lower bound is greater than the upper "
                   "bound"));
    QCOMPARE(check("BETWEEN", R"([{"N":"9"},{"N":"10"}])"), QStringLiteral("ok"));
    QCOMPARE(check("BETWEEN", R"([{"B":"/w=="},{"B":"AQ=="}])"),
        validation("The BETWEEN condition was provided a range where the lower bound is greater than the upper "
                   "bound"));
    QCOMPARE(check("EQ", R"([{"N":"x"}])"), validation("The parameter cannot be converted to a numeric value: x"));
}

void LegacyConditionTest::filterRequestShape()
{
    QCOMPARE(filterError(R"({"a":{"AttributeValueList":[{"S":"a"}]}})"),
        validation("1 validation error detected: Value null at 'scanFilter.a.member.comparisonOperator' failed to "
                   "satisfy constraint: Member must not be null"));
    QCOMPARE(filterError(R"({"a":{"ComparisonOperator":"STARTS","AttributeValueList":[{"S":"a"}]}})"),
        validation("1 validation error detected: Value 'STARTS' at 'scanFilter.a.member.comparisonOperator' "
                   "failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, "
                   "NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]"));
    // The operators of every condition are checked before any argument.
    QCOMPARE(filterError(R"({"a":{"ComparisonOperator":"EQ"},"b":{"ComparisonOperator":"NOPE"}})"),
        validation("1 validation error detected: Value 'NOPE' at 'scanFilter.b.member.comparisonOperator' failed "
                   "to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, "
                   "NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]"));
    QCOMPARE(filterError(R"({"a":null})"), validation("The filter condition for an attribute cannot be null: a"));
    QCOMPARE(outcome([] {
        const json::object f = json::parse(R"({"a":{"ComparisonOperator":"X"}})").as_object();
        LegacyConditions::filter(&f, std::nullopt, "QueryFilter");
    }),
        validation("1 validation error detected: Value 'X' at 'queryFilter.a.member.comparisonOperator' failed to "
                   "satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, "
                   "EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]"));
    QCOMPARE(outcome([] {
        const json::object f = json::parse(R"({"a":{}})").as_object();
        LegacyConditions::keyConditions(f);
    }),
        validation("1 validation error detected: Value null at 'keyConditions.a.member.comparisonOperator' failed "
                   "to satisfy constraint: Member must not be null"));
}

void LegacyConditionTest::keyConditionsLegacy()
{
    const KeyQuery hashOnly = resolveLegacy(R"({"a":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"x"}]}})");
    QCOMPARE(hashOnly.partitionValue, s("x"));
    QVERIFY(!hashOnly.sort);
    const KeyQuery between = resolveLegacy(R"({"b":{"ComparisonOperator":"BETWEEN","AttributeValueList":[)"
                                           R"({"N":"1"},{"N":"9"}]},)"
                                           R"("a":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"x"}]}})");
    QCOMPARE(between.partitionValue, s("x"));
    QVERIFY(between.sort);
    QCOMPARE(int(between.sort->op), int(SortKeyCondition::Op::Between));
    QCOMPARE(between.sort->value, n("1"));
    QCOMPARE(between.sort->upper, n("9"));
    const std::vector<std::pair<const char*, SortKeyCondition::Op>> ops = {
        { "EQ", SortKeyCondition::Op::Equal },
        { "LT", SortKeyCondition::Op::Less },
        { "LE", SortKeyCondition::Op::LessEqual },
        { "GT", SortKeyCondition::Op::Greater },
        { "GE", SortKeyCondition::Op::GreaterEqual },
    };
    for (const auto& [name, op] : ops) {
        const KeyQuery q = resolveLegacy(R"({"a":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"x"}]},)"
                                         R"("b":{"ComparisonOperator":")"
            + std::string(name) + R"(","AttributeValueList":[{"N":"3"}]}})");
        QCOMPARE(int(q.sort->op), int(op));
        QCOMPARE(q.sort->value, n("3"));
    }
    const KeyAttribute stringRange { "b", Type::S };
    const KeyQuery prefix = LegacyConditions::keyConditions(
        json::parse(R"({"a":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"x"}]},)"
                    R"("b":{"ComparisonOperator":"BEGINS_WITH","AttributeValueList":[{"S":"p"}]}})")
            .as_object())
                                .resolve(kHash, &stringRange);
    QCOMPARE(int(prefix.sort->op), int(SortKeyCondition::Op::BeginsWith));
    QCOMPARE(prefix.sort->value, s("p"));
}

void LegacyConditionTest::keyConditionsLegacyErrors()
{
    const QString notIndexable = validation("Attempted conditional constraint is not an indexable operation");
    const QString notSupported = validation("Query key condition not supported");
    const char* eq = R"("a":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"x"}]})";
    QCOMPARE(legacyKeyError("{}"), validation("Conditions can be of length 1 or 2 only"));
    QCOMPARE(legacyKeyError(R"({"a":{"ComparisonOperator":"NULL"},"b":{"ComparisonOperator":"NULL"},)"
                            R"("c":{"ComparisonOperator":"NULL"}})"),
        validation("Conditions can be of length 1 or 2 only"));
    QCOMPARE(legacyKeyError(R"({"z":{"ComparisonOperator":"NULL"}})"),
        validation("Query condition missed key schema element: a"));
    QCOMPARE(legacyKeyError("{" + std::string(eq) + R"(,"c":{"ComparisonOperator":"NULL"}})"),
        validation("Query condition missed key schema element: b"));
    for (const char* condition : { R"({"ComparisonOperator":"NULL"})", R"({"ComparisonOperator":"NOT_NULL"})",
             R"({"ComparisonOperator":"NE","AttributeValueList":[{"N":"1"}]})",
             R"({"ComparisonOperator":"CONTAINS","AttributeValueList":[{"S":"a"}]})",
             R"({"ComparisonOperator":"NOT_CONTAINS","AttributeValueList":[{"S":"a"}]})",
             R"({"ComparisonOperator":"IN","AttributeValueList":[{"S":"a"}]})" }) {
        QCOMPARE(legacyKeyError("{\"a\":" + std::string(condition) + "}", false), notIndexable);
        QCOMPARE(legacyKeyError("{" + std::string(eq) + ",\"b\":" + condition + "}"), notIndexable);
    }
    // A table without a sort key takes one equality condition on its partition key.
    QCOMPARE(
        legacyKeyError(
            "{" + std::string(eq) + R"(,"b":{"ComparisonOperator":"EQ","AttributeValueList":[{"N":"1"}]}})", false),
        notSupported);
    for (const char* op : { "LE", "LT", "GE", "GT", "BEGINS_WITH" })
        QCOMPARE(
            legacyKeyError(
                R"({"a":{"ComparisonOperator":")" + std::string(op) + R"(","AttributeValueList":[{"S":"a"}]}})", false),
            notSupported);
    QCOMPARE(legacyKeyError(R"({"a":{"ComparisonOperator":"BETWEEN","AttributeValueList":[{"S":"a"},{"S":"a"}]}})"),
        notSupported);
    // Values must have the key attribute's type.
    QCOMPARE(legacyKeyError(R"({"a":{"ComparisonOperator":"EQ","AttributeValueList":[{"N":"1"}]}})"),
        invalid("Condition parameter type does not match schema type"));
    QCOMPARE(
        legacyKeyError("{" + std::string(eq) + R"(,"b":{"ComparisonOperator":"GT","AttributeValueList":[{"S":"1"}]}})"),
        invalid("Condition parameter type does not match schema type"));
    // The arguments are checked as a filter's are.
    QCOMPARE(legacyKeyError(R"({"a":{"ComparisonOperator":"EQ"}})"),
        invalid("Invalid number of argument(s) for the EQ ComparisonOperator"));
    QCOMPARE(legacyKeyError(R"({"a":{"ComparisonOperator":"BEGINS_WITH","AttributeValueList":[{"N":"1"}]}})"),
        invalid("ComparisonOperator BEGINS_WITH is not valid for N AttributeValue type"));
}

void LegacyConditionTest::keyConditionExpressions()
{
    const char* values = R"({":a":{"S":"x"},":n":{"N":"3"},":m":{"N":"7"}})";
    const KeyQuery hashOnly = resolveExpression("a = :a", R"({":a":{"S":"x"}})", false);
    QCOMPARE(hashOnly.partitionValue, s("x"));
    QVERIFY(!hashOnly.sort);
    QVERIFY(!resolveExpression("a = :a", R"({":a":{"S":"x"}})").sort);
    const KeyQuery reversed = resolveExpression(":a = a AND :n < b", R"({":a":{"S":"x"},":n":{"N":"3"}})");
    QCOMPARE(reversed.partitionValue, s("x"));
    QCOMPARE(int(reversed.sort->op), int(SortKeyCondition::Op::Greater));
    const std::vector<std::pair<const char*, SortKeyCondition::Op>> ops = {
        { "b = :n", SortKeyCondition::Op::Equal },
        { "b < :n", SortKeyCondition::Op::Less },
        { "b <= :n", SortKeyCondition::Op::LessEqual },
        { "b > :n", SortKeyCondition::Op::Greater },
        { "b >= :n", SortKeyCondition::Op::GreaterEqual },
        { ":n > b", SortKeyCondition::Op::Less },
        { ":n >= b", SortKeyCondition::Op::LessEqual },
        { ":n <= b", SortKeyCondition::Op::GreaterEqual },
    };
    for (const auto& [text, op] : ops) {
        const KeyQuery q = resolveExpression("a = :a AND " + std::string(text), R"({":a":{"S":"x"},":n":{"N":"3"}})");
        QCOMPARE(int(q.sort->op), int(op));
        QCOMPARE(q.sort->value, n("3"));
    }
    const KeyQuery between = resolveExpression("b BETWEEN :n AND :m AND a = :a", values);
    QCOMPARE(int(between.sort->op), int(SortKeyCondition::Op::Between));
    QCOMPARE(between.sort->value, n("3"));
    QCOMPARE(between.sort->upper, n("7"));
    const json::object v = json::parse(R"({":a":{"S":"x"},":p":{"S":"pre"}})").as_object();
    const json::object names = json::parse(R"({"#a":"a","#b":"b"})").as_object();
    ExpressionContext context(&names, &v);
    const KeyAttribute stringRange { "b", Type::S };
    const KeyQuery prefix
        = KeyCondition::parse("(#a = :a) AND begins_with(#b, :p)", context).resolve(kHash, &stringRange);
    QCOMPARE(prefix.partitionValue, s("x"));
    QCOMPARE(int(prefix.sort->op), int(SortKeyCondition::Op::BeginsWith));
    QCOMPARE(prefix.sort->value, s("pre"));
    context.checkAllUsed();
}

void LegacyConditionTest::keyConditionExpressionErrors()
{
    const QString notSupported = validation("Query key condition not supported");
    const char* one = R"({":a":{"S":"1"}})";
    for (const char* text : { "a > :a", "a < :a", ":a <= a", ":a >= a", "begins_with(a, :a)", "a between :a and :a",
             "a = :a AND b = :a", "y = :a and z = :a" })
        QCOMPARE(expressionKeyError(text, one, false), notSupported);
    QCOMPARE(expressionKeyError(":a > a", R"({":a":{"N":"1"}})", false),
        invalid("Condition parameter type does not match schema type"));
    QCOMPARE(
        expressionKeyError("a = :a AND b > :a", one), invalid("Condition parameter type does not match schema type"));
    QCOMPARE(expressionKeyError("z = :a", one), validation("Query condition missed key schema element: a"));
    QCOMPARE(expressionKeyError("z between :n and :n", R"({":n":{"N":"1"}})"),
        validation("Query condition missed key schema element: a"));
    QCOMPARE(expressionKeyError("a = :a and c = :n", R"({":a":{"S":"b"},":n":{"N":"1"}})"),
        validation("Query condition missed key schema element: b"));
    QCOMPARE(expressionKeyError("b = :n", R"({":n":{"N":"1"}})"),
        validation("Query condition missed key schema "
                   "element: a"));
    QCOMPARE(expressionKeyError("a = :a AND b > :n AND b < :n", R"({":a":{"S":"b"},":n":{"N":"1"}})"),
        validation("KeyConditionExpressions must only contain one condition per key"));
    QCOMPARE(expressionKeyError("a = :a AND b > :n AND c < :n", R"({":a":{"S":"b"},":n":{"N":"1"}})"),
        validation("Conditions can be of length 1 or 2 only"));
    QCOMPARE(expressionKeyError("a between :b and :a", R"({":a":{"S":"a"},":b":{"N":"1"}})"),
        validation("Invalid KeyConditionExpression: The BETWEEN operator requires same data type for lower and "
                   "upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound operand: "
                   "AttributeValue: {S:a}"));
    QCOMPARE(expressionKeyError("a between :b and :a", R"({":a":{"S":"a"},":b":{"S":"b"}})"),
        validation("Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than "
                   "or equal to lower bound; lower bound operand: AttributeValue: {S:b}, upper bound operand: "
                   "AttributeValue: {S:a}"));
    QCOMPARE(expressionKeyError("a = :a AND begins_with(b, :n)", R"({":a":{"S":"b"},":n":{"N":"1"}})"),
        validation("Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or "
                   "function: begins_with, operand type: N"));
}

void LegacyConditionTest::sortKeyConditionMatches()
{
    using Op = SortKeyCondition::Op;
    QVERIFY(sortCondition(Op::Equal, n("3")).matches(n("3.0")));
    QVERIFY(!sortCondition(Op::Equal, n("3")).matches(n("4")));
    QVERIFY(!sortCondition(Op::Equal, n("3")).matches(s("3")));
    QVERIFY(sortCondition(Op::Less, n("3")).matches(n("-10")));
    QVERIFY(!sortCondition(Op::Less, n("3")).matches(n("3")));
    QVERIFY(sortCondition(Op::LessEqual, n("3")).matches(n("3")));
    QVERIFY(sortCondition(Op::Greater, n("3")).matches(n("10")));
    QVERIFY(!sortCondition(Op::Greater, n("3")).matches(n("3")));
    QVERIFY(sortCondition(Op::GreaterEqual, n("3")).matches(n("3")));
    QVERIFY(sortCondition(Op::Greater, s("abc")).matches(s("abd")));
    QVERIFY(!sortCondition(Op::Greater, s("abc")).matches(s("ab")));
    QVERIFY(sortCondition(Op::Between, n("1"), n("5")).matches(n("1")));
    QVERIFY(sortCondition(Op::Between, n("1"), n("5")).matches(n("5")));
    QVERIFY(!sortCondition(Op::Between, n("1"), n("5")).matches(n("5.5")));
    QVERIFY(!sortCondition(Op::Between, n("1"), n("5")).matches(n("0")));
    QVERIFY(sortCondition(Op::BeginsWith, s("ab")).matches(s("abc")));
    QVERIFY(sortCondition(Op::BeginsWith, s("")).matches(s("x")));
    QVERIFY(!sortCondition(Op::BeginsWith, s("ab")).matches(s("a")));
    // Binary keys order and match by unsigned bytes.
    const AttributeValue low = AttributeValue::binary(std::string("\x01", 1));
    const AttributeValue high = AttributeValue::binary(std::string("\xff\x00", 2));
    QVERIFY(sortCondition(Op::Less, high).matches(low));
    QVERIFY(sortCondition(Op::Greater, low).matches(high));
    QVERIFY(sortCondition(Op::BeginsWith, AttributeValue::binary("\xff")).matches(high));
    QVERIFY(!sortCondition(Op::BeginsWith, AttributeValue::binary("\xff")).matches(low));
}

QTEST_APPLESS_MAIN(LegacyConditionTest)
#include "LegacyConditionTest.moc"
