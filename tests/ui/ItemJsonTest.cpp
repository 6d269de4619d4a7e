// ItemJson: lossless DynamoDB JSON <-> plain JSON, the "$" markers, the
// strict reader and the writer, item checks with their positions, and
// DynamoDB value equality.
#include "items/ItemJson.h"
#include "items/ItemJsonReader.h"
#include "items/ItemJsonWriter.h"

#include <QtTest>

using namespace dynoscope::ui;

class ItemJsonTest : public QObject {
    Q_OBJECT
private slots:
    void roundTripsThroughPlainJson_data();
    void roundTripsThroughPlainJson();
    void writesPlainJsonWithMarkers();
    void readsPlainJsonIntoDynamoDbJson_data();
    void readsPlainJsonIntoDynamoDbJson();
    void keepsPlainJsonTextThroughDynamoDbJson();
    void prettyPrintsWithTwoSpaces();
    void preservesAttributeOrder();
    void readsAndWritesStrings();
    void recognisesJsonNumbers_data();
    void recognisesJsonNumbers();
    void reportsSyntaxErrorsWithPositions_data();
    void reportsSyntaxErrorsWithPositions();
    void reportsItemErrorsWithPositions_data();
    void reportsItemErrorsWithPositions();
    void comparesValuesAsDynamoDb();
};

#ifndef Q_MOC_RUN

namespace {

ItemJsonValue value(const char* json)
{
    std::optional<ItemJsonValue> v = ItemJsonReader::parse(json);
    if (!v)
        qFatal("bad test JSON: %s", json);
    return *v;
}

QByteArray compactDynamo(const QByteArray& text, ItemJsonForm form)
{
    ItemJsonError error;
    const std::optional<ItemJsonValue> item = ItemJson::parseItem(text, form, &error);
    if (!item)
        qWarning("%s", qPrintable(error.describe()));
    return item ? ItemJson::writeItem(*item, ItemJsonForm::DynamoDb, ItemJsonStyle::Compact) : QByteArray();
}

} // namespace

void ItemJsonTest::roundTripsThroughPlainJson_data()
{
    QTest::addColumn<QByteArray>("dynamo");
    QTest::newRow("38 digits") << QByteArray(R"({"n":{"N":"12345678901234567890123456789012345678"}})");
    QTest::newRow("negative 38 digits") << QByteArray(R"({"n":{"N":"-12345678901234567890123456789012345678"}})");
    QTest::newRow("past 2^53") << QByteArray(R"({"n":{"N":"9007199254740993"}})");
    QTest::newRow("smallest") << QByteArray(R"({"n":{"N":"1E-130"}})");
    QTest::newRow("largest") << QByteArray(R"({"n":{"N":"9.9999999999999999999999999999999999999E+125"}})");
    QTest::newRow("trailing zeros kept") << QByteArray(R"({"n":{"N":"1.50"},"z":{"N":"0.000"}})");
    QTest::newRow("non-JSON number text")
        << QByteArray(R"({"a":{"N":"+7"},"b":{"N":".5"},"c":{"N":"5."},"d":{"N":"007"}})");
    QTest::newRow("string set") << QByteArray(R"({"s":{"SS":["b","a",""]}})");
    QTest::newRow("number set") << QByteArray(
        R"({"s":{"NS":["1","2.50","-1E-130","12345678901234567890123456789012345678"]}})");
    QTest::newRow("binary set") << QByteArray(R"({"s":{"BS":["AAE=","/w==","AA=="]}})");
    QTest::newRow("binary") << QByteArray(R"({"b":{"B":"3q2+7w=="},"e":{"B":""}})");
    QTest::newRow("empty string") << QByteArray(R"({"s":{"S":""}})");
    QTest::newRow("bool and null") << QByteArray(R"({"t":{"BOOL":true},"f":{"BOOL":false},"n":{"NULL":true}})");
    QTest::newRow("nested") << QByteArray(
        R"({"m":{"M":{"l":{"L":[{"S":"x"},{"N":"1"},{"M":{}},{"L":[]},{"SS":["y"]},{"L":[{"NULL":true}]}]},)"
        R"("e":{"M":{}}}}})");
    QTest::newRow("unicode") << QByteArray("{\"s\":{\"S\":\"é 中文 😀 \\u0001 \\\" \\\\ \\n\"},\"ключ\":{\"S\":\"ü\"}}");
    QTest::newRow("map that looks like a marker") << QByteArray(R"({"m":{"M":{"$SS":{"L":[{"S":"a"}]}}}})");
    QTest::newRow("map that looks like $M") << QByteArray(R"({"m":{"M":{"$M":{"M":{"$N":{"S":"x"}}}}}})");
    QTest::newRow("map with two dollar keys") << QByteArray(R"({"m":{"M":{"$a":{"S":"x"},"$b":{"S":"y"}}}})");
    QTest::newRow("attribute called $SS") << QByteArray(R"({"$SS":{"SS":["a"]}})");
    QTest::newRow("list of marker-like maps") << QByteArray(R"({"l":{"L":[{"M":{"$B":{"S":"AA=="}}},{"B":"AA=="}]}})");
    QTest::newRow("empty item") << QByteArray("{}");
}

