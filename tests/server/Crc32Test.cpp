// Crc32: the checksum the AWS SDKs verify on every response body.
#include "server/Crc32.h"

#include <QTest>

#include <random>
#include <string>

using dynoscope::server::Crc32;

namespace {

// The bit-at-a-time definition, to check the sliced tables against.
std::uint32_t referenceCrc(std::string_view data)
{
    std::uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char byte : data) {
        crc ^= byte;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
    }
    return ~crc;
}

} // namespace

class Crc32Test : public QObject {
    Q_OBJECT

private slots:
    void standardCheckValue() { QCOMPARE(Crc32::compute("123456789"), 0xCBF43926u); }

    void emptyIsZero() { QCOMPARE(Crc32::compute(""), 0u); }

    // Values DynamoDB sends for these bodies, as recorded by dynalite's tests.
    void dynamoDbBodies()
    {
        QCOMPARE(Crc32::compute("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}"), 1368724161u);
        QCOMPARE(Crc32::compute("{\"__type\":\"com.amazon.coral.service#SerializationException\"}"), 3948637019u);
        QCOMPARE(Crc32::compute("<UnknownOperationException/>\n"), 3552371480u);
        QCOMPARE(Crc32::compute("{\"__type\":\"com.amazon.coral.service#MissingAuthenticationTokenException\","
                                "\"message\":\"Request is missing Authentication Token\"}"),
            2088342776u);
    }

    void everyLengthAndAlignmentMatchesTheDefinition()
    {
        std::mt19937 random(42);
        std::string data(300, '\0');
        for (char& c : data)
            c = static_cast<char>(random());
        for (std::size_t offset = 0; offset < 8; ++offset) {
            for (std::size_t length = 0; offset + length <= data.size(); length += 7) {
                const std::string_view slice = std::string_view(data).substr(offset, length);
                QCOMPARE(Crc32::compute(slice), referenceCrc(slice));
            }
        }
    }
};

QTEST_APPLESS_MAIN(Crc32Test)
#include "Crc32Test.moc"
