// Tests ItemCodec (round trips, the pinned version-1 bytes, rejection of
// corrupt input, fuzzing) and AttributeValue's equality and type names, on
// which the round trips rely.
#include <QTest>

#include "model/ItemCodec.h"
#include "model/ItemSize.h"
#include "model/WireJson.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace dynoscope;

namespace QTest {
template <> char* toString(const std::string& s)
{
    return qstrdup(QByteArray(s.data(), qsizetype(s.size())).toHex(' ').constData());
}
} // namespace QTest

namespace {

AttributeValue num(const char* text)
{
    return AttributeValue::number(Number::parse(text));
}

Item sampleItem()
{
    std::vector<std::string> manyStrings;
    std::vector<Number> manyNumbers;
    for (int i = 0; i < 200; ++i) {
        manyStrings.push_back("s" + std::to_string(i));
        manyNumbers.push_back(Number::fromInt(i * 7 - 500));
    }
    AttributeValue deep = AttributeValue::string("bottom");
    for (int i = 0; i < 31; ++i)
        deep = AttributeValue::map({ { "d", AttributeValue::list({ deep }) } });
    return {
        { "pk", AttributeValue::string("user#1") },
        { "", AttributeValue::string("") },
        { "long", AttributeValue::string(std::string(70000, 'x')) },
        { "n", num("-1.5e-7") },
        { "zero", num("0") },
        { "extreme", num("-9.9999999999999999999999999999999999999E+125") },
        { "bin", AttributeValue::binary(std::string("\0\xFF\x10", 3)) },
        { "t", AttributeValue::boolean(true) },
        { "f", AttributeValue::boolean(false) },
        { "nil", AttributeValue::null() },
        { "ss", AttributeValue::stringSet(manyStrings) },
        { "ns", AttributeValue::numberSet(manyNumbers) },
        { "bs", AttributeValue::binarySet({ "a", std::string(1, '\0'), "" }) },
        { "emptyMap", AttributeValue::map({}) },
        { "emptyList", AttributeValue::list({}) },
        { "deep", deep },
    };
}

bool decodes(std::string_view bytes)
{
    Item item;
    return ItemCodec::decodeItem(bytes, item);
}

} // namespace

class ItemCodecTest : public QObject {
    Q_OBJECT

private slots:
    void roundTrip();
    void emptyItem();
    void pinnedVersion1Bytes();
    void appendKeepsPrefix();
    void rejectsEveryTruncation();
    void rejectsCorruption_data();
    void rejectsCorruption();
    void rejectsExcessiveDepth();
    void survivesFuzzing();
    void setEqualityIgnoresOrder();
    void equalityIsTyped();
    void documentEquality();
    void typeNames();
    void transcodesToWireJson();
    void transcoderRejectsWhatDecodeRejects();
};

void ItemCodecTest::roundTrip()
{
    const Item item = sampleItem();
    Item back = { { "stale", AttributeValue::null() } };
    QVERIFY(ItemCodec::decodeItem(ItemCodec::encodeItem(item), back));
    QVERIFY(back == item);
    // Set order is preserved, not only set equality.
    QCOMPARE(back.at("ss").strings(), item.at("ss").strings());
    QCOMPARE(back.at("ns").numbers()[3].toString(), item.at("ns").numbers()[3].toString());
}

void ItemCodecTest::emptyItem()
{
    QCOMPARE(ItemCodec::encodeItem({}), std::string("\x01\x00", 2));
    Item back = { { "stale", AttributeValue::null() } };
    QVERIFY(ItemCodec::decodeItem(std::string("\x01\x00", 2), back));
    QVERIFY(back.empty());
}

