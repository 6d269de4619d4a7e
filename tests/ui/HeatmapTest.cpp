// The partition heatmap: grid parsing and colouring, diagnostics, the load
// simulator's mix against the embedded engine, the cost model, and the
// window's live and estimated modes.
#include "connection/EmbeddedConnection.h"
#include "heatmap/CostModel.h"
#include "heatmap/CostPanel.h"
#include "heatmap/HeatmapDiagnostics.h"
#include "heatmap/HeatmapView.h"
#include "heatmap/HeatmapWindow.h"
#include "heatmap/LoadSimulator.h"
#include "heatmap/PartitionKeyHash.h"

#include <dynoscope/Engine.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace dynoscope;
using namespace dynoscope::ui;

class HeatmapTest : public QObject {
    Q_OBJECT
private slots:
    void gridFromMetricsJson();
    void cellColours();
    void hotPartitionFires();
    void diagonalFires();
    void throttlingAndUnevenKeys();
    void exactMix();
    void loadSimulatorSendsTheMix();
    void costEstimate();
    void costPanelUsesTheActiveSpan();
    void windowPollsTheEngine();
    void windowEstimatesWithoutDynoscope();
};

#ifndef Q_MOC_RUN
namespace {

// A grid of partitions x steps whose value is given by f(t, p).
template <typename F>
HeatmapGrid synthetic(int steps, int partitions, F f)
{
    QVector<qint64> timestamps;
    QVector<float> values;
    for (int t = 0; t < steps; ++t) {
        timestamps << 1000 + t;
        for (int p = 0; p < partitions; ++p)
            values << float(f(t, p));
    }
    return HeatmapGrid(timestamps, HeatmapGrid::equalRanges(partitions), values);
}

const char* kMetrics = "{\"TableName\":\"T\",\"Metric\":\"RequestCount\",\"Resolution\":\"SECOND\","
                       "\"Timestamps\":[100,101,102],"
                       "\"Partitions\":[{\"PartitionId\":1,\"RangeStart\":\"0000000000000000\","
                       "\"RangeEnd\":\"7fffffffffffffff\"},{\"PartitionId\":3,\"RangeStart\":\"8000000000000000\","
                       "\"RangeEnd\":\"ffffffffffffffff\"}],"
                       "\"Values\":[[0,4],[2,0],[1,8]]}";

std::shared_ptr<Engine> memoryEngine()
{
    std::string error;
    EngineOptions options;
    options.inMemory = true;
    std::shared_ptr<Engine> engine = Engine::open(options, &error);
    engine->execute(Api::DynamoDB, "CreateTable",
                    "{\"TableName\":\"Load\",\"BillingMode\":\"PAY_PER_REQUEST\","
                    "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
                    "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}]}");
    return engine;
}

// An endpoint without Dynoscope's operations, like AWS or DynamoDB Local.
class PlainConnection : public Connection {
public:
    explicit PlainConnection(Connection& inner) : m_inner(inner) {}
    QString displayName() const override { return QStringLiteral("plain"); }
    bool isEmbedded() const override { return false; }
    void cancel(quint64) override {}

protected:
    void start(quint64 id, WireApi api, const QString& operation, const QByteArray& json) override
    {
        if (api == WireApi::Dynoscope) {
            Reply reply;
            reply.id = id;
            reply.operation = operation;
            reply.request = json;
            reply.errorType = QStringLiteral("UnknownOperationException");
            complete(reply);
            return;
        }
        m_inner.send(operation, json, this, [this, id](const Reply& inner) {
            Reply reply = inner;
            reply.id = id;
            complete(reply);
        });
    }

private:
    Connection& m_inner;
};

} // namespace

void HeatmapTest::gridFromMetricsJson()
{
    const HeatmapGrid grid = HeatmapGrid::fromMetricsJson(kMetrics);
    QCOMPARE(grid.timeCount(), 3);
    QCOMPARE(grid.partitionCount(), 2);
    QCOMPARE(grid.value(2, 1), 8.0f);
    QCOMPARE(grid.value(1, 0), 2.0f);
    QCOMPARE(grid.partition(1).id, 3);
    QCOMPARE(grid.partition(1).rangeStart, 0x8000000000000000ULL);
    QCOMPARE(grid.partitionOf(0x9000000000000000ULL), 1);
    QCOMPARE(grid.maxValue(), 8.0);
    QCOMPARE(grid.partitionTotals(), QVector<double>({3.0, 12.0}));
    HeatmapGrid sized = grid;
    sized.setSizes("{\"Partitions\":[{\"PartitionId\":3,\"ItemCount\":42,\"SizeBytes\":4200}]}");
    QCOMPARE(sized.partition(1).itemCount, 42);
    QCOMPARE(sized.partition(0).itemCount, -1);
}

