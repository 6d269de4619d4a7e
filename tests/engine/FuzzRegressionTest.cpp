// Inputs the libFuzzer targets (tests/fuzz) once crashed on, replayed in the
// ordinary test run (and under the asan preset, which sees what they broke).
#include <QTest>

#include "model/ItemCodec.h"

#include <string>

using namespace dynoscope;

class FuzzRegressionTest : public QObject {
    Q_OBJECT

private slots:
    // An unknown type tag nested in a map: appendItemJson named the tag
    // (reading past the table of type names) before rejecting it.
    void itemCodecUnknownTypeTagIsCorruption()
    {
        const QByteArray input = QByteArray::fromBase64("AQUBYgIDAQIDAW4BAHLyzP8BDXAAA2tleQF0A4EBegQ=");
        const std::string_view data(input.constData(), std::size_t(input.size()));
        Item item;
        QVERIFY(!ItemCodec::decodeItem(data, item));
        std::string json = "kept";
        std::size_t size = 0;
        QVERIFY(!ItemCodec::appendItemJson(data, json, &size));
        QCOMPARE(json, std::string("kept"));
    }

    // A map whose entries repeat a name: decodeItem refused it but
    // appendItemJson rendered JSON with duplicate keys.
    void itemCodecRepeatedNameIsCorruption()
    {
        const QByteArray input = QByteArray::fromBase64("AQURAAAAeAAAAABfAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAHh48sz/AXAAi/x+9HoE");
        const std::string_view data(input.constData(), std::size_t(input.size()));
        Item item;
        QVERIFY(!ItemCodec::decodeItem(data, item));
        std::string json = "kept";
        std::size_t size = 0;
        QVERIFY(!ItemCodec::appendItemJson(data, json, &size));
        QCOMPARE(json, std::string("kept"));
    }
};

QTEST_APPLESS_MAIN(FuzzRegressionTest)
#include "FuzzRegressionTest.moc"
