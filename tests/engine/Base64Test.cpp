// Tests Base64: RFC 4648 vectors, binary round trips and the strict decoder's
// DynamoDB messages.
#include "model/Base64.h"

#include <QRandomGenerator>
#include <QTest>

using namespace dynoscope;

namespace QTest {
template <> char* toString(const std::string& s)
{
    return qstrdup(s.c_str());
}
} // namespace QTest

namespace {
std::string decodeError(std::string_view text)
{
    std::string out, error;
    if (Base64::decode(text, &out, &error))
        return "decoded";
    return error;
}
} // namespace

class Base64Test : public QObject {
    Q_OBJECT

private slots:
    void rfc4648Vectors_data();
    void rfc4648Vectors();
    void appendKeepsPrefix();
    void binaryRoundTrip();
    void rejects_data();
    void rejects();
    void errorIsOptional();
};

void Base64Test::rfc4648Vectors_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    QTest::newRow("f") << QByteArray("f") << QByteArray("Zg==");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8=");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg==");
    QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE=");
    QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
    QTest::newRow("high bits") << QByteArray("\xFF\xFE\xFD", 3) << QByteArray("//79");
    QTest::newRow("plus") << QByteArray("\xFB\xEF", 2) << QByteArray("++8=");
}

void Base64Test::rfc4648Vectors()
{
    QFETCH(QByteArray, plain);
    QFETCH(QByteArray, encoded);
    QCOMPARE(Base64::encode(plain.toStdString()), encoded.toStdString());
    std::string decoded = "stale";
    QVERIFY(Base64::decode(encoded.toStdString(), &decoded));
    QCOMPARE(decoded, plain.toStdString());
}

void Base64Test::appendKeepsPrefix()
{
    std::string out = "{\"B\":\"";
    Base64::append(out, "hi");
    QCOMPARE(out, "{\"B\":\"aGk=");
}

void Base64Test::binaryRoundTrip()
{
    QRandomGenerator rng(7);
    for (int length = 0; length < 300; ++length) {
        std::string bytes(std::size_t(length), '\0');
        for (char& c : bytes)
            c = char(rng.bounded(256));
        const std::string text = Base64::encode(bytes);
        QCOMPARE(text.size(), std::size_t((length + 2) / 3 * 4));
        std::string back;
        QVERIFY(Base64::decode(text, &back));
        QCOMPARE(back, bytes);
    }
}

void Base64Test::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    const QString badLast = "Invalid last non-pad Base64 character dectected";
    QTest::newRow("length 5") << QByteArray("23456")
                              << "Base64 encoded length is expected a multiple of 4 bytes but found: 5";
    QTest::newRow("length 1") << QByteArray("A")
                              << "Base64 encoded length is expected a multiple of 4 bytes but found: 1";
    QTest::newRow("length before alphabet")
        << QByteArray("!!!") << "Base64 encoded length is expected a multiple of 4 bytes but found: 3";
    QTest::newRow("bad character") << QByteArray("ab!d") << "Invalid Base64 character: '!'";
    QTest::newRow("space") << QByteArray("ab d") << "Invalid Base64 character: ' '";
    QTest::newRow("url alphabet") << QByteArray("ab-_") << "Invalid Base64 character: '-'";
    QTest::newRow("multibyte character") << QByteArray("a\xC3\xA9"
                                                       "b")
                                         << QString::fromUtf8("Invalid Base64 character: 'é'");
    QTest::newRow("pad first") << QByteArray("=+/=") << badLast;
    QTest::newRow("unused bits one pad") << QByteArray("+/+=") << badLast;
    QTest::newRow("unused bits two pads") << QByteArray("Zh==") << badLast;
    QTest::newRow("three pads") << QByteArray("Z===") << badLast;
    QTest::newRow("four pads") << QByteArray("====") << badLast;
    QTest::newRow("data after pad") << QByteArray("Zg==Zm8=") << badLast;
    QTest::newRow("pad inside quantum") << QByteArray("Z=g=") << badLast;
}

void Base64Test::rejects()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QCOMPARE(decodeError(text.toStdString()), message.toStdString());
}

void Base64Test::errorIsOptional()
{
    std::string out;
    QVERIFY(!Base64::decode("abc", &out));
    QVERIFY(Base64::decode("", &out));
    QVERIFY(out.empty());
}

QTEST_APPLESS_MAIN(Base64Test)
#include "Base64Test.moc"
