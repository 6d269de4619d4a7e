// Tests WireJson: decoding DynamoDB's JSON attribute values with DynamoDB's
// error types and exact messages, and the JSON encoders.
// QTest comes first: moc cannot parse <compare> (via Number.h) before the
// standard library's configuration header has been seen.
#include <QTest>

#include "model/WireDecoder.h"
#include "model/WireJson.h"

#include <dynoscope/Error.h>

using namespace dynoscope;
namespace json = boost::json;

namespace QTest {
template <> char* toString(const std::string& s)
{
    return qstrdup(s.c_str());
}
} // namespace QTest

namespace {

enum class Shape { Value, Field, Item };

json::value parseJson(std::string_view text)
{
    json::parse_options options;
    options.max_depth = 1000;
    return json::parse(text, {}, options);
}

// "ok", or "<ErrorName>: <message>".
std::string outcome(std::string_view text, Shape shape = Shape::Value)
{
    const json::value v = parseJson(text);
    try {
        if (shape == Shape::Value)
            WireJson::decodeValue(v);
        else if (shape == Shape::Field)
            WireJson::decodeFieldValue(v);
        else
            WireJson::decodeItem(v);
    } catch (const Error& e) {
        return std::string(e.name()) + ": " + e.message();
    }
    return "ok";
}

std::string serialization(std::string_view message)
{
    return "SerializationException: " + std::string(message);
}
std::string validation(std::string_view message)
{
    return "ValidationException: " + std::string(message);
}

AttributeValue value(std::string_view text)
{
    return WireJson::decodeValue(parseJson(text));
}

std::string valueJson(const AttributeValue& v)
{
    std::string out;
    WireJson::appendValueJson(out, v);
    return out;
}

std::string stringJson(std::string_view s)
{
    std::string out;
    WireJson::appendStringJson(out, s);
    return out;
}

// {"M":{"n":{"M":{"n":...{"S":"leaf"}}}}} with `wraps` maps around the leaf.
std::string nestedMaps(int wraps)
{
    std::string text;
    for (int i = 0; i < wraps; ++i)
        text += "{\"M\":{\"n\":";
    text += "{\"S\":\"leaf\"}";
    for (int i = 0; i < wraps; ++i)
        text += "}}";
    return text;
}

std::string nestedLists(int wraps)
{
    std::string text;
    for (int i = 0; i < wraps; ++i)
        text += "{\"L\":[";
    text += "{\"N\":\"1\"}";
    for (int i = 0; i < wraps; ++i)
        text += "]}";
    return text;
}

const char* const kEmpty = "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes";
const char* const kStructure = "Start of structure or map found where not expected";

} // namespace

class WireJsonTest : public QObject {
    Q_OBJECT

private slots:
    void decodesEveryType();
    void ignoresUnknownAndNullMembers();
    void decodesItems();
    void validationErrors_data();
    void validationErrors();
    void serializationErrors_data();
    void serializationErrors();
    void serializationBeforeValidation();
    void decoderSpansRequestFields();
    void largeSetDuplicates();
    void nestingLimit();
    void encodesEveryType();
    void escapesStrings_data();
    void escapesStrings();
    void replacesInvalidUtf8_data();
    void replacesInvalidUtf8();
    void roundTrips();
    void boostTreeMatchesText();
};

