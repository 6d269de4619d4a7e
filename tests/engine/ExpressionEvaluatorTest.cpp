// Tests the evaluation of conditions (ConditionExpression, FilterExpression)
// with DynamoDB's semantics for every operator, function and type: values of
// different types never compare, missing attributes make comparisons false,
// ordering applies to S, N and B only, sets compare as sets. Also projections
// applied to items.
// QTest comes first: moc cannot parse <compare> (via Number.h) before the
// standard library's configuration header has been seen.
#include <QTest>

#include "expr/ConditionExpression.h"
#include "expr/ExpressionContext.h"
#include "expr/ProjectionExpression.h"
#include "model/WireJson.h"

#include <dynoscope/Error.h>

#include <string>
#include <vector>

using namespace dynoscope;
using namespace dynoscope::expr;
namespace json = boost::json;

namespace {

// One attribute of every type, and nested documents. b holds the bytes 01 02 03,
// bs the bytes 01 and 02, e a two-byte and a four-byte UTF-8 character.
constexpr const char* kItem = R"({
    "s": {"S": "abc"}, "s2": {"S": "abc"}, "n": {"N": "5"}, "n2": {"N": "5.00"}, "b": {"B": "AQID"},
    "t": {"BOOL": true}, "t2": {"BOOL": false}, "z": {"NULL": true}, "z2": {"NULL": true},
    "ss": {"SS": ["a", "b"]}, "ss2": {"SS": ["b", "a"]}, "ns": {"NS": ["1", "2"]}, "bs": {"BS": ["AQ==", "Ag=="]},
    "l": {"L": [{"S": "a"}, {"N": "1"}, {"M": {"x": {"S": "y"}}}]},
    "m": {"M": {"x": {"S": "y"}, "n": {"L": [{"N": "7"}, {"N": "8"}]}}},
    "e": {"S": "\u00e9\ud83d\ude00"}, "blank": {"S": ""}
})";

Item decode(std::string_view text)
{
    return WireJson::decodeItem(json::parse(text));
}

ConditionExpression parse(std::string_view text, std::string_view values, std::string_view names)
{
    const json::object v = values.empty() ? json::object() : json::parse(values).as_object();
    const json::object n = names.empty() ? json::object() : json::parse(names).as_object();
    try {
        ExpressionContext context(names.empty() ? nullptr : &n, values.empty() ? nullptr : &v);
        return ConditionExpression::parse(text, "ConditionExpression", context);
    } catch (const Error& e) {
        qFatal("cannot parse %s: %s", std::string(text).c_str(), e.message().c_str());
    }
}

// Whether kItem (or item) satisfies the condition.
bool holds(
    std::string_view text, std::string_view values = {}, std::string_view names = {}, std::string_view item = kItem)
{
    return parse(text, values, names).evaluate(decode(item));
}

// Whether the condition holds on kItem with ":v" bound to value (wire JSON).
bool holdsWith(std::string_view text, std::string_view value)
{
    return holds(text, "{\":v\":" + std::string(value) + "}");
}

std::string project(std::string_view text, std::string_view names = {})
{
    const json::object n = names.empty() ? json::object() : json::parse(names).as_object();
    try {
        ExpressionContext context(names.empty() ? nullptr : &n, nullptr);
        return json::serialize(WireJson::encodeItem(ProjectionExpression::parse(text, context).apply(decode(kItem))));
    } catch (const Error& e) {
        qFatal("cannot parse %s: %s", std::string(text).c_str(), e.message().c_str());
    }
}

} // namespace

class ExpressionEvaluatorTest : public QObject {
    Q_OBJECT

private slots:
    void equalityOfEveryType();
    void differentTypesAreNeverEqual();
    void missingAttributes();
    void orderingOfStringsNumbersAndBinaries();
    void orderingOfOtherTypesIsFalse();
    void between();
    void in();
    void logicalOperatorsAndPrecedence();
    void attributeExists();
    void attributeType();
    void beginsWith();
    void contains();
    void size();
    void nestedPaths();
    void placeholdersAndComparingPaths();
    void topLevelNames();
    void emptyConditionAlwaysHolds();
    void projection();
    void attributesToGet();
};

