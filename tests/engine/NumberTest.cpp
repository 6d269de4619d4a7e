// Tests Number: DynamoDB's number syntax, limits and exact messages,
// canonical text, exact arithmetic, ordering and the sortable encoding.
#include <dynoscope/Error.h>
#include <dynoscope/Number.h>

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <limits>
#include <vector>

using dynoscope::Error;
using dynoscope::Number;

namespace QTest {
template <> char* toString(const std::string& s)
{
    return qstrdup(s.c_str());
}
} // namespace QTest

namespace {

const std::string kOverflow
    = "Number overflow. Attempting to store a number with magnitude larger than supported range";
const std::string kUnderflow
    = "Number underflow. Attempting to store a number with magnitude smaller than supported range";
const std::string kTooPrecise = "Attempting to store more than 38 significant digits in a Number";

std::string parseError(std::string_view text)
{
    try {
        Number::parse(text);
    } catch (const Error& e) {
        if (e.code() != Error::Code::Validation)
            return "wrong error type: " + std::string(e.name());
        return e.message();
    }
    return "no error";
}

template <typename F> std::string arithmeticError(F f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.message();
    }
    return "no error";
}

std::string text(std::string_view s)
{
    return Number::parse(s).toString();
}

std::string sortable(const Number& n)
{
    std::string out;
    n.appendSortable(out);
    return out;
}

} // namespace

class NumberTest : public QObject {
    Q_OBJECT

private slots:
    void canonicalText_data();
    void canonicalText();
    void extremeMagnitudesPrintPlain();
    void notNumeric_data();
    void notNumeric();
    void rangeAndPrecisionErrors_data();
    void rangeAndPrecisionErrors();
    void tryParse();
    void fromInt();
    void toInt64();
    void addition_data();
    void addition();
    void arithmeticErrors();
    void negation();
    void ordering();
    void sortableEncodingOrder();
    void sortableRoundTrip();
    void sortableRejectsMalformed_data();
    void sortableRejectsMalformed();
    void randomProperties();
    void storageSize_data();
    void storageSize();
};

void NumberTest::canonicalText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trailing fraction zero") << "-12.50"
                                            << "-12.5";
    QTest::newRow("exponent") << "1e3"
                              << "1000";
    QTest::newRow("plus sign") << "+7"
                               << "7";
    QTest::newRow("leading point") << ".5"
                                   << "0.5";
    QTest::newRow("trailing point") << "5."
                                    << "5";
    QTest::newRow("leading zeros") << "0001.23"
                                   << "1.23";
    QTest::newRow("negative zero") << "-0"
                                   << "0";
    QTest::newRow("zero fraction") << "-0.000"
                                   << "0";
    QTest::newRow("zero huge exponent") << "0e1000"
                                        << "0";
    QTest::newRow("one point zero") << "1.0"
                                    << "1";
    QTest::newRow("integer zeros kept") << "100"
                                        << "100";
    QTest::newRow("small fraction") << "0.0012"
                                    << "0.0012";
    QTest::newRow("negative exponent") << "-17e5"
                                       << "-1700000";
    QTest::newRow("mixed") << "-17.4E37"
                           << "-174000000000000000000000000000000000000";
    QTest::newRow("exponent plus") << "1e+5"
                                   << "100000";
    QTest::newRow("exponent minus") << "12.5e-3"
                                    << "0.0125";
    QTest::newRow("38 digits") << "12345678901234567890123456789012345678"
                               << "12345678901234567890123456789012345678";
    QTest::newRow("38 significant plus zeros") << "1234567890123456789012345678901234567800000"
                                               << "1234567890123456789012345678901234567800000";
    QTest::newRow("zeros inside") << "1000.0001"
                                  << "1000.0001";
    QTest::newRow("pi 38") << "3.1415926535897932384626433832795028841"
                           << "3.1415926535897932384626433832795028841";
}

void NumberTest::canonicalText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(text(input.toStdString()), expected.toStdString());
}

void NumberTest::extremeMagnitudesPrintPlain()
{
    QCOMPARE(text("1E+100"), "1" + std::string(100, '0'));
    QCOMPARE(text("1e-130"), "0." + std::string(129, '0') + "1");
    QCOMPARE(text("-1e-130"), "-0." + std::string(129, '0') + "1");
    QCOMPARE(text("9.9999999999999999999999999999999999999E+125"), std::string(38, '9') + std::string(88, '0'));
    QCOMPARE(text("-9.9999999999999999999999999999999999999E+125"), "-" + std::string(38, '9') + std::string(88, '0'));
}