void ItemCodecTest::pinnedVersion1Bytes()
{
    // Stored BLOBs outlive the code: version 1 must keep decoding to the same item.
    QCOMPARE(ItemCodec::encodeItem({ { "a", AttributeValue::string("x") } }),
        std::string("\x01\x01\x01"
                    "a\x00\x01x",
            7));
    QCOMPARE(ItemCodec::encodeItem({ { "n", num("1") } }), std::string("\x01\x01\x01n\x01\x02\x82\x0B\x00", 9));
    QCOMPARE(ItemCodec::encodeItem({ { "b", AttributeValue::boolean(true) }, { "z", AttributeValue::null() } }),
        std::string("\x01\x02\x01"
                    "b\x03\x01\x01z\x04",
            9));
    QCOMPARE(ItemCodec::encodeItem({ { "l", AttributeValue::list({ AttributeValue::binary("\xFF") }) } }),
        std::string("\x01\x01\x01l\x06\x01\x02\x01\xFF", 9));
    QCOMPARE(ItemCodec::encodeItem({ { "m", AttributeValue::map({ { "k", AttributeValue::stringSet({ "s" }) } }) } }),
        std::string("\x01\x01\x01m\x05\x01\x01k\x07\x01\x01s", 12));
    QCOMPARE(ItemCodec::encodeItem({ { "s", AttributeValue::string(std::string(200, 'y')) } }).substr(0, 7),
        std::string("\x01\x01\x01s\x00\xC8\x01", 7)); // LEB128 length
    const std::string pinned("\x01\x02\x01n\x08\x02\x02\x82\x0B\x00\x00\x7C\xF2\xFF\x01s\x09\x01\x00", 19);
    Item item;
    QVERIFY(ItemCodec::decodeItem(pinned, item));
    QVERIFY(item
        == Item({ { "n", AttributeValue::numberSet({ Number::fromInt(1), Number::parse("-12") }) },
            { "s", AttributeValue::binarySet({ "" }) } }));
}

void ItemCodecTest::appendKeepsPrefix()
{
    std::string out = "key";
    ItemCodec::appendItem(out, { { "a", AttributeValue::boolean(false) } });
    QCOMPARE(out,
        std::string("key\x01\x01\x01"
                    "a\x03\x00",
            9));
}

void ItemCodecTest::rejectsEveryTruncation()
{
    const std::string bytes = ItemCodec::encodeItem(sampleItem());
    for (std::size_t n = 0; n < bytes.size(); n += (n < 4096 ? 1 : 997))
        QVERIFY2(!decodes(std::string_view(bytes).substr(0, n)), QByteArray::number(qulonglong(n)));
    QVERIFY(decodes(bytes));
    QVERIFY(!decodes(bytes + '\0'));
}

void ItemCodecTest::rejectsCorruption_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("unknown version") << QByteArray("\x02\x00", 2);
    QTest::newRow("version zero") << QByteArray("\x00\x00", 2);
    QTest::newRow("unknown type") << QByteArray("\x01\x01\x01"
                                                "a\x0A",
        5);
    QTest::newRow("bool not 0 or 1") << QByteArray("\x01\x01\x01"
                                                   "a\x03\x02",
        6);
    QTest::newRow("duplicate names") << QByteArray("\x01\x02\x01"
                                                   "a\x04\x01"
                                                   "a\x04",
        8);
    QTest::newRow("huge count") << QByteArray("\x01\xFF\xFF\xFF\xFF\x0F", 6);
    QTest::newRow("huge string length") << QByteArray("\x01\x01\xFF\xFF\xFF\xFF\x0F", 7);
    QTest::newRow("huge list") << QByteArray("\x01\x01\x01"
                                             "a\x06\xFF\xFF\x03",
        8);
    QTest::newRow("overlong varint") << QByteArray("\x01", 1) + QByteArray(11, '\x80') + QByteArray(1, '\0');
    QTest::newRow("bad number") << QByteArray("\x01\x01\x01"
                                              "a\x01\x02\x82\x01\x00",
        9);
    QTest::newRow("number set bad number") << QByteArray("\x01\x01\x01"
                                                         "a\x08\x01\x05",
        7);
    QTest::newRow("string set short") << QByteArray("\x01\x01\x01"
                                                    "a\x07\x02\x01x",
        8);
    QTest::newRow("map truncated") << QByteArray("\x01\x01\x01"
                                                 "a\x05\x01\x01k",
        8);
}