void WireJsonTest::decodesEveryType()
{
    QCOMPARE(value(R"({"S":"hello"})"), AttributeValue::string("hello"));
    QCOMPARE(value(R"({"S":""})"), AttributeValue::string(""));
    QCOMPARE(value(R"({"N":"-012.50"})").num().toString(), "-12.5");
    QCOMPARE(value(R"({"B":"aGk="})"), AttributeValue::binary("hi"));
    QCOMPARE(value(R"({"B":""})"), AttributeValue::binary(""));
    QCOMPARE(value(R"({"BOOL":true})"), AttributeValue::boolean(true));
    QCOMPARE(value(R"({"BOOL":false})"), AttributeValue::boolean(false));
    QCOMPARE(value(R"({"NULL":true})"), AttributeValue::null());
    QCOMPARE(value(R"({"M":{}})"), AttributeValue::map({}));
    QCOMPARE(value(R"({"L":[]})"), AttributeValue::list({}));
    QCOMPARE(value(R"({"SS":["a","","b"]})"), AttributeValue::stringSet({ "b", "a", "" }));
    QCOMPARE(value(R"({"BS":["aGk=",""]})"), AttributeValue::binarySet({ "", "hi" }));
    const AttributeValue ns = value(R"({"NS":["1.50","1e2"]})");
    QCOMPARE(ns, AttributeValue::numberSet({ Number::parse("100"), Number::parse("1.5") }));
    QCOMPARE(ns.numbers()[0].toString(), "1.5");
    const AttributeValue nested = value(R"({"M":{"a":{"L":[{"N":"1"},{"M":{"b":{"NULL":true}}}]},"c":{"S":"x"}}})");
    QCOMPARE(nested,
        AttributeValue::map({ { "a",
                                  AttributeValue::list({ AttributeValue::number(Number::fromInt(1)),
                                      AttributeValue::map({ { "b", AttributeValue::null() } }) }) },
            { "c", AttributeValue::string("x") } }));
}

void WireJsonTest::ignoresUnknownAndNullMembers()
{
    QCOMPARE(value(R"({"S":"a","foo":1})"), AttributeValue::string("a"));
    QCOMPARE(value(R"({"S":"a","N":null})"), AttributeValue::string("a"));
    QCOMPARE(value(R"({"s":"lowercase is unknown","BOOL":true})"), AttributeValue::boolean(true));
}

void WireJsonTest::decodesItems()
{
    const Item item = WireJson::decodeItem(parseJson(R"({"pk":{"S":"k"},"n":{"N":"7"},"e":{"M":{}}})"));
    QCOMPARE(item.size(), std::size_t(3));
    QCOMPARE(item.at("pk"), AttributeValue::string("k"));
    QCOMPARE(item.at("n"), AttributeValue::number(Number::fromInt(7)));
    QCOMPARE(item.at("e"), AttributeValue::map({}));
    QVERIFY(WireJson::decodeItem(parseJson("{}")).empty());
    QCOMPARE(outcome(R"({"a":{"S":"x"},"b":{}})", Shape::Item), validation(kEmpty));
    QCOMPARE(outcome(R"({"a":null})", Shape::Item), validation(kEmpty));
}