void ExpressionEvaluatorTest::equalityOfEveryType()
{
    QVERIFY(holdsWith("s = :v", R"({"S":"abc"})"));
    QVERIFY(!holdsWith("s = :v", R"({"S":"abcd"})"));
    QVERIFY(holdsWith("n = :v", R"({"N":"5"})"));
    QVERIFY(holdsWith("n = :v", R"({"N":"5.000"})"));
    QVERIFY(holdsWith("n = :v", R"({"N":"0.5E1"})"));
    QVERIFY(!holdsWith("n = :v", R"({"N":"5.0001"})"));
    QVERIFY(holdsWith("b = :v", R"({"B":"AQID"})"));
    QVERIFY(!holdsWith("b = :v", R"({"B":"AQI="})"));
    QVERIFY(holdsWith("t = :v", R"({"BOOL":true})"));
    QVERIFY(!holdsWith("t = :v", R"({"BOOL":false})"));
    QVERIFY(holdsWith("z = :v", R"({"NULL":true})"));
    // Sets compare as sets, numbers in them numerically.
    QVERIFY(holdsWith("ss = :v", R"({"SS":["b","a"]})"));
    QVERIFY(!holdsWith("ss = :v", R"({"SS":["a"]})"));
    QVERIFY(holdsWith("ns = :v", R"({"NS":["2.0","1"]})"));
    QVERIFY(holdsWith("bs = :v", R"({"BS":["Ag==","AQ=="]})"));
    // Lists compare in order, maps by content.
    QVERIFY(holdsWith("l = :v", R"({"L":[{"S":"a"},{"N":"1.0"},{"M":{"x":{"S":"y"}}}]})"));
    QVERIFY(!holdsWith("l = :v", R"({"L":[{"N":"1"},{"S":"a"},{"M":{"x":{"S":"y"}}}]})"));
    QVERIFY(holdsWith("m = :v", R"({"M":{"n":{"L":[{"N":"7"},{"N":"8"}]},"x":{"S":"y"}}})"));
    QVERIFY(!holdsWith("m = :v", R"({"M":{"x":{"S":"y"}}})"));
    QVERIFY(holdsWith("m <> :v", R"({"M":{"x":{"S":"y"}}})"));
    QVERIFY(!holdsWith("s <> :v", R"({"S":"abc"})"));
}

void ExpressionEvaluatorTest::differentTypesAreNeverEqual()
{
    QVERIFY(!holdsWith("n = :v", R"({"S":"5"})"));
    QVERIFY(holdsWith("n <> :v", R"({"S":"5"})"));
    QVERIFY(!holdsWith("s = :v", R"({"SS":["abc"]})"));
    QVERIFY(!holdsWith("ss = :v", R"({"L":[{"S":"a"},{"S":"b"}]})"));
    QVERIFY(!holdsWith("ns = :v", R"({"SS":["1","2"]})"));
    QVERIFY(!holdsWith("t = :v", R"({"N":"1"})"));
    QVERIFY(!holdsWith("z = :v", R"({"BOOL":false})"));
    QVERIFY(!holdsWith("b = :v", R"({"S":"AQID"})"));
    QVERIFY(!holds("s = n"));
    QVERIFY(holds("s <> n"));
}

void ExpressionEvaluatorTest::missingAttributes()
{
    QVERIFY(!holdsWith("gone = :v", R"({"S":"abc"})"));
    QVERIFY(holdsWith("gone <> :v", R"({"S":"abc"})"));
    QVERIFY(!holdsWith("gone < :v", R"({"S":"abc"})"));
    QVERIFY(!holdsWith("gone >= :v", R"({"S":"abc"})"));
    QVERIFY(holdsWith("NOT gone < :v", R"({"S":"abc"})"));
    // Two missing attributes are not equal to each other either.
    QVERIFY(!holds("gone = nope"));
    QVERIFY(holds("gone <> nope"));
    // A NULL attribute exists.
    QVERIFY(!holdsWith("gone = :v", R"({"NULL":true})"));
    QVERIFY(holds("z = z2"));
    // An item that does not exist has no attributes.
    QVERIFY(!holds("s = s2", {}, {}, "{}"));
    QVERIFY(holds("attribute_not_exists(s)", {}, {}, "{}"));
}

