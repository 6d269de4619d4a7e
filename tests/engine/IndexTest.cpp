// Global and local secondary indexes: declaration and its errors, sparse
// maintenance on every write, Query and Scan on indexes with their
// projection rules, paging keys, and errors.
#include <QtTest>

#include "EngineTestSupport.h"

#include <set>

using namespace dynoscope;
using namespace dynoscope::test;

namespace {

// Orders: pk=customer, sk=order id; GSI byStatus (status, amount) ALL;
// GSI byDate (date) KEYS_ONLY; LSI byAmount (pk, amount) INCLUDE [status].
void createOrders(Engine& engine)
{
    ok(engine, "CreateTable",
       R"({"TableName":"Orders","BillingMode":"PAY_PER_REQUEST",
           "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
           "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"S"},
             {"AttributeName":"status","AttributeType":"S"},{"AttributeName":"amount","AttributeType":"N"},
             {"AttributeName":"date","AttributeType":"S"}],
           "GlobalSecondaryIndexes":[
             {"IndexName":"byStatus","KeySchema":[{"AttributeName":"status","KeyType":"HASH"},{"AttributeName":"amount","KeyType":"RANGE"}],
              "Projection":{"ProjectionType":"ALL"}},
             {"IndexName":"byDate","KeySchema":[{"AttributeName":"date","KeyType":"HASH"}],
              "Projection":{"ProjectionType":"KEYS_ONLY"}}],
           "LocalSecondaryIndexes":[
             {"IndexName":"byAmount","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"amount","KeyType":"RANGE"}],
              "Projection":{"ProjectionType":"INCLUDE","NonKeyAttributes":["status"]}}]})");
}

void putOrder(Engine& engine, const std::string& pk, const std::string& sk, const std::string& extra)
{
    ok(engine, "PutItem",
       R"({"TableName":"Orders","Item":{"pk":{"S":")" + pk + R"("},"sk":{"S":")" + sk + "\"}" + extra + "}}");
}

} // namespace

class IndexTest : public QObject {
    Q_OBJECT
private slots:
    void describesIndexes();
    void declarationErrors();
    void indexesAreSparseAndFollowWrites();
    void queryAndScanOnIndexes();
    void projectionRules();
    void pagingCarriesIndexAndTableKeys();
    void writesWithBadIndexKeysAreRejected();
    void gsiAddedToALoadedTableBackfills();
    void gsiUpdateErrors();
};

#ifndef Q_MOC_RUN

void IndexTest::describesIndexes()
{
    auto engine = memoryEngine();
    createOrders(*engine);
    putOrder(*engine, "c1", "o1", R"(,"status":{"S":"OPEN"},"amount":{"N":"10"})");
    auto table = ok(*engine, "DescribeTable", R"({"TableName":"Orders"})").at("Table").as_object();
    const auto& gsis = table.at("GlobalSecondaryIndexes").as_array();
    QCOMPARE(gsis.size(), size_t(2));
    const auto& byStatus = gsis[0].as_object();
    QCOMPARE(byStatus.at("IndexName").as_string(), "byStatus");
    QCOMPARE(byStatus.at("IndexStatus").as_string(), "ACTIVE");
    QCOMPARE(byStatus.at("ItemCount").as_int64(), 1);
    QVERIFY(byStatus.at("IndexSizeBytes").as_int64() > 0);
    QCOMPARE(byStatus.at("IndexArn").as_string(),
             "arn:aws:dynamodb:us-east-1:000000000000:table/Orders/index/byStatus");
    QVERIFY(!byStatus.contains("DynoscopeIndexId"));
    QCOMPARE(gsis[1].at("ItemCount").as_int64(), 0); // no date: not in byDate
    const auto& lsi = table.at("LocalSecondaryIndexes").as_array()[0].as_object();
    QCOMPARE(json(lsi.at("Projection")), R"({"ProjectionType":"INCLUDE","NonKeyAttributes":["status"]})");
    QCOMPARE(lsi.at("ItemCount").as_int64(), 1);
}