void WireJsonTest::validationErrors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    const QString invalid = "One or more parameter values were invalid: ";
    QTest::newRow("empty") << "{}" << kEmpty;
    QTest::newRow("unknown type only") << R"({"a":""})" << kEmpty;
    QTest::newRow("null type") << R"({"S":null})" << kEmpty;
    QTest::newRow("null value") << "null" << kEmpty;
    QTest::newRow("empty in map") << R"({"M":{"a":{}}})" << kEmpty;
    QTest::newRow("empty in list") << R"({"L":[{}]})" << kEmpty;
    QTest::newRow("unknown in list") << R"({"L":[{"a":{}}]})" << kEmpty;
    QTest::newRow("null in list") << R"({"L":[null]})" << kEmpty;
    QTest::newRow("two types") << R"({"S":"a","N":"1"})"
                               << "Supplied AttributeValue has more than one datatypes set, must contain exactly one "
                                  "of the supported datatypes";
    QTest::newRow("number checked before type count") << R"({"S":"","N":""})"
                                                      << "The parameter cannot be converted to a numeric value";
    QTest::newRow("empty number") << R"({"N":""})"
                                  << "The parameter cannot be converted to a numeric value";
    QTest::newRow("bad number") << R"({"N":"b"})"
                                << "The parameter cannot be converted to a numeric value: b";
    QTest::newRow("overflow") << R"({"N":"1e126"})"
                              << "Number overflow. Attempting to store a number with magnitude larger than supported "
                                 "range";
    QTest::newRow("underflow") << R"({"N":"-1e-131"})"
                               << "Number underflow. Attempting to store a number with magnitude smaller than "
                                  "supported range";
    QTest::newRow("precision") << R"({"N":"123456789012345678901234567890123456789"})"
                               << "Attempting to store more than 38 significant digits in a Number";
    QTest::newRow("null false") << R"({"NULL":false})"
                                << invalid + "Null attribute value types must have the value of true";
    QTest::newRow("empty SS") << R"({"SS":[]})" << invalid + "An string set  may not be empty";
    QTest::newRow("empty NS") << R"({"NS":[]})" << invalid + "An number set  may not be empty";
    QTest::newRow("empty BS") << R"({"BS":[]})" << invalid + "Binary sets should not be empty";
    QTest::newRow("duplicate SS") << R"({"SS":["a","a"]})" << invalid + "Input collection [a, a] contains duplicates.";
    QTest::newRow("duplicate SS listed whole")
        << R"({"SS":["x","a","b","a"]})" << invalid + "Input collection [x, a, b, a] contains duplicates.";
    QTest::newRow("duplicate BS") << R"({"BS":["Yg==","Yg=="]})"
                                  << invalid + "Input collection [Yg==, Yg==]of type BS contains duplicates.";
    QTest::newRow("duplicate NS") << R"({"NS":["1","1"]})"
                                  << "Input collection contains duplicates";
    QTest::newRow("numerically duplicate NS") << R"({"NS":["2","2.0"]})"
                                              << "Input collection contains duplicates";
    QTest::newRow("bad number in set") << R"({"NS":["1","b","a"]})"
                                       << "The parameter cannot be converted to a numeric value: b";
    QTest::newRow("empty number in set") << R"({"NS":["1",""]})"
                                         << "The parameter cannot be converted to a numeric value";
    QTest::newRow("null in SS") << R"({"SS":["a",null]})"
                                << invalid + "An string set may not have a null string as a member";
    QTest::newRow("null in NS") << R"({"NS":[null]})"
                                << "The parameter cannot be converted to a numeric value";
    QTest::newRow("null in BS") << R"({"BS":[null,"Yg=="]})"
                                << invalid + "Binary sets may not contain null or empty values";
    QTest::newRow("deep in map") << R"({"M":{"a":{"M":{"b":{"NULL":false}}}}})"
                                 << invalid + "Null attribute value types must have the value of true";
}

void WireJsonTest::validationErrors()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    QCOMPARE(outcome(input.toStdString()), validation(message.toStdString()));
}

