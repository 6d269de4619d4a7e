// Sha256: the FIPS 180-4 and RFC 4231 test vectors.
#include "server/Sha256.h"

#include <QTest>

#include <string>

using dynoscope::server::Sha256;

namespace {

QString hexOf(const Sha256::Digest& digest)
{
    return QString::fromStdString(Sha256::hex(digest));
}

} // namespace

class Sha256Test : public QObject {
    Q_OBJECT

private slots:
    void fipsVectors_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty") << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("abc") << QByteArray("abc") << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                    << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        QTest::newRow("million a") << QByteArray(1000000, 'a')
                                   << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
    }

    void fipsVectors()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, digest);
        QCOMPARE(hexOf(Sha256::hash({ message.constData(), std::size_t(message.size()) })), digest);
    }

    void incrementalUpdatesMatchOneShot()
    {
        std::string data;
        for (int i = 0; i < 1000; ++i)
            data += char('a' + i % 26);
        const Sha256::Digest expected = Sha256::hash(data);
        for (std::size_t chunk : { 1, 3, 63, 64, 65, 200 }) {
            Sha256 sha;
            for (std::size_t at = 0; at < data.size(); at += chunk)
                sha.update(std::string_view(data).substr(at, chunk));
            QCOMPARE(hexOf(sha.finish()), hexOf(expected));
        }
    }

    void hmacRfc4231()
    {
        // Test case 1: 20-byte key.
        QCOMPARE(hexOf(Sha256::hmac(std::string(20, '\x0b'), "Hi There")),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        // Test case 2: short key.
        QCOMPARE(hexOf(Sha256::hmac("Jefe", "what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        // Test case 6: a key longer than the block is hashed first.
        QCOMPARE(
            hexOf(Sha256::hmac(std::string(131, '\xaa'), "Test Using Larger Than Block-Size Key - Hash Key First")),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }
};

QTEST_APPLESS_MAIN(Sha256Test)
#include "Sha256Test.moc"