void IndexTest::declarationErrors()
{
    auto engine = memoryEngine();
    const std::string base = R"({"TableName":"Bad","BillingMode":"PAY_PER_REQUEST",
        "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],
        "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"g","AttributeType":"S"}],)";
    QCOMPARE(fails(*engine, "CreateTable",
                   base + R"("LocalSecondaryIndexes":[{"IndexName":"lsi","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},
                     {"AttributeName":"g","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}}]})"),
             "ValidationException: One or more parameter values were invalid: Table KeySchema does not have a range "
             "key, which is required when specifying a LocalSecondaryIndex");
    QCOMPARE(fails(*engine, "CreateTable",
                   base + R"("GlobalSecondaryIndexes":[{"IndexName":"gsi","KeySchema":[{"AttributeName":"x","KeyType":"HASH"}],
                     "Projection":{"ProjectionType":"ALL"}}]})"),
             "ValidationException: One or more parameter values were invalid: Some index key attributes are not defined "
             "in AttributeDefinitions. Keys: [x], AttributeDefinitions: [pk, g]");
    QCOMPARE(fails(*engine, "CreateTable",
                   base + R"("GlobalSecondaryIndexes":[{"IndexName":"gsi","KeySchema":[{"AttributeName":"g","KeyType":"HASH"}],
                     "Projection":{"ProjectionType":"KEYS_ONLY","NonKeyAttributes":["a"]}}]})"),
             "ValidationException: One or more parameter values were invalid: ProjectionType is KEYS_ONLY, but "
             "NonKeyAttributes is specified");
    QCOMPARE(fails(*engine, "CreateTable",
                   base + R"("GlobalSecondaryIndexes":[{"IndexName":"gsi","KeySchema":[{"AttributeName":"g","KeyType":"HASH"}],
                     "Projection":{"ProjectionType":"ALL"}},{"IndexName":"gsi","KeySchema":[{"AttributeName":"g","KeyType":"HASH"}],
                     "Projection":{"ProjectionType":"ALL"}}]})"),
             "ValidationException: One or more parameter values were invalid: Duplicate index name: gsi");
}

void IndexTest::indexesAreSparseAndFollowWrites()
{
    auto engine = memoryEngine();
    createOrders(*engine);
    putOrder(*engine, "c1", "o1", R"(,"status":{"S":"OPEN"},"amount":{"N":"10"})");
    putOrder(*engine, "c1", "o2", R"(,"amount":{"N":"20"})"); // no status: not in byStatus
    auto open = [&] {
        return ok(*engine, "Query", R"({"TableName":"Orders","IndexName":"byStatus","KeyConditionExpression":"#s = :s",
            "ExpressionAttributeNames":{"#s":"status"},"ExpressionAttributeValues":{":s":{"S":"OPEN"}}})");
    };
    QCOMPARE(open().at("Count").as_int64(), 1);
    ok(*engine, "UpdateItem", R"({"TableName":"Orders","Key":{"pk":{"S":"c1"},"sk":{"S":"o2"}},
        "UpdateExpression":"SET #s = :s","ExpressionAttributeNames":{"#s":"status"},"ExpressionAttributeValues":{":s":{"S":"OPEN"}}})");
    QCOMPARE(open().at("Count").as_int64(), 2);
    ok(*engine, "UpdateItem", R"({"TableName":"Orders","Key":{"pk":{"S":"c1"},"sk":{"S":"o1"}},
        "UpdateExpression":"SET #s = :s","ExpressionAttributeNames":{"#s":"status"},"ExpressionAttributeValues":{":s":{"S":"SHIPPED"}}})");
    QCOMPARE(open().at("Count").as_int64(), 1);
    ok(*engine, "DeleteItem", R"({"TableName":"Orders","Key":{"pk":{"S":"c1"},"sk":{"S":"o2"}}})");
    QCOMPARE(open().at("Count").as_int64(), 0);
    auto table = ok(*engine, "DescribeTable", R"({"TableName":"Orders"})").at("Table").as_object();
    QCOMPARE(table.at("GlobalSecondaryIndexes").at(0).at("ItemCount").as_int64(), 1);
    QCOMPARE(table.at("LocalSecondaryIndexes").at(0).at("ItemCount").as_int64(), 1);
}