void HeatmapTest::cellColours()
{
    HeatmapView view;
    view.resize(400, 200);
    view.setGrid(HeatmapGrid::fromMetricsJson(kMetrics));
    QCOMPARE(view.image().size(), QSize(3, 2));
    QCOMPARE(view.cellColor(2, 1), HeatmapView::colorFor(1.0)); // the maximum
    QCOMPARE(view.cellColor(0, 0), HeatmapView::colorFor(0.0)); // zero
    QCOMPARE(view.cellColor(0, 1), HeatmapView::colorFor(0.05 + 0.95 * std::sqrt(0.5)));
    QVERIFY(view.cellColor(0, 1) != view.cellColor(2, 1));
    view.setBrightness(50); // twice as bright: half the maximum saturates
    QCOMPARE(view.cellColor(0, 1), HeatmapView::colorFor(1.0));
    // The plot starts right of the item-count column; its top-left cell is (0, 0).
    QCOMPARE(view.cellAt(QPoint(HeatmapView::kColumnWidth + 6, 2)), QPoint(0, 0));
    QImage shot(view.size(), QImage::Format_RGB32);
    view.render(&shot);
    QCOMPARE(shot.pixel(view.width() - 3, 120) & 0xffffff, HeatmapView::colorFor(1.0) & 0xffffff);
}

void HeatmapTest::hotPartitionFires()
{
    const auto hot = synthetic(60, 4, [](int, int p) { return p == 2 ? 100 : 1; });
    QCOMPARE(HeatmapDiagnostics::hotPartition(hot), 2);
    const auto kinds = HeatmapDiagnostics::diagnose(hot, {});
    QCOMPARE(kinds.size(), 1);
    QCOMPARE(kinds[0].kind, Diagnosis::HotPartition);
    const auto even = synthetic(60, 4, [](int t, int p) { return 10 + (t + p) % 3; });
    QCOMPARE(HeatmapDiagnostics::hotPartition(even), -1);
    QVERIFY(HeatmapDiagnostics::diagnose(even, {}).isEmpty());
}

void HeatmapTest::diagonalFires()
{
    const auto diagonal = synthetic(40, 8, [](int t, int p) { return p == t / 5 ? 50 : 1; });
    QVERIFY(HeatmapDiagnostics::sequentialDiagonal(diagonal));
    QCOMPARE(HeatmapDiagnostics::hotPartition(diagonal), -1);
    QCOMPARE(HeatmapDiagnostics::diagnose(diagonal, {}).value(0).kind, Diagnosis::SequentialKeys);
    const int jumps[] = {0, 5, 2, 7, 1, 6, 3, 4};
    const auto scattered = synthetic(40, 8, [&](int t, int p) { return p == jumps[t / 5] ? 50 : 1; });
    QVERIFY(!HeatmapDiagnostics::sequentialDiagonal(scattered));
    const auto still = synthetic(40, 8, [](int, int p) { return p == 3 ? 50 : 1; });
    QVERIFY(!HeatmapDiagnostics::sequentialDiagonal(still));
}

void HeatmapTest::throttlingAndUnevenKeys()
{
    auto grid = synthetic(10, 4, [](int, int) { return 5; });
    grid.setSizes("{\"Partitions\":[{\"PartitionId\":1,\"ItemCount\":1000,\"SizeBytes\":1},"
                  "{\"PartitionId\":2,\"ItemCount\":10,\"SizeBytes\":1},{\"PartitionId\":3,\"ItemCount\":10,"
                  "\"SizeBytes\":1},{\"PartitionId\":4,\"ItemCount\":10,\"SizeBytes\":1}]}");
    const auto throttles = synthetic(10, 4, [](int t, int p) { return t == 3 && p == 1 ? 3 : 0; });
    const auto found = HeatmapDiagnostics::diagnose(grid, throttles);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].kind, Diagnosis::Throttling);
    QVERIFY(found[0].message.contains(QLatin1String("3 request")));
    QCOMPARE(found[1].kind, Diagnosis::UnevenKeys);
}

void HeatmapTest::exactMix()
{
    int reads = 0;
    for (int i = 0; i < 100; ++i)
        reads += LoadSimulator::isRead(i, 0.3);
    QCOMPARE(reads, 30);
    QVERIFY(!LoadSimulator::isRead(0, 0.0));
    QVERIFY(LoadSimulator::isRead(7, 1.0));
}