void ExpressionEvaluatorTest::orderingOfStringsNumbersAndBinaries()
{
    QVERIFY(holdsWith("s < :v", R"({"S":"abd"})"));
    QVERIFY(holdsWith("s < :v", R"({"S":"abca"})"));
    QVERIFY(!holdsWith("s < :v", R"({"S":"ABD"})"));
    QVERIFY(holdsWith("s <= :v", R"({"S":"abc"})"));
    QVERIFY(holdsWith("s > :v", R"({"S":""})"));
    QVERIFY(holdsWith("s >= :v", R"({"S":"abc"})"));
    // Strings order by their UTF-8 bytes: "é" (C3 A9) is after "z".
    QVERIFY(holdsWith("e > :v", R"({"S":"z"})"));
    // Numbers order numerically, not by their text.
    QVERIFY(holdsWith("n > :v", R"({"N":"10E-1"})"));
    QVERIFY(holdsWith("n < :v", R"({"N":"10"})"));
    QVERIFY(holdsWith("n > :v", R"({"N":"-50"})"));
    QVERIFY(holdsWith("n < :v", R"({"N":"5.0000000000000000000000000000000000001"})"));
    QVERIFY(!holdsWith("n < :v", R"({"N":"5.0"})"));
    QVERIFY(holdsWith("n <= :v", R"({"N":"5.0"})"));
    // Binaries order by unsigned bytes.
    QVERIFY(holdsWith("b < :v", R"({"B":"/w=="})"));
    QVERIFY(holdsWith("b > :v", R"({"B":"AQI="})"));
    QVERIFY(holdsWith("b < :v", R"({"B":"AQIDAA=="})"));
    // Values of different types do not order.
    QVERIFY(!holdsWith("n < :v", R"({"S":"6"})"));
    QVERIFY(!holdsWith("n > :v", R"({"S":"4"})"));
    QVERIFY(!holdsWith("s < :v", R"({"B":"/w=="})"));
}

void ExpressionEvaluatorTest::orderingOfOtherTypesIsFalse()
{
    // Only paths can hold these types (values of them are rejected when parsed).
    QVERIFY(!holds("t > t2"));
    QVERIFY(!holds("t2 < t"));
    QVERIFY(!holds("z <= z2"));
    QVERIFY(!holds("ss >= ss2"));
    QVERIFY(!holds("l < m"));
    QVERIFY(!holds("NOT t2 < t AND t > t2"));
}

void ExpressionEvaluatorTest::between()
{
    const char* numbers = R"({":lo":{"N":"1"},":hi":{"N":"10"},":five":{"N":"5"},":six":{"N":"6"}})";
    QVERIFY(holds("n BETWEEN :lo AND :hi", numbers));
    QVERIFY(holds("n BETWEEN :five AND :six", numbers));
    QVERIFY(holds("n BETWEEN :lo AND :five", numbers));
    QVERIFY(holds("n BETWEEN :five AND :five", R"({":five":{"N":"5"}})"));
    QVERIFY(!holds("n BETWEEN :six AND :hi", numbers));
    QVERIFY(!holds("gone BETWEEN :lo AND :hi", numbers));
    QVERIFY(holds("s BETWEEN :a AND :b", R"({":a":{"S":"abc"},":b":{"S":"b"}})"));
    QVERIFY(!holds("s BETWEEN :a AND :b", R"({":a":{"S":"abd"},":b":{"S":"b"}})"));
    QVERIFY(holds("b BETWEEN :a AND :b", R"({":a":{"B":"AQ=="},":b":{"B":"/w=="}})"));
    // A value of another type than the bounds is outside them.
    QVERIFY(!holds("s BETWEEN :lo AND :hi", R"({":lo":{"N":"1"},":hi":{"N":"10"}})"));
    // Bounds read from the item are not checked when parsed.
    QVERIFY(holds("n BETWEEN n2 AND m.n[1]", {}));
    QVERIFY(!holds("n BETWEEN s AND s2", {}));
    QVERIFY(!holds("t2 BETWEEN t AND t", {}));
    QVERIFY(holds("NOT n BETWEEN :six AND :hi", numbers));
}