void IndexTest::queryAndScanOnIndexes()
{
    auto engine = memoryEngine();
    createOrders(*engine);
    for (int i = 0; i < 6; ++i)
        putOrder(*engine, "c" + std::to_string(i % 2), "o" + std::to_string(i),
                 R"(,"status":{"S":"OPEN"},"amount":{"N":")" + std::to_string(100 - i) + R"("},"date":{"S":"2026-01-0)" +
                     std::to_string(i % 3) + "\"}");
    auto q = ok(*engine, "Query", R"({"TableName":"Orders","IndexName":"byStatus",
        "KeyConditionExpression":"#s = :s AND amount BETWEEN :a AND :b","ExpressionAttributeNames":{"#s":"status"},
        "ExpressionAttributeValues":{":s":{"S":"OPEN"},":a":{"N":"96"},":b":{"N":"99"}},"ScanIndexForward":false})");
    QCOMPARE(q.at("Count").as_int64(), 4);
    QCOMPARE(json(q.at("Items").at(0).at("amount")), R"({"N":"99"})");
    QCOMPARE(json(q.at("Items").at(3).at("amount")), R"({"N":"96"})");

    auto keysOnly = ok(*engine, "Query", R"({"TableName":"Orders","IndexName":"byDate",
        "KeyConditionExpression":"#d = :d","ExpressionAttributeNames":{"#d":"date"},
        "ExpressionAttributeValues":{":d":{"S":"2026-01-00"}}})");
    QCOMPARE(keysOnly.at("Count").as_int64(), 2);
    QCOMPARE(keysOnly.at("Items").at(0).as_object().size(), size_t(3)); // pk, sk, date

    auto lsi = ok(*engine, "Query", R"({"TableName":"Orders","IndexName":"byAmount",
        "KeyConditionExpression":"pk = :p AND amount < :t","ExpressionAttributeValues":{":p":{"S":"c0"},":t":{"N":"99"}}})");
    QCOMPARE(lsi.at("Count").as_int64(), 2); // amounts 98 and 96
    QCOMPARE(json(lsi.at("Items").at(0).at("amount")), R"({"N":"96"})");
    QVERIFY(lsi.at("Items").at(0).as_object().contains("status"));
    QVERIFY(!lsi.at("Items").at(0).as_object().contains("date"));

    auto scan = ok(*engine, "Scan", R"({"TableName":"Orders","IndexName":"byDate"})");
    QCOMPARE(scan.at("Count").as_int64(), 6);

    QCOMPARE(fails(*engine, "Query", R"({"TableName":"Orders","IndexName":"byStatus","ConsistentRead":true,
        "KeyConditionExpression":"#s = :s","ExpressionAttributeNames":{"#s":"status"},
        "ExpressionAttributeValues":{":s":{"S":"OPEN"}}})"),
             "ValidationException: Consistent reads are not supported on global secondary indexes");
    QCOMPARE(fails(*engine, "Query", R"({"TableName":"Orders","IndexName":"nope",
        "KeyConditionExpression":"pk = :p","ExpressionAttributeValues":{":p":{"S":"c0"}}})"),
             "ValidationException: The table does not have the specified index: nope");
}

