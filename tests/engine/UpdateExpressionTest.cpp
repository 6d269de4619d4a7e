// Tests applying update expressions (and the legacy AttributeUpdates) to items
// with DynamoDB's semantics: values read from the item before the update, list
// indexes referring to the original list, ADD and DELETE on numbers and sets,
// the runtime errors with DynamoDB's messages, and the attributes reported as
// updated for ReturnValues.
// QTest comes first: moc cannot parse <compare> (via Number.h) before the
// standard library's configuration header has been seen.
#include <QTest>

#include "expr/ExpressionContext.h"
#include "expr/LegacyActions.h"
#include "expr/UpdateExpression.h"
#include "model/WireJson.h"

#include <dynoscope/Error.h>

#include <string>
#include <vector>

using namespace dynoscope;
using namespace dynoscope::expr;
namespace json = boost::json;

namespace {

std::string encode(const Item& item)
{
    return json::serialize(WireJson::encodeItem(item));
}

QString describe(const Error& e)
{
    return QString::fromStdString(std::string(e.name()) + ": " + e.message());
}

UpdateExpression parse(std::string_view text, std::string_view values, std::string_view names)
{
    const json::object v = values.empty() ? json::object() : json::parse(values).as_object();
    const json::object n = names.empty() ? json::object() : json::parse(names).as_object();
    try {
        ExpressionContext context(names.empty() ? nullptr : &n, values.empty() ? nullptr : &v);
        return UpdateExpression::parse(text, context);
    } catch (const Error& e) {
        qFatal("cannot parse %s: %s", std::string(text).c_str(), e.message().c_str());
    }
}

// The item (wire JSON) after the update, as wire JSON; or the error.
QString after(std::string_view text, std::string_view item, std::string_view values = {}, std::string_view names = {})
{
    const UpdateExpression update = parse(text, values, names);
    Item result = WireJson::decodeItem(json::parse(item));
    const Item before = result;
    try {
        update.apply(result);
    } catch (const Error& e) {
        if (!(result == before))
            return QStringLiteral("item changed by a failed update");
        return describe(e);
    }
    return QString::fromStdString(encode(result));
}

// The same for the item that does not exist yet: only its key, pk.
QString created(std::string_view text, std::string_view values = {})
{
    const UpdateExpression update = parse(text, values, {});
    Item result = WireJson::decodeItem(json::parse(R"({"pk":{"S":"k"}})"));
    try {
        update.apply(result, false);
    } catch (const Error& e) {
        return describe(e);
    }
    return QString::fromStdString(encode(result));
}

QString legacy(std::string_view updates, std::string_view item)
{
    Item result = WireJson::decodeItem(json::parse(item));
    try {
        LegacyActions::attributeUpdates(json::parse(updates).as_object()).apply(result);
    } catch (const Error& e) {
        return describe(e);
    }
    return QString::fromStdString(encode(result));
}

QString wire(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

const QString kMissing = QStringLiteral("ValidationException: The provided expression refers to an attribute that does "
                                        "not exist in the item");
const QString kWrongType = QStringLiteral("ValidationException: An operand in the update expression has an incorrect "
                                          "data type");
const QString kInvalidPath = QStringLiteral("ValidationException: The document path provided in the update expression "
                                            "is invalid for update");

constexpr const char* kList = R"({"l":{"L":[{"S":"a"},{"S":"b"},{"S":"c"},{"S":"d"}]}})";

} // namespace

class UpdateExpressionTest : public QObject {
    Q_OBJECT

private slots:
    void setTopLevel();
    void valuesAreReadBeforeTheUpdate();
    void arithmetic();
    void ifNotExists();
    void listAppend();
    void nestedSet();
    void invalidPaths();
    void newItems();
    void listIndexes();
    void remove();
    void add();
    void deleteFromSets();
    void nestingLimit();
    void updatedAttributes();
    void legacyAttributeUpdates();
    void legacyAttributeUpdatesErrors();
};

void UpdateExpressionTest::setTopLevel()
{
    QCOMPARE(after("SET a = :v", "{}", R"({":v":{"S":"x"}})"), wire(R"({"a":{"S":"x"}})"));
    QCOMPARE(after("SET a = :v", R"({"a":{"N":"1"},"b":{"N":"2"}})", R"({":v":{"SS":["x"]}})"),
        wire(R"({"a":{"SS":["x"]},"b":{"N":"2"}})"));
    QCOMPARE(after("SET a = :v, b = :w", "{}", R"({":v":{"NULL":true},":w":{"M":{"x":{"L":[]}}}})"),
        wire(R"({"a":{"NULL":true},"b":{"M":{"x":{"L":[]}}}})"));
    QCOMPARE(
        after("SET #a = :v", "{}", R"({":v":{"BOOL":false}})", R"({"#a":"a.b"})"), wire(R"({"a.b":{"BOOL":false}})"));
    QCOMPARE(
        after("SET a = b", R"({"b":{"L":[{"N":"1"}]}})"), wire(R"({"a":{"L":[{"N":"1"}]},"b":{"L":[{"N":"1"}]}})"));
    QCOMPARE(after("SET a = b.c[0]", R"({"b":{"M":{"c":{"L":[{"S":"q"}]}}}})"),
        wire(R"({"a":{"S":"q"},"b":{"M":{"c":{"L":[{"S":"q"}]}}}})"));
    QCOMPARE(after("SET a = b", "{}"), kMissing);
    QCOMPARE(after("SET a = b.c", R"({"b":{"M":{}}})"), kMissing);
}

void UpdateExpressionTest::valuesAreReadBeforeTheUpdate()
{
    // A swap: each value comes from the item as it was.
    QCOMPARE(after("SET a = b, b = a", R"({"a":{"N":"1"},"b":{"N":"2"}})"), wire(R"({"a":{"N":"2"},"b":{"N":"1"}})"));
    QCOMPARE(after("SET a = a + :one, b = a", R"({"a":{"N":"1"}})", R"({":one":{"N":"1"}})"),
        wire(R"({"a":{"N":"2"},"b":{"N":"1"}})"));
    QCOMPARE(after("REMOVE a SET b = a", R"({"a":{"S":"x"}})"), wire(R"({"b":{"S":"x"}})"));
    QCOMPARE(after("SET b = a REMOVE a", R"({"a":{"S":"x"}})"), wire(R"({"b":{"S":"x"}})"));
    QCOMPARE(after("SET l[0] = l[1], l[1] = l[0]", R"({"l":{"L":[{"N":"1"},{"N":"2"}]}})"),
        wire(R"({"l":{"L":[{"N":"2"},{"N":"1"}]}})"));
}

void UpdateExpressionTest::arithmetic()
{
    const char* values = R"({":one":{"N":"1"},":half":{"N":"0.5"}})";
    QCOMPARE(after("SET n = n + :one", R"({"n":{"N":"41"}})", values), wire(R"({"n":{"N":"42"}})"));
    QCOMPARE(after("SET n = n - :half", R"({"n":{"N":"1"}})", values), wire(R"({"n":{"N":"0.5"}})"));
    QCOMPARE(after("SET n = :one - n", R"({"n":{"N":"3"}})", values), wire(R"({"n":{"N":"-2"}})"));
    QCOMPARE(after("SET n = :one + :half", "{}", values), wire(R"({"n":{"N":"1.5"}})"));
    QCOMPARE(after("SET n = m + m", R"({"m":{"N":"2.25"}})", values), wire(R"({"m":{"N":"2.25"},"n":{"N":"4.5"}})"));
    QCOMPARE(after("SET n = (n + :one)", R"({"n":{"N":"-1"}})", values), wire(R"({"n":{"N":"0"}})"));
    // Exact decimal arithmetic, 38 digits.
    QCOMPARE(after("SET n = n + :tiny", R"({"n":{"N":"1"}})",
                 R"({":tiny":{"N":"0.0000000000000000000000000000000000001"}})"),
        wire(R"({"n":{"N":"1.0000000000000000000000000000000000001"}})"));
    QCOMPARE(after("SET n = n + :big", R"({"n":{"N":"9.9999999999999999999999999999999999999E+125"}})",
                 R"({":big":{"N":"9.9999999999999999999999999999999999999E+125"}})"),
        QStringLiteral("ValidationException: Number overflow. Attempting to store a number with magnitude larger "
                       "than supported range"));
    QCOMPARE(after("SET n = n + :one", "{}", values), kMissing);
    QCOMPARE(after("SET n = m - :one", R"({"n":{"N":"1"}})", values), kMissing);
    QCOMPARE(after("SET n = n + :one", R"({"n":{"S":"1"}})", values), kWrongType);
    QCOMPARE(after("SET n = :one + n", R"({"n":{"NS":["1"]}})", values), kWrongType);
    QCOMPARE(after("SET n = s - :one", R"({"s":{"S":"1"}})", values), kWrongType);
    // The left operand is checked first.
    QCOMPARE(after("SET n = m + s", R"({"s":{"S":"1"}})", values), kMissing);
    QCOMPARE(after("SET n = s + m", R"({"s":{"S":"1"}})", values), kWrongType);
}

void UpdateExpressionTest::ifNotExists()
{
    const char* values = R"({":v":{"S":"new"},":one":{"N":"1"}})";
    QCOMPARE(after("SET a = if_not_exists(a, :v)", "{}", values), wire(R"({"a":{"S":"new"}})"));
    QCOMPARE(after("SET a = if_not_exists(a, :v)", R"({"a":{"N":"5"}})", values), wire(R"({"a":{"N":"5"}})"));
    QCOMPARE(after("SET a = if_not_exists(b, :v)", R"({"b":{"BOOL":true}})", values),
        wire(R"({"a":{"BOOL":true},"b":{"BOOL":true}})"));
    QCOMPARE(after("SET a = if_not_exists(m.x, :v)", R"({"m":{"M":{"x":{"S":"old"}}}})", values),
        wire(R"({"a":{"S":"old"},"m":{"M":{"x":{"S":"old"}}}})"));
    QCOMPARE(after("SET a = if_not_exists(m.y, :v)", R"({"m":{"M":{}}})", values),
        wire(R"({"a":{"S":"new"},"m":{"M":{}}})"));
    QCOMPARE(after("SET n = if_not_exists(n, :one) + :one", "{}", values), wire(R"({"n":{"N":"2"}})"));
    QCOMPARE(
        after("SET n = if_not_exists(n, :one) + :one", R"({"n":{"N":"10"}})", values), wire(R"({"n":{"N":"11"}})"));
    // The fallback may itself be read from the item.
    QCOMPARE(after("SET a = if_not_exists(a, b)", R"({"b":{"S":"b"}})"), wire(R"({"a":{"S":"b"},"b":{"S":"b"}})"));
    QCOMPARE(after("SET a = if_not_exists(a, b)", R"({"a":{"S":"a"}})"), wire(R"({"a":{"S":"a"}})"));
    QCOMPARE(after("SET a = if_not_exists(a, b)", "{}"), kMissing);
}

void UpdateExpressionTest::listAppend()
{
    const char* values = R"({":l":{"L":[{"S":"x"},{"S":"y"}]},":none":{"L":[]}})";
    QCOMPARE(after("SET l = list_append(l, :l)", R"({"l":{"L":[{"N":"1"}]}})", values),
        wire(R"({"l":{"L":[{"N":"1"},{"S":"x"},{"S":"y"}]}})"));
    QCOMPARE(after("SET l = list_append(:l, l)", R"({"l":{"L":[{"N":"1"}]}})", values),
        wire(R"({"l":{"L":[{"S":"x"},{"S":"y"},{"N":"1"}]}})"));
    QCOMPARE(after("SET l = list_append(:l, :l)", "{}", values),
        wire(R"({"l":{"L":[{"S":"x"},{"S":"y"},{"S":"x"},{"S":"y"}]}})"));
    QCOMPARE(after("SET l = list_append(if_not_exists(l, :none), :l)", "{}", values),
        wire(R"({"l":{"L":[{"S":"x"},{"S":"y"}]}})"));
    QCOMPARE(after("SET l = list_append(l, l)", R"({"l":{"L":[{"N":"1"}]}})", {}),
        wire(R"({"l":{"L":[{"N":"1"},{"N":"1"}]}})"));
    QCOMPARE(after("SET l = list_append(l, :l)", "{}", values), kMissing);
    QCOMPARE(after("SET l = list_append(l, :l)", R"({"l":{"SS":["a"]}})", values), kWrongType);
    QCOMPARE(after("SET l = list_append(:l, m)", R"({"m":{"M":{}}})", values), kWrongType);
    QCOMPARE(after("SET l = list_append(:l, s)", R"({"s":{"S":"x"}})", values), kWrongType);
}

void UpdateExpressionTest::nestedSet()
{
    const char* item = R"({"m":{"M":{"a":{"N":"1"},"l":{"L":[{"N":"1"}]}}}})";
    const char* values = R"({":v":{"S":"x"}})";
    QCOMPARE(after("SET m.a = :v", item, values), wire(R"({"m":{"M":{"a":{"S":"x"},"l":{"L":[{"N":"1"}]}}}})"));
    QCOMPARE(after("SET m.b = :v", item, values),
        wire(R"({"m":{"M":{"a":{"N":"1"},"b":{"S":"x"},"l":{"L":[{"N":"1"}]}}}})"));
    QCOMPARE(after("SET m.l[0] = :v", item, values), wire(R"({"m":{"M":{"a":{"N":"1"},"l":{"L":[{"S":"x"}]}}}})"));
    QCOMPARE(after("SET m.l[1] = :v, m.a = m.l[0]", item, values),
        wire(R"({"m":{"M":{"a":{"N":"1"},"l":{"L":[{"N":"1"},{"S":"x"}]}}}})"));
    QCOMPARE(after("SET #m.#k = :v", item, values, R"({"#m":"m","#k":"with.dot"})"),
        wire(R"({"m":{"M":{"a":{"N":"1"},"l":{"L":[{"N":"1"}]},"with.dot":{"S":"x"}}}})"));
    QCOMPARE(after("SET m.a = :v REMOVE m.l", item, values), wire(R"({"m":{"M":{"a":{"S":"x"}}}})"));
}

void UpdateExpressionTest::invalidPaths()
{
    const char* item = R"({"s":{"S":"x"},"m":{"M":{"a":{"N":"1"}}},"l":{"L":[{"N":"1"}]}})";
    const char* values = R"({":v":{"S":"x"},":n":{"N":"1"},":ss":{"SS":["a"]}})";
    for (const char* text : { "SET gone.x = :v", "SET gone[0] = :v", "SET m.gone.x = :v", "SET m.a.x = :v",
             "SET s.x = :v", "SET s[0] = :v", "SET m[0] = :v", "SET l.x = :v", "SET l[0].x = :v", "SET l[5].x = :v",
             "REMOVE gone.x", "REMOVE gone[0]", "REMOVE s.x", "REMOVE m[0]", "REMOVE l.x", "ADD m.gone.x :n",
             "ADD s.x :n", "DELETE gone.x :ss", "DELETE l.x :ss" }) {
        QCOMPARE(after(text, item, values), kInvalidPath);
    }
    // The item is left unchanged when one path of several fails.
    QCOMPARE(after("SET a = :v, s.x = :v", item, values), kInvalidPath);
    QCOMPARE(after("SET m.a = :v, gone.x = :v", item, values), kInvalidPath);
    // Missing leaves are fine.
    QCOMPARE(after("REMOVE m.gone, gone, l[7]", item, values),
        wire(R"({"l":{"L":[{"N":"1"}]},"m":{"M":{"a":{"N":"1"}}},"s":{"S":"x"}})"));
}

void UpdateExpressionTest::newItems()
{
    const char* values = R"({":v":{"S":"x"}})";
    QCOMPARE(created("SET a = :v", values), wire(R"({"a":{"S":"x"},"pk":{"S":"k"}})"));
    // Removing below a missing attribute of a new item is ignored, unlike on
    // an existing item, but setting below one is refused.
    QCOMPARE(created("REMOVE x.y, z[0], gone"), wire(R"({"pk":{"S":"k"}})"));
    QCOMPARE(after("REMOVE x.y", R"({"pk":{"S":"k"}})"), kInvalidPath);
    QCOMPARE(created("SET c.c = :v", values), kInvalidPath);
    QCOMPARE(created("SET a = :v REMOVE x.y", values), wire(R"({"a":{"S":"x"},"pk":{"S":"k"}})"));
    QCOMPARE(created("SET x.z = :v REMOVE x.y", values), kInvalidPath);
}

void UpdateExpressionTest::listIndexes()
{
    const char* values = R"({":v":{"S":"v"},":w":{"S":"w"}})";
    QCOMPARE(after("SET l[1] = :v", kList, values), wire(R"({"l":{"L":[{"S":"a"},{"S":"v"},{"S":"c"},{"S":"d"}]}})"));
    // Past the end appends, whatever the index.
    QCOMPARE(after("SET l[4] = :v", kList, values),
        wire(R"({"l":{"L":[{"S":"a"},{"S":"b"},{"S":"c"},{"S":"d"},{"S":"v"}]}})"));
    QCOMPARE(after("SET l[100] = :v", kList, values),
        wire(R"({"l":{"L":[{"S":"a"},{"S":"b"},{"S":"c"},{"S":"d"},{"S":"v"}]}})"));
    // Several appends keep the order of their indexes, not of the expression.
    QCOMPARE(after("SET l[10] = :v, l[8] = :w", kList, values),
        wire(R"({"l":{"L":[{"S":"a"},{"S":"b"},{"S":"c"},{"S":"d"},{"S":"w"},{"S":"v"}]}})"));
    // Removals refer to the original positions.
    QCOMPARE(after("REMOVE l[1], l[3]", kList), wire(R"({"l":{"L":[{"S":"a"},{"S":"c"}]}})"));
    QCOMPARE(after("REMOVE l[3], l[0], l[1]", kList), wire(R"({"l":{"L":[{"S":"c"}]}})"));
    QCOMPARE(after("REMOVE l[0], l[1], l[2], l[3]", kList), wire(R"({"l":{"L":[]}})"));
    QCOMPARE(after("REMOVE l[9]", kList), wire(kList));
    QCOMPARE(after("REMOVE l[0] SET l[1] = :v", kList, values), wire(R"({"l":{"L":[{"S":"v"},{"S":"c"},{"S":"d"}]}})"));
    QCOMPARE(after("REMOVE l[0] SET l[7] = :v", kList, values),
        wire(R"({"l":{"L":[{"S":"b"},{"S":"c"},{"S":"d"},{"S":"v"}]}})"));
    QCOMPARE(after("SET l[0] = :v REMOVE l[2]", kList, values), wire(R"({"l":{"L":[{"S":"v"},{"S":"b"},{"S":"d"}]}})"));
    // Nested lists.
    QCOMPARE(after("SET l[0][1] = :v", R"({"l":{"L":[{"L":[{"N":"0"}]}]}})", values),
        wire(R"({"l":{"L":[{"L":[{"N":"0"},{"S":"v"}]}]}})"));
    QCOMPARE(after("REMOVE l[0][0]", R"({"l":{"L":[{"L":[{"N":"0"}]}]}})"), wire(R"({"l":{"L":[{"L":[]}]}})"));
}

void UpdateExpressionTest::remove()
{
    QCOMPARE(after("REMOVE a", R"({"a":{"N":"1"},"b":{"N":"2"}})"), wire(R"({"b":{"N":"2"}})"));
    QCOMPARE(after("REMOVE a, b", R"({"a":{"N":"1"},"b":{"N":"2"}})"), wire("{}"));
    QCOMPARE(after("REMOVE gone", R"({"a":{"N":"1"}})"), wire(R"({"a":{"N":"1"}})"));
    QCOMPARE(
        after("REMOVE m.a", R"({"m":{"M":{"a":{"N":"1"},"b":{"N":"2"}}}})"), wire(R"({"m":{"M":{"b":{"N":"2"}}}})"));
    // Removing the last entry leaves an empty map.
    QCOMPARE(after("REMOVE m.a", R"({"m":{"M":{"a":{"N":"1"}}}})"), wire(R"({"m":{"M":{}}})"));
    QCOMPARE(after("REMOVE #a", R"({"a.b":{"N":"1"},"a":{"M":{"b":{"N":"2"}}}})", {}, R"({"#a":"a.b"})"),
        wire(R"({"a":{"M":{"b":{"N":"2"}}}})"));
}

void UpdateExpressionTest::add()
{
    const char* values = R"({":n":{"N":"2"},":neg":{"N":"-5"},":ss":{"SS":["b","c"]},":ns":{"NS":["1","3"]},)"
                         R"(":bs":{"BS":["Ag=="]},":s":{"S":"x"}})";
    QCOMPARE(after("ADD n :n", R"({"n":{"N":"1"}})", values), wire(R"({"n":{"N":"3"}})"));
    QCOMPARE(after("ADD n :neg", R"({"n":{"N":"1"}})", values), wire(R"({"n":{"N":"-4"}})"));
    // A missing attribute is created.
    QCOMPARE(after("ADD n :n", "{}", values), wire(R"({"n":{"N":"2"}})"));
    QCOMPARE(after("ADD ss :ss", "{}", values), wire(R"({"ss":{"SS":["b","c"]}})"));
    QCOMPARE(after("ADD m.n :n", R"({"m":{"M":{}}})", values), wire(R"({"m":{"M":{"n":{"N":"2"}}}})"));
    QCOMPARE(after("ADD l[3] :n", R"({"l":{"L":[]}})", values), wire(R"({"l":{"L":[{"N":"2"}]}})"));
    // Sets are united.
    QCOMPARE(after("ADD ss :ss", R"({"ss":{"SS":["a","b"]}})", values), wire(R"({"ss":{"SS":["a","b","c"]}})"));
    QCOMPARE(after("ADD ns :ns", R"({"ns":{"NS":["1.0","2"]}})", values), wire(R"({"ns":{"NS":["1","2","3"]}})"));
    QCOMPARE(after("ADD bs :bs", R"({"bs":{"BS":["AQ=="]}})", values), wire(R"({"bs":{"BS":["AQ==","Ag=="]}})"));
    QCOMPARE(after("ADD n :n, ss :ss", R"({"n":{"N":"1"}})", values), wire(R"({"n":{"N":"3"},"ss":{"SS":["b","c"]}})"));
    // The attribute must have the value's type.
    QCOMPARE(after("ADD n :n", R"({"n":{"S":"1"}})", values), kWrongType);
    QCOMPARE(after("ADD ss :ss", R"({"ss":{"NS":["1"]}})", values), kWrongType);
    QCOMPARE(after("ADD ss :ns", R"({"ss":{"SS":["1"]}})", values), kWrongType);
    QCOMPARE(after("ADD n :ns", R"({"n":{"N":"1"}})", values), kWrongType);
    QCOMPARE(after("ADD l :ss", R"({"l":{"L":[]}})", values), kWrongType);
    QCOMPARE(after("ADD n :n", R"({"n":{"N":"9.9999999999999999999999999999999999999E+125"}})",
                 R"({":n":{"N":"9.9999999999999999999999999999999999999E+125"}})"),
        QStringLiteral("ValidationException: Number overflow. Attempting to store a number with magnitude larger "
                       "than supported range"));
}

void UpdateExpressionTest::deleteFromSets()
{
    const char* values
        = R"({":ss":{"SS":["b","c"]},":ns":{"NS":["1.0"]},":bs":{"BS":["AQ=="]},":all":{"SS":["a","b"]}})";
    QCOMPARE(after("DELETE ss :ss", R"({"ss":{"SS":["a","b"]}})", values), wire(R"({"ss":{"SS":["a"]}})"));
    QCOMPARE(after("DELETE ns :ns", R"({"ns":{"NS":["1","2"]}})", values), wire(R"({"ns":{"NS":["2"]}})"));
    QCOMPARE(after("DELETE bs :bs", R"({"bs":{"BS":["AQ==","Ag=="]}})", values), wire(R"({"bs":{"BS":["Ag=="]}})"));
    // Deleting every element removes the attribute.
    QCOMPARE(after("DELETE ss :all", R"({"ss":{"SS":["a","b"]},"x":{"N":"1"}})", values), wire(R"({"x":{"N":"1"}})"));
    QCOMPARE(after("DELETE m.ss :all", R"({"m":{"M":{"ss":{"SS":["b","a"]}}}})", values), wire(R"({"m":{"M":{}}})"));
    // Deleting from a missing attribute does nothing.
    QCOMPARE(after("DELETE ss :ss", R"({"x":{"N":"1"}})", values), wire(R"({"x":{"N":"1"}})"));
    QCOMPARE(after("DELETE ss :ss", R"({"ss":{"SS":["x"]}})", values), wire(R"({"ss":{"SS":["x"]}})"));
    QCOMPARE(after("DELETE ss :ns", R"({"ss":{"SS":["1"]}})", values), kWrongType);
    QCOMPARE(after("DELETE ss :ss", R"({"ss":{"S":"b"}})", values), kWrongType);
    QCOMPARE(after("DELETE ss :ss", R"({"ss":{"L":[{"S":"b"}]}})", values), kWrongType);
}

void UpdateExpressionTest::nestingLimit()
{
    // A value 32 levels deep (a string in 31 lists) may be stored; one level
    // more, reached by setting it inside a list, is refused.
    json::value deep = json::object { { "S", "x" } };
    for (int i = 0; i < 31; ++i)
        deep = json::object { { "L", json::array { deep } } };
    const json::object values { { ":deep", deep } };
    ExpressionContext context(nullptr, &values);
    const UpdateExpression top = UpdateExpression::parse("SET a = :deep", context);
    const UpdateExpression nested = UpdateExpression::parse("SET l[0] = :deep", context);
    Item item = WireJson::decodeItem(json::parse(R"({"l":{"L":[]}})"));
    top.apply(item);
    QCOMPARE(item.at("a"), WireJson::decodeValue(deep));
    try {
        nested.apply(item);
        QFAIL("a 33rd level was stored");
    } catch (const Error& e) {
        QCOMPARE(describe(e), QStringLiteral("ValidationException: Nesting Levels have exceeded supported limits"));
    }
    QVERIFY(item.at("l").list().empty());
}

void UpdateExpressionTest::updatedAttributes()
{
    const UpdateExpression update = parse("SET b = :v, m.x = :v, #l[1] = :v REMOVE z, q.r ADD n :one DELETE s :s",
        R"({":v":{"S":"v"},":one":{"N":"1"},":s":{"SS":["a"]}})", R"({"#l":"l"})");
    QCOMPARE(update.updatedAttributes(), (std::vector<std::string> { "b", "l", "m", "n", "q", "s", "z" }));
    // ReturnValues UPDATED_OLD and UPDATED_NEW report the updated paths only.
    const Item item = WireJson::decodeItem(json::parse(
        R"({"a":{"N":"0"},"b":{"N":"0"},"m":{"M":{"x":{"N":"1"},"y":{"N":"2"}}},)"
        R"("l":{"L":[{"N":"0"},{"N":"1"},{"N":"2"}]},"n":{"N":"5"},"q":{"M":{"r":{"N":"1"},"t":{"N":"1"}}}})"));
    QCOMPARE(encode(update.projectUpdated(item)),
        std::string(R"({"b":{"N":"0"},"l":{"L":[{"N":"1"}]},"m":{"M":{"x":{"N":"1"}}},"n":{"N":"5"},)"
                    R"("q":{"M":{"r":{"N":"1"}}}})"));
    Item next = item;
    update.apply(next);
    QCOMPARE(encode(update.projectUpdated(next)),
        std::string(R"({"b":{"S":"v"},"l":{"L":[{"S":"v"}]},"m":{"M":{"x":{"S":"v"}}},"n":{"N":"6"}})"));
}

void UpdateExpressionTest::legacyAttributeUpdates()
{
    const char* item = R"({"n":{"N":"1"},"s":{"S":"x"},"ss":{"SS":["a","b"]},"l":{"L":[{"N":"1"}]}})";
    // PUT (the default action) sets.
    QCOMPARE(legacy(R"({"s":{"Value":{"S":"y"}},"t":{"Action":"PUT","Value":{"BOOL":true}}})", item),
        wire(R"({"l":{"L":[{"N":"1"}]},"n":{"N":"1"},"s":{"S":"y"},"ss":{"SS":["a","b"]},"t":{"BOOL":true}})"));
    // DELETE without a value removes; with a set value takes the elements out.
    QCOMPARE(legacy(R"({"s":{"Action":"DELETE"},"ss":{"Action":"DELETE","Value":{"SS":["a"]}}})", item),
        wire(R"({"l":{"L":[{"N":"1"}]},"n":{"N":"1"},"ss":{"SS":["b"]}})"));
    QCOMPARE(legacy(R"({"ss":{"Action":"DELETE","Value":{"SS":["a","b"]}},"gone":{"Action":"DELETE"}})", item),
        wire(R"({"l":{"L":[{"N":"1"}]},"n":{"N":"1"},"s":{"S":"x"}})"));
    // ADD adds numbers, unites sets and, unlike UpdateExpression, appends to lists.
    QCOMPARE(legacy(R"({"n":{"Action":"ADD","Value":{"N":"2"}},"ss":{"Action":"ADD","Value":{"SS":["c"]}},)"
                    R"("l":{"Action":"ADD","Value":{"L":[{"S":"x"}]}}})",
                 item),
        wire(R"({"l":{"L":[{"N":"1"},{"S":"x"}]},"n":{"N":"3"},"s":{"S":"x"},"ss":{"SS":["a","b","c"]}})"));
    QCOMPARE(
        legacy(R"({"new":{"Action":"ADD","Value":{"L":[{"S":"x"}]}},"m":{"Action":"ADD","Value":{"N":"-1"}}})", "{}"),
        wire(R"({"m":{"N":"-1"},"new":{"L":[{"S":"x"}]}})"));
    // Names are taken literally.
    QCOMPARE(legacy(R"({"a.b":{"Value":{"N":"1"}},"c[0]":{"Value":{"N":"2"}}})", "{}"),
        wire(R"({"a.b":{"N":"1"},"c[0]":{"N":"2"}})"));
    const UpdateExpression update = LegacyActions::attributeUpdates(
        json::parse(R"({"z":{"Action":"DELETE"},"a":{"Value":{"N":"1"}}})").as_object());
    QCOMPARE(update.updatedAttributes(), (std::vector<std::string> { "a", "z" }));
}

void UpdateExpressionTest::legacyAttributeUpdatesErrors()
{
    const char* item = R"({"n":{"N":"1"},"s":{"S":"x"},"ss":{"SS":["a","b"]}})";
    const QString mismatch = QStringLiteral("ValidationException: Type mismatch for attribute to update");
    QCOMPARE(legacy(R"({"s":{"Action":"ADD","Value":{"N":"1"}}})", item), mismatch);
    QCOMPARE(legacy(R"({"n":{"Action":"ADD","Value":{"SS":["a"]}}})", item), mismatch);
    QCOMPARE(legacy(R"({"ss":{"Action":"DELETE","Value":{"NS":["1"]}}})", item), mismatch);
    QCOMPARE(legacy(R"({"s":{"Action":"DELETE","Value":{"SS":["x"]}}})", item), mismatch);
    const QString invalid = QStringLiteral("ValidationException: One or more parameter values were invalid: ");
    for (const char* type :
        { R"({"S":"1"})", R"({"B":"Yg=="})", R"({"NULL":true})", R"({"BOOL":true})", R"({"M":{}})" }) {
        const QString name = json::parse(type).as_object().begin()->key().data();
        QCOMPARE(legacy("{\"a\":{\"Action\":\"ADD\",\"Value\":" + std::string(type) + "}}", item),
            invalid + "ADD action is not supported for the type " + name);
    }
    for (const char* type : { R"({"S":"1"})", R"({"N":"1"})", R"({"L":[]})", R"({"M":{}})", R"({"BOOL":true})" }) {
        const QString name = json::parse(type).as_object().begin()->key().data();
        QCOMPARE(legacy("{\"a\":{\"Action\":\"DELETE\",\"Value\":" + std::string(type) + "}}", item),
            invalid + "DELETE action with value is not supported for the type " + name);
    }
    QCOMPARE(legacy(R"({"a":{"Action":"ADD"}})", item),
        invalid + "Only DELETE action is allowed when no attribute value is specified");
    QCOMPARE(
        legacy(R"({"a":{}})", item), invalid + "Only DELETE action is allowed when no attribute value is specified");
    QCOMPARE(legacy(R"({"a":{"Action":"PUSH","Value":{"N":"1"}}})", item),
        QStringLiteral("ValidationException: 1 validation error detected: Value 'PUSH' at "
                       "'attributeUpdates.a.member.action' failed to satisfy constraint: Member must satisfy enum "
                       "value set: [ADD, PUT, DELETE]"));
    QCOMPARE(legacy(R"({"a":null})", item),
        QStringLiteral("ValidationException: Supplied AttributeValueUpdate is empty, must contain one of the "
                       "supported actions: a is null"));
}

QTEST_APPLESS_MAIN(UpdateExpressionTest)
#include "UpdateExpressionTest.moc"