void HeatmapTest::loadSimulatorSendsTheMix()
{
    EmbeddedConnection connection(memoryEngine(), QStringLiteral("test"));
    QMap<QString, int> operations;
    connect(&connection, &Connection::replied, this, [&](const Reply& reply) { ++operations[reply.operation]; });
    LoadSimulator simulator(connection);
    QSignalSpy finished(&simulator, &LoadSimulator::finished);
    LoadSettings settings;
    settings.tableName = QStringLiteral("Load");
    settings.readFraction = 0.25;
    settings.rate = 5000;
    settings.distribution = LoadSettings::Zipf;
    settings.keySpace = 50;
    settings.maxRequests = 40;
    simulator.start(settings);
    QVERIFY(finished.wait(10000));
    QCOMPARE(operations.value(QStringLiteral("GetItem")), 10);
    QCOMPARE(operations.value(QStringLiteral("PutItem")), 30);
    QCOMPARE(simulator.stats().succeeded, 40);
    QCOMPARE(simulator.stats().failed, 0);
    QCOMPARE(simulator.progress(), 1.0);
}

void HeatmapTest::costEstimate()
{
    // An hour with 3600 RCU and 360 WCU consumed, peaks 2.2 and 0.1 per second.
    const CostEstimate e = CostModel::estimate(3600, 360, 3600, 2.2, 0.1);
    QCOMPARE(e.onDemandRead, 3600 * 730 / 1e6 * 0.125);
    QCOMPARE(e.onDemandWrite, 360 * 730 / 1e6 * 0.625);
    QCOMPARE(e.provisionedRcu, 3.0);
    QCOMPARE(e.provisionedWcu, 1.0);
    QCOMPARE(e.provisioned(), 3 * 730 * 0.00013 + 730 * 0.00065);
    CostPrices old;
    old.onDemandWritePerMillion = 1.25;
    QCOMPARE(CostModel::estimate(0, 1e6, 730 * 3600, 0, 0, old).onDemandWrite, 1.25);
}

void HeatmapTest::costPanelUsesTheActiveSpan()
{
    // Traffic began 5 s before the end of a 10 s window: the month is extrapolated from those 5 s.
    CostPanel panel;
    panel.setConsumption(synthetic(10, 2, [](int t, int) { return t >= 5 ? 1 : 0; }),
                         synthetic(10, 2, [](int, int) { return 0; }));
    QCOMPARE(panel.estimate().onDemandRead, 10.0 * (730 * 3600 / 5.0) / 1e6 * 0.125);
    QCOMPARE(panel.estimate().provisionedRcu, 2.0);
    QCOMPARE(panel.estimate().onDemandWrite, 0.0);
}

void HeatmapTest::windowPollsTheEngine()
{
    auto engine = memoryEngine();
    for (int i = 0; i < 20; ++i)
        engine->execute(Api::DynamoDB, "PutItem",
                        "{\"TableName\":\"Load\",\"Item\":{\"pk\":{\"S\":\"k" + std::to_string(i) + "\"}}}");
    EmbeddedConnection connection(engine, QStringLiteral("test"));
    HeatmapWindow window(connection, QStringLiteral("Load"));
    window.refresh();
    QTRY_VERIFY(window.view()->grid().timeCount() > 0);
    QVERIFY(!window.isEstimate());
    QVERIFY(window.view()->grid().partitionCount() >= 1);
    qint64 items = 0;
    for (const auto& p : window.view()->grid().partitions())
        items += p.itemCount;
    QCOMPARE(items, 20);
    QVERIFY(window.view()->grid().total() >= 1); // the writes above, as RequestCount
    window.applyMetrics(kMetrics, {}, {});
    QVERIFY(window.bannerText().contains(QLatin1String("Hot partition")));
}

void HeatmapTest::windowEstimatesWithoutDynoscope()
{
    EmbeddedConnection embedded(memoryEngine(), QStringLiteral("test"));
    PlainConnection plain(embedded);
    HeatmapWindow window(plain, QStringLiteral("Load"));
    window.refresh();
    QTRY_VERIFY(window.isEstimate());
    QTRY_VERIFY(window.bannerText().startsWith(QLatin1String("Estimate")));
    QCOMPARE(window.view()->grid().partitionCount(), HeatmapWindow::kEstimateBuckets);
    // The app's own requests land in the bucket of their key's hash.
    const QJsonObject key{{QStringLiteral("S"), QStringLiteral("abc")}};
    const quint64 position = *PartitionKeyHash::ringPosition(key);
    bool replied = false;
    plain.send(QStringLiteral("PutItem"), "{\"TableName\":\"Load\",\"Item\":{\"pk\":{\"S\":\"abc\"}}}", this,
               [&](const Reply&) { replied = true; });
    QTRY_VERIFY(replied);
    window.refresh();
    const HeatmapGrid& grid = window.view()->grid();
    const int bucket = grid.partitionOf(position);
    QVERIFY(bucket >= 0);
    QCOMPARE(grid.partitionTotals()[bucket], 1.0);
    QCOMPARE(grid.total(), 1.0);
}
#endif

QTEST_MAIN(HeatmapTest)
#include "HeatmapTest.moc"
