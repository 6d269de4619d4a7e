// Tests ItemSize: DynamoDB's item size rules and the key size limits with
// their exact messages.
#include <QTest>

#include "model/ItemSize.h"

#include <dynoscope/Error.h>

using namespace dynoscope;

namespace QTest {
template <> char* toString(const std::string& s)
{
    return qstrdup(s.c_str());
}
} // namespace QTest

namespace {
AttributeValue num(const char* text)
{
    return AttributeValue::number(Number::parse(text));
}

template <typename F> std::string errorOf(F f)
{
    try {
        f();
    } catch (const Error& e) {
        return std::string(e.name()) + ": " + e.message();
    }
    return "no error";
}
} // namespace

class ItemSizeTest : public QObject {
    Q_OBJECT

private slots:
    void scalarSizes();
    void setSizes();
    void documentSizes();
    void attributeAndItemSizes();
    void maximumItem();
    void keySizeLimits();
};

void ItemSizeTest::scalarSizes()
{
    QCOMPARE(ItemSize::valueSize(AttributeValue::string("")), std::size_t(0));
    QCOMPARE(ItemSize::valueSize(AttributeValue::string("h\xC3\xA9llo")), std::size_t(6)); // UTF-8 bytes
    QCOMPARE(ItemSize::valueSize(AttributeValue::binary(std::string("\0\1\2", 3))), std::size_t(3));
    QCOMPARE(ItemSize::valueSize(AttributeValue::boolean(false)), std::size_t(1));
    QCOMPARE(ItemSize::valueSize(AttributeValue::null()), std::size_t(1));
    QCOMPARE(ItemSize::valueSize(num("0")), std::size_t(1));
    QCOMPARE(ItemSize::valueSize(num("12345")), std::size_t(4));
    QCOMPARE(ItemSize::valueSize(num("-12345")), std::size_t(5));
    QCOMPARE(ItemSize::valueSize(num("1.2")), std::size_t(3));
}

void ItemSizeTest::setSizes()
{
    QCOMPARE(ItemSize::valueSize(AttributeValue::stringSet({ "ab", "c", "" })), std::size_t(3));
    QCOMPARE(ItemSize::valueSize(AttributeValue::binarySet({ "abcd", std::string(1, '\0') })), std::size_t(5));
    QCOMPARE(ItemSize::valueSize(AttributeValue::numberSet({ Number::parse("1"), Number::parse("1.2") })),
        std::size_t(2 + 3));
}

void ItemSizeTest::documentSizes()
{
    // Lists and maps: 3 bytes, plus 1 per element, plus the elements (and map keys).
    QCOMPARE(ItemSize::valueSize(AttributeValue::list({})), std::size_t(3));
    QCOMPARE(ItemSize::valueSize(AttributeValue::map({})), std::size_t(3));
    QCOMPARE(ItemSize::valueSize(AttributeValue::list({ AttributeValue::string("ab"), AttributeValue::null() })),
        std::size_t(3 + (1 + 2) + (1 + 1)));
    QCOMPARE(ItemSize::valueSize(AttributeValue::map({ { "k", AttributeValue::string("ab") } })),
        std::size_t(3 + 1 + 1 + 2));
    const AttributeValue nested = AttributeValue::map({ { "in", AttributeValue::list({ AttributeValue::map({}) }) } });
    QCOMPARE(ItemSize::valueSize(nested), std::size_t(3 + 1 + 2 + (3 + 1 + 3)));
}

void ItemSizeTest::attributeAndItemSizes()
{
    QCOMPARE(ItemSize::attributeSize("name", AttributeValue::string("x")), std::size_t(5));
    QCOMPARE(ItemSize::attributeSize("\xC3\xA9", AttributeValue::boolean(true)), std::size_t(3));
    const Item item = {
        { "id", AttributeValue::string("abc") }, // 2 + 3
        { "n", num("12345") }, // 1 + 4
        { "flag", AttributeValue::boolean(true) }, // 4 + 1
        { "l", AttributeValue::list({ AttributeValue::string("xy") }) }, // 1 + 3 + 1 + 2
    };
    QCOMPARE(ItemSize::itemSize(item), std::size_t(5 + 5 + 5 + 7));
    QCOMPARE(ItemSize::itemSize({}), std::size_t(0));
}

void ItemSizeTest::maximumItem()
{
    QCOMPARE(ItemSize::kMaxItemSize, std::size_t(409600));
    const Item item = { { "pk", AttributeValue::string("k") },
        { "data", AttributeValue::string(std::string(409600 - 2 - 1 - 4, 'x')) } };
    QCOMPARE(ItemSize::itemSize(item), ItemSize::kMaxItemSize);
}

void ItemSizeTest::keySizeLimits()
{
    const std::string hashMessage = "ValidationException: One or more parameter values were invalid: Size of hashkey "
                                    "has exceeded the maximum size limit of2048 bytes";
    const std::string rangeMessage = "ValidationException: One or more parameter values were invalid: Aggregated size "
                                     "of all range keys has exceeded the size limit of 1024 bytes";
    QCOMPARE(
        errorOf([] { ItemSize::checkPartitionKeySize(AttributeValue::string(std::string(2048, 'a'))); }), "no error");
    QCOMPARE(
        errorOf([] { ItemSize::checkPartitionKeySize(AttributeValue::string(std::string(2049, 'a'))); }), hashMessage);
    QCOMPARE(
        errorOf([] { ItemSize::checkPartitionKeySize(AttributeValue::binary(std::string(2049, '\0'))); }), hashMessage);
    QCOMPARE(errorOf([] { ItemSize::checkPartitionKeySize(num("-1.2345678901234567890123456789012345678e-100")); }),
        "no error");
    QCOMPARE(errorOf([] { ItemSize::checkSortKeySize(AttributeValue::string(std::string(1024, 'a'))); }), "no error");
    QCOMPARE(errorOf([] { ItemSize::checkSortKeySize(AttributeValue::string(std::string(1025, 'a'))); }), rangeMessage);
    QCOMPARE(errorOf([] { ItemSize::checkSortKeySize(AttributeValue::binary(std::string(1025, 'b'))); }), rangeMessage);
    // Size counts UTF-8 bytes, not characters.
    std::string wide;
    for (int i = 0; i < 513; ++i)
        wide += "\xC3\xA9";
    QCOMPARE(errorOf([&] { ItemSize::checkSortKeySize(AttributeValue::string(wide)); }), rangeMessage);
}

QTEST_APPLESS_MAIN(ItemSizeTest)
#include "ItemSizeTest.moc"