void WireJsonTest::serializationErrors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("shape");
    QTest::addColumn<QString>("message");
    const int value = int(Shape::Value), field = int(Shape::Field), item = int(Shape::Item);

    struct Case {
        const char* json;
        const char* message;
    };
    const QString valueClass = "class com.amazonaws.dynamodb.v20120810.AttributeValue";
    const QString mapClass = "java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.AttributeValue>";
    // Wraps `json` at the position of the element under test.
    auto rows = [&](const char* prefix, const char* suffix, int shape, std::initializer_list<Case> cases) {
        for (const Case& c : cases) {
            const QString input = QString::fromUtf8(prefix) + QString::fromUtf8(c.json) + QString::fromUtf8(suffix);
            const QByteArray tag = QByteArray::number(shape) + " " + input.toUtf8();
            QTest::newRow(tag.constData()) << input << shape << QString::fromUtf8(c.message);
        }
    };
    const std::initializer_list<Case> stringCases = {
        { "true", "TRUE_VALUE cannot be converted to String" },
        { "false", "FALSE_VALUE cannot be converted to String" },
        { "23", "NUMBER_VALUE cannot be converted to String" },
        { "-2147483648", "NUMBER_VALUE cannot be converted to String" },
        { "2147483648", "NUMBER_VALUE cannot be converted to String" },
        { "34.56", "DECIMAL_VALUE cannot be converted to String" },
        { "[]", "Unrecognized collection type class java.lang.String" },
        { "{}", kStructure },
    };
    rows(R"({"S":)", "}", value, stringCases);
    rows(R"({"N":)", "}", value, stringCases);
    rows(R"({"SS":[)", "]}", value, stringCases);
    rows(R"({"NS":["1",)", "]}", value, stringCases);
    const std::initializer_list<Case> blobCases = {
        { "true", "only base-64-encoded strings are convertible to bytes" },
        { "23", "only base-64-encoded strings are convertible to bytes" },
        { "34.56", "only base-64-encoded strings are convertible to bytes" },
        { "[]", "Unrecognized collection type class java.nio.ByteBuffer" },
        { "{}", kStructure },
        { R"("23456")", "Base64 encoded length is expected a multiple of 4 bytes but found: 5" },
        { R"("=+/=")", "Invalid last non-pad Base64 character dectected" },
        { R"("+/+=")", "Invalid last non-pad Base64 character dectected" },
        { R"("ab!d")", "Invalid Base64 character: '!'" },
    };
    rows(R"({"B":)", "}", value, blobCases);
    rows(R"({"BS":[)", "]}", value, blobCases);
    const std::initializer_list<Case> booleanCases = {
        { R"("23")", "Unexpected token received from parser" },
        { R"("true")", "Unexpected token received from parser" },
        { "23", "NUMBER_VALUE cannot be converted to Boolean" },
        { "2147483648", "NUMBER_VALUE cannot be converted to Boolean" },
        { "34.56", "DECIMAL_VALUE cannot be converted to Boolean" },
        { "[]", "Unrecognized collection type class java.lang.Boolean" },
        { "{}", kStructure },
    };
    rows(R"({"BOOL":)", "}", value, booleanCases);
    rows(R"({"NULL":)", "}", value, booleanCases);
    const std::initializer_list<Case> listCases = {
        { R"("23")", "Unexpected field type" },
        { "true", "Unexpected field type" },
        { "23", "Unexpected field type" },
        { "34.56", "Unexpected field type" },
        { "{}", kStructure },
    };
    for (const char* prefix : { R"({"SS":)", R"({"NS":)", R"({"BS":)", R"({"L":)" })
        rows(prefix, "}", value, listCases);
    const QByteArray valueClassText = ("Unrecognized collection type " + valueClass).toUtf8();
    const QByteArray mapClassText = ("Unrecognized collection type " + mapClass).toUtf8();
    const std::initializer_list<Case> memberCases = {
        { R"("23")", "Unexpected value type in payload" },
        { "true", "Unexpected value type in payload" },
        { "23", "Unexpected value type in payload" },
        { "34.56", "Unexpected value type in payload" },
        { "[]", valueClassText.constData() },
    };
    rows(R"({"L":[)", "]}", value, memberCases);
    rows(R"({"M":{"a":)", "}}", value, memberCases);
    rows("", "", value, memberCases);
    rows(R"({"a":)", "}", item, memberCases);
    const std::initializer_list<Case> mapCases = {
        { R"("23")", "Unexpected field type" },
        { "true", "Unexpected field type" },
        { "23", "Unexpected field type" },
        { "34.56", "Unexpected field type" },
        { "[]", mapClassText.constData() },
    };
    rows(R"({"M":)", "}", value, mapCases);
    rows("", "", item, mapCases);
    const std::initializer_list<Case> fieldCases = {
        { R"("23")", "Unexpected field type" },
        { "true", "Unexpected field type" },
        { "23", "Unexpected field type" },
        { "34.56", "Unexpected field type" },
        { "[]", valueClassText.constData() },
    };
    rows("", "", field, fieldCases);
}

void WireJsonTest::serializationErrors()
{
    QFETCH(QString, input);
    QFETCH(int, shape);
    QFETCH(QString, message);
    QCOMPARE(outcome(input.toStdString(), Shape(shape)), serialization(message.toStdString()));
}

void WireJsonTest::serializationBeforeValidation()
{
    // DynamoDB deserializes the whole request before validating it.
    QCOMPARE(outcome(R"({"M":{"a":{},"b":{"S":1}}})"), serialization("NUMBER_VALUE cannot be converted to String"));
    QCOMPARE(outcome(R"({"L":[{"N":"x"},{"B":"!!!!"}]})"), serialization("Invalid Base64 character: '!'"));
    QCOMPARE(outcome(R"({"a":{"SS":[]},"b":{"BOOL":"x"}})", Shape::Item),
        serialization("Unexpected token received from parser"));
    // Among validation errors, the first one found is reported.
    QCOMPARE(outcome(R"({"L":[{"N":"x"},{"SS":[]}]})"),
        validation("The parameter cannot be converted to a numeric value: x"));
}