void ExpressionEvaluatorTest::in()
{
    const char* values = R"({":one":{"N":"1"},":five":{"N":"5.0"},":s":{"S":"5"},":set":{"SS":["b","a"]}})";
    QVERIFY(holds("n IN (:one, :five)", values));
    QVERIFY(holds("n IN (:five)", R"({":five":{"N":"5"}})"));
    QVERIFY(!holds("n IN (:one, :s)", values));
    QVERIFY(!holds("gone IN (:one, :five)", values));
    QVERIFY(holds("ss IN (:set, :one)", values));
    QVERIFY(holds("n IN (s, n2)"));
    QVERIFY(holds("NOT s IN (:one, :five, :s, :set)", values));
}

void ExpressionEvaluatorTest::logicalOperatorsAndPrecedence()
{
    const char* v = R"({":yes":{"S":"abc"},":no":{"S":"x"}})";
    QVERIFY(holds("s = :yes AND s2 = :yes", v));
    QVERIFY(!holds("s = :yes AND s2 = :no", v));
    QVERIFY(holds("s = :no OR s2 = :yes", v));
    QVERIFY(!holds("s = :no OR s2 = :no", v));
    QVERIFY(holds("NOT s = :no", v));
    QVERIFY(holds("NOT NOT s = :yes", v));
    // AND binds tighter than OR: true OR (false AND false).
    QVERIFY(holds("s = :yes OR s = :no AND s = :no", v));
    // (false AND false) OR true
    QVERIFY(holds("s = :no AND s = :no OR s = :yes", v));
    QVERIFY(!holds("(s = :yes OR s = :no) AND s = :no", v));
    // NOT binds tighter than AND: (NOT true) AND false, then OR true.
    QVERIFY(!holds("NOT s = :yes AND s = :no", v));
    QVERIFY(holds("NOT (s = :yes AND s = :no)", v));
    QVERIFY(holds("NOT s = :no AND NOT s = :no OR s = :no", v));
    QVERIFY(holds("s = :no OR s = :no OR s = :no OR s = :yes", v));
    QVERIFY(!holds("s = :yes AND s = :yes AND s = :yes AND s = :no", v));
}

void ExpressionEvaluatorTest::attributeExists()
{
    for (const char* path :
        { "s", "n", "b", "t", "z", "ss", "ns", "bs", "l", "m", "blank", "l[0]", "l[2].x", "m.x", "m.n[1]" }) {
        const std::string exists = "attribute_exists(" + std::string(path) + ")";
        const std::string notExists = "attribute_not_exists(" + std::string(path) + ")";
        QVERIFY2(holds(exists), path);
        QVERIFY2(!holds(notExists), path);
    }
    for (const char* path :
        { "gone", "l[3]", "l[0].x", "m.y", "m.x.y", "m.x[0]", "s[0]", "s.x", "m.n[2]", "t.x", "ss[0]" }) {
        const std::string exists = "attribute_exists(" + std::string(path) + ")";
        const std::string notExists = "attribute_not_exists(" + std::string(path) + ")";
        QVERIFY2(!holds(exists), path);
        QVERIFY2(holds(notExists), path);
    }
}

void ExpressionEvaluatorTest::attributeType()
{
    const std::vector<std::pair<const char*, const char*>> types = {
        { "s", "S" },
        { "n", "N" },
        { "b", "B" },
        { "t", "BOOL" },
        { "z", "NULL" },
        { "ss", "SS" },
        { "ns", "NS" },
        { "bs", "BS" },
        { "l", "L" },
        { "m", "M" },
    };
    for (const auto& [path, type] : types) {
        for (const auto& [unused, other] : types) {
            const std::string text = "attribute_type(" + std::string(path) + ", :t)";
            const bool expected = std::string_view(type) == other;
            QCOMPARE(holds(text, "{\":t\":{\"S\":\"" + std::string(other) + "\"}}"), expected);
        }
    }
    QVERIFY(holds("attribute_type(m.n[0], :t)", R"({":t":{"S":"N"}})"));
    QVERIFY(!holds("attribute_type(gone, :t)", R"({":t":{"S":"NULL"}})"));
    QVERIFY(holds("NOT attribute_type(gone, :t)", R"({":t":{"S":"S"}})"));
}