void ItemJsonTest::roundTripsThroughPlainJson()
{
    QFETCH(QByteArray, dynamo);
    for (ItemJsonStyle style : { ItemJsonStyle::Compact, ItemJsonStyle::Pretty }) {
        ItemJsonError error;
        const QByteArray plain = ItemJson::dynamoToPlain(dynamo, style, &error);
        QVERIFY2(!plain.isNull(), qPrintable(error.describe()));
        const QByteArray back = ItemJson::plainToDynamo(plain, ItemJsonStyle::Compact, &error);
        QVERIFY2(!back.isNull(), qPrintable(error.describe() + "\n" + plain));
        QCOMPARE(back, dynamo);
        // And the pretty DynamoDB JSON reads back to the same item.
        const QByteArray pretty
            = ItemJson::convertItem(dynamo, ItemJsonForm::DynamoDb, ItemJsonForm::DynamoDb, ItemJsonStyle::Pretty);
        QCOMPARE(compactDynamo(pretty, ItemJsonForm::DynamoDb), dynamo);
    }
}

void ItemJsonTest::writesPlainJsonWithMarkers()
{
    const QByteArray dynamo
        = R"({"id":{"S":"a1"},"n":{"N":"12345678901234567890123456789012345678"},)"
          R"("tiny":{"N":"1E-130"},"odd":{"N":"+.5"},"ok":{"BOOL":true},"none":{"NULL":true},)"
          R"("ss":{"SS":["x","y"]},"ns":{"NS":["1","2.5"]},"bs":{"BS":["AAE="]},"b":{"B":"AAE="},)"
          R"("m":{"M":{"k":{"S":"v"}}},"esc":{"M":{"$SS":{"S":"v"}}},"l":{"L":[{"N":"1"},{"S":"2"}]}})";
    QCOMPARE(ItemJson::dynamoToPlain(dynamo, ItemJsonStyle::Compact),
        QByteArray(R"({"id":"a1","n":12345678901234567890123456789012345678,"tiny":1E-130,"odd":{"$N":"+.5"},)"
                   R"("ok":true,"none":null,"ss":{"$SS":["x","y"]},"ns":{"$NS":["1","2.5"]},"bs":{"$BS":["AAE="]},)"
                   R"("b":{"$B":"AAE="},"m":{"k":"v"},"esc":{"$M":{"$SS":"v"}},"l":[1,"2"]})"));
}

void ItemJsonTest::readsPlainJsonIntoDynamoDbJson_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QByteArray>("dynamo");
    QTest::newRow("scalars") << QByteArray(R"({"s":"x","n":-0.0100,"t":true,"z":null})")
                             << QByteArray(
                                    R"({"s":{"S":"x"},"n":{"N":"-0.0100"},"t":{"BOOL":true},"z":{"NULL":true}})");
    QTest::newRow("big number") << QByteArray(R"({"n":99999999999999999999999999999999999999})")
                                << QByteArray(R"({"n":{"N":"99999999999999999999999999999999999999"}})");
    QTest::newRow("number set of JSON numbers")
        << QByteArray(R"({"ns":{"$NS":[1,"2",3.10]}})") << QByteArray(R"({"ns":{"NS":["1","2","3.10"]}})");
    QTest::newRow("$N as a number") << QByteArray(R"({"n":{"$N":1e5}})") << QByteArray(R"({"n":{"N":"1e5"}})");
    QTest::newRow("$M keeps inner markers literal")
        << QByteArray(R"({"m":{"$M":{"$B":{"$B":"AA=="}}}})") << QByteArray(R"({"m":{"M":{"$B":{"B":"AA=="}}}})");
    QTest::newRow("$M of an ordinary map")
        << QByteArray(R"({"m":{"$M":{"a":1,"b":[]}}})") << QByteArray(R"({"m":{"M":{"a":{"N":"1"},"b":{"L":[]}}}})");
    QTest::newRow("two dollar keys are a map") << QByteArray(R"({"m":{"$SS":["a"],"$x":1}})")
                                               << QByteArray(R"({"m":{"M":{"$SS":{"L":[{"S":"a"}]},"$x":{"N":"1"}}}})");
    QTest::newRow("dollar not first") << QByteArray(R"({"m":{"a$":1}})")
                                      << QByteArray(R"({"m":{"M":{"a$":{"N":"1"}}}})");
    QTest::newRow("top-level $ attribute")
        << QByteArray(R"({"$SS":["a"]})") << QByteArray(R"({"$SS":{"L":[{"S":"a"}]}})");
}