void NumberTest::notNumeric_data()
{
    QTest::addColumn<QString>("input");
    for (const char* s :
        { "NaN", "Infinity", "-Infinity", "-NaN", "dog", "-dog", " 1", "1 ", "1e", "1e+", "1e-", ".", "+", "-", "e5",
            "1.2.3", "1e5.0", "0x10", "--1", "+-1", "1e2147483648", "0e99999999999", "1,5", "\xD9\xA1" })
        QTest::newRow(s) << QString::fromUtf8(s);
}

void NumberTest::notNumeric()
{
    QFETCH(QString, input);
    const std::string s = input.toStdString();
    QCOMPARE(parseError(s), "The parameter cannot be converted to a numeric value: " + s);
}

void NumberTest::rangeAndPrecisionErrors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << ""
                           << "The parameter cannot be converted to a numeric value";
    QTest::newRow("1e126") << "1e126" << QString::fromStdString(kOverflow);
    QTest::newRow("-1e126") << "-1e126" << QString::fromStdString(kOverflow);
    QTest::newRow("11e125") << "11e125" << QString::fromStdString(kOverflow);
    QTest::newRow("1e-131") << "1e-131" << QString::fromStdString(kUnderflow);
    QTest::newRow("-1e-131") << "-1e-131" << QString::fromStdString(kUnderflow);
    QTest::newRow("0.9e-130") << "0.9e-130" << QString::fromStdString(kUnderflow);
    QTest::newRow("39 digits") << "123456789012345678901234567890123456789" << QString::fromStdString(kTooPrecise);
    QTest::newRow("39 digits fraction") << "-1.23456789012345678901234567890123456789"
                                        << QString::fromStdString(kTooPrecise);
    QTest::newRow("39 digits exponent") << "314159265358979323846264338327950288419e30"
                                        << QString::fromStdString(kTooPrecise);
    QTest::newRow("range before precision")
        << "1.23456789012345678901234567890123456789e200" << QString::fromStdString(kOverflow);
}

void NumberTest::rangeAndPrecisionErrors()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    QCOMPARE(parseError(input.toStdString()), message.toStdString());
}

void NumberTest::tryParse()
{
    Number n = Number::fromInt(42);
    QVERIFY(Number::tryParse("-3.25", n));
    QCOMPARE(n.toString(), "-3.25");
    QVERIFY(n.isNegative());
    for (const char* bad : { "", "x", "1e126", "1e-131", "123456789012345678901234567890123456789" }) {
        Number untouched = Number::fromInt(7);
        QVERIFY2(!Number::tryParse(bad, untouched), bad);
        QCOMPARE(untouched.toString(), "7");
    }
    QVERIFY(Number().isZero());
    QVERIFY(!Number().isNegative());
}

void NumberTest::fromInt()
{
    QCOMPARE(Number::fromInt(0).toString(), "0");
    QVERIFY(Number::fromInt(0).isZero());
    QCOMPARE(Number::fromInt(1).toString(), "1");
    QCOMPARE(Number::fromInt(-1).toString(), "-1");
    QCOMPARE(Number::fromInt(100).toString(), "100");
    QCOMPARE(Number::fromInt(100), Number::parse("1e2"));
    QCOMPARE(Number::fromInt(std::numeric_limits<std::int64_t>::min()).toString(), "-9223372036854775808");
    QCOMPARE(Number::fromInt(std::numeric_limits<std::int64_t>::max()).toString(), "9223372036854775807");
}

void NumberTest::toInt64()
{
    std::int64_t v = 0;
    QVERIFY(Number::parse("0").toInt64(&v));
    QCOMPARE(v, std::int64_t(0));
    QVERIFY(Number::parse("123000").toInt64(&v));
    QCOMPARE(v, std::int64_t(123000));
    QVERIFY(Number::parse("-45").toInt64(&v));
    QCOMPARE(v, std::int64_t(-45));
    QVERIFY(Number::parse("1e18").toInt64(&v));
    QCOMPARE(v, std::int64_t(1000000000000000000));
    QVERIFY(Number::parse("9223372036854775807").toInt64(&v));
    QCOMPARE(v, std::numeric_limits<std::int64_t>::max());
    QVERIFY(Number::parse("-9223372036854775808").toInt64(&v));
    QCOMPARE(v, std::numeric_limits<std::int64_t>::min());
    QVERIFY(!Number::parse("9223372036854775808").toInt64(&v));
    QVERIFY(!Number::parse("-9223372036854775809").toInt64(&v));
    QVERIFY(!Number::parse("1e19").toInt64(&v));
    QVERIFY(!Number::parse("1e30").toInt64(&v));
    QVERIFY(!Number::parse("1.5").toInt64(&v));
    QVERIFY(!Number::parse("0.001").toInt64(&v));
}

