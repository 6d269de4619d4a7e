// The simulated partition map: the initial count, the hash ring split in
// contiguous ranges, splits for size and for heat, and their persistence.
#include "EngineTestSupport.h"
#include "capacity/CapacityTracker.h"
#include "capacity/PartitionMap.h"
#include "ops/ItemKeys.h"

#include <QTemporaryDir>

#include <limits>

using namespace dynoscope;
using namespace dynoscope::test;
using capacity::PartitionMap;

class PartitionTest : public QObject {
    Q_OBJECT
private slots:
    void initialCount();
    void rangesCoverTheRing();
    void splitHalvesARange();
    void splitAtAChosenHash();
    void hotPartitionSplits();
    void sizeSplitDividesTheData();
    void largePartitionSplitsAndPersists();
};

#ifndef Q_MOC_RUN
void PartitionTest::initialCount()
{
    const std::int64_t gb = std::int64_t(10) << 30;
    QCOMPARE(PartitionMap::initialCount(0, 0, 0, gb), 1);
    QCOMPARE(PartitionMap::initialCount(3000, 0, 0, gb), 1);
    QCOMPARE(PartitionMap::initialCount(3000, 1, 0, gb), 2);
    QCOMPARE(PartitionMap::initialCount(1000, 2500, 0, gb), 3);
    QCOMPARE(PartitionMap::initialCount(5, 5, 25 * (std::int64_t(1) << 30), gb), 3);
}

void PartitionTest::rangesCoverTheRing()
{
    const auto map = PartitionMap::initial(3, 7);
    const auto active = map.active();
    QCOMPARE(active.size(), 3u);
    QCOMPARE(active.front()->rangeStart, std::numeric_limits<std::int64_t>::min());
    QCOMPARE(active.back()->rangeEnd, std::numeric_limits<std::int64_t>::max());
    for (std::size_t i = 1; i < active.size(); ++i)
        QCOMPARE(active[i]->rangeStart, active[i - 1]->rangeEnd + 1);
    QCOMPARE(map.partitionOf(0).id, active[1]->id);
    QCOMPARE(active[0]->createdAt, 7);
}

void PartitionTest::splitHalvesARange()
{
    auto map = PartitionMap::initial(1, 0);
    QVERIFY(map.split(1, 1000, "Size"));
    const auto active = map.active();
    QCOMPARE(active.size(), 2u);
    QCOMPARE(active[0]->rangeEnd, std::int64_t(-1));
    QCOMPARE(active[1]->rangeStart, std::int64_t(0));
    QCOMPARE(active[0]->parentId, 1);
    QCOMPARE(map.find(1)->retiredAt, 1000);
    QVERIFY(!map.split(1, 2000, "Size")); // retired
}

void PartitionTest::splitAtAChosenHash()
{
    auto map = PartitionMap::initial(1, 0);
    QVERIFY(map.split(1, 1000, "Heat", std::int64_t(12345)));
    QCOMPARE(map.active()[0]->rangeEnd, std::int64_t(12345));
    QCOMPARE(map.active()[1]->rangeStart, std::int64_t(12346));
    // At the very end of a range: the last hash gets a partition of its own.
    const std::int64_t last = map.active()[1]->rangeEnd;
    QVERIFY(map.split(map.active()[1]->id, 2000, "Heat", last));
    QCOMPARE(map.active()[2]->rangeStart, last);
    QCOMPARE(map.active()[2]->rangeEnd, last);
    // Outside the range: the middle.
    QVERIFY(map.split(map.active()[0]->id, 3000, "Heat", std::numeric_limits<std::int64_t>::max()));
    QCOMPARE(map.active().size(), 4u);
}

