// Secondary indexes beyond their maintenance: ConsumedCapacity with
// ReturnConsumedCapacity=INDEXES, LSI item collections (metrics and the size
// limit), and Dynoscope's simulations of GSI lag, stale eventually
// consistent reads and items held by in-flight transactions.
#include <QtTest>

#include <algorithm>

#include "EngineTestSupport.h"

using namespace dynoscope;
using namespace dynoscope::test;

namespace {

std::unique_ptr<Engine> engineWith(std::int64_t collectionLimit, std::function<std::int64_t()> clock = {})
{
    EngineOptions options;
    options.inMemory = true;
    options.itemCollectionLimitBytes = collectionLimit;
    options.clock = std::move(clock);
    std::string error;
    auto engine = Engine::open(options, &error);
    if (!engine)
        qFatal("cannot open engine: %s", error.c_str());
    return engine;
}

// Orders: pk, sk; GSI byStatus (status) ALL; GSI byDate (date) KEYS_ONLY;
// LSI byAmount (pk, amount) INCLUDE [status].
void createOrders(Engine& engine)
{
    ok(engine, "CreateTable",
       R"({"TableName":"Orders","BillingMode":"PAY_PER_REQUEST",
           "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
           "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"S"},
             {"AttributeName":"status","AttributeType":"S"},{"AttributeName":"amount","AttributeType":"N"},
             {"AttributeName":"date","AttributeType":"S"}],
           "GlobalSecondaryIndexes":[
             {"IndexName":"byStatus","KeySchema":[{"AttributeName":"status","KeyType":"HASH"}],
              "Projection":{"ProjectionType":"ALL"}},
             {"IndexName":"byDate","KeySchema":[{"AttributeName":"date","KeyType":"HASH"}],
              "Projection":{"ProjectionType":"KEYS_ONLY"}}],
           "LocalSecondaryIndexes":[
             {"IndexName":"byAmount","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"amount","KeyType":"RANGE"}],
              "Projection":{"ProjectionType":"INCLUDE","NonKeyAttributes":["status"]}}]})");
}

const char kKey[] = R"("Key":{"pk":{"S":"c1"},"sk":{"S":"o1"}})";

// A response, parsed and as sent (Boost.JSON would print 1.0 as 1E0).
struct Answer {
    boost::json::object json;
    std::string body;

    const boost::json::value& at(std::string_view key) const { return json.at(key); }
    // The text of a top-level member; empty when absent.
    QString member(const std::string& name) const
    {
        const std::string key = "\"" + name + "\":";
        const std::size_t start = body.find(key);
        if (start == std::string::npos)
            return {};
        int depth = 0; // the member ends where its brackets balance
        std::size_t i = start + key.size();
        do {
            depth += body[i] == '{' || body[i] == '[';
            depth -= body[i] == '}' || body[i] == ']';
            ++i;
        } while (depth > 0 && i < body.size());
        return QString::fromStdString(body.substr(start + key.size(), i - start - key.size()));
    }
};

Answer call(Engine& engine, const std::string& op, const std::string& request)
{
    const Result r = engine.execute(op, request);
    if (!r.ok())
        qFatal("%s failed: %s: %s", op.c_str(), std::string(r.error->name()).c_str(), r.error->message().c_str());
    return {boost::json::parse(r.body).as_object(), r.body};
}

QString writeUnits(double total)
{
    return QString("\"CapacityUnits\":%1,\"WriteCapacityUnits\":%1").arg(total, 0, 'f', 1);
}

} // namespace

class IndexExtrasTest : public QObject {
    Q_OBJECT
private slots:
    void writesReportIndexCapacity();
    void batchAndTransactionWritesReportIndexCapacity();
    void readsOnIndexesReportTheIndex();
    void itemCollectionMetrics();
    void itemCollectionSizeLimit();
    void gsiLagHidesRecentEntries();
    void gsiLagKeepsRemovedEntries();
    void staleEventuallyConsistentReads();
    void staleQueryScanAndBatchGet();
    void heldItemsConflict();
    void dynoscopeOperationErrors();
};

#ifndef Q_MOC_RUN

