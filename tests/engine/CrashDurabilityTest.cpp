// An acknowledged write survives the death of the process: CrashWriter is
// killed with SIGKILL at random moments and restarted on the same file; in
// the end every key it acknowledged must be there, intact, the table's
// counters must match its items and SQLite must find the file sound.
#include <QtTest>

#include "CrashWriterItem.h"
#include "EngineTestSupport.h"

#include <sqlite3.h>

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace dynoscope;

namespace {

// Parses the whole lines of `output` (keys acknowledged in order from
// *next on), consumes them and advances *next. False on an out-of-order key.
bool takeAcknowledged(QByteArray& output, long long* next)
{
    const qsizetype end = output.lastIndexOf('\n');
    if (end < 0)
        return true;
    const auto lines = output.left(end).split('\n');
    output.remove(0, end + 1);
    for (const auto& line : lines) {
        if (line.toLongLong() != *next || line.isEmpty())
            return false;
        ++*next;
    }
    return true;
}

QString integrityCheck(const QString& path)
{
    sqlite3* db = nullptr;
    QString result;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        result = QString("cannot open: ") + sqlite3_errmsg(db);
    } else {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW)
            result += QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return result;
}

boost::json::value expectedItem(long long n) { return boost::json::parse(test::crashItemJson(n)); }

} // namespace

class CrashDurabilityTest : public QObject {
    Q_OBJECT
private slots:
    void acknowledgedWritesSurviveKill();
};

#ifndef Q_MOC_RUN

void CrashDurabilityTest::acknowledgedWritesSurviveKill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("crash.dynoscope");
    constexpr int kRounds = 6;
    long long next = 0; // keys [0, next) were acknowledged
    for (int round = 0; round < kRounds; ++round) {
        QProcess writer;
        writer.start(CRASH_WRITER_PATH, {path, QString::number(next)});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        QByteArray output;
        // Most rounds die while writing; every third one may die earlier,
        // while opening, recovering the WAL or creating the table.
        if (round % 3 != 2) {
            while (!output.contains('\n')) {
                QVERIFY2(writer.waitForReadyRead(10000), writer.readAllStandardError().constData());
                output += writer.readAllStandardOutput();
            }
        }
        const int delayMs = QRandomGenerator::global()->bounded(10, 80);
        // The writer never ends by itself: this is a bounded wait that keeps
        // draining its output.
        QVERIFY2(!writer.waitForFinished(delayMs), writer.readAllStandardError().constData());
        writer.kill();
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        output += writer.readAllStandardOutput();
        const long long before = next;
        QVERIFY2(takeAcknowledged(output, &next), output.left(200).constData());
        qInfo("round %d: killed after %d ms, %lld writes acknowledged", round + 1, delayMs, next - before);
    }
    QVERIFY(next > 0);

    EngineOptions options;
    options.path = path.toStdString();
    std::string error;
    auto engine = Engine::open(options, &error);
    QVERIFY2(engine, error.c_str());
    const std::string table = test::kCrashTable;
    for (long long n = 0; n < next; ++n) {
        auto got = test::ok(*engine, "GetItem",
                            "{\"TableName\":\"" + table + "\",\"ConsistentRead\":true,\"Key\":{\"pk\":{\"S\":\"" +
                                test::crashKey(n) + "\"}}}");
        QVERIFY2(got.contains("Item"), qPrintable(QString("acknowledged key %1 is missing").arg(n)));
        QVERIFY2(got.at("Item") == expectedItem(n), qPrintable(QString("key %1 differs").arg(n)));
    }

    // Besides the acknowledged keys there may be the one in flight when the
    // last kill came, committed but not yet acknowledged.
    auto scan = test::ok(*engine, "Scan", "{\"TableName\":\"" + table + "\"}");
    QVERIFY(!scan.contains("LastEvaluatedKey"));
    const auto& items = scan.at("Items").as_array();
    for (const auto& item : items) {
        const long long n = std::stoll(std::string(item.at("n").at("N").as_string()));
        QVERIFY2(n >= 0 && n <= next, qPrintable(QString("unexpected key %1").arg(n)));
        QVERIFY(item == expectedItem(n));
    }
    QVERIFY(std::int64_t(items.size()) == next || std::int64_t(items.size()) == next + 1);
    auto described = test::ok(*engine, "DescribeTable", "{\"TableName\":\"" + table + "\"}");
    QCOMPARE(described.at("Table").at("ItemCount").as_int64(), std::int64_t(items.size()));
    engine.reset();

    QCOMPARE(integrityCheck(path), QString("ok"));
    qInfo("%d rounds, %lld acknowledged writes verified (%zu items stored)", kRounds, next, items.size());
}

#endif

QTEST_APPLESS_MAIN(CrashDurabilityTest)
#include "CrashDurabilityTest.moc"