void ItemCodecTest::rejectsCorruption()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!decodes(std::string_view(bytes.constData(), std::size_t(bytes.size()))));
}

void ItemCodecTest::rejectsExcessiveDepth()
{
    // 1000 nested single-element lists: refused without exhausting the stack.
    std::string bytes("\x01\x01\x01"
                      "a",
        4);
    for (int i = 0; i < 1000; ++i)
        bytes.append("\x06\x01", 2);
    bytes.push_back('\x04');
    QVERIFY(!decodes(bytes));
}

void ItemCodecTest::survivesFuzzing()
{
    const std::string original = ItemCodec::encodeItem({
        { "pk", AttributeValue::string("k") },
        { "n", num("-3.25") },
        { "m", AttributeValue::map({ { "l", AttributeValue::list({ AttributeValue::binary("b"), num("7") }) } }) },
        { "ss", AttributeValue::stringSet({ "x", "y" }) },
        { "ns", AttributeValue::numberSet({ Number::fromInt(1), Number::fromInt(2) }) },
        { "t", AttributeValue::boolean(true) },
    });
    QRandomGenerator rng(99);
    int accepted = 0;
    for (int round = 0; round < 50000; ++round) {
        std::string bytes = original;
        const int edits = 1 + int(rng.bounded(4));
        for (int e = 0; e < edits && !bytes.empty(); ++e) {
            const std::size_t at = rng.bounded(quint32(bytes.size()));
            switch (rng.bounded(4)) {
            case 0:
                bytes[at] = char(bytes[at] ^ (1 << rng.bounded(8)));
                break;
            case 1:
                bytes[at] = char(rng.bounded(256));
                break;
            case 2:
                bytes.erase(at, 1 + rng.bounded(3));
                break;
            default:
                bytes.insert(at, 1, char(rng.bounded(256)));
                break;
            }
        }
        Item item;
        if (!ItemCodec::decodeItem(bytes, item))
            continue;
        ++accepted;
        // Whatever decodes must re-encode to something that decodes the same.
        Item again;
        QVERIFY(ItemCodec::decodeItem(ItemCodec::encodeItem(item), again));
        QVERIFY(again == item);
    }
    QVERIFY(accepted > 0);
}

void ItemCodecTest::setEqualityIgnoresOrder()
{
    QVERIFY(AttributeValue::stringSet({ "a", "b", "c" }) == AttributeValue::stringSet({ "c", "a", "b" }));
    QVERIFY(!(AttributeValue::stringSet({ "a", "b" }) == AttributeValue::stringSet({ "a", "b", "c" })));
    QVERIFY(!(AttributeValue::stringSet({ "a", "b" }) == AttributeValue::stringSet({ "a", "c" })));
    QVERIFY(AttributeValue::binarySet({ std::string(1, '\0'), "x" })
        == AttributeValue::binarySet({ "x", std::string(1, '\0') }));
    QVERIFY(AttributeValue::numberSet({ Number::parse("1.0"), Number::parse("2") })
        == AttributeValue::numberSet({ Number::parse("2.00"), Number::parse("1") }));
    std::vector<std::string> many, reversed;
    for (int i = 0; i < 50; ++i)
        many.push_back(std::to_string(i));
    reversed.assign(many.rbegin(), many.rend());
    QVERIFY(AttributeValue::stringSet(many) == AttributeValue::stringSet(reversed));
    reversed[0] = "other";
    QVERIFY(!(AttributeValue::stringSet(many) == AttributeValue::stringSet(reversed)));
    std::vector<Number> numbers, shuffled;
    for (int i = 0; i < 40; ++i)
        numbers.push_back(Number::fromInt(i * 3));
    shuffled = numbers;
    std::rotate(shuffled.begin(), shuffled.begin() + 17, shuffled.end());
    QVERIFY(AttributeValue::numberSet(numbers) == AttributeValue::numberSet(shuffled));
}