void IndexExtrasTest::writesReportIndexCapacity()
{
    auto engine = memoryEngine();
    createOrders(*engine);
    const auto put = call(*engine, "PutItem", R"({"TableName":"Orders","ReturnConsumedCapacity":"INDEXES",
        "Item":{"pk":{"S":"c1"},"sk":{"S":"o1"},"status":{"S":"OPEN"},"amount":{"N":"10"}}})");
    QCOMPARE(put.member("ConsumedCapacity"), R"({"TableName":"Orders",)" + writeUnits(3) + R"(,"Table":{)" + writeUnits(1) +
                                R"(},"GlobalSecondaryIndexes":{"byStatus":{)" + writeUnits(1) +
                                R"(}},"LocalSecondaryIndexes":{"byAmount":{)" + writeUnits(1) + "}}}");

    // A new GSI key is a delete and a put; the LSI entry changes in place.
    const auto move = call(*engine, "UpdateItem", std::string(R"({"TableName":"Orders","ReturnConsumedCapacity":"INDEXES",)") +
                                              kKey + R"(,"UpdateExpression":"SET #s = :c",
        "ExpressionAttributeNames":{"#s":"status"},"ExpressionAttributeValues":{":c":{"S":"CLOSED"}}})");
    QCOMPARE(move.at("ConsumedCapacity").at("CapacityUnits").as_double(), 4.0);
    QCOMPARE(move.at("ConsumedCapacity").at("GlobalSecondaryIndexes").at("byStatus").at("CapacityUnits").as_double(),
             2.0);
    QCOMPARE(move.at("ConsumedCapacity").at("LocalSecondaryIndexes").at("byAmount").at("CapacityUnits").as_double(),
             1.0);

    // An attribute only byStatus projects: byAmount does not see the write.
    const auto note = call(*engine, "UpdateItem", std::string(R"({"TableName":"Orders","ReturnConsumedCapacity":"INDEXES",)") +
                                              kKey + R"(,"UpdateExpression":"SET note = :n",
        "ExpressionAttributeValues":{":n":{"S":"x"}}})");
    QCOMPARE(note.member("ConsumedCapacity"), R"({"TableName":"Orders",)" + writeUnits(2) + R"(,"Table":{)" + writeUnits(1) +
                                 R"(},"GlobalSecondaryIndexes":{"byStatus":{)" + writeUnits(1) + "}}}");

    // TOTAL sums the indexes into CapacityUnits without the breakdown.
    const auto total = call(*engine, "UpdateItem", std::string(R"({"TableName":"Orders","ReturnConsumedCapacity":"TOTAL",)") +
                                               kKey + R"(,"UpdateExpression":"SET note = :n",
        "ExpressionAttributeValues":{":n":{"S":"y"}}})");
    QCOMPARE(total.member("ConsumedCapacity"), R"({"TableName":"Orders",)" + writeUnits(2) + "}");

    // A large item costs its size in every index that holds all of it.
    const std::string big(3000, 'x');
    const auto large = call(*engine, "PutItem", R"({"TableName":"Orders","ReturnConsumedCapacity":"INDEXES",
        "Item":{"pk":{"S":"c1"},"sk":{"S":"o1"},"status":{"S":"OPEN"},"amount":{"N":"10"},"blob":{"S":")" + big +
                                            R"("}}})");
    const auto& units = large.at("ConsumedCapacity").as_object();
    QCOMPARE(units.at("Table").at("CapacityUnits").as_double(), 3.0);
    QCOMPARE(units.at("GlobalSecondaryIndexes").at("byStatus").at("CapacityUnits").as_double(), 4.0); // CLOSED->OPEN
    QCOMPARE(units.at("LocalSecondaryIndexes").at("byAmount").at("CapacityUnits").as_double(), 1.0);

    const auto removed = call(*engine, "DeleteItem",
                      std::string(R"({"TableName":"Orders","ReturnConsumedCapacity":"INDEXES",)") + kKey + "}");
    QCOMPARE(removed.at("ConsumedCapacity").at("CapacityUnits").as_double(), 3.0 + 3.0 + 1.0);
    const auto missing = call(*engine, "DeleteItem",
                      std::string(R"({"TableName":"Orders","ReturnConsumedCapacity":"INDEXES",)") + kKey + "}");
    QCOMPARE(missing.member("ConsumedCapacity"), R"({"TableName":"Orders",)" + writeUnits(1) + R"(,"Table":{)" + writeUnits(1) + "}}");
}

void IndexExtrasTest::batchAndTransactionWritesReportIndexCapacity()
{
    auto engine = memoryEngine();
    createOrders(*engine);
    const auto batch = call(*engine, "BatchWriteItem", R"({"ReturnConsumedCapacity":"INDEXES","RequestItems":{"Orders":[
        {"PutRequest":{"Item":{"pk":{"S":"c1"},"sk":{"S":"o1"},"status":{"S":"OPEN"}}}},
        {"PutRequest":{"Item":{"pk":{"S":"c1"},"sk":{"S":"o2"},"date":{"S":"d"},"amount":{"N":"1"}}}}]}})");
    QCOMPARE(batch.member("ConsumedCapacity"),
             R"([{"TableName":"Orders",)" + writeUnits(5) + R"(,"Table":{)" + writeUnits(2) +
                 R"(},"GlobalSecondaryIndexes":{"byStatus":{)" + writeUnits(1) + R"(},"byDate":{)" + writeUnits(1) +
                 R"(}},"LocalSecondaryIndexes":{"byAmount":{)" + writeUnits(1) + "}}}]");

    // Transactional writes cost double, in the indexes too.
    const auto tx = call(*engine, "TransactWriteItems", R"({"ReturnConsumedCapacity":"INDEXES","TransactItems":[
        {"Put":{"TableName":"Orders","Item":{"pk":{"S":"c2"},"sk":{"S":"o1"},"status":{"S":"OPEN"},"amount":{"N":"3"}}}}]})");
    QCOMPARE(tx.member("ConsumedCapacity"),
             R"([{"TableName":"Orders",)" + writeUnits(6) + R"(,"Table":{)" + writeUnits(2) +
                 R"(},"GlobalSecondaryIndexes":{"byStatus":{)" + writeUnits(2) +
                 R"(}},"LocalSecondaryIndexes":{"byAmount":{)" + writeUnits(2) + "}}}]");
}

