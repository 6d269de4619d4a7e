// Batches and transactions on a throttled provisioned table: throttled batch
// items come back unprocessed (the whole batch fails only when none could be
// served), throttled transactions cancel with a ProvisionedThroughputExceeded
// reason, and items held by a transaction in flight stay unprocessed. All with
// an injected clock, so the token buckets are exact.
#include "EngineTestSupport.h"

#include <set>

using namespace dynoscope;
using namespace dynoscope::test;

namespace {

constexpr std::int64_t kStart = 1'700'000'000'000;

// A table of 1 RCU and 1 WCU: 300 units of burst each, then one unit a second.
std::unique_ptr<Engine> provisionedEngine(std::int64_t* now)
{
    auto engine = memoryEngine([now] { return *now; });
    ok(*engine, "CreateTable",
       R"({"TableName":"Prov","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],)"
       R"("AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],)"
       R"("ProvisionedThroughput":{"ReadCapacityUnits":1,"WriteCapacityUnits":1}})");
    return engine;
}

// Uses up the write burst with one-unit puts until the table throttles.
void exhaustWrites(Engine& engine)
{
    for (int i = 0; i < 1000; ++i) {
        const Result r = engine.execute(
            "PutItem", R"({"TableName":"Prov","Item":{"pk":{"S":"burst)" + std::to_string(i) + R"("}}})");
        if (!r.ok()) {
            QCOMPARE(std::string(r.error->name()), std::string("ProvisionedThroughputExceededException"));
            return;
        }
    }
    QFAIL("the table never throttled");
}

void exhaustReads(Engine& engine)
{
    put(engine, "Prov", "read");
    for (int i = 0; i < 2000; ++i) {
        const Result r = engine.execute("GetItem", R"({"TableName":"Prov","Key":{"pk":{"S":"read"}}})");
        if (!r.ok())
            return;
    }
    QFAIL("reads never throttled");
}

std::string putRequests(int first, int count)
{
    std::string list;
    for (int i = first; i < first + count; ++i)
        list += (list.empty() ? "" : ",") + std::string(R"({"PutRequest":{"Item":{"pk":{"S":"b)") + std::to_string(i)
                + R"("}}}})";
    return R"({"RequestItems":{"Prov":[)" + list + "]}}";
}

bool exists(Engine& engine, const std::string& pk)
{
    return ok(engine, "GetItem", R"({"TableName":"Prov","Key":)" + key(pk) + R"(,"ConsistentRead":true})")
        .contains("Item");
}

} // namespace

class BatchThrottlingTest : public QObject {
    Q_OBJECT
private slots:
    void batchWriteFailsWhenNothingCanBeWritten();
    void batchWriteLeavesThrottledItemsUnprocessed();
    void batchGetLeavesThrottledKeysUnprocessed();
    void transactWriteCancelsWhenThrottled();
    void transactGetCancelsWhenThrottled();
    void batchWriteLeavesHeldItemsUnprocessed();
};