void NumberTest::addition_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("sum");
    QTest::newRow("big plus one") << "1"
                                  << "10000000000000000000000"
                                  << "10000000000000000000001";
    QTest::newRow("decimal") << "0.1"
                             << "0.2"
                             << "0.3";
    QTest::newRow("mixed signs") << "-5"
                                 << "3"
                                 << "-2";
    QTest::newRow("cancel") << "1.5"
                            << "-1.5"
                            << "0";
    QTest::newRow("carry") << "99999999999999999999999999999999999999"
                           << "1"
                           << "100000000000000000000000000000000000000";
    QTest::newRow("tiny") << "1e-130"
                          << "1e-130"
                          << "0." + QString(129, '0') + "2";
    QTest::newRow("negative plus negative") << "-0.25"
                                            << "-0.75"
                                            << "-1";
    QTest::newRow("borrow across places") << "1000"
                                          << "-0.001"
                                          << "999.999";
    QTest::newRow("zero left") << "0"
                               << "-7.5"
                               << "-7.5";
    QTest::newRow("zero right") << "12"
                                << "0"
                                << "12";
    QTest::newRow("max range") << "9e125"
                               << "0.9e125"
                               << "9.9e125";
}

void NumberTest::addition()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, sum);
    const Number x = Number::parse(a.toStdString());
    const Number y = Number::parse(b.toStdString());
    const Number expected = Number::parse(sum.toStdString());
    QCOMPARE((x + y).toString(), expected.toString());
    QCOMPARE((y + x).toString(), expected.toString());
    QCOMPARE((expected - y).toString(), x.toString());
    QCOMPARE((expected - x).toString(), y.toString());
}

void NumberTest::arithmeticErrors()
{
    const Number big = Number::parse("9e125");
    QCOMPARE(arithmeticError([&] { return big + big; }), kOverflow);
    QCOMPARE(arithmeticError([&] { return big - (-big); }), kOverflow);
    QCOMPARE(arithmeticError([&] { return -big - big; }), kOverflow);
    // DynamoDB reports an inexact result as an overflow too.
    const Number e50 = Number::parse("1e50");
    const Number one = Number::fromInt(1);
    QCOMPARE(arithmeticError([&] { return e50 + one; }), kOverflow);
    QCOMPARE(arithmeticError([&] { return e50 - one; }), kOverflow);
    const Number digits38 = Number::parse("12345678901234567890123456789012345678");
    QCOMPARE(arithmeticError([&] { return digits38 + Number::parse("0.5"); }), kOverflow);
    QCOMPARE(arithmeticError([&] { return digits38 + one; }), "no error");
}

void NumberTest::negation()
{
    QCOMPARE((-Number::parse("2.5")).toString(), "-2.5");
    QCOMPARE((-Number::parse("-2.5")).toString(), "2.5");
    QVERIFY(!(-Number()).isNegative());
    QCOMPARE((Number::fromInt(3) - Number::fromInt(3)).toString(), "0");
    QVERIFY(!(Number::fromInt(3) - Number::fromInt(3)).isNegative());
    QCOMPARE((Number() - Number::fromInt(3)).toString(), "-3");
}

namespace {
const std::vector<const char*> kAscending = {
    "-9.9999999999999999999999999999999999999E+125",
    "-1e125",
    "-101",
    "-100.5",
    "-100",
    "-99.9",
    "-10",
    "-2",
    "-1.5",
    "-1.05",
    "-1",
    "-0.5",
    "-0.05",
    "-1e-130",
    "0",
    "1e-130",
    "1.1e-130",
    "0.05",
    "0.5",
    "1",
    "1.0000000000000000000000000000000000001",
    "1.05",
    "1.5",
    "2",
    "10",
    "99.9",
    "100",
    "100.5",
    "101",
    "1e125",
    "9.9999999999999999999999999999999999999E+125",
};
}

void NumberTest::ordering()
{
    for (std::size_t i = 0; i < kAscending.size(); ++i) {
        for (std::size_t j = 0; j < kAscending.size(); ++j) {
            const Number a = Number::parse(kAscending[i]);
            const Number b = Number::parse(kAscending[j]);
            QVERIFY2((a <=> b) == (i <=> j), (std::string(kAscending[i]) + " vs " + kAscending[j]).c_str());
            QCOMPARE(a == b, i == j);
        }
    }
    QCOMPARE(Number::parse("1.0"), Number::parse("1"));
    QCOMPARE(Number::parse("100"), Number::parse("1e2"));
    QCOMPARE(Number::parse("-0"), Number::parse("0"));
}