void IndexExtrasTest::readsOnIndexesReportTheIndex()
{
    auto engine = memoryEngine();
    createOrders(*engine);
    ok(*engine, "PutItem", R"({"TableName":"Orders",
        "Item":{"pk":{"S":"c1"},"sk":{"S":"o1"},"status":{"S":"OPEN"},"amount":{"N":"10"},"note":{"S":"n"}}})");
    const auto gsi = call(*engine, "Query", R"({"TableName":"Orders","IndexName":"byStatus","ReturnConsumedCapacity":"INDEXES",
        "KeyConditionExpression":"#s = :s","ExpressionAttributeNames":{"#s":"status"},
        "ExpressionAttributeValues":{":s":{"S":"OPEN"}}})");
    QCOMPARE(gsi.member("ConsumedCapacity"), R"({"TableName":"Orders","CapacityUnits":0.5,"ReadCapacityUnits":0.5,)"
                            R"("Table":{"CapacityUnits":0.0,"ReadCapacityUnits":0.0},)"
                            R"("GlobalSecondaryIndexes":{"byStatus":{"CapacityUnits":0.5,"ReadCapacityUnits":0.5}}})");

    // An LSI read of attributes it does not project also reads the table.
    const auto lsi = call(*engine, "Query", R"({"TableName":"Orders","IndexName":"byAmount","ReturnConsumedCapacity":"INDEXES",
        "ConsistentRead":true,"Select":"ALL_ATTRIBUTES","KeyConditionExpression":"pk = :p",
        "ExpressionAttributeValues":{":p":{"S":"c1"}}})");
    QCOMPARE(lsi.member("ConsumedCapacity"), R"({"TableName":"Orders","CapacityUnits":2.0,"ReadCapacityUnits":2.0,)"
                            R"("Table":{"CapacityUnits":1.0,"ReadCapacityUnits":1.0},)"
                            R"("LocalSecondaryIndexes":{"byAmount":{"CapacityUnits":1.0,"ReadCapacityUnits":1.0}}})");

    const auto scan = call(*engine, "Scan", R"({"TableName":"Orders","IndexName":"byStatus","ReturnConsumedCapacity":"TOTAL"})");
    QCOMPARE(scan.member("ConsumedCapacity"), R"({"TableName":"Orders","CapacityUnits":0.5,"ReadCapacityUnits":0.5})");
    const auto table = call(*engine, "Scan", R"({"TableName":"Orders","ReturnConsumedCapacity":"INDEXES"})");
    QCOMPARE(table.member("ConsumedCapacity"), R"({"TableName":"Orders","CapacityUnits":0.5,"ReadCapacityUnits":0.5,)"
                              R"("Table":{"CapacityUnits":0.5,"ReadCapacityUnits":0.5}})");
}