void IndexTest::projectionRules()
{
    auto engine = memoryEngine();
    createOrders(*engine);
    putOrder(*engine, "c1", "o1", R"(,"status":{"S":"OPEN"},"amount":{"N":"10"},"date":{"S":"d"},"note":{"S":"hi"})");
    QCOMPARE(fails(*engine, "Query", R"({"TableName":"Orders","IndexName":"byDate","Select":"ALL_ATTRIBUTES",
        "KeyConditionExpression":"#d = :d","ExpressionAttributeNames":{"#d":"date"},"ExpressionAttributeValues":{":d":{"S":"d"}}})"),
             "ValidationException: One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not "
             "supported for global secondary index byDate because its projection type is not ALL");
    QVERIFY(fails(*engine, "Query", R"({"TableName":"Orders","IndexName":"byDate","ProjectionExpression":"note",
        "KeyConditionExpression":"#d = :d","ExpressionAttributeNames":{"#d":"date"},"ExpressionAttributeValues":{":d":{"S":"d"}}})")
                .contains("does not project"));
    // An LSI fetches what it does not project from the table.
    auto fetched = ok(*engine, "Query", R"({"TableName":"Orders","IndexName":"byAmount","Select":"ALL_ATTRIBUTES",
        "KeyConditionExpression":"pk = :p","ExpressionAttributeValues":{":p":{"S":"c1"}},"ReturnConsumedCapacity":"TOTAL"})");
    QCOMPARE(json(fetched.at("Items").at(0).at("note")), R"({"S":"hi"})");
    auto projected = ok(*engine, "Query", R"({"TableName":"Orders","IndexName":"byAmount",
        "KeyConditionExpression":"pk = :p","ExpressionAttributeValues":{":p":{"S":"c1"}}})");
    QVERIFY(!projected.at("Items").at(0).as_object().contains("note"));
}

void IndexTest::pagingCarriesIndexAndTableKeys()
{
    auto engine = memoryEngine();
    createOrders(*engine);
    for (int i = 0; i < 7; ++i) // equal index keys: the table keys order them
        putOrder(*engine, "c" + std::to_string(i), "o", R"(,"status":{"S":"OPEN"},"amount":{"N":"5"})");
    std::set<std::string> seen;
    std::string start;
    int pages = 0;
    do {
        auto page = ok(*engine, "Query", R"({"TableName":"Orders","IndexName":"byStatus","Limit":3,
            "KeyConditionExpression":"#s = :s","ExpressionAttributeNames":{"#s":"status"},
            "ExpressionAttributeValues":{":s":{"S":"OPEN"}})" + start + "}");
        for (const auto& item : page.at("Items").as_array())
            QVERIFY(seen.insert(json(item.at("pk"))).second);
        if (page.contains("LastEvaluatedKey")) {
            const auto& key = page.at("LastEvaluatedKey").as_object();
            QCOMPARE(key.size(), size_t(4)); // pk, sk, status, amount
            start = ",\"ExclusiveStartKey\":" + json(key);
        } else {
            start.clear();
        }
        ++pages;
    } while (!start.empty());
    QCOMPARE(seen.size(), size_t(7));
    QCOMPARE(pages, 3);
}

void IndexTest::writesWithBadIndexKeysAreRejected()
{
    auto engine = memoryEngine();
    createOrders(*engine);
    QCOMPARE(fails(*engine, "PutItem", R"({"TableName":"Orders","Item":{"pk":{"S":"c"},"sk":{"S":"o"},"status":{"N":"1"}}})"),
             "ValidationException: One or more parameter values were invalid: Type mismatch for Index Key status "
             "Expected: S Actual: N IndexName: byStatus");
    QCOMPARE(fails(*engine, "PutItem", R"({"TableName":"Orders","Item":{"pk":{"S":"c"},"sk":{"S":"o"},"status":{"S":""}}})"),
             "ValidationException: One or more parameter values are not valid. A value specified for a secondary index "
             "key is not supported. The AttributeValue for a key attribute cannot contain an empty string value. "
             "IndexName: byStatus, IndexKey: status");
    QVERIFY(!ok(*engine, "GetItem", R"({"TableName":"Orders","Key":{"pk":{"S":"c"},"sk":{"S":"o"}}})").contains("Item"));
}