void PartitionTest::hotPartitionSplits()
{
    capacity::CapacityTracker tracker(std::int64_t(10) << 30);
    TableInfo table;
    table.name = "Hot";
    table.id = 1;
    table.description = {{"BillingModeSummary", {{"BillingMode", "PAY_PER_REQUEST"}}}};
    const auto write = [&](double units, std::int64_t now) {
        tracker.charge({&table, nullptr, 42, nullptr, nullptr, units, true, 0}, now, nullptr);
    };
    // Half the write ceiling every second: hot. A cool second resets the streak.
    for (int s = 0; s < 30; ++s)
        write(500, s * 1000);
    write(10, 30'000);
    for (int s = 31; s < 31 + capacity::CapacityTracker::kHeatSplitSeconds; ++s)
        write(500, s * 1000);
    QCOMPARE(tracker.partitions(table, 0).activeCount(), 1);
    write(1, (31 + capacity::CapacityTracker::kHeatSplitSeconds) * 1000);
    const auto map = tracker.partitions(table, 0);
    QCOMPARE(map.activeCount(), 2);
    QCOMPARE(map.all().back().reason, std::string("Heat"));
    // Every access was to hash 42: the split isolates it at the cut.
    QCOMPARE(map.active()[0]->rangeEnd, std::int64_t(42));
}

void PartitionTest::sizeSplitDividesTheData()
{
    EngineOptions options;
    options.inMemory = true;
    options.sweepIntervalMillis = 0;
    options.partitionSizeLimitBytes = 64 * 1024;
    std::string error;
    auto engine = Engine::open(options, &error);
    QVERIFY(engine);
    createTable(*engine, "Skewed");
    // Keys whose hashes all fall in the top quarter of the ring: a split in
    // the middle of the ring would leave one child empty and the other full.
    const std::string filler(1000, 'x');
    int written = 0;
    for (int i = 0; written < 70; ++i) {
        const std::string pk = "k" + std::to_string(i);
        if (ops::storedHash(AttributeValue::string(pk)) < (std::int64_t(1) << 62))
            continue;
        ++written;
        ok(*engine, "PutItem", R"({"TableName":"Skewed","Item":{"pk":{"S":")" + pk + R"("},"v":{"S":")" + filler
                                   + R"("}}})");
    }
    const auto d = boost::json::parse(engine->execute(Api::Dynoscope, "DescribePartitions",
                                                      R"({"TableName":"Skewed"})").body).as_object();
    const auto& partitions = d.at("Partitions").as_array();
    QCOMPARE(partitions.size(), 2u);
    for (const auto& p : partitions)
        QVERIFY2(p.at("ItemCount").as_int64() >= 30, json(p).c_str());
}

void PartitionTest::largePartitionSplitsAndPersists()
{
    QTemporaryDir dir;
    EngineOptions options;
    options.path = dir.filePath("db.sqlite").toStdString();
    options.sweepIntervalMillis = 0;
    options.partitionSizeLimitBytes = 64 * 1024;
    std::int64_t now = 1'700'000'000'000;
    options.clock = [&] { return now; };
    std::string error;
    {
        auto engine = Engine::open(options, &error);
        QVERIFY(engine);
        createTable(*engine, "Big");
        const std::string filler(1000, 'x');
        for (int i = 0; i < 100; ++i)
            ok(*engine, "PutItem",
               R"({"TableName":"Big","Item":{"pk":{"S":"k)" + std::to_string(i) + R"("},"v":{"S":")" + filler +
                   R"("}}})");
        const auto d = boost::json::parse(engine->execute(Api::Dynoscope, "DescribePartitions",
                                                          R"({"TableName":"Big"})").body).as_object();
        const auto& partitions = d.at("Partitions").as_array();
        QVERIFY(partitions.size() >= 2);
        std::int64_t items = 0;
        for (const auto& p : partitions) {
            items += p.at("ItemCount").as_int64();
            QVERIFY(p.at("SizeBytes").as_int64() <= options.partitionSizeLimitBytes + 2000);
        }
        QCOMPARE(items, 100);
        QCOMPARE(d.at("SplitHistory").as_array()[0].at("Reason").as_string(), "Size");
        QCOMPARE(d.at("SplitHistory").as_array()[0].at("ChildPartitionIds").as_array().size(), 2u);
    }
    auto reopened = Engine::open(options, &error);
    QVERIFY(reopened);
    const auto d = boost::json::parse(reopened->execute(Api::Dynoscope, "DescribePartitions",
                                                        R"({"TableName":"Big"})").body).as_object();
    QVERIFY(d.at("Partitions").as_array().size() >= 2);
    QVERIFY(!d.at("SplitHistory").as_array().empty());
    QCOMPARE(d.at("ThrottlingEnabled"), false); // on-demand
}
#endif

QTEST_APPLESS_MAIN(PartitionTest)
#include "PartitionTest.moc"
