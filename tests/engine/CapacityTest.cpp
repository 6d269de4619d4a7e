// Token buckets, throttling at the exact per-partition ceilings, burst and
// adaptive capacity, the throttling error and switch, metrics aggregation and
// hot keys, all with an injected clock.
#include "EngineTestSupport.h"
#include "capacity/CapacityTracker.h"
#include "capacity/SpaceSaving.h"
#include "capacity/TokenBucket.h"

using namespace dynoscope;
using namespace dynoscope::test;
using capacity::Access;
using capacity::CapacityTracker;

namespace {

TableInfo provisionedTable(std::int64_t id, double rcu, double wcu)
{
    TableInfo t;
    t.name = "T";
    t.id = id;
    t.hashKey = {"pk", AttributeValue::Type::S};
    t.description = {{"ProvisionedThroughput", {{"ReadCapacityUnits", rcu}, {"WriteCapacityUnits", wcu}}}};
    return t;
}

// True when the write was served, false when throttled.
bool write(CapacityTracker& tracker, const TableInfo& table, std::int64_t hash, double units, std::int64_t now)
{
    try {
        tracker.charge(Access{&table, nullptr, hash, nullptr, nullptr, units, true, 0}, now, nullptr);
        return true;
    } catch (const Error& e) {
        if (e.code() != Error::Code::ProvisionedThroughputExceeded)
            throw;
        return false;
    }
}

Result dynoscopeCall(Engine& engine, const std::string& op, const std::string& json)
{
    return engine.execute(Api::Dynoscope, op, json);
}

boost::json::object dynoscopeOk(Engine& engine, const std::string& op, const std::string& json)
{
    const Result r = dynoscopeCall(engine, op, json);
    if (!r.ok())
        qFatal("%s failed: %s", op.c_str(), r.error->message().c_str());
    return boost::json::parse(r.body).as_object();
}

} // namespace

class CapacityTest : public QObject {
    Q_OBJECT
private slots:
    void tokenBucketRefillsUpToItsBurst();
    void throttlesAtThePartitionWriteCeiling();
    void burstCapacityLastsThreeHundredSeconds();
    void adaptiveCapacityLendsUnusedThroughput();
    void onDemandOnlyCounts();
    void throttledPutItemFailsBeforeWriting();
    void globalIndexHasItsOwnThroughput();
    void metricsAggregateBySecondAndMinute();
    void hotKeys();
    void spaceSavingKeepsTheHeavyHitters();
};