void ExpressionEvaluatorTest::beginsWith()
{
    QVERIFY(holdsWith("begins_with(s, :v)", R"({"S":"ab"})"));
    QVERIFY(holdsWith("begins_with(s, :v)", R"({"S":"abc"})"));
    QVERIFY(holdsWith("begins_with(s, :v)", R"({"S":""})"));
    QVERIFY(!holdsWith("begins_with(s, :v)", R"({"S":"abcd"})"));
    QVERIFY(!holdsWith("begins_with(s, :v)", R"({"S":"AB"})"));
    QVERIFY(!holdsWith("begins_with(s, :v)", R"({"S":"bc"})"));
    QVERIFY(holdsWith("begins_with(e, :v)", R"({"S":"\u00e9"})"));
    QVERIFY(holdsWith("begins_with(b, :v)", R"({"B":"AQI="})"));
    QVERIFY(!holdsWith("begins_with(b, :v)", R"({"B":"Ag=="})"));
    // The prefix must have the attribute's type.
    QVERIFY(!holdsWith("begins_with(b, :v)", R"({"S":"AQ"})"));
    QVERIFY(!holdsWith("begins_with(l, :v)", R"({"S":"a"})"));
    QVERIFY(!holdsWith("begins_with(ss, :v)", R"({"S":"a"})"));
    QVERIFY(!holdsWith("begins_with(gone, :v)", R"({"S":""})"));
    QVERIFY(holds("begins_with(s, s2)"));
    QVERIFY(holds("begins_with(l[2].x, m.x)"));
    QVERIFY(!holds("begins_with(n, n2)"));
}

void ExpressionEvaluatorTest::contains()
{
    // A substring of a string or of a binary.
    QVERIFY(holdsWith("contains(s, :v)", R"({"S":"bc"})"));
    QVERIFY(holdsWith("contains(s, :v)", R"({"S":""})"));
    QVERIFY(!holdsWith("contains(s, :v)", R"({"S":"ac"})"));
    QVERIFY(holdsWith("contains(b, :v)", R"({"B":"AgM="})"));
    QVERIFY(!holdsWith("contains(b, :v)", R"({"B":"AwI="})"));
    QVERIFY(!holdsWith("contains(b, :v)", R"({"S":"\u0002"})"));
    QVERIFY(!holdsWith("contains(s, :v)", R"({"B":"YQ=="})"));
    // An element of a set, of the set's element type.
    QVERIFY(holdsWith("contains(ss, :v)", R"({"S":"b"})"));
    QVERIFY(!holdsWith("contains(ss, :v)", R"({"S":"ab"})"));
    QVERIFY(holdsWith("contains(ns, :v)", R"({"N":"2.00"})"));
    QVERIFY(!holdsWith("contains(ns, :v)", R"({"S":"2"})"));
    QVERIFY(holdsWith("contains(bs, :v)", R"({"B":"Ag=="})"));
    QVERIFY(!holdsWith("contains(bs, :v)", R"({"B":"Aw=="})"));
    // An element of a list, of any type.
    QVERIFY(holdsWith("contains(l, :v)", R"({"S":"a"})"));
    QVERIFY(holdsWith("contains(l, :v)", R"({"N":"1.0"})"));
    QVERIFY(holdsWith("contains(l, :v)", R"({"M":{"x":{"S":"y"}}})"));
    QVERIFY(!holdsWith("contains(l, :v)", R"({"S":"y"})"));
    // Other types contain nothing.
    QVERIFY(!holdsWith("contains(m, :v)", R"({"S":"x"})"));
    QVERIFY(!holdsWith("contains(n, :v)", R"({"N":"5"})"));
    QVERIFY(!holdsWith("contains(gone, :v)", R"({"S":""})"));
    QVERIFY(holds("contains(s, s2)"));
    QVERIFY(holds("contains(l, l[0])"));
    QVERIFY(!holds("contains(l, m.x)"));
    QVERIFY(!holds("contains(s, gone)"));
    QVERIFY(holdsWith("NOT contains(ss, :v)", R"({"S":"c"})"));
}