#ifndef Q_MOC_RUN
void BatchThrottlingTest::batchWriteFailsWhenNothingCanBeWritten()
{
    std::int64_t now = kStart;
    auto engine = provisionedEngine(&now);
    exhaustWrites(*engine);
    QVERIFY(fails(*engine, "BatchWriteItem", putRequests(0, 3)).startsWith("ProvisionedThroughputExceededException"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(!exists(*engine, "b" + std::to_string(i)));
}

void BatchThrottlingTest::batchWriteLeavesThrottledItemsUnprocessed()
{
    std::int64_t now = kStart;
    auto engine = provisionedEngine(&now);
    exhaustWrites(*engine);
    now += 3000; // three seconds refill three write units
    const auto response = ok(*engine, "BatchWriteItem", putRequests(0, 8));
    const auto& unprocessed = response.at("UnprocessedItems").as_object();
    QVERIFY(unprocessed.contains("Prov"));
    const auto& left = unprocessed.at("Prov").as_array();
    QVERIFY(!left.empty());
    QVERIFY(left.size() < 8);
    // Unprocessed requests come back as sent, and are exactly the ones not written.
    std::set<std::string> leftKeys;
    for (const auto& request : left)
        leftKeys.insert(std::string(request.at("PutRequest").at("Item").at("pk").at("S").as_string()));
    for (int i = 0; i < 8; ++i) {
        const std::string pk = "b" + std::to_string(i);
        QCOMPARE(exists(*engine, pk), !leftKeys.contains(pk));
    }
}

void BatchThrottlingTest::batchGetLeavesThrottledKeysUnprocessed()
{
    std::int64_t now = kStart;
    auto engine = provisionedEngine(&now);
    put(*engine, "Prov", "a");
    put(*engine, "Prov", "b");
    put(*engine, "Prov", "c");
    exhaustReads(*engine);
    const std::string request =
        R"({"RequestItems":{"Prov":{"ConsistentRead":true,"Keys":[)" + key("a") + "," + key("b") + "," + key("c") + "]}}}";
    QVERIFY(fails(*engine, "BatchGetItem", request).startsWith("ProvisionedThroughputExceededException"));

    now += 2000; // two read units: two strongly consistent reads of a small item
    const auto response = ok(*engine, "BatchGetItem", request);
    const auto served = response.at("Responses").at("Prov").as_array().size();
    const auto& unprocessed = response.at("UnprocessedKeys").as_object();
    QVERIFY(served >= 1);
    QVERIFY(unprocessed.contains("Prov"));
    const auto& rest = unprocessed.at("Prov").as_object();
    QCOMPARE(served + rest.at("Keys").as_array().size(), std::size_t(3));
    // Retried as asked.
    QCOMPARE(rest.at("ConsistentRead"), true);
}

void BatchThrottlingTest::transactWriteCancelsWhenThrottled()
{
    std::int64_t now = kStart;
    auto engine = provisionedEngine(&now);
    exhaustWrites(*engine);
    const Result r = engine->execute(
        "TransactWriteItems",
        R"({"TransactItems":[{"Put":{"TableName":"Prov","Item":{"pk":{"S":"t1"}}}},)"
        R"({"Put":{"TableName":"Prov","Item":{"pk":{"S":"t2"}}}}]})");
    QVERIFY(!r.ok());
    QCOMPARE(std::string(r.error->name()), std::string("TransactionCanceledException"));
    QVERIFY(QString::fromStdString(r.error->message()).contains("ProvisionedThroughputExceeded"));
    const auto body = boost::json::parse(r.errorBody()).as_object();
    const auto& reasons = body.at("CancellationReasons").as_array();
    QCOMPARE(reasons.size(), std::size_t(2));
    QCOMPARE(reasons[0].at("Code"), "ProvisionedThroughputExceeded");
    QVERIFY(!exists(*engine, "t1"));
    QVERIFY(!exists(*engine, "t2"));
}

void BatchThrottlingTest::transactGetCancelsWhenThrottled()
{
    std::int64_t now = kStart;
    auto engine = provisionedEngine(&now);
    exhaustReads(*engine);
    const Result r = engine->execute("TransactGetItems",
                                     R"({"TransactItems":[{"Get":{"TableName":"Prov","Key":)" + key("read") + "}}]}");
    QVERIFY(!r.ok());
    QCOMPARE(std::string(r.error->name()), std::string("TransactionCanceledException"));
    QVERIFY(QString::fromStdString(r.error->message()).contains("[ProvisionedThroughputExceeded]"));
}

void BatchThrottlingTest::batchWriteLeavesHeldItemsUnprocessed()
{
    std::int64_t now = kStart;
    auto engine = memoryEngine([&] { return now; });
    createTable(*engine, "Open");
    const Result held = engine->execute(Api::Dynoscope, "HoldItems",
                                        R"({"TableName":"Open","Keys":[)" + key("b0") + R"(],"DurationMillis":5000})");
    QVERIFY(held.ok());
    std::string request = putRequests(0, 2);
    request.replace(request.find("Prov"), 4, "Open");
    const auto response = ok(*engine, "BatchWriteItem", request);
    const auto& left = response.at("UnprocessedItems").at("Open").as_array();
    QCOMPARE(left.size(), std::size_t(1));
    QCOMPARE(left[0].at("PutRequest").at("Item").at("pk").at("S"), "b0");
    QVERIFY(ok(*engine, "GetItem", R"({"TableName":"Open","Key":)" + key("b1") + "}").contains("Item"));
    QVERIFY(!ok(*engine, "GetItem", R"({"TableName":"Open","Key":)" + key("b0") + "}").contains("Item"));

    now += 6000; // the hold is over: the retry goes through
    std::string retry = R"({"RequestItems":{"Open":)" + json(left) + "}}";
    QVERIFY(ok(*engine, "BatchWriteItem", retry).at("UnprocessedItems").as_object().empty());
    QVERIFY(ok(*engine, "GetItem", R"({"TableName":"Open","Key":)" + key("b0") + "}").contains("Item"));
}
#endif

QTEST_APPLESS_MAIN(BatchThrottlingTest)
#include "BatchThrottlingTest.moc"