void IndexExtrasTest::itemCollectionMetrics()
{
    auto engine = memoryEngine();
    createOrders(*engine);
    createTable(*engine, "Plain", "S");
    const QString metric = R"({"ItemCollectionKey":{"pk":{"S":"c1"}},"SizeEstimateRangeGB":[0.0,1.0]})";
    const auto put = call(*engine, "PutItem", R"({"TableName":"Orders","ReturnItemCollectionMetrics":"SIZE",
        "Item":{"pk":{"S":"c1"},"sk":{"S":"o1"},"amount":{"N":"1"}}})");
    QCOMPARE(put.member("ItemCollectionMetrics"), metric);
    const auto update = call(*engine, "UpdateItem", std::string(R"({"TableName":"Orders","ReturnItemCollectionMetrics":"SIZE",)") +
                                                kKey + R"(,"UpdateExpression":"SET amount = :a",
        "ExpressionAttributeValues":{":a":{"N":"2"}}})");
    QCOMPARE(update.member("ItemCollectionMetrics"), metric);
    QVERIFY(!ok(*engine, "PutItem", R"({"TableName":"Orders","Item":{"pk":{"S":"c1"},"sk":{"S":"o2"}}})")
                 .contains("ItemCollectionMetrics"));
    // Only tables with local secondary indexes have item collections.
    QVERIFY(!ok(*engine, "PutItem", R"({"TableName":"Plain","ReturnItemCollectionMetrics":"SIZE",
        "Item":{"pk":{"S":"c1"},"sk":{"S":"o1"}}})")
                 .contains("ItemCollectionMetrics"));

    const auto batch = call(*engine, "BatchWriteItem", R"({"ReturnItemCollectionMetrics":"SIZE","RequestItems":{
        "Orders":[{"PutRequest":{"Item":{"pk":{"S":"c1"},"sk":{"S":"o3"}}}},
                  {"PutRequest":{"Item":{"pk":{"S":"c2"},"sk":{"S":"o1"}}}},
                  {"DeleteRequest":{"Key":{"pk":{"S":"c1"},"sk":{"S":"o2"}}}}],
        "Plain":[{"PutRequest":{"Item":{"pk":{"S":"c1"},"sk":{"S":"o9"}}}}]}})");
    QCOMPARE(batch.member("ItemCollectionMetrics"),
             R"({"Orders":[)" + metric +
                 R"(,{"ItemCollectionKey":{"pk":{"S":"c2"}},"SizeEstimateRangeGB":[0.0,1.0]}]})");

    const auto tx = call(*engine, "TransactWriteItems", R"({"ReturnItemCollectionMetrics":"SIZE","TransactItems":[
        {"Delete":{"TableName":"Orders","Key":{"pk":{"S":"c1"},"sk":{"S":"o3"}}}}]})");
    QCOMPARE(tx.member("ItemCollectionMetrics"), R"({"Orders":[)" + metric + "]}");
    const auto removed = call(*engine, "DeleteItem",
                      std::string(R"({"TableName":"Orders","ReturnItemCollectionMetrics":"SIZE",)") + kKey + "}");
    QCOMPARE(removed.member("ItemCollectionMetrics"), metric);
}

void IndexExtrasTest::itemCollectionSizeLimit()
{
    auto engine = engineWith(2000);
    createOrders(*engine);
    const std::string filler(300, 'f');
    auto putOrder = [&](const std::string& pk, int i) {
        return engine->execute("PutItem", R"({"TableName":"Orders","Item":{"pk":{"S":")" + pk + R"("},"sk":{"S":"o)" +
                                              std::to_string(i) + R"("},"amount":{"N":"1"},"f":{"S":")" + filler +
                                              R"("}}})");
    };
    int stored = 0;
    Result last;
    while ((last = putOrder("c1", stored)).ok())
        ++stored;
    // The item and its LSI entry count: a few 300-byte items fill 2000 bytes.
    QVERIFY2(stored >= 3 && stored <= 6, std::to_string(stored).c_str());
    QCOMPARE(std::string(last.error->name()) + ": " + last.error->message(),
             "ItemCollectionSizeLimitExceededException: Collection size exceeded.");
    QCOMPARE(ok(*engine, "Query", R"({"TableName":"Orders","KeyConditionExpression":"pk = :p",
        "ExpressionAttributeValues":{":p":{"S":"c1"}},"Select":"COUNT"})")
                 .at("Count")
                 .as_int64(),
             std::int64_t(stored));
    QVERIFY(putOrder("c2", 0).ok()); // another collection

    const std::string overflow = R"({"Put":{"TableName":"Orders","Item":{"pk":{"S":"c1"},"sk":{"S":"new"},)"
                                 R"("amount":{"N":"1"},"f":{"S":")" + filler + R"("}}}})";
    const Result tx = engine->execute("TransactWriteItems", R"({"TransactItems":[
        {"Put":{"TableName":"Orders","Item":{"pk":{"S":"c3"},"sk":{"S":"o1"}}}},)" + overflow + "]}");
    QVERIFY(!tx.ok());
    QCOMPARE(tx.error->message(), "Transaction cancelled, please refer cancellation reasons for specific reasons "
                                  "[None, ItemCollectionSizeLimitExceeded]");
    QCOMPARE(tx.error->extraJsonMembers(), R"("CancellationReasons":[{"Code":"None"},)"
                                           R"({"Code":"ItemCollectionSizeLimitExceeded",)"
                                           R"("Message":"Collection size exceeded."}])");
    QVERIFY(!ok(*engine, "GetItem", R"({"TableName":"Orders","Key":{"pk":{"S":"c3"},"sk":{"S":"o1"}}})")
                 .contains("Item"));

    // Shrinking and deleting stay allowed in a full collection.
    ok(*engine, "UpdateItem", R"({"TableName":"Orders","Key":{"pk":{"S":"c1"},"sk":{"S":"o0"}},
        "UpdateExpression":"REMOVE f"})");
    ok(*engine, "DeleteItem", R"({"TableName":"Orders","Key":{"pk":{"S":"c1"},"sk":{"S":"o1"}}})");
    QVERIFY(putOrder("c1", 10).ok());
}