void ItemJsonTest::readsPlainJsonIntoDynamoDbJson()
{
    QFETCH(QByteArray, plain);
    QFETCH(QByteArray, dynamo);
    QCOMPARE(compactDynamo(plain, ItemJsonForm::Plain), dynamo);
}

void ItemJsonTest::keepsPlainJsonTextThroughDynamoDbJson()
{
    const QByteArray plain
        = R"({"a":1.000,"b":[1,{"$NS":["3","1"]},{"x":{"$B":"AAE="}}],"c":{"$M":{"$q":null}},"d":"é"})";
    const QByteArray dynamo = ItemJson::plainToDynamo(plain, ItemJsonStyle::Pretty);
    QVERIFY(!dynamo.isNull());
    QCOMPARE(ItemJson::dynamoToPlain(dynamo, ItemJsonStyle::Compact), plain);
}

void ItemJsonTest::prettyPrintsWithTwoSpaces()
{
    const QByteArray dynamo = R"({"id":{"S":"a1"},"tags":{"SS":["x","y"]},"addr":{"M":{"city":{"S":"Paris"},)"
                              R"("zip":{"S":"75001"}}},"one":{"M":{"k":{"N":"1"}}},"e":{"M":{}},"l":{"L":[]}})";
    QCOMPARE(ItemJson::convertItem(dynamo, ItemJsonForm::DynamoDb, ItemJsonForm::DynamoDb, ItemJsonStyle::Pretty),
        QByteArray("{\n"
                   "  \"id\": {\"S\": \"a1\"},\n"
                   "  \"tags\": {\"SS\": [\"x\", \"y\"]},\n"
                   "  \"addr\": {\n"
                   "    \"M\": {\n"
                   "      \"city\": {\"S\": \"Paris\"},\n"
                   "      \"zip\": {\"S\": \"75001\"}\n"
                   "    }\n"
                   "  },\n"
                   "  \"one\": {\"M\": {\"k\": {\"N\": \"1\"}}},\n"
                   "  \"e\": {\"M\": {}},\n"
                   "  \"l\": {\"L\": []}\n"
                   "}"));
    QCOMPARE(ItemJson::dynamoToPlain(dynamo, ItemJsonStyle::Pretty),
        QByteArray("{\n"
                   "  \"id\": \"a1\",\n"
                   "  \"tags\": {\"$SS\": [\"x\", \"y\"]},\n"
                   "  \"addr\": {\n"
                   "    \"city\": \"Paris\",\n"
                   "    \"zip\": \"75001\"\n"
                   "  },\n"
                   "  \"one\": {\"k\": 1},\n"
                   "  \"e\": {},\n"
                   "  \"l\": []\n"
                   "}"));
    // A value too long for one line is spread out.
    const QByteArray longList = ItemJson::plainToDynamo(
        R"({"l":["aaaaaaaaaaaaaaaaaaaa","bbbbbbbbbbbbbbbbbbbb","cccccccccccccccccccc","dddd"]})",
        ItemJsonStyle::Pretty);
    QCOMPARE(longList,
        QByteArray("{\n"
                   "  \"l\": {\n"
                   "    \"L\": [\n"
                   "      {\"S\": \"aaaaaaaaaaaaaaaaaaaa\"},\n"
                   "      {\"S\": \"bbbbbbbbbbbbbbbbbbbb\"},\n"
                   "      {\"S\": \"cccccccccccccccccccc\"},\n"
                   "      {\"S\": \"dddd\"}\n"
                   "    ]\n"
                   "  }\n"
                   "}"));
    QCOMPARE(ItemJsonWriter::write(ItemJsonValue::object(), ItemJsonStyle::Pretty), QByteArray("{}"));
}

