// The stream viewer and local triggers on an in-memory engine: records of
// every event with their keys and changed attributes, the shard lineage
// across a rollover, filters, JSON Lines export, the live tail and its
// pause, and triggers that get DynamoDB stream events on standard input,
// honour the batch size, and retry a failed batch without skipping records.
#include <QtTest>

#include "connection/EmbeddedConnection.h"
#include "streams/StreamRecordDetail.h"
#include "streams/StreamRecordFilter.h"
#include "streams/StreamRecordModel.h"
#include "streams/StreamShardTree.h"
#include "streams/StreamViewer.h"
#include "streams/TriggerPanel.h"

#include <dynoscope/Engine.h>

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <atomic>

using namespace dynoscope;
using namespace dynoscope::ui;

class StreamViewerTest : public QObject {
    Q_OBJECT
private slots:
    void listsRecordsWithEventsKeysAndChanges();
    void filtersAndExport();
    void liveTailFollowsAndPauses();
    void shardTreeShowsLineageAcrossRollover();
    void triggerGetsLambdaEventsInBatches();
    void failedBatchIsRetriedWithoutSkipping();
    void batchThatFailsEveryAttemptHaltsUntilTheUserDecides();
};

// moc misreads raw string literals: keep them from it.
#ifndef Q_MOC_RUN

namespace {

constexpr int kPollMillis = 20;
constexpr qint64 kStartMillis = 1704164645678;

// The value at a path of member names and array indexes: at(v, "Records/0/eventName").
QJsonValue at(QJsonValue v, const QString& path)
{
    for (const QString& step : path.split(QLatin1Char('/'))) {
        bool index = false;
        const int i = step.toInt(&index);
        v = index ? v.toArray().at(i) : v.toObject().value(step);
    }
    return v;
}

struct Fixture {
    std::shared_ptr<std::atomic<qint64>> now = std::make_shared<std::atomic<qint64>>(kStartMillis);
    std::shared_ptr<Engine> engine;
    EmbeddedConnection* connection = nullptr;

    explicit Fixture(qint64 shardLifetime = 4 * 3600 * 1000)
    {
        EngineOptions options;
        options.inMemory = true;
        options.sweepIntervalMillis = 0;
        options.streamShardLifetimeMillis = shardLifetime;
        options.clock = [now = now] { return now->load(); };
        std::string error;
        engine = Engine::open(options, &error);
        if (!engine)
            qFatal("cannot open an in-memory engine: %s", error.c_str());
        connection = new EmbeddedConnection(engine, QStringLiteral("in-memory"));
        call("CreateTable",
            R"({"TableName":"Music","BillingMode":"PAY_PER_REQUEST",
                "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],
                "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],
                "StreamSpecification":{"StreamEnabled":true,"StreamViewType":"NEW_AND_OLD_IMAGES"}})");
    }
    ~Fixture() { delete connection; }

    QJsonObject call(const char* operation, const std::string& request, Api api = Api::DynamoDB)
    {
        const Result result = engine->execute(api, operation, request);
        if (!result.ok())
            qFatal("%s failed: %s", operation, result.errorBody().c_str());
        return QJsonDocument::fromJson(QByteArray::fromStdString(result.body)).object();
    }

    void put(const std::string& pk, const std::string& extra = "")
    {
        call("PutItem", R"({"TableName":"Music","Item":{"pk":{"S":")" + pk + "\"}" + extra + "}}");
    }

    QString streamArn()
    {
        return at(call("DescribeTable", R"({"TableName":"Music"})"), QStringLiteral("Table/LatestStreamArn"))
            .toString();
    }

    QJsonArray shards()
    {
        const QJsonObject described
            = call("DescribeStream", R"({"StreamArn":")" + streamArn().toStdString() + "\"}", Api::Streams);
        return at(described, QStringLiteral("StreamDescription/Shards")).toArray();
    }

    StreamViewer* viewer()
    {
        auto* v = new StreamViewer(connection, QStringLiteral("Music"));
        v->setPollInterval(kPollMillis);
        return v;
    }
};