void IndexExtrasTest::gsiLagHidesRecentEntries()
{
    std::int64_t now = 1'000'000;
    auto engine = memoryEngine([&] { return now; });
    createOrders(*engine);
    const Result set = engine->execute(Api::Dynoscope, "SetConsistencySimulation",
                                       R"({"TableName":"Orders","GsiLagMillis":500})");
    QVERIFY2(set.ok(), set.ok() ? "" : set.error->message().c_str());
    QCOMPARE(set.body, "{}");
    const std::string queryOpen = R"({"TableName":"Orders","IndexName":"byStatus","KeyConditionExpression":"#s = :s",
        "ExpressionAttributeNames":{"#s":"status"},"ExpressionAttributeValues":{":s":{"S":"OPEN"}}})";
    ok(*engine, "PutItem", R"({"TableName":"Orders",
        "Item":{"pk":{"S":"c1"},"sk":{"S":"o1"},"status":{"S":"OPEN"},"amount":{"N":"10"},"v":{"N":"1"}}})");
    QCOMPARE(ok(*engine, "Query", queryOpen).at("Count").as_int64(), 0);
    QCOMPARE(ok(*engine, "Scan", R"({"TableName":"Orders","IndexName":"byStatus"})").at("Count").as_int64(), 0);
    // The base table and its LSI are read consistently with the write.
    QCOMPARE(ok(*engine, "Query", R"({"TableName":"Orders","IndexName":"byAmount","KeyConditionExpression":"pk = :p",
        "ExpressionAttributeValues":{":p":{"S":"c1"}}})")
                 .at("Count")
                 .as_int64(),
             1);
    now += 500;
    QCOMPARE(ok(*engine, "Query", queryOpen).at("Count").as_int64(), 1);

    // An entry changed in place shows its previous version during the lag.
    ok(*engine, "UpdateItem", std::string(R"({"TableName":"Orders",)") + kKey +
                                  R"(,"UpdateExpression":"SET v = :v","ExpressionAttributeValues":{":v":{"N":"2"}}})");
    QCOMPARE(json(ok(*engine, "Query", queryOpen).at("Items").at(0).at("v")), R"({"N":"1"})");
    now += 499;
    QCOMPARE(json(ok(*engine, "Query", queryOpen).at("Items").at(0).at("v")), R"({"N":"1"})");
    now += 1;
    QCOMPARE(json(ok(*engine, "Query", queryOpen).at("Items").at(0).at("v")), R"({"N":"2"})");

    // Turned off, index reads follow writes again.
    QVERIFY(engine->execute(Api::Dynoscope, "SetConsistencySimulation", R"({"TableName":"Orders"})").ok());
    ok(*engine, "PutItem", R"({"TableName":"Orders","Item":{"pk":{"S":"c2"},"sk":{"S":"o1"},"status":{"S":"OPEN"}}})");
    QCOMPARE(ok(*engine, "Query", queryOpen).at("Count").as_int64(), 2);
}