void ItemCodecTest::equalityIsTyped()
{
    QVERIFY(num("1.50") == num("1.5"));
    QVERIFY(!(num("1") == AttributeValue::string("1")));
    QVERIFY(!(AttributeValue::string("x") == AttributeValue::binary("x")));
    QVERIFY(!(AttributeValue::stringSet({ "x" }) == AttributeValue::binarySet({ "x" })));
    QVERIFY(AttributeValue::null() == AttributeValue());
    QVERIFY(AttributeValue::boolean(true) == AttributeValue::boolean(true));
    QVERIFY(!(AttributeValue::boolean(true) == AttributeValue::boolean(false)));
    QVERIFY(!(AttributeValue::boolean(false) == AttributeValue::null()));
}

void ItemCodecTest::documentEquality()
{
    const AttributeValue a = AttributeValue::list({ num("1"), AttributeValue::string("x") });
    QVERIFY(a == AttributeValue::list({ num("1.0"), AttributeValue::string("x") }));
    QVERIFY(!(a == AttributeValue::list({ AttributeValue::string("x"), num("1") }))); // lists are ordered
    const AttributeValue m = AttributeValue::map({ { "k", AttributeValue::stringSet({ "a", "b" }) } });
    QVERIFY(m == AttributeValue::map({ { "k", AttributeValue::stringSet({ "b", "a" }) } }));
    QVERIFY(!(m == AttributeValue::map({ { "j", AttributeValue::stringSet({ "a", "b" }) } })));
    QVERIFY(!(AttributeValue::map({}) == AttributeValue::list({})));
}

void ItemCodecTest::typeNames()
{
    const char* names[] = { "S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS" };
    for (int i = 0; i < 10; ++i) {
        const auto type = static_cast<AttributeValue::Type>(i);
        QCOMPARE(AttributeValue::typeName(type), std::string_view(names[i]));
        AttributeValue::Type parsed = AttributeValue::Type::S;
        QVERIFY(AttributeValue::typeFromName(names[i], &parsed));
        QVERIFY(parsed == type);
    }
    AttributeValue::Type unused;
    for (const char* bad : { "", "null", "s", "SSS", "Bool", "NUL" })
        QVERIFY2(!AttributeValue::typeFromName(bad, &unused), bad);
}


namespace {
// The JSON and size the decode-then-encode path gives, for comparison.
std::pair<std::string, std::size_t> viaItem(const Item& item)
{
    std::string json;
    WireJson::appendItemJson(json, item);
    return { json, ItemSize::itemSize(item) };
}
} // namespace

void ItemCodecTest::transcodesToWireJson()
{
    const std::vector<Item> items = {
        sampleItem(),
        {},
        { { "e", AttributeValue::string("") }, { "q", AttributeValue::string("a\"b\\c\n\x01") } },
        { { "deep", AttributeValue::map({ { "x", AttributeValue::map({ { "y", AttributeValue::list({}) } }) } }) } },
        { { "bs", AttributeValue::binarySet({ std::string("\0\xff", 2), "z" }) }, { "nul", AttributeValue::null() } },
    };
    for (const Item& item : items) {
        std::string json = "prefix";
        std::size_t size = 0;
        QVERIFY(ItemCodec::appendItemJson(ItemCodec::encodeItem(item), json, &size));
        const auto expected = viaItem(item);
        QCOMPARE(QString::fromStdString(json), QString::fromStdString("prefix" + expected.first));
        QCOMPARE(size, expected.second);
    }
}

void ItemCodecTest::transcoderRejectsWhatDecodeRejects()
{
    const std::string bytes = ItemCodec::encodeItem(sampleItem());
    for (std::size_t n = 0; n < bytes.size(); n += (n < 4096 ? 1 : 997)) {
        std::string json = "kept";
        std::size_t size = 0;
        QVERIFY(!ItemCodec::appendItemJson(std::string_view(bytes).substr(0, n), json, &size));
        QCOMPARE(json, std::string("kept"));
    }
}

QTEST_APPLESS_MAIN(ItemCodecTest)
#include "ItemCodecTest.moc"