QStringList column(const QAbstractItemModel* model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

QTreeWidgetItem* detailRow(StreamRecordDetail* detail, const QString& name)
{
    const auto found = detail->tree()->findItems(name, Qt::MatchExactly, StreamRecordDetail::AttributeColumn);
    return found.isEmpty() ? nullptr : found.first();
}

// Writes four records: INSERT a, MODIFY a (v changed, w added, gone removed), INSERT b, REMOVE b.
void writeFourEvents(Fixture& f)
{
    f.put("a", R"(,"v":{"N":"1"},"gone":{"S":"x"},"same":{"S":"s"})");
    f.call("UpdateItem", R"({"TableName":"Music","Key":{"pk":{"S":"a"}},
        "UpdateExpression":"SET v = :v, w = :w REMOVE gone",
        "ExpressionAttributeValues":{":v":{"N":"2"},":w":{"BOOL":true}}})");
    f.put("b", R"(,"v":{"N":"7"})");
    f.call("DeleteItem", R"({"TableName":"Music","Key":{"pk":{"S":"b"}}})");
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void StreamViewerTest::listsRecordsWithEventsKeysAndChanges()
{
    Fixture f;
    writeFourEvents(f);
    std::unique_ptr<StreamViewer> viewer(f.viewer());
    QTRY_COMPARE(viewer->records()->rowCount(), 4);
    QCOMPARE(viewer->streamArn(), f.streamArn());
    QCOMPARE(column(viewer->records(), StreamRecordModel::EventColumn),
        (QStringList { "INSERT", "MODIFY", "INSERT", "REMOVE" }));
    QCOMPARE(
        column(viewer->records(), StreamRecordModel::KeysColumn), (QStringList { "pk=a", "pk=a", "pk=b", "pk=b" }));
    QCOMPARE(viewer->records()->record(0).time, QDateTime::fromSecsSinceEpoch(kStartMillis / 1000, Qt::UTC));
    QVERIFY(viewer->records()->record(0).sizeBytes > 0);

    // The MODIFY: old and new images side by side, the changes tinted.
    viewer->recordView()->setCurrentIndex(viewer->filter()->index(1, 0));
    StreamRecordDetail* detail = viewer->detail();
    QCOMPARE(detail->tree()->topLevelItemCount(), 5); // pk, gone, same, v, w
    QCOMPARE(detail->tree()->topLevelItem(0)->text(StreamRecordDetail::AttributeColumn), "pk");
    const auto change = [&](const QString& name) {
        return detailRow(detail, name)->data(StreamRecordDetail::AttributeColumn, StreamRecordDetail::ChangeRole);
    };
    QCOMPARE(change("pk").toString(), "");
    QCOMPARE(change("same").toString(), "");
    QCOMPARE(change("v").toString(), "changed");
    QCOMPARE(change("w").toString(), "added");
    QCOMPARE(change("gone").toString(), "removed");
    QCOMPARE(detailRow(detail, "v")->text(StreamRecordDetail::OldColumn), "1");
    QCOMPARE(detailRow(detail, "v")->text(StreamRecordDetail::NewColumn), "2");
    QCOMPARE(detailRow(detail, "gone")->text(StreamRecordDetail::NewColumn), "");
    QVERIFY(detailRow(detail, "v")->background(StreamRecordDetail::NewColumn).style() != Qt::NoBrush);
    QVERIFY(detailRow(detail, "same")->background(StreamRecordDetail::NewColumn).style() == Qt::NoBrush);
    QCOMPARE(detail->summaryLabel()->text(), "1 changed, 1 added, 1 removed");

    // The REMOVE: everything was removed, nothing is new.
    viewer->recordView()->setCurrentIndex(viewer->filter()->index(3, 0));
    QCOMPARE(change("v").toString(), "removed");
    QCOMPARE(detailRow(detail, "v")->text(StreamRecordDetail::OldColumn), "7");
    QCOMPARE(detailRow(detail, "pk")->text(StreamRecordDetail::NewColumn), "");

    // One open shard, the one DescribeStream lists.
    QCOMPARE(viewer->shardTree()->topLevelItemCount(), 1);
    QCOMPARE(viewer->shardTree()->topLevelItem(0)->text(0), at(f.shards(), QStringLiteral("0/ShardId")).toString());
    QCOMPARE(viewer->shardTree()->topLevelItem(0)->text(1), "Open");
}

void StreamViewerTest::filtersAndExport()
{
    Fixture f;
    writeFourEvents(f);
    std::unique_ptr<StreamViewer> viewer(f.viewer());
    QTRY_COMPARE(viewer->records()->rowCount(), 4);

    viewer->eventFilter()->setCurrentIndex(viewer->eventFilter()->findData(QStringLiteral("INSERT")));
    QCOMPARE(column(viewer->filter(), StreamRecordModel::KeysColumn), (QStringList { "pk=a", "pk=b" }));
    viewer->keyFilter()->setText(QStringLiteral("B"));
    QCOMPARE(column(viewer->filter(), StreamRecordModel::KeysColumn), QStringList { "pk=b" });
    viewer->eventFilter()->setCurrentIndex(0);
    QCOMPARE(column(viewer->filter(), StreamRecordModel::EventColumn), (QStringList { "INSERT", "REMOVE" }));

    // The listed records, as GetRecords returned them, one a line.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("records.jsonl"));
    QCOMPARE(viewer->exportRecords(path), QString());
    const QList<QByteArray> lines = readFile(path).split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[2], QByteArray());
    for (int i = 0; i < 2; ++i) {
        QJsonParseError error;
        const QJsonObject record = QJsonDocument::fromJson(lines[i], &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(record, viewer->records()->record(2 + i).json);
        QCOMPARE(at(record, QStringLiteral("dynamodb/Keys/pk/S")).toString(), "b");
    }
    QVERIFY(!viewer->exportRecords(dir.filePath(QStringLiteral("missing/dir/x.jsonl"))).isEmpty());
}

void StreamViewerTest::liveTailFollowsAndPauses()
{
    Fixture f;
    f.put("a");
    std::unique_ptr<StreamViewer> viewer(f.viewer());
    QTRY_COMPARE(viewer->records()->rowCount(), 1);
    QVERIFY(viewer->isLive());
    f.put("b");
    QTRY_COMPARE(viewer->records()->rowCount(), 2);

    viewer->setLive(false);
    QVERIFY(!viewer->isLive());
    f.put("c");
    QTest::qWait(10 * kPollMillis);
    QCOMPARE(viewer->records()->rowCount(), 2);
    viewer->setLive(true);
    QTRY_COMPARE(viewer->records()->rowCount(), 3);
    QCOMPARE(column(viewer->records(), StreamRecordModel::KeysColumn), (QStringList { "pk=a", "pk=b", "pk=c" }));

    // From now: only what is written after.
    viewer->setStartPosition(StreamReader::StartPosition::Latest);
    QTest::qWait(5 * kPollMillis);
    QCOMPARE(viewer->records()->rowCount(), 0);
    f.put("d");
    QTRY_COMPARE(column(viewer->records(), StreamRecordModel::KeysColumn), QStringList { "pk=d" });
}

void StreamViewerTest::shardTreeShowsLineageAcrossRollover()
{
    constexpr qint64 kLifetime = 60 * 1000;
    Fixture f(kLifetime);
    f.put("1");
    std::unique_ptr<StreamViewer> viewer(f.viewer());
    QTRY_COMPARE(viewer->records()->rowCount(), 1);
    *f.now += kLifetime;
    f.put("2"); // rolls the shard over
    *f.now += kLifetime;
    f.put("3");
    const QJsonArray shards = f.shards();
    QCOMPARE(shards.size(), 3);

    // The tail reads the closed shard to its end, then its child.
    QTRY_COMPARE(column(viewer->records(), StreamRecordModel::KeysColumn), (QStringList { "pk=1", "pk=2", "pk=3" }));
    QCOMPARE(viewer->records()->record(2).shardId, at(shards, QStringLiteral("2/ShardId")).toString());
    QTRY_COMPARE(viewer->shardTree()->topLevelItemCount(), 1);
    QTreeWidgetItem* root = viewer->shardTree()->topLevelItem(0);
    QCOMPARE(root->text(0), at(shards, QStringLiteral("0/ShardId")).toString());
    QCOMPARE(root->text(1), "Closed");
    QCOMPARE(root->childCount(), 1);
    QCOMPARE(root->child(0)->text(0), at(shards, QStringLiteral("1/ShardId")).toString());
    QCOMPARE(root->child(0)->childCount(), 1);
    QCOMPARE(root->child(0)->child(0)->text(0), at(shards, QStringLiteral("2/ShardId")).toString());
    QCOMPARE(root->child(0)->child(0)->text(1), "Open");
}

void StreamViewerTest::triggerGetsLambdaEventsInBatches()
{
    Fixture f;
    f.put("a");
    f.put("b");
    f.put("c");
    std::unique_ptr<StreamViewer> viewer(f.viewer());
    QTRY_VERIFY(!viewer->streamArn().isEmpty());
    QTemporaryDir dir;
    TriggerConfig config;
    config.name = QStringLiteral("capture");
    config.program = QStringLiteral("/bin/sh");
    // Each batch in its own file, named after the run.
    config.arguments = QStringList { QStringLiteral("-c"),
        QStringLiteral("n=$(ls | wc -l); cat > batch$n.json; echo ok $n; echo note >&2") };
    config.workingDirectory = dir.path();
    config.batchSize = 2;
    config.startPosition = StreamReader::StartPosition::TrimHorizon;
    TriggerRunner* runner = viewer->triggers()->addTrigger(config);
    QTRY_COMPARE(runner->deliveredCount(), 3);
    QCOMPARE(runner->invocations().size(), 2);
    const TriggerInvocation& first = runner->invocations().at(0);
    QVERIFY(first.succeeded());
    QCOMPARE(first.statusText(), "exit 0");
    QCOMPARE(first.recordCount, 2);
    QCOMPARE(first.standardOutput, "ok 0\n");
    QCOMPARE(first.standardError, "note\n");
    QVERIFY(first.durationMillis >= 0);
    QCOMPARE(runner->invocations().at(1).recordCount, 1);

    QStringList keys;
    for (const QString& name : { QStringLiteral("batch0.json"), QStringLiteral("batch1.json") }) {
        const QJsonObject event = QJsonDocument::fromJson(readFile(dir.filePath(name))).object();
        for (const QJsonValue& v : event["Records"].toArray()) {
            const QJsonObject record = v.toObject();
            QCOMPARE(record["eventSourceARN"].toString(), f.streamArn());
            QCOMPARE(record["eventName"].toString(), "INSERT");
            QCOMPARE(record["eventSource"].toString(), "aws:dynamodb");
            QCOMPARE(record["eventVersion"].toString(), "1.1");
            QCOMPARE(record["awsRegion"].toString(), "us-east-1");
            QCOMPARE(record["eventID"].toString().size(), 32);
            QCOMPARE(at(record, QStringLiteral("dynamodb/StreamViewType")).toString(), "NEW_AND_OLD_IMAGES");
            keys << at(record, QStringLiteral("dynamodb/Keys/pk/S")).toString();
        }
    }
    QCOMPARE(keys, (QStringList { "a", "b", "c" }));

    // The panel lists the runs with their status.
    QTreeWidget* runs = viewer->triggers()->invocationList();
    QCOMPARE(runs->topLevelItemCount(), 2);
    QCOMPARE(runs->topLevelItem(0)->text(3), "exit 0");
    QCOMPARE(viewer->triggers()->triggerList()->topLevelItem(0)->text(3), "3");
}

void StreamViewerTest::failedBatchIsRetriedWithoutSkipping()
{
    Fixture f;
    f.put("a");
    f.put("b");
    std::unique_ptr<StreamViewer> viewer(f.viewer());
    QTRY_VERIFY(!viewer->streamArn().isEmpty());
    QTemporaryDir dir;
    TriggerConfig config;
    config.program = QStringLiteral("/bin/sh");
    // Fails the first time it runs, then appends every batch to out.jsonl.
    config.arguments = QStringList { QStringLiteral("-c"),
        QStringLiteral("if [ -f marker ]; then cat >> out.jsonl; echo >> out.jsonl; "
                       "else touch marker; echo failing >&2; exit 3; fi") };
    config.workingDirectory = dir.path();
    config.batchSize = 10;
    config.startPosition = StreamReader::StartPosition::TrimHorizon;
    config.maxAttempts = 3;
    config.retryDelayMillis = 10;
    TriggerRunner* runner = viewer->triggers()->addTrigger(config);
    QTRY_COMPARE(runner->deliveredCount(), 2);
    QCOMPARE(runner->invocations().size(), 2);
    const TriggerInvocation failed = runner->invocations().at(0);
    const TriggerInvocation retried = runner->invocations().at(1);
    QCOMPARE(failed.statusText(), "exit 3");
    QCOMPARE(failed.exitCode, 3);
    QVERIFY(!failed.succeeded());
    QCOMPARE(failed.standardError, "failing\n");
    QCOMPARE(failed.attempt, 1);
    QCOMPARE(retried.attempt, 2);
    QVERIFY(retried.succeeded());
    // The same records again.
    QCOMPARE(retried.recordCount, failed.recordCount);
    QCOMPARE(retried.firstSequenceNumber, failed.firstSequenceNumber);
    QCOMPARE(retried.lastSequenceNumber, failed.lastSequenceNumber);

    f.put("c");
    QTRY_COMPARE(runner->deliveredCount(), 3);
    QStringList keys;
    for (const QByteArray& line : readFile(dir.filePath(QStringLiteral("out.jsonl"))).split('\n'))
        for (const QJsonValue& v : at(QJsonDocument::fromJson(line).object(), QStringLiteral("Records")).toArray())
            keys << at(v, QStringLiteral("dynamodb/Keys/pk/S")).toString();
    QCOMPARE(keys, (QStringList { "a", "b", "c" }));
    QCOMPARE(runner->skippedCount(), 0);
}

void StreamViewerTest::batchThatFailsEveryAttemptHaltsUntilTheUserDecides()
{
    Fixture f;
    f.put("a");
    std::unique_ptr<StreamViewer> viewer(f.viewer());
    QTRY_VERIFY(!viewer->streamArn().isEmpty());
    QTemporaryDir dir;
    TriggerConfig config;
    config.program = QStringLiteral("/bin/sh");
    // Fails until a file "ok" exists; records what it delivered.
    config.arguments = QStringList { QStringLiteral("-c"),
        QStringLiteral("[ -f ok ] || exit 3; cat >> out.jsonl; echo >> out.jsonl") };
    config.workingDirectory = dir.path();
    config.startPosition = StreamReader::StartPosition::TrimHorizon;
    config.maxAttempts = 2;
    config.retryDelayMillis = 5;
    TriggerRunner* runner = viewer->triggers()->addTrigger(config);
    QTRY_COMPARE(runner->state(), TriggerRunner::State::Halted);
    QCOMPARE(runner->invocations().size(), 2);
    f.put("b");
    QTest::qWait(10 * kPollMillis);
    QCOMPARE(runner->invocations().size(), 2); // nothing runs past the failed batch
    QCOMPARE(runner->deliveredCount(), 0);

    // Skipping drops only the failed batch; the next one runs.
    runner->skipBatch();
    QCOMPARE(runner->skippedCount(), 1);
    QTRY_COMPARE(runner->state(), TriggerRunner::State::Halted);
    QCOMPARE(runner->invocations().size(), 4);
    QFile(dir.filePath(QStringLiteral("ok"))).open(QIODevice::WriteOnly);
    runner->retryNow();
    QTRY_COMPARE(runner->deliveredCount(), 1);
    QCOMPARE(runner->invocations().last().attempt, 1);
    const QJsonObject event
        = QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("out.jsonl"))).split('\n').at(0)).object();
    QCOMPARE(at(event, QStringLiteral("Records/0/dynamodb/Keys/pk/S")).toString(), "b");

    // Pause and resume.
    runner->pause();
    QCOMPARE(runner->state(), TriggerRunner::State::Paused);
    f.put("c");
    QTest::qWait(10 * kPollMillis);
    QCOMPARE(runner->deliveredCount(), 1);
    runner->resume();
    QTRY_COMPARE(runner->deliveredCount(), 2);
}

#endif // Q_MOC_RUN

QTEST_MAIN(StreamViewerTest)
#include "StreamViewerTest.moc"