void ItemJsonTest::preservesAttributeOrder()
{
    const QByteArray plain = R"({"z":1,"a":2,"m":{"y":1,"b":2},"c":3})";
    QCOMPARE(ItemJson::plainToDynamo(plain, ItemJsonStyle::Compact),
        QByteArray(R"({"z":{"N":"1"},"a":{"N":"2"},"m":{"M":{"y":{"N":"1"},"b":{"N":"2"}}},"c":{"N":"3"}})"));
}

void ItemJsonTest::readsAndWritesStrings()
{
    const ItemJsonValue v = value(R"(["\u00e9\u4e2d\ud83d\ude00", "\"\\\/\b\f\n\r\t", "\u0000\u001f", "é"])");
    QCOMPARE(v.elements()[0].text(), QStringLiteral("é中😀"));
    QCOMPARE(v.elements()[1].text(), QStringLiteral("\"\\/\b\f\n\r\t"));
    QCOMPARE(v.elements()[2].text(), QString::fromLatin1("\0\x1f", 2));
    QCOMPARE(ItemJsonWriter::write(v, ItemJsonStyle::Compact),
        QByteArray(R"(["é中😀","\"\\/\b\f\n\r\t","\u0000\u001f","é"])"));
    QCOMPARE(value("\xEF\xBB\xBF [ 1 ]\n").elements()[0].text(), QStringLiteral("1"));
}

void ItemJsonTest::recognisesJsonNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("json");
    for (const char* ok : { "0", "-0", "1.5", "1E-130", "1e+5", "-12.50E3", "12345678901234567890123456789012345678" })
        QTest::newRow(ok) << QString::fromLatin1(ok) << true;
    for (const char* bad : { "+1", ".5", "5.", "01", "1e", "1.e5", "-", "", "1 ", "0x10", "NaN" })
        QTest::newRow(bad) << QString::fromLatin1(bad) << false;
}

void ItemJsonTest::recognisesJsonNumbers()
{
    QFETCH(QString, text);
    QFETCH(bool, json);
    QCOMPARE(ItemJsonReader::isJsonNumber(text), json);
}

void ItemJsonTest::reportsSyntaxErrorsWithPositions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("missing comma") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << "Expected “,” or “}” after a member"
                                   << 3 << 3;
    QTest::newRow("trailing comma") << QByteArray("{\"a\": [1, 2,]}") << "Trailing comma before “]”" << 1 << 12;
    QTest::newRow("unterminated string") << QByteArray("{\"a\": \"abc") << "Unterminated string" << 1 << 7;
    QTest::newRow("line break in string")
        << QByteArray("{\"a\": \"ab\ncd\"}") << "Unterminated string (a line break must be written \\n)" << 1 << 10;
    QTest::newRow("leading zero") << QByteArray("{\"a\": 01}") << "Invalid number “01”" << 1 << 7;
    QTest::newRow("plus sign") << QByteArray("[+1]") << "Invalid number “+1”" << 1 << 2;
    QTest::newRow("single quotes") << QByteArray("{'a': 1}") << "Member names need double quotes, not single quotes"
                                   << 1 << 2;
    QTest::newRow("bare name") << QByteArray("{a: 1}") << "Member names need double quotes: \"a\"" << 1 << 2;
    QTest::newRow("bare word") << QByteArray("[yes]") << "Unexpected word “yes”: strings need double quotes" << 1 << 2;
    QTest::newRow("end of text") << QByteArray("{\"a\": [1, 2") << "Unexpected end of text" << 1 << 12;
    QTest::newRow("extra text") << QByteArray("{} {}") << "Unexpected text after the JSON value" << 1 << 4;
    QTest::newRow("invalid escape") << QByteArray("[\"a\\x\"]") << "Invalid escape sequence “\\x”" << 1 << 4;
    QTest::newRow("short \\u") << QByteArray("[\"\\u12\"]") << "A \\u escape needs four hexadecimal digits" << 1 << 3;
    QTest::newRow("lone surrogate") << QByteArray("[\"\\ud83d\"]") << "Unpaired surrogate in a \\u escape" << 1 << 3;
    QTest::newRow("control character") << QByteArray("[\"a\tb\"]") << "Control characters must be escaped in strings"
                                       << 1 << 4;
    QTest::newRow("invalid UTF-8") << QByteArray("[\"a\xff\"]") << "Invalid UTF-8" << 1 << 4;
    QTest::newRow("column counts characters")
        << QByteArray("[\"éé\", x]") << "Unexpected word “x”: strings need double quotes" << 1 << 8;
    QTest::newRow("comment") << QByteArray("{\n// c\n}") << "Comments are not allowed in JSON" << 2 << 1;
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << "Expected “:” after the member name" << 1 << 6;
    QTest::newRow("empty") << QByteArray("  ") << "Unexpected end of text" << 1 << 3;
    QTest::newRow("too deep") << QByteArray(600, '[') << "Nested too deeply (more than 512 levels)" << 1 << 513;
}