#ifndef Q_MOC_RUN
void CapacityTest::tokenBucketRefillsUpToItsBurst()
{
    capacity::TokenBucket b;
    b.configure(10, 300, 0);
    QCOMPARE(b.available(0), 3000.0); // a new bucket starts full
    b.take(3000);
    QCOMPARE(b.available(500), 5.0);
    QCOMPARE(b.available(1000'000), 3000.0);
    b.configure(1, 300, 1000'000); // a lower rate clamps the tokens
    QCOMPARE(b.available(1000'000), 300.0);
}

void CapacityTest::throttlesAtThePartitionWriteCeiling()
{
    CapacityTracker tracker(std::int64_t(10) << 30);
    const TableInfo table = provisionedTable(1, 0, 1000); // one partition, 300,000 WCU of burst
    QCOMPARE(tracker.partitions(table, 0).activeCount(), 1);
    for (int i = 0; i < 1000; ++i)
        QVERIFY(write(tracker, table, 0, 1, 0));
    QVERIFY(!write(tracker, table, 0, 1, 0)); // the 1,001st WCU in one second
    QVERIFY(write(tracker, table, 0, 1, 1));  // a millisecond refills one unit
    QVERIFY(!write(tracker, table, 0, 1, 1));
    QVERIFY(write(tracker, table, 0, 1000, 1001));
    QVERIFY(!write(tracker, table, 0, 1000.5, 3000)); // larger than the ceiling: never served
}

void CapacityTest::burstCapacityLastsThreeHundredSeconds()
{
    CapacityTracker tracker(std::int64_t(10) << 30);
    const TableInfo table = provisionedTable(1, 5, 10);
    // 3,000 WCU of burst (300 s x 10) plus 10 WCU per second.
    QVERIFY(write(tracker, table, 0, 1000, 0));
    QVERIFY(write(tracker, table, 0, 1000, 1000));
    QVERIFY(write(tracker, table, 0, 1000, 2000));
    QVERIFY(!write(tracker, table, 0, 1000, 3000));
    QVERIFY(write(tracker, table, 0, 30, 3000)); // exactly what is left
    QVERIFY(!write(tracker, table, 0, 1, 3000));
    // Idle for longer than 300 s: the burst is capped at 3,000 again.
    QVERIFY(write(tracker, table, 0, 1000, 1000'000));
    QVERIFY(write(tracker, table, 0, 1000, 1001'000));
    QVERIFY(write(tracker, table, 0, 1000, 1002'000));
    QVERIFY(!write(tracker, table, 0, 31, 1003'000));
}

void CapacityTest::adaptiveCapacityLendsUnusedThroughput()
{
    CapacityTracker tracker(std::int64_t(10) << 30);
    const TableInfo table = provisionedTable(1, 5, 1500); // two partitions of 750 WCU
    const auto map = tracker.partitions(table, 0);
    QCOMPARE(map.activeCount(), 2);
    const std::int64_t a = map.active()[0]->rangeStart, b = map.active()[1]->rangeStart;
    // Partition a uses 1,000 WCU a second for an hour: its own 750 plus its
    // burst would run out after 900 s; b's unused capacity carries it.
    for (int s = 0; s < 3600; ++s)
        QVERIFY(write(tracker, table, a, 1000, s * 1000));
    QVERIFY(!write(tracker, table, a, 1, 3599 * 1000)); // still no more than the partition's ceiling
    QVERIFY(write(tracker, table, b, 1000, 3599 * 1000)); // b refilled what it lent
}

void CapacityTest::onDemandOnlyCounts()
{
    CapacityTracker tracker(std::int64_t(10) << 30);
    TableInfo table = provisionedTable(1, 0, 0);
    table.description = {{"BillingModeSummary", {{"BillingMode", "PAY_PER_REQUEST"}}},
                         {"ProvisionedThroughput", {{"ReadCapacityUnits", 0}, {"WriteCapacityUnits", 0}}}};
    for (int i = 0; i < 5; ++i)
        QVERIFY(write(tracker, table, 0, 1000, 0));
    QVERIFY(!tracker.throttling(table));
}

void CapacityTest::throttledPutItemFailsBeforeWriting()
{
    std::int64_t now = 1'700'000'000'000;
    auto engine = memoryEngine([&] { return now; });
    ok(*engine, "CreateTable",
       R"({"TableName":"Prov","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],)"
       R"("AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],)"
       R"("ProvisionedThroughput":{"ReadCapacityUnits":1,"WriteCapacityUnits":1}})");
    // 1 WCU a second keeps 300 WCU of burst: 300 one-unit writes, then throttling.
    for (int i = 0; i < 300; ++i)
        ok(*engine, "PutItem", R"({"TableName":"Prov","Item":{"pk":{"S":"k)" + std::to_string(i) + R"("}}})");
    QCOMPARE(fails(*engine, "PutItem", R"({"TableName":"Prov","Item":{"pk":{"S":"late"}}})"),
             QString("ProvisionedThroughputExceededException: The level of configured provisioned throughput for the "
                     "table was exceeded. Consider increasing your provisioning level with the UpdateTable API."));
    QVERIFY(!ok(*engine, "GetItem", R"({"TableName":"Prov","Key":{"pk":{"S":"late"}},"ConsistentRead":true})")
                 .contains("Item"));
    QCOMPARE(dynoscopeOk(*engine, "DescribePartitions", R"({"TableName":"Prov"})").at("ThrottlingEnabled"), true);

    // Switched off, the table serves everything and still counts.
    QCOMPARE(dynoscopeOk(*engine, "SetThrottling", R"({"TableName":"Prov","Enabled":false})").at("ThrottlingEnabled"),
             false);
    ok(*engine, "PutItem", R"({"TableName":"Prov","Item":{"pk":{"S":"late"}}})");
    QCOMPARE(dynoscopeOk(*engine, "SetThrottling", R"({"TableName":"Prov","Enabled":true})").at("ThrottlingEnabled"),
             true);
    QVERIFY(fails(*engine, "PutItem", R"({"TableName":"Prov","Item":{"pk":{"S":"later"}}})")
                .startsWith("ProvisionedThroughputExceededException"));
    now += 1000; // one more second, one more unit
    ok(*engine, "PutItem", R"({"TableName":"Prov","Item":{"pk":{"S":"later"}}})");
}

void CapacityTest::globalIndexHasItsOwnThroughput()
{
    std::int64_t now = 1'700'000'000'000;
    auto engine = memoryEngine([&] { return now; });
    ok(*engine, "CreateTable",
       R"({"TableName":"Gsi","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],)"
       R"("AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"g","AttributeType":"S"}],)"
       R"("ProvisionedThroughput":{"ReadCapacityUnits":1000,"WriteCapacityUnits":1000},)"
       R"("GlobalSecondaryIndexes":[{"IndexName":"byG","KeySchema":[{"AttributeName":"g","KeyType":"HASH"}],)"
       R"("Projection":{"ProjectionType":"ALL"},"ProvisionedThroughput":{"ReadCapacityUnits":1,"WriteCapacityUnits":1}}]})");
    const QString gsiThrottled =
        "ProvisionedThroughputExceededException: The level of configured provisioned throughput for one or more "
        "global secondary indexes of the table was exceeded. Consider increasing your provisioning level for the "
        "under-provisioned global secondary indexes with the UpdateTable API";
    // The GSI's 1 WCU keeps 300 units of burst; the table has plenty.
    int served = 0;
    for (; served < 400; ++served) {
        const Result r = engine->execute(
            "PutItem", R"({"TableName":"Gsi","Item":{"pk":{"S":"k)" + std::to_string(served) + R"("},"g":{"S":"x"}}})");
        if (!r.ok()) {
            QCOMPARE(QString::fromStdString(std::string(r.error->name()) + ": " + r.error->message()), gsiThrottled);
            break;
        }
    }
    QCOMPARE(served, 300);
    // Back-pressure: the throttled write did not happen; writes the GSI does not see still go through.
    QVERIFY(!ok(*engine, "GetItem", R"({"TableName":"Gsi","Key":{"pk":{"S":"k300"}},"ConsistentRead":true})")
                 .contains("Item"));
    ok(*engine, "PutItem", R"({"TableName":"Gsi","Item":{"pk":{"S":"no-g"}}})");

    // Reads of the GSI use its 1 RCU (300 of burst): an eventually consistent Query of a small item costs 0.5.
    const std::string query = R"({"TableName":"Gsi","IndexName":"byG","KeyConditionExpression":"g = :g",)"
                              R"("ExpressionAttributeValues":{":g":{"S":"y"}}})";
    int queries = 0;
    for (; queries < 1000; ++queries)
        if (!engine->execute("Query", query).ok())
            break;
    QCOMPARE(queries, 600);
    QCOMPARE(fails(*engine, "Query", query), gsiThrottled);
    ok(*engine, "GetItem", R"({"TableName":"Gsi","Key":{"pk":{"S":"k1"}}})"); // the table's reads are unaffected
    now += 2000; // two seconds refill 2 RCU: four more queries
    for (int i = 0; i < 4; ++i)
        ok(*engine, "Query", query);
    QCOMPARE(fails(*engine, "Query", query), gsiThrottled);
}

void CapacityTest::metricsAggregateBySecondAndMinute()
{
    std::int64_t now = 1'700'000'020'000; // 40 s into a minute
    auto engine = memoryEngine([&] { return now; });
    createTable(*engine, "Metrics");
    const std::int64_t t0 = now / 1000;
    for (int s = 0; s < 3; ++s) {
        for (int i = 0; i <= s; ++i)
            ok(*engine, "PutItem", R"({"TableName":"Metrics","Item":{"pk":{"S":"a)" + std::to_string(i) + R"("}}})");
        ok(*engine, "GetItem", R"({"TableName":"Metrics","Key":{"pk":{"S":"a0"}}})"); // 0.5 RCU
        now += 1000;
    }
    const std::string range = R"(,"StartTime":)" + std::to_string(t0) + R"(,"EndTime":)" + std::to_string(t0 + 2) + "}";
    auto writes = dynoscopeOk(*engine, "GetPartitionMetrics",
                              R"({"TableName":"Metrics","Metric":"ConsumedWriteCapacityUnits","Resolution":"SECOND")" +
                                  range);
    QCOMPARE(writes.at("Timestamps").as_array().size(), 3u);
    QCOMPARE(writes.at("Timestamps").as_array()[0].as_int64(), t0);
    const auto& rows = writes.at("Values").as_array();
    double perSecond[3] = {};
    for (int s = 0; s < 3; ++s)
        for (const auto& v : rows[std::size_t(s)].as_array())
            perSecond[s] += v.as_double();
    QCOMPARE(perSecond[0], 1.0);
    QCOMPARE(perSecond[1], 2.0);
    QCOMPARE(perSecond[2], 3.0);
    QCOMPARE(writes.at("Partitions").as_array().size(), rows[0].as_array().size());

    auto reads = dynoscopeOk(*engine, "GetPartitionMetrics",
                             R"({"TableName":"Metrics","Metric":"ConsumedReadCapacityUnits","Resolution":"MINUTE")" + range);
    QCOMPARE(reads.at("Timestamps").as_array().size(), 1u);
    QCOMPARE(reads.at("Timestamps").as_array()[0].as_int64(), t0 - 40);
    double total = 0;
    for (const auto& v : reads.at("Values").as_array()[0].as_array())
        total += v.as_double();
    QCOMPARE(total, 1.5);
    auto requests = dynoscopeOk(*engine, "GetPartitionMetrics",
                                R"({"TableName":"Metrics","Metric":"RequestCount","Resolution":"MINUTE")" + range);
    total = 0;
    for (const auto& v : requests.at("Values").as_array()[0].as_array())
        total += v.as_double();
    QCOMPARE(total, 9.0);
    QVERIFY(!dynoscopeCall(*engine, "GetPartitionMetrics", R"({"TableName":"Metrics","Metric":"Bogus"})").ok());
}

void CapacityTest::hotKeys()
{
    std::int64_t now = 1'700'000'000'000;
    auto engine = memoryEngine([&] { return now; });
    createTable(*engine, "Hot");
    for (int i = 0; i < 5; ++i)
        ok(*engine, "GetItem", R"({"TableName":"Hot","Key":{"pk":{"S":"hot"}}})");
    ok(*engine, "GetItem", R"({"TableName":"Hot","Key":{"pk":{"S":"cold"}}})");
    auto keys = dynoscopeOk(*engine, "GetHotKeys", R"({"TableName":"Hot","Limit":1})");
    const auto& accessed = keys.at("MostAccessedPartitionKeys").as_array();
    QCOMPARE(accessed.size(), 1u);
    QCOMPARE(boost::json::serialize(accessed[0].at("Key")), std::string(R"({"pk":{"S":"hot"}})"));
    QCOMPARE(accessed[0].at("Count").as_int64(), 5);
    QCOMPARE(keys.at("MostAccessedItemKeys").as_array().size(), 1u);
    QVERIFY(keys.at("MostThrottledPartitionKeys").as_array().empty());
    // Outside a one-minute window the accesses are forgotten.
    now += 5 * 60'000;
    keys = dynoscopeOk(*engine, "GetHotKeys", R"({"TableName":"Hot","Window":60})");
    QVERIFY(keys.at("MostAccessedPartitionKeys").as_array().empty());
    keys = dynoscopeOk(*engine, "GetHotKeys", R"({"TableName":"Hot","Window":600})");
    QCOMPARE(keys.at("MostAccessedPartitionKeys").as_array().size(), 2u);
}

void CapacityTest::spaceSavingKeepsTheHeavyHitters()
{
    capacity::SpaceSaving s(3);
    for (int round = 0; round < 100; ++round) {
        s.add("heavy");
        s.add("medium", round % 2 == 0 ? 1 : 0);
        s.add("noise" + std::to_string(round));
    }
    const auto top = s.entries();
    QCOMPARE(top.size(), 3u);
    QCOMPARE(top[0].key, std::string("heavy"));
    QCOMPARE(top[0].count, 100);
    QCOMPARE(top[0].error, 0);
    // Counts never underestimate.
    for (const auto& e : top)
        QVERIFY(e.count >= e.error);
}
#endif

QTEST_APPLESS_MAIN(CapacityTest)
#include "CapacityTest.moc"
