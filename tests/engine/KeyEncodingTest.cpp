// Tests KeyEncoding: memcmp order of encoded keys matches DynamoDB's key order,
// keys decode back, and the partition hash is stable and well spread.
#include <QTest>

#include "model/KeyEncoding.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>

using namespace dynoscope;

namespace {

// SQLite's BLOB order: memcmp over the common prefix, then length.
int blobCompare(const std::string& a, const std::string& b)
{
    const int c = std::memcmp(a.data(), b.data(), std::min(a.size(), b.size()));
    if (c != 0)
        return c < 0 ? -1 : 1;
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

void verifyAscending(const std::vector<AttributeValue>& values)
{
    for (std::size_t i = 0; i < values.size(); ++i) {
        for (std::size_t j = 0; j < values.size(); ++j) {
            const int expected = i < j ? -1 : (i > j ? 1 : 0);
            const int actual = blobCompare(KeyEncoding::encodeKey(values[i]), KeyEncoding::encodeKey(values[j]));
            QVERIFY2(
                actual == expected, QByteArray::number(qulonglong(i)) + " vs " + QByteArray::number(qulonglong(j)));
        }
    }
}

AttributeValue num(const char* text)
{
    return AttributeValue::number(Number::parse(text));
}

} // namespace

class KeyEncodingTest : public QObject {
    Q_OBJECT

private slots:
    void stringsOrderByUtf8Bytes();
    void binaryOrdersByUnsignedBytes();
    void numbersOrderNumerically();
    void equalNumbersEncodeIdentically();
    void decodesBack();
    void rejectsMalformed();
    void appendKeepsPrefix();
    void partitionHashIsStable();
    void partitionHashSeparatesTypes();
    void partitionHashSpreads();
};

void KeyEncodingTest::stringsOrderByUtf8Bytes()
{
    // U+FF5E sorts before U+1F600 in UTF-8 byte order (EF < F0) although its
    // UTF-16 unit is larger than the surrogate 0xD83D: DynamoDB uses bytes.
    verifyAscending({ AttributeValue::string(""), AttributeValue::string("A"), AttributeValue::string("Z"),
        AttributeValue::string("a"), AttributeValue::string("ab"), AttributeValue::string("b"),
        AttributeValue::string("\xC3\xA9"), AttributeValue::string("\xEF\xBD\x9E"),
        AttributeValue::string("\xF0\x9F\x98\x80") });
}

void KeyEncodingTest::binaryOrdersByUnsignedBytes()
{
    verifyAscending({ AttributeValue::binary(""), AttributeValue::binary(std::string(1, '\0')),
        AttributeValue::binary(std::string("\0\0", 2)), AttributeValue::binary("\x01"), AttributeValue::binary("\x7F"),
        AttributeValue::binary("\x80"), AttributeValue::binary("\xFF"),
        AttributeValue::binary(std::string("\xFF\x00", 2)) });
}

void KeyEncodingTest::numbersOrderNumerically()
{
    verifyAscending({ num("-1e125"), num("-1000"), num("-999.99"), num("-1"), num("-0.001"), num("0"), num("1e-130"),
        num("0.001"), num("0.01"), num("1"), num("1.5"), num("2"), num("10"), num("11"), num("100"), num("1e125") });
}

void KeyEncodingTest::equalNumbersEncodeIdentically()
{
    QCOMPARE(KeyEncoding::encodeKey(num("1.0")), KeyEncoding::encodeKey(num("1")));
    QCOMPARE(KeyEncoding::encodeKey(num("100")), KeyEncoding::encodeKey(num("1E2")));
    QCOMPARE(KeyEncoding::encodeKey(num("-0")), KeyEncoding::encodeKey(num("0.000")));
}

void KeyEncodingTest::decodesBack()
{
    const std::vector<AttributeValue> keys = { AttributeValue::string("h\xC3\xA9llo"), AttributeValue::string(""),
        AttributeValue::binary(std::string("\0\xFF", 2)), num("-12.75"), num("0"),
        num("9.9999999999999999999999999999999999999E+125") };
    for (const AttributeValue& key : keys) {
        AttributeValue back = AttributeValue::boolean(true);
        QVERIFY(KeyEncoding::decodeKey(key.type(), KeyEncoding::encodeKey(key), back));
        QVERIFY(back == key);
    }
}

void KeyEncodingTest::rejectsMalformed()
{
    AttributeValue out;
    std::string encoded = KeyEncoding::encodeKey(num("42"));
    QVERIFY(!KeyEncoding::decodeKey(AttributeValue::Type::N, encoded + "x", out));
    QVERIFY(!KeyEncoding::decodeKey(AttributeValue::Type::N, encoded.substr(0, encoded.size() - 1), out));
    QVERIFY(!KeyEncoding::decodeKey(AttributeValue::Type::N, "", out));
    QVERIFY(!KeyEncoding::decodeKey(AttributeValue::Type::BOOL, "", out));
    QVERIFY(!KeyEncoding::decodeKey(AttributeValue::Type::M, "", out));
}

void KeyEncodingTest::appendKeepsPrefix()
{
    std::string out = "p";
    KeyEncoding::appendKey(out, AttributeValue::string("q"));
    QCOMPARE(out, std::string("pq"));
}

void KeyEncodingTest::partitionHashIsStable()
{
    // Persisted in primary keys: the function must never change.
    QCOMPARE(KeyEncoding::partitionHash(AttributeValue::string("abc")), XXH3_64bits_withSeed("abc", 3, 0));
    QCOMPARE(KeyEncoding::partitionHash(AttributeValue::binary("abc")), XXH3_64bits_withSeed("abc", 3, 2));
    const std::string one = KeyEncoding::encodeKey(num("1"));
    QCOMPARE(KeyEncoding::partitionHash(num("1")), XXH3_64bits_withSeed(one.data(), one.size(), 1));
    QCOMPARE(KeyEncoding::partitionHash(num("1.00")), KeyEncoding::partitionHash(num("1")));
}

void KeyEncodingTest::partitionHashSeparatesTypes()
{
    QVERIFY(KeyEncoding::partitionHash(AttributeValue::string("abc"))
        != KeyEncoding::partitionHash(AttributeValue::binary("abc")));
    QVERIFY(KeyEncoding::partitionHash(AttributeValue::string("a")) != KeyEncoding::partitionHash(num("1")));
}

void KeyEncodingTest::partitionHashSpreads()
{
    int segments[4] = { 0, 0, 0, 0 };
    const int keys = 20000;
    for (int i = 0; i < keys; ++i)
        ++segments[KeyEncoding::partitionHash(AttributeValue::string("user#" + std::to_string(i))) >> 62];
    for (int count : segments)
        QVERIFY2(count > keys / 4 * 9 / 10 && count < keys / 4 * 11 / 10, QByteArray::number(count));
}

QTEST_APPLESS_MAIN(KeyEncodingTest)
#include "KeyEncodingTest.moc"