void NumberTest::sortableEncodingOrder()
{
    for (std::size_t i = 0; i < kAscending.size(); ++i) {
        for (std::size_t j = 0; j < kAscending.size(); ++j) {
            const std::string a = sortable(Number::parse(kAscending[i]));
            const std::string b = sortable(Number::parse(kAscending[j]));
            // SQLite compares BLOBs with memcmp, then by length.
            const int c = std::memcmp(a.data(), b.data(), std::min(a.size(), b.size()));
            const auto order = c != 0 ? (c <=> 0) : (a.size() <=> b.size());
            QVERIFY2(order == (i <=> j), (std::string(kAscending[i]) + " vs " + kAscending[j]).c_str());
        }
    }
    QCOMPARE(sortable(Number::parse("1.0")), sortable(Number::parse("1")));
    QCOMPARE(sortable(Number::parse("-1.50")), sortable(Number::parse("-15e-1")));
    QCOMPARE(sortable(Number::parse("-0")), sortable(Number()));
}

void NumberTest::sortableRoundTrip()
{
    std::string all;
    for (const char* s : kAscending)
        Number::parse(s).appendSortable(all);
    std::size_t pos = 0;
    for (const char* s : kAscending) {
        Number n = Number::fromInt(99);
        QVERIFY2(Number::readSortable(all, &pos, n), s);
        QCOMPARE(n.toString(), Number::parse(s).toString());
    }
    QCOMPARE(pos, all.size());
    Number n;
    QVERIFY(!Number::readSortable(all, &pos, n));
}

void NumberTest::sortableRejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("unknown sign") << QByteArray("\x03\x80\x02\x00", 4);
    QTest::newRow("no exponent") << QByteArray("\x02", 1);
    QTest::newRow("no terminator") << QByteArray("\x02\x80\x0B", 3);
    QTest::newRow("no digits") << QByteArray("\x02\x80\x00", 3);
    QTest::newRow("pair out of range") << QByteArray("\x02\x80\x66\x00", 4);
    QTest::newRow("leading zero") << QByteArray("\x02\x80\x02\x00", 4);
    QTest::newRow("trailing zero pair") << QByteArray("\x02\x80\x0C\x01\x00", 5);
    QTest::newRow("too many digits") << QByteArray("\x02\x80", 2) + QByteArray(20, '\x0C') + QByteArray(1, '\0');
    QTest::newRow("negative no terminator") << QByteArray("\x00\x7F\xF4", 3);
}

void NumberTest::sortableRejectsMalformed()
{
    QFETCH(QByteArray, bytes);
    Number n;
    std::size_t pos = 0;
    QVERIFY(!Number::readSortable(std::string_view(bytes.constData(), std::size_t(bytes.size())), &pos, n));
    QCOMPARE(pos, std::size_t(0));
}

void NumberTest::randomProperties()
{
    QRandomGenerator rng(20240601);
    for (int i = 0; i < 2000; ++i) {
        const std::int64_t a = std::int64_t(rng.generate64() >> 2) - (std::int64_t(1) << 61);
        const std::int64_t b = std::int64_t(rng.generate64() >> 2) - (std::int64_t(1) << 61);
        // 19-digit operands at most 18 places apart: every sum is exact.
        const int scaleA = int(rng.bounded(19)) - 9;
        const int scaleB = int(rng.bounded(19)) - 9;
        const Number x = Number::parse(std::to_string(a) + "e" + std::to_string(scaleA));
        const Number y = Number::parse(std::to_string(b) + "e" + std::to_string(scaleB));
        QCOMPARE(Number::parse(x.toString()), x);
        QCOMPARE(x + y, y + x);
        QCOMPARE((x + y) - y, x);
        QCOMPARE(x - x, Number());
        const std::string ex = sortable(x), ey = sortable(y);
        QCOMPARE(ex < ey, x < y);
        QCOMPARE(ex == ey, x == y);
        if (scaleA == 0 && scaleB == 0)
            QCOMPARE(x + y, Number::fromInt(a + b));
    }
}

void NumberTest::storageSize_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("size");
    QTest::newRow("zero") << "0" << 1;
    QTest::newRow("1") << "1" << 2;
    QTest::newRow("12") << "12" << 2;
    QTest::newRow("1.2 straddles a pair") << "1.2" << 3;
    QTest::newRow("123") << "123" << 3;
    QTest::newRow("-1") << "-1" << 3;
    QTest::newRow("0.5") << "0.5" << 2;
    QTest::newRow("1234") << "1234" << 3;
    QTest::newRow("12.34") << "12.34" << 3;
    QTest::newRow("1.234") << "1.234" << 4;
    QTest::newRow("trailing zeros free") << "1000000" << 2;
    QTest::newRow("38 digits") << "12345678901234567890123456789012345678" << 20;
    QTest::newRow("38 digits misaligned") << "1.2345678901234567890123456789012345678" << 21;
    QTest::newRow("negative 38 digits") << "-12345678901234567890123456789012345678" << 21;
}

void NumberTest::storageSize()
{
    QFETCH(QString, number);
    QFETCH(int, size);
    QCOMPARE(Number::parse(number.toStdString()).storageSize(), std::size_t(size));
}

QTEST_APPLESS_MAIN(NumberTest)
#include "NumberTest.moc"