void WireJsonTest::decoderSpansRequestFields()
{
    // Item holds a validation error, ExpressionAttributeValues a serialization
    // error: decoded by one WireDecoder, the serialization error wins.
    WireDecoder decoder;
    const Item item = decoder.map(parseJson(R"({"a":{"NULL":false}})"));
    QCOMPARE(item.size(), std::size_t(1));
    QVERIFY_THROWS_EXCEPTION(Error, decoder.member(parseJson(R"({"S":[]})")));
    WireDecoder valid;
    const AttributeValue v = valid.field(parseJson(R"({"N":"5"})"));
    valid.finish();
    QCOMPARE(v, AttributeValue::number(Number::fromInt(5)));
    WireDecoder pending;
    pending.map(parseJson(R"({"a":{"SS":[]},"b":{"SS":["x","x"]}})"));
    try {
        pending.finish();
        QFAIL("finish() did not throw");
    } catch (const Error& e) {
        QCOMPARE(e.message(), "One or more parameter values were invalid: An string set  may not be empty");
    }
}

void WireJsonTest::largeSetDuplicates()
{
    std::string unique = R"({"SS":[)", duplicated = R"({"NS":[)";
    for (int i = 0; i < 40; ++i) {
        unique += (i ? "," : "") + ("\"s" + std::to_string(i) + "\"");
        duplicated += (i ? "," : "") + ("\"" + std::to_string(i) + "\"");
    }
    QCOMPARE(outcome(unique + "]}"), "ok");
    QCOMPARE(outcome(duplicated + ",\"39.0\"]}"), validation("Input collection contains duplicates"));
    QCOMPARE(outcome(duplicated + "]}"), "ok");
}

void WireJsonTest::nestingLimit()
{
    const std::string nesting = "Nesting Levels have exceeded supported limits: Attributes in the item have nested "
                                "levels beyond supported limit";
    // The attribute is level 1: 31 maps around a leaf put it at level 32.
    QCOMPARE(outcome(nestedMaps(31)), "ok");
    QCOMPARE(outcome(nestedMaps(32)), validation(nesting));
    QCOMPARE(outcome(nestedLists(31)), "ok");
    QCOMPARE(outcome(nestedLists(32)), validation(nesting));
    QCOMPARE(outcome("{\"a\":" + nestedMaps(32) + "}", Shape::Item), validation(nesting));
    QCOMPARE(outcome(nestedMaps(400)), validation(nesting));
}

void WireJsonTest::encodesEveryType()
{
    QCOMPARE(valueJson(AttributeValue::string("x")), R"({"S":"x"})");
    QCOMPARE(valueJson(AttributeValue::number(Number::parse("1e3"))), R"({"N":"1000"})");
    QCOMPARE(valueJson(AttributeValue::binary("hi")), R"({"B":"aGk="})");
    QCOMPARE(valueJson(AttributeValue::boolean(true)), R"({"BOOL":true})");
    QCOMPARE(valueJson(AttributeValue::boolean(false)), R"({"BOOL":false})");
    QCOMPARE(valueJson(AttributeValue::null()), R"({"NULL":true})");
    QCOMPARE(valueJson(AttributeValue::map({})), R"({"M":{}})");
    QCOMPARE(valueJson(AttributeValue::list({})), R"({"L":[]})");
    QCOMPARE(valueJson(AttributeValue::stringSet({ "a", "b" })), R"({"SS":["a","b"]})");
    QCOMPARE(
        valueJson(AttributeValue::numberSet({ Number::parse("1.50"), Number::fromInt(-2) })), R"({"NS":["1.5","-2"]})");
    QCOMPARE(valueJson(AttributeValue::binarySet({ "hi", "" })), R"({"BS":["aGk=",""]})");
    QCOMPARE(valueJson(AttributeValue::map(
                 { { "b", AttributeValue::list({ AttributeValue::null() }) }, { "a", AttributeValue::string("x") } })),
        R"({"M":{"a":{"S":"x"},"b":{"L":[{"NULL":true}]}}})");
    std::string out = "prefix";
    WireJson::appendItemJson(out, { { "k", AttributeValue::string("v") }, { "n", AttributeValue::number({}) } });
    QCOMPARE(out, R"(prefix{"k":{"S":"v"},"n":{"N":"0"}})");
}