void IndexTest::gsiAddedToALoadedTableBackfills()
{
    auto engine = memoryEngine();
    createTable(*engine, "Loaded", "S");
    for (int i = 0; i < 1300; ++i) // more than one backfill chunk
        ok(*engine, "PutItem", R"({"TableName":"Loaded","Item":{"pk":{"S":"p)" + std::to_string(i % 50) +
                                   R"("},"sk":{"S":"s)" + std::to_string(i) + R"("},"color":{"S":")" +
                                   (i % 3 ? "red" : "blue") + "\"}}}");
    auto updated = ok(*engine, "UpdateTable", R"({"TableName":"Loaded",
        "AttributeDefinitions":[{"AttributeName":"color","AttributeType":"S"}],
        "GlobalSecondaryIndexUpdates":[{"Create":{"IndexName":"byColor",
          "KeySchema":[{"AttributeName":"color","KeyType":"HASH"}],"Projection":{"ProjectionType":"KEYS_ONLY"}}}]})");
    const auto& created = updated.at("TableDescription").at("GlobalSecondaryIndexes").at(0).as_object();
    QCOMPARE(created.at("IndexStatus").as_string(), "CREATING");
    QCOMPARE(created.at("Backfilling").as_bool(), true);
    // Writes go on during the backfill and are indexed.
    ok(*engine, "PutItem", R"({"TableName":"Loaded","Item":{"pk":{"S":"new"},"sk":{"S":"x"},"color":{"S":"blue"}}})");

    auto status = [&] {
        auto table = ok(*engine, "DescribeTable", R"({"TableName":"Loaded"})").at("Table").as_object();
        return std::string(table.at("GlobalSecondaryIndexes").at(0).at("IndexStatus").as_string());
    };
    QTRY_COMPARE_WITH_TIMEOUT(status(), std::string("ACTIVE"), 20000);
    auto blue = ok(*engine, "Query", R"({"TableName":"Loaded","IndexName":"byColor","Select":"COUNT",
        "KeyConditionExpression":"color = :c","ExpressionAttributeValues":{":c":{"S":"blue"}}})");
    QCOMPARE(blue.at("Count").as_int64(), 434 + 1);
    auto table = ok(*engine, "DescribeTable", R"({"TableName":"Loaded"})").at("Table").as_object();
    QCOMPARE(table.at("GlobalSecondaryIndexes").at(0).at("ItemCount").as_int64(), 1301);
    QVERIFY(!table.at("GlobalSecondaryIndexes").at(0).as_object().contains("Backfilling"));

    ok(*engine, "UpdateTable", R"({"TableName":"Loaded",
        "GlobalSecondaryIndexUpdates":[{"Delete":{"IndexName":"byColor"}}]})");
    table = ok(*engine, "DescribeTable", R"({"TableName":"Loaded"})").at("Table").as_object();
    QVERIFY(!table.contains("GlobalSecondaryIndexes"));
    QCOMPARE(table.at("AttributeDefinitions").as_array().size(), size_t(2)); // color is no longer a key
    QCOMPARE(fails(*engine, "Query", R"({"TableName":"Loaded","IndexName":"byColor",
        "KeyConditionExpression":"color = :c","ExpressionAttributeValues":{":c":{"S":"blue"}}})"),
             "ValidationException: The table does not have the specified index: byColor");
}

void IndexTest::gsiUpdateErrors()
{
    auto engine = memoryEngine();
    createOrders(*engine);
    QCOMPARE(fails(*engine, "UpdateTable", R"({"TableName":"Orders",
        "GlobalSecondaryIndexUpdates":[{"Delete":{"IndexName":"missing"}}]})"),
             "ResourceNotFoundException: Requested resource not found: Index: missing not found");
    QCOMPARE(fails(*engine, "UpdateTable", R"({"TableName":"Orders",
        "GlobalSecondaryIndexUpdates":[{"Create":{"IndexName":"byDate","KeySchema":[{"AttributeName":"date","KeyType":"HASH"}],
          "Projection":{"ProjectionType":"ALL"}}}]})"),
             "ValidationException: One or more parameter values were invalid: Attempting to create an index which "
             "already exists");
    QCOMPARE(fails(*engine, "UpdateTable", R"({"TableName":"Orders",
        "GlobalSecondaryIndexUpdates":[{"Delete":{"IndexName":"byDate"}},{"Delete":{"IndexName":"byStatus"}}]})"),
             "LimitExceededException: Subscriber limit exceeded: Only 1 online index can be created or deleted "
             "simultaneously per table");
}

#endif

QTEST_APPLESS_MAIN(IndexTest)
#include "IndexTest.moc"