void IndexExtrasTest::gsiLagKeepsRemovedEntries()
{
    std::int64_t now = 1'000'000;
    auto engine = memoryEngine([&] { return now; });
    createOrders(*engine);
    for (const char* sk : {"o1", "o2", "o3"})
        ok(*engine, "PutItem", std::string(R"({"TableName":"Orders","Item":{"pk":{"S":"c1"},"sk":{"S":")") + sk
                                   + R"("},"status":{"S":"OPEN"}}})");
    QVERIFY(engine->execute(Api::Dynoscope, "SetConsistencySimulation",
                            R"({"TableName":"Orders","GsiLagMillis":500})")
                .ok());
    const auto queryStatus = [](const char* status, const std::string& extra = "") {
        return std::string(R"({"TableName":"Orders","IndexName":"byStatus","KeyConditionExpression":"#s = :s",)")
            + R"("ExpressionAttributeNames":{"#s":"status"},"ExpressionAttributeValues":{":s":{"S":")" + status
            + R"("}})" + extra + "}";
    };
    const auto skOf = [](const boost::json::value& item) { return std::string(item.at("sk").at("S").as_string()); };

    // A deleted item and one that moved to another status stay where they
    // were in the index until the lag has passed.
    ok(*engine, "DeleteItem", R"({"TableName":"Orders","Key":{"pk":{"S":"c1"},"sk":{"S":"o2"}}})");
    ok(*engine, "UpdateItem", R"({"TableName":"Orders","Key":{"pk":{"S":"c1"},"sk":{"S":"o3"}},)"
                              R"("UpdateExpression":"SET #s = :c","ExpressionAttributeNames":{"#s":"status"},)"
                              R"("ExpressionAttributeValues":{":c":{"S":"CLOSED"}}})");
    QCOMPARE(ok(*engine, "Query", queryStatus("OPEN")).at("Count").as_int64(), 3);
    QCOMPARE(ok(*engine, "Query", queryStatus("CLOSED")).at("Count").as_int64(), 0);
    QCOMPARE(ok(*engine, "Scan", R"({"TableName":"Orders","IndexName":"byStatus"})").at("Count").as_int64(), 3);
    QCOMPARE(ok(*engine, "GetItem", R"({"TableName":"Orders","Key":{"pk":{"S":"c1"},"sk":{"S":"o2"}}})").size(),
             std::size_t(0)); // the base table is current

    // Paging one item at a time walks stored and removed entries in order, both ways.
    for (const bool forward : {true, false}) {
        std::vector<std::string> seen;
        std::string start;
        for (int page = 0; page < 5; ++page) {
            const auto answer = ok(*engine, "Query",
                                   queryStatus("OPEN", std::string(R"(,"Limit":1,"ScanIndexForward":)")
                                                           + (forward ? "true" : "false") + start));
            for (const auto& item : answer.at("Items").as_array())
                seen.push_back(skOf(item));
            if (!answer.contains("LastEvaluatedKey"))
                break;
            start = R"(,"ExclusiveStartKey":)" + json(answer.at("LastEvaluatedKey"));
        }
        std::vector<std::string> expected {"o1", "o2", "o3"};
        if (!forward)
            std::reverse(expected.begin(), expected.end());
        QCOMPARE(seen, expected);
    }

    now += 500;
    const auto open = ok(*engine, "Query", queryStatus("OPEN"));
    QCOMPARE(open.at("Count").as_int64(), 1);
    QCOMPARE(skOf(open.at("Items").at(0)), std::string("o1"));
    QCOMPARE(skOf(ok(*engine, "Query", queryStatus("CLOSED")).at("Items").at(0)), std::string("o3"));
    QCOMPARE(ok(*engine, "Scan", R"({"TableName":"Orders","IndexName":"byStatus"})").at("Count").as_int64(), 2);
}

void IndexExtrasTest::staleEventuallyConsistentReads()
{
    std::int64_t now = 1'000'000;
    auto engine = memoryEngine([&] { return now; });
    createTable(*engine, "Tab");
    QVERIFY(engine->execute(Api::Dynoscope, "SetConsistencySimulation",
                            R"({"TableName":"Tab","StaleReadWindowMillis":1000})")
                .ok());
    const std::string eventual = R"({"TableName":"Tab","Key":{"pk":{"S":"a"}}})";
    const std::string strong = R"({"TableName":"Tab","Key":{"pk":{"S":"a"}},"ConsistentRead":true})";
    ok(*engine, "PutItem", R"({"TableName":"Tab","Item":{"pk":{"S":"a"},"v":{"N":"1"}}})");
    QVERIFY(!ok(*engine, "GetItem", eventual).contains("Item")); // not there before the write
    QCOMPARE(json(ok(*engine, "GetItem", strong).at("Item").at("v")), R"({"N":"1"})");
    now += 1000;
    QCOMPARE(json(ok(*engine, "GetItem", eventual).at("Item").at("v")), R"({"N":"1"})");

    ok(*engine, "PutItem", R"({"TableName":"Tab","Item":{"pk":{"S":"a"},"v":{"N":"2"}}})");
    now += 999;
    QCOMPARE(json(ok(*engine, "GetItem", eventual).at("Item").at("v")), R"({"N":"1"})");
    QCOMPARE(json(ok(*engine, "GetItem", strong).at("Item").at("v")), R"({"N":"2"})");
    now += 1;
    QCOMPARE(json(ok(*engine, "GetItem", eventual).at("Item").at("v")), R"({"N":"2"})");

    ok(*engine, "DeleteItem", eventual);
    QCOMPARE(json(ok(*engine, "GetItem", eventual).at("Item").at("v")), R"({"N":"2"})");
    QVERIFY(!ok(*engine, "GetItem", strong).contains("Item"));
}