void ExpressionEvaluatorTest::size()
{
    const auto sizeIs = [](const char* path, int n) {
        return holds("size(" + std::string(path) + ") = :n", "{\":n\":{\"N\":\"" + std::to_string(n) + "\"}}");
    };
    QVERIFY(sizeIs("s", 3));
    QVERIFY(sizeIs("blank", 0));
    // Strings count UTF-16 code units: one for "é", two for the emoji.
    QVERIFY(sizeIs("e", 3));
    QVERIFY(sizeIs("b", 3));
    QVERIFY(sizeIs("ss", 2));
    QVERIFY(sizeIs("ns", 2));
    QVERIFY(sizeIs("bs", 2));
    QVERIFY(sizeIs("l", 3));
    QVERIFY(sizeIs("m", 2));
    QVERIFY(sizeIs("m.n", 2));
    QVERIFY(sizeIs("l[2]", 1));
    // Numbers, booleans and nulls have no size: comparisons with it are false.
    for (const char* path : { "n", "t", "z", "gone" }) {
        QVERIFY2(!holds("size(" + std::string(path) + ") >= :zero", R"({":zero":{"N":"0"}})"), path);
        QVERIFY2(!holds("size(" + std::string(path) + ") < :zero", R"({":zero":{"N":"0"}})"), path);
        QVERIFY2(holds("size(" + std::string(path) + ") <> :zero", R"({":zero":{"N":"0"}})"), path);
    }
    QVERIFY(holds("size(s) > :two", R"({":two":{"N":"2"}})"));
    QVERIFY(holds("size(l) BETWEEN :two AND :three", R"({":two":{"N":"2"},":three":{"N":"3"}})"));
    QVERIFY(holds("size(s) IN (:two, :three)", R"({":two":{"N":"2"},":three":{"N":"3"}})"));
    QVERIFY(holds("size(s) = size(l)"));
    QVERIFY(holds("size(s) < n"));
    QVERIFY(!holds("size(s) = s"));
}