void ItemJsonTest::reportsSyntaxErrorsWithPositions()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    ItemJsonError error;
    QVERIFY(!ItemJsonReader::parse(text, &error));
    QCOMPARE(error.message, message);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY(error.length >= 1);
    QCOMPARE(error.describe(), QStringLiteral("Line %1, column %2: %3").arg(line).arg(column).arg(message));
    // Item parsing reports the same problem.
    ItemJsonError itemError;
    QVERIFY(!ItemJson::parseItem(text, ItemJsonForm::Plain, &itemError));
    QCOMPARE(itemError.offset, error.offset);
}

void ItemJsonTest::reportsItemErrorsWithPositions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("plain");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("not an object") << QByteArray("[1]") << true << "An item is a JSON object of attributes" << 1 << 1;
    QTest::newRow("duplicate attribute") << QByteArray("{\"a\": 1,\n \"a\": 2}") << true << "“a” appears twice" << 2
                                         << 2;
    QTest::newRow("duplicate map key") << QByteArray("{\"m\": {\"M\": {\"k\": {\"S\": \"1\"}, \"k\": {\"S\": \"2\"}}}}")
                                       << false << "“k” appears twice" << 1 << 31;
    QTest::newRow("first problem first") << QByteArray("{\"a\": {\"N\": \"x\"},\n \"a\": {\"S\": \"y\"}}") << false
                                         << "“x” is not a number DynamoDB accepts (at most 38 significant digits, "
                                            "magnitude from 1E-130 to below 1E+126)"
                                         << 1 << 13;
    QTest::newRow("empty name") << QByteArray("{\"\": 1}") << true << "An attribute name cannot be empty" << 1 << 2;
    QTest::newRow("unknown type") << QByteArray("{\"a\": {\"STR\": \"x\"}}") << false
                                  << "Unknown type “STR”: use S, N, B, BOOL, NULL, M, L, SS, NS or BS" << 1 << 8;
    QTest::newRow("two types") << QByteArray("{\"a\": {\"S\": \"x\", \"N\": \"1\"}}") << false
                               << "An attribute value has exactly one type; this one has 2" << 1 << 7;
    QTest::newRow("no type") << QByteArray("{\"a\": {}}") << false
                             << "An attribute value needs a type, e.g. {\"S\": \"text\"}" << 1 << 7;
    QTest::newRow("bare value") << QByteArray("{\"a\": \"x\"}") << false
                                << "An attribute value is an object such as {\"S\": \"text\"}" << 1 << 7;
    QTest::newRow("N as a JSON number") << QByteArray("{\"a\": {\"N\": 1}}") << false
                                        << "A number is written as a string here, e.g. {\"N\": \"1.5\"}" << 1 << 13;
    QTest::newRow("not a number") << QByteArray("{\"a\": {\"N\": \"abc\"}}") << false
                                  << "“abc” is not a number DynamoDB accepts (at most 38 significant digits, magnitude "
                                     "from 1E-130 to below 1E+126)"
                                  << 1 << 13;
    QTest::newRow("39 digits") << QByteArray("{\"a\": 123456789012345678901234567890123456789}") << true
                               << "“123456789012345678901234567890123456789” is not a number DynamoDB accepts (at most "
                                  "38 significant digits, magnitude from 1E-130 to below 1E+126)"
                               << 1 << 7;
    QTest::newRow("underflow") << QByteArray("{\"a\": 1E-131}") << true
                               << "“1E-131” is not a number DynamoDB accepts (at most 38 significant digits, magnitude "
                                  "from 1E-130 to below 1E+126)"
                               << 1 << 7;
    QTest::newRow("empty set") << QByteArray("{\"a\": {\"$SS\": []}}") << true << "DynamoDB does not store empty sets"
                               << 1 << 15;
    QTest::newRow("duplicate number") << QByteArray("{\"a\": {\"NS\": [\"1\", \"1.0\"]}}") << false
                                      << "“1.0” is in the set twice" << 1 << 20;
    QTest::newRow("string in NS") << QByteArray("{\"a\": {\"$NS\": [\"x\"]}}") << true
                                  << "“x” is not a number DynamoDB accepts (at most 38 significant digits, magnitude "
                                     "from 1E-130 to below 1E+126)"
                                  << 1 << 16;
    QTest::newRow("number in SS") << QByteArray("{\"a\": {\"$SS\": [1]}}") << true << "$SS holds strings" << 1 << 16;
    QTest::newRow("bad base64") << QByteArray("{\"a\": {\"$B\": \"abc\"}}") << true << "“abc” is not valid base64" << 1
                                << 14;
    QTest::newRow("unknown marker") << QByteArray("{\"a\": {\"$X\": 1}}") << true
                                    << "Unknown marker “$X” (known: $SS, $NS, $BS, $B, $N, $M); a map whose only key "
                                       "starts with “$” is written {\"$M\": {\"$X\": …}}"
                                    << 1 << 8;
    QTest::newRow("$M of a non-object") << QByteArray("{\"a\": {\"$M\": 1}}") << true
                                        << "$M holds an object: the map's attributes" << 1 << 14;
    QTest::newRow("NULL false") << QByteArray("{\"a\": {\"NULL\": false}}") << false << "NULL holds true" << 1 << 16;
    QTest::newRow("BOOL string") << QByteArray("{\"a\": {\"BOOL\": \"true\"}}") << false << "BOOL holds true or false"
                                 << 1 << 16;
    QByteArray deep = "{\"a\": ";
    for (int i = 0; i < 33; ++i)
        deep += "[";
    for (int i = 0; i < 33; ++i)
        deep += "]";
    deep += "}";
    QTest::newRow("33 levels") << deep << true << "Nested more than 32 levels deep" << 1 << 39;
}