void IndexExtrasTest::staleQueryScanAndBatchGet()
{
    std::int64_t now = 1'000'000;
    auto engine = memoryEngine([&] { return now; });
    createTable(*engine, "Tab", "S");
    QVERIFY(engine->execute(Api::Dynoscope, "SetConsistencySimulation",
                            R"({"TableName":"Tab","StaleReadWindowMillis":1000})")
                .ok());
    ok(*engine, "PutItem", R"({"TableName":"Tab","Item":{"pk":{"S":"a"},"sk":{"S":"1"},"v":{"N":"1"}}})");
    now += 1000;
    ok(*engine, "PutItem", R"({"TableName":"Tab","Item":{"pk":{"S":"a"},"sk":{"S":"1"},"v":{"N":"2"}}})");
    ok(*engine, "PutItem", R"({"TableName":"Tab","Item":{"pk":{"S":"a"},"sk":{"S":"2"},"v":{"N":"9"}}})");

    const std::string query = R"({"TableName":"Tab","KeyConditionExpression":"pk = :a",)"
                              R"("ExpressionAttributeValues":{":a":{"S":"a"}})";
    const std::string batch = R"({"RequestItems":{"Tab":{"Keys":[{"pk":{"S":"a"},"sk":{"S":"1"}}])";
    for (const auto& [op, request] : {std::pair<std::string, std::string>{"Query", query + "}"},
                                      {"Scan", R"({"TableName":"Tab"})"}}) {
        // Eventually consistent: the update is not seen yet, the new item not at all.
        auto stale = ok(*engine, op, request);
        QCOMPARE(stale.at("Count"), 1);
        QCOMPARE(json(stale.at("Items").at(0).at("v")), R"({"N":"1"})");
        // Strongly consistent reads are never stale.
        auto strong = ok(*engine, op, request.substr(0, request.size() - 1) + R"(,"ConsistentRead":true})");
        QCOMPARE(strong.at("Count"), 2);
        QCOMPARE(json(strong.at("Items").at(0).at("v")), R"({"N":"2"})");
    }
    QCOMPARE(json(ok(*engine, "BatchGetItem", batch + "}}}").at("Responses").at("Tab").at(0).at("v")), R"({"N":"1"})");
    QCOMPARE(json(ok(*engine, "BatchGetItem", batch + R"(,"ConsistentRead":true}}})")
                      .at("Responses").at("Tab").at(0).at("v")),
             R"({"N":"2"})");

    now += 1000; // the window has passed
    QCOMPARE(ok(*engine, "Query", query + "}").at("Count"), 2);
    QCOMPARE(json(ok(*engine, "Scan", R"({"TableName":"Tab"})").at("Items").at(0).at("v")), R"({"N":"2"})");

    // A deleted item is still read, in its place, by eventually consistent
    // Query and Scan within the window, one page at a time too.
    ok(*engine, "PutItem", R"({"TableName":"Tab","Item":{"pk":{"S":"a"},"sk":{"S":"3"},"v":{"N":"3"}}})");
    now += 1000;
    ok(*engine, "DeleteItem", R"({"TableName":"Tab","Key":{"pk":{"S":"a"},"sk":{"S":"2"}}})");
    for (const auto& [op, request] : {std::pair<std::string, std::string>{"Query", query + "}"},
                                      {"Scan", R"({"TableName":"Tab"})"}}) {
        std::vector<std::string> seen;
        std::string start;
        for (int page = 0; page < 5; ++page) {
            const auto answer = ok(*engine, op, request.substr(0, request.size() - 1) + R"(,"Limit":1)" + start + "}");
            for (const auto& item : answer.at("Items").as_array())
                seen.push_back(std::string(item.at("sk").at("S").as_string()));
            if (!answer.contains("LastEvaluatedKey"))
                break;
            start = R"(,"ExclusiveStartKey":)" + json(answer.at("LastEvaluatedKey"));
        }
        QCOMPARE(seen, (std::vector<std::string>{"1", "2", "3"}));
        const auto strong = ok(*engine, op, request.substr(0, request.size() - 1) + R"(,"ConsistentRead":true})");
        QCOMPARE(strong.at("Count"), 2);
    }
    now += 1000;
    QCOMPARE(ok(*engine, "Query", query + "}").at("Count"), 2);
    QCOMPARE(ok(*engine, "Scan", R"({"TableName":"Tab"})").at("Count"), 2);
}