void WireJsonTest::escapesStrings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QByteArray("abc") << QByteArray(R"("abc")");
    QTest::newRow("empty") << QByteArray("") << QByteArray(R"("")");
    QTest::newRow("quote and backslash") << QByteArray(R"(a"b\c)") << QByteArray(R"("a\"b\\c")");
    QTest::newRow("short escapes") << QByteArray("\b\f\n\r\t") << QByteArray(R"("\b\f\n\r\t")");
    QTest::newRow("other controls") << QByteArray("\x01\x1f", 2) << QByteArray(R"("\u0001\u001f")");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QByteArray(R"("a\u0000b")");
    QTest::newRow("slash and del kept") << QByteArray("/\x7f") << QByteArray("\"/\x7f\"");
    QTest::newRow("utf8 kept") << QByteArray("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80")
                               << QByteArray("\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"");
}

void WireJsonTest::escapesStrings()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const std::string out = stringJson(std::string_view(input.constData(), std::size_t(input.size())));
    QCOMPARE(out, expected.toStdString());
    const json::string back = json::parse(out).as_string();
    QCOMPARE(std::string(back.data(), back.size()), input.toStdString());
}

void WireJsonTest::replacesInvalidUtf8_data()
{
    const QByteArray r = "\xEF\xBF\xBD";
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("lone byte") << QByteArray("a\xFF"
                                             "b")
                               << "\"a" + r + "b\"";
    QTest::newRow("lone continuation") << QByteArray("\x80") << "\"" + r + "\"";
    QTest::newRow("truncated") << QByteArray("\xE2\x82") << "\"" + r + r + "\"";
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << "\"" + r + r + "\"";
    QTest::newRow("overlong three") << QByteArray("\xE0\x80\xAF") << "\"" + r + r + r + "\"";
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << "\"" + r + r + r + "\"";
    QTest::newRow("beyond unicode") << QByteArray("\xF4\x90\x80\x80") << "\"" + r + r + r + r + "\"";
    QTest::newRow("bad continuation") << QByteArray("\xE2\x28\xA1") << "\"" + r + "(" + r + "\"";
}

void WireJsonTest::replacesInvalidUtf8()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const std::string out = stringJson(input.toStdString());
    QCOMPARE(out, expected.toStdString());
    json::parse(out); // throws when the output is not valid JSON
}

namespace {
Item sampleItem()
{
    return {
        { "pk", AttributeValue::string("user#1") },
        { "quote\"name", AttributeValue::string("line\nbreak \xC3\xA9") },
        { "n", AttributeValue::number(Number::parse("-1.5e-7")) },
        { "big", AttributeValue::number(Number::parse("1e100")) },
        { "bin", AttributeValue::binary(std::string("\0\xFF\x10", 3)) },
        { "t", AttributeValue::boolean(true) },
        { "nil", AttributeValue::null() },
        { "ss", AttributeValue::stringSet({ "x", "", "y" }) },
        { "ns", AttributeValue::numberSet({ Number::fromInt(3), Number::parse("0.25") }) },
        { "bs", AttributeValue::binarySet({ "a", std::string(1, '\0') }) },
        { "doc",
            AttributeValue::map({ { "list",
                                      AttributeValue::list({ AttributeValue::map({}), AttributeValue::list({}),
                                          AttributeValue::string("deep") }) },
                { "empty", AttributeValue::string("") } }) },
    };
}
} // namespace

void WireJsonTest::roundTrips()
{
    const Item item = sampleItem();
    std::string text;
    WireJson::appendItemJson(text, item);
    QCOMPARE(WireJson::decodeItem(parseJson(text)), item);
    for (const auto& [name, v] : item)
        QCOMPARE(value(valueJson(v)), v);
}

void WireJsonTest::boostTreeMatchesText()
{
    const Item item = sampleItem();
    std::string text;
    WireJson::appendItemJson(text, item);
    QVERIFY(json::value(WireJson::encodeItem(item)) == parseJson(text));
    for (const auto& [name, v] : item)
        QVERIFY(WireJson::encodeValue(v) == parseJson(valueJson(v)));
    QCOMPARE(WireJson::decodeItem(WireJson::encodeItem(item)), item);
}

QTEST_APPLESS_MAIN(WireJsonTest)
#include "WireJsonTest.moc"