void ItemJsonTest::reportsItemErrorsWithPositions()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, plain);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    ItemJsonError error;
    QVERIFY(!ItemJson::parseItem(text, plain ? ItemJsonForm::Plain : ItemJsonForm::DynamoDb, &error));
    QCOMPARE(error.message, message);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    // The converters fail the same way and return a null array.
    ItemJsonError convertError;
    const QByteArray converted = plain ? ItemJson::plainToDynamo(text, ItemJsonStyle::Compact, &convertError)
                                       : ItemJson::dynamoToPlain(text, ItemJsonStyle::Compact, &convertError);
    QVERIFY(converted.isNull());
    QCOMPARE(convertError.describe(), error.describe());
}

void ItemJsonTest::comparesValuesAsDynamoDb()
{
    const auto same = [](const char* a, const char* b) { return ItemJson::sameValue(value(a), value(b)); };
    QVERIFY(same(R"({"N":"1.50"})", R"({"N":"1.5"})"));
    QVERIFY(same(R"({"N":"1E2"})", R"({"N":"100"})"));
    QVERIFY(!same(
        R"({"N":"12345678901234567890123456789012345678"})", R"({"N":"12345678901234567890123456789012345679"})"));
    QVERIFY(!same(R"({"N":"1"})", R"({"S":"1"})"));
    QVERIFY(same(R"({"SS":["a","b"]})", R"({"SS":["b","a"]})"));
    QVERIFY(!same(R"({"SS":["a","b"]})", R"({"SS":["a","c"]})"));
    QVERIFY(same(R"({"NS":["1","2.0"]})", R"({"NS":["2","1.00"]})"));
    QVERIFY(same(R"({"BS":["AAE=","Ag=="]})", R"({"BS":["Ag==","AAE="]})"));
    QVERIFY(same(R"({"M":{"a":{"N":"1"},"b":{"S":"x"}}})", R"({"M":{"b":{"S":"x"},"a":{"N":"1.0"}}})"));
    QVERIFY(!same(R"({"M":{"a":{"N":"1"}}})", R"({"M":{"a":{"N":"1"},"b":{"S":"x"}}})"));
    QVERIFY(same(R"({"L":[{"N":"1"},{"S":"x"}]})", R"({"L":[{"N":"1.0"},{"S":"x"}]})"));
    QVERIFY(!same(R"({"L":[{"N":"1"},{"S":"x"}]})", R"({"L":[{"S":"x"},{"N":"1"}]})"));
    QVERIFY(same(R"({"NULL":true})", R"({"NULL":true})"));
    QVERIFY(!same(R"({"BOOL":true})", R"({"BOOL":false})"));
    QVERIFY(!same(R"({"S":""})", R"({"S":" "})"));
}

#endif // Q_MOC_RUN

QTEST_MAIN(ItemJsonTest)
#include "ItemJsonTest.moc"