void ExpressionEvaluatorTest::nestedPaths()
{
    QVERIFY(holdsWith("m.x = :v", R"({"S":"y"})"));
    QVERIFY(holdsWith("l[2].x = :v", R"({"S":"y"})"));
    QVERIFY(holdsWith("m.n[1] = :v", R"({"N":"8"})"));
    QVERIFY(holdsWith("l[0] = :v", R"({"S":"a"})"));
    QVERIFY(!holdsWith("l[5] = :v", R"({"S":"a"})"));
    QVERIFY(holdsWith("l[5] <> :v", R"({"S":"a"})"));
    // Indexing a map or naming a key in a list finds nothing.
    QVERIFY(!holdsWith("m[0] = :v", R"({"S":"y"})"));
    QVERIFY(!holdsWith("l.x = :v", R"({"S":"y"})"));
    QVERIFY(holds("#m.#x = :v", R"({":v":{"S":"y"}})", R"({"#m":"m","#x":"x"})"));
    // A dot inside an aliased name is part of the name, not a path separator.
    const char* dotted = R"({"a.b": {"N": "1"}, "a": {"M": {"b": {"N": "2"}}}})";
    QVERIFY(holds("#ab = :one", R"({":one":{"N":"1"}})", R"({"#ab":"a.b"})", dotted));
    QVERIFY(holds("a.b = :two", R"({":two":{"N":"2"}})", {}, dotted));
}

void ExpressionEvaluatorTest::placeholdersAndComparingPaths()
{
    QVERIFY(holds("s = s2"));
    QVERIFY(holds("n = n2"));
    QVERIFY(holds("ss = ss2"));
    QVERIFY(holds("l[2] = m.x OR l[2].x = m.x"));
    QVERIFY(holds("#s = #s2", {}, R"({"#s":"s","#s2":"s2"})"));
    QVERIFY(holds(":v = :v", R"({":v":{"S":"x"}})"));
    QVERIFY(!holds(":v = :w", R"({":v":{"S":"x"},":w":{"S":"y"}})"));
    QVERIFY(holds(":v < s", R"({":v":{"S":"a"}})"));
    // A parsed condition is evaluated any number of times against other items.
    const ConditionExpression c = parse("a > :v", R"({":v":{"N":"1"}})", {});
    QVERIFY(c.evaluate(decode(R"({"a":{"N":"2"}})")));
    QVERIFY(!c.evaluate(decode(R"({"a":{"N":"1"}})")));
    QVERIFY(!c.evaluate(decode(R"({"a":{"S":"2"}})")));
    QVERIFY(c.evaluate(decode(R"({"a":{"N":"1e100"}})")));
}

void ExpressionEvaluatorTest::topLevelNames()
{
    const ConditionExpression c = parse("z.b = :v AND #c[0] > :v OR size(a) > :n AND NOT contains(z, :v)",
        R"({":v":{"S":"x"},":n":{"N":"1"}})", R"({"#c":"c"})");
    QCOMPARE(c.topLevelNames(), (std::vector<std::string> { "a", "c", "z" }));
    QVERIFY(ConditionExpression().topLevelNames().empty());
}

void ExpressionEvaluatorTest::emptyConditionAlwaysHolds()
{
    const ConditionExpression always;
    QVERIFY(always.evaluate(Item()));
    QVERIFY(always.evaluate(decode(kItem)));
}

void ExpressionEvaluatorTest::projection()
{
    QCOMPARE(project("s"), std::string(R"({"s":{"S":"abc"}})"));
    QCOMPARE(project("s, n, gone"), std::string(R"({"n":{"N":"5"},"s":{"S":"abc"}})"));
    QCOMPARE(project("gone"), std::string("{}"));
    // Nested paths keep the structure around the projected values.
    QCOMPARE(project("m.x"), std::string(R"({"m":{"M":{"x":{"S":"y"}}}})"));
    QCOMPARE(project("m.n[1], m.x"), std::string(R"({"m":{"M":{"n":{"L":[{"N":"8"}]},"x":{"S":"y"}}}})"));
    // List elements are kept in index order, compacted.
    QCOMPARE(project("l[2], l[0]"), std::string(R"({"l":{"L":[{"S":"a"},{"M":{"x":{"S":"y"}}}]}})"));
    QCOMPARE(project("l[2].x, l[9]"), std::string(R"({"l":{"L":[{"M":{"x":{"S":"y"}}}]}})"));
    // Paths through the wrong type, or to nothing, project nothing.
    QCOMPARE(project("l[9], m.q, s.x"), std::string("{}"));
    QCOMPARE(project("s[0], m[0], l.x"), std::string("{}"));
    QCOMPARE(project("l[0].x, m.x.y"), std::string("{}"));
    QCOMPARE(project("#m.#n[0], #e", R"({"#m":"m","#n":"n","#e":"e"})"),
        std::string(R"({"e":{"S":"é😀"},"m":{"M":{"n":{"L":[{"N":"7"}]}}}})"));
    json::object names = json::parse(R"({"#n":"n"})").as_object();
    ExpressionContext context(&names, nullptr);
    const ProjectionExpression p = ProjectionExpression::parse("s, #n, l[1], m.x", context);
    QCOMPARE(p.topLevelNames(), (std::vector<std::string> { "l", "m", "n", "s" }));
}

void ExpressionEvaluatorTest::attributesToGet()
{
    const ProjectionExpression p
        = ProjectionExpression::fromAttributesToGet(json::parse(R"(["s","m.x","n","l[0]"])").as_array());
    // Names are taken literally: no paths.
    QCOMPARE(json::serialize(WireJson::encodeItem(p.apply(decode(kItem)))),
        std::string(R"({"n":{"N":"5"},"s":{"S":"abc"}})"));
    QCOMPARE(p.topLevelNames(), (std::vector<std::string> { "l[0]", "m.x", "n", "s" }));
    const auto error = [](std::string_view names) {
        try {
            ProjectionExpression::fromAttributesToGet(json::parse(names).as_array());
        } catch (const Error& e) {
            return QString::fromStdString(std::string(e.name()) + ": " + e.message());
        }
        return QStringLiteral("ok");
    };
    QCOMPARE(error(R"(["a","b","a"])"),
        QStringLiteral("ValidationException: One or more parameter values were invalid: Duplicate value in "
                       "attribute name: a"));
    QCOMPARE(error(R"(["name","size"])"), QStringLiteral("ok"));
}

QTEST_APPLESS_MAIN(ExpressionEvaluatorTest)
#include "ExpressionEvaluatorTest.moc"