void IndexExtrasTest::heldItemsConflict()
{
    std::int64_t now = 1'000'000;
    auto engine = memoryEngine([&] { return now; });
    createTable(*engine, "Tab");
    ok(*engine, "PutItem", R"({"TableName":"Tab","Item":{"pk":{"S":"a"},"v":{"N":"1"}}})");
    const Result hold = engine->execute(Api::Dynoscope, "HoldItems",
                                        R"({"TableName":"Tab","Keys":[{"pk":{"S":"a"}}],"DurationMillis":2000})");
    QVERIFY(hold.ok());
    const QString conflict = "TransactionConflictException: Transaction is ongoing for the item";
    QCOMPARE(fails(*engine, "PutItem", R"({"TableName":"Tab","Item":{"pk":{"S":"a"}}})"), conflict);
    QCOMPARE(fails(*engine, "UpdateItem", R"({"TableName":"Tab","Key":{"pk":{"S":"a"}},"UpdateExpression":"SET v = :v",
        "ExpressionAttributeValues":{":v":{"N":"2"}}})"),
             conflict);
    QCOMPARE(fails(*engine, "DeleteItem", R"({"TableName":"Tab","Key":{"pk":{"S":"a"}}})"), conflict);
    ok(*engine, "PutItem", R"({"TableName":"Tab","Item":{"pk":{"S":"b"}}})"); // other items are free
    ok(*engine, "GetItem", R"({"TableName":"Tab","Key":{"pk":{"S":"a"}}})");   // reads are not blocked

    const Result write = engine->execute("TransactWriteItems", R"j({"TransactItems":[
        {"Put":{"TableName":"Tab","Item":{"pk":{"S":"c"}}}},
        {"ConditionCheck":{"TableName":"Tab","Key":{"pk":{"S":"a"}},"ConditionExpression":"attribute_exists(pk)"}}]})j");
    QVERIFY(!write.ok());
    QCOMPARE(write.error->name(), "TransactionCanceledException");
    QCOMPARE(write.error->message(), "Transaction cancelled, please refer cancellation reasons for specific reasons "
                                     "[None, TransactionConflict]");
    QCOMPARE(write.error->extraJsonMembers(), R"("CancellationReasons":[{"Code":"None"},)"
                                              R"({"Code":"TransactionConflict",)"
                                              R"("Message":"Transaction is ongoing for the item"}])");
    const Result get = engine->execute("TransactGetItems", R"({"TransactItems":[
        {"Get":{"TableName":"Tab","Key":{"pk":{"S":"a"}}}},{"Get":{"TableName":"Tab","Key":{"pk":{"S":"b"}}}}]})");
    QVERIFY(!get.ok());
    QCOMPARE(get.error->extraJsonMembers(), R"("CancellationReasons":[{"Code":"TransactionConflict",)"
                                            R"("Message":"Transaction is ongoing for the item"},{"Code":"None"}])");

    now += 2000;
    ok(*engine, "PutItem", R"({"TableName":"Tab","Item":{"pk":{"S":"a"},"v":{"N":"3"}}})");
    // DurationMillis 0 releases a hold early.
    QVERIFY(engine->execute(Api::Dynoscope, "HoldItems", R"({"TableName":"Tab","Keys":[{"pk":{"S":"a"}}],"DurationMillis":60000})")
                .ok());
    QCOMPARE(fails(*engine, "DeleteItem", R"({"TableName":"Tab","Key":{"pk":{"S":"a"}}})"), conflict);
    QVERIFY(engine->execute(Api::Dynoscope, "HoldItems", R"({"TableName":"Tab","Keys":[{"pk":{"S":"a"}}],"DurationMillis":0})")
                .ok());
    ok(*engine, "DeleteItem", R"({"TableName":"Tab","Key":{"pk":{"S":"a"}}})");
}

void IndexExtrasTest::dynoscopeOperationErrors()
{
    auto engine = memoryEngine();
    createTable(*engine, "Tab");
    QVERIFY(Engine::supports(Api::Dynoscope, "HoldItems"));
    QVERIFY(Engine::supports(Api::Dynoscope, "SetConsistencySimulation"));
    QVERIFY(!Engine::supports(Api::Dynoscope, "PutItem"));
    QVERIFY(!Engine::supports(Api::DynamoDB, "HoldItems"));
    auto error = [&](const std::string& op, const std::string& body) {
        const Result r = engine->execute(Api::Dynoscope, op, body);
        return r.ok() ? std::string("ok") : std::string(r.error->name()) + ": " + r.error->message();
    };
    QCOMPARE(error("SetConsistencySimulation", R"({"TableName":"Nope","GsiLagMillis":1})"),
             "ResourceNotFoundException: Requested resource not found");
    QCOMPARE(error("SetConsistencySimulation", R"({"TableName":"Tab","GsiLagMillis":-1})"),
             "ValidationException: 1 validation error detected: Value '-1' at 'gsiLagMillis' failed to satisfy "
             "constraint: Member must have value greater than or equal to 0");
    QCOMPARE(error("HoldItems", R"({"TableName":"Tab"})"),
             "ValidationException: 1 validation error detected: Value null at 'keys' failed to satisfy constraint: "
             "Member must not be null");
    QCOMPARE(error("HoldItems", R"({"TableName":"Tab","Keys":[{"nope":{"S":"a"}}]})"),
             "ValidationException: The provided key element does not match the schema");
}

#endif // Q_MOC_RUN

QTEST_APPLESS_MAIN(IndexExtrasTest)
#include "IndexExtrasTest.moc"
