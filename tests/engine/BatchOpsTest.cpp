// BatchGetItem and BatchWriteItem through the engine's JSON entry point:
// results across tables, projections, capacity per table, the 16 MB response
// limit with UnprocessedKeys, index maintenance, and the request errors with
// DynamoDB's messages.
#include <QtTest>

#include "EngineTestSupport.h"

#include <set>

using namespace dynoscope;
using namespace dynoscope::test;

namespace {


bool exists(Engine& engine, const std::string& table, const std::string& pk)
{
    return ok(engine, "GetItem", R"({"TableName":")" + table + R"(","Key":)" + key(pk) + "}").contains("Item");
}

// The units of the ConsumedCapacity entry for table.
double units(const boost::json::object& response, const std::string& table)
{
    for (const auto& entry : response.at("ConsumedCapacity").as_array())
        if (entry.at("TableName").as_string() == table)
            return entry.at("CapacityUnits").as_double();
    return -1;
}

// The pk values of a list of items.
std::set<std::string> pks(const boost::json::value& items)
{
    std::set<std::string> out;
    for (const auto& item : items.as_array())
        out.insert(std::string(item.at("pk").at("S").as_string()));
    return out;
}

// n write requests, the i-th a put of "<prefix><i>".
std::string puts(int n, const std::string& prefix = "k")
{
    std::string out;
    for (int i = 0; i < n; ++i)
        out += std::string(i ? "," : "") + R"({"PutRequest":{"Item":)" + key(prefix + std::to_string(i)) + "}}";
    return out;
}

} // namespace

class BatchOpsTest : public QObject {
    Q_OBJECT
private slots:
    void batchGetReturnsFoundItemsPerTable();
    void batchGetProjections();
    void batchGetCapacityPerTable();
    void batchGetErrors();
    void batchGetStopsAtSixteenMegabytes();
    void batchWritePutsAndDeletes();
    void batchWriteCapacityPerTable();
    void batchWriteErrors();
    void batchWriteWritesAllOrNothing();
    void batchWritesKeepIndexesRight();
};

#ifndef Q_MOC_RUN

void BatchOpsTest::batchGetReturnsFoundItemsPerTable()
{
    auto engine = memoryEngine();
    createTable(*engine, "Users");
    createTable(*engine, "Orders", "N");
    put(*engine, "Users", "u1", R"(,"name":{"S":"Ann"})");
    put(*engine, "Users", "u2");
    auto answer = ok(*engine, "BatchGetItem", R"({"RequestItems":{
        "Users":{"Keys":[{"pk":{"S":"u1"}},{"pk":{"S":"nobody"}},{"pk":{"S":"u2"}}]},
        "Orders":{"Keys":[{"pk":{"S":"u1"},"sk":{"N":"1"}}],"ConsistentRead":true}}})");
    QCOMPARE(pks(answer.at("Responses").at("Users")), (std::set<std::string>{"u1", "u2"}));
    QCOMPARE(json(answer.at("Responses").at("Orders")), "[]");
    QCOMPARE(json(answer.at("UnprocessedKeys")), "{}");
    QVERIFY(!answer.contains("ConsumedCapacity"));
    for (const auto& item : answer.at("Responses").at("Users").as_array())
        if (item.at("pk").at("S") == "u1")
            QCOMPARE(json(item.at("name")), R"({"S":"Ann"})");
}

void BatchOpsTest::batchGetProjections()
{
    auto engine = memoryEngine();
    createTable(*engine, "Users");
    put(*engine, "Users", "u1", R"(,"a":{"N":"1"},"b":{"M":{"c":{"S":"x"},"d":{"S":"y"}}})");
    put(*engine, "Users", "u2");
    auto projected = ok(*engine, "BatchGetItem", R"({"RequestItems":{"Users":{"Keys":[{"pk":{"S":"u1"}}],
        "ProjectionExpression":"#b.c, a","ExpressionAttributeNames":{"#b":"b"}}}})");
    QCOMPARE(json(projected.at("Responses").at("Users")), R"([{"a":{"N":"1"},"b":{"M":{"c":{"S":"x"}}}}])");
    // AttributesToGet: an item without the attributes is still returned, empty.
    auto legacy = ok(*engine, "BatchGetItem", R"({"RequestItems":{"Users":{"Keys":[{"pk":{"S":"u1"}},{"pk":{"S":"u2"}}],
        "AttributesToGet":["a"]}}})");
    std::set<std::string> texts;
    for (const auto& item : legacy.at("Responses").at("Users").as_array())
        texts.insert(json(item));
    QCOMPARE(texts, (std::set<std::string>{"{}", R"({"a":{"N":"1"}})"}));
}

void BatchOpsTest::batchGetCapacityPerTable()
{
    auto engine = memoryEngine();
    createTable(*engine, "Small");
    createTable(*engine, "Large");
    createTable(*engine, "Other");
    put(*engine, "Small", "a");
    put(*engine, "Small", "b");
    put(*engine, "Large", "a", R"(,"d":{"S":")" + std::string(5000, 'x') + "\"}"); // two 4 KB units
    put(*engine, "Large", "b");
    const std::string keys = R"({"Keys":[{"pk":{"S":"a"}},{"pk":{"S":"b"}},{"pk":{"S":"missing"}}])";
    auto eventual = ok(*engine, "BatchGetItem", R"({"ReturnConsumedCapacity":"TOTAL","RequestItems":{"Small":)" + keys +
                                                    R"(},"Large":)" + keys + R"(},"Other":)" + keys + "}}}");
    // Every key costs at least one unit, halved for eventual consistency.
    QCOMPARE(units(eventual, "Small"), 1.5);
    QCOMPARE(units(eventual, "Large"), 2.0);
    QCOMPARE(units(eventual, "Other"), 1.5);
    QCOMPARE(eventual.at("ConsumedCapacity").at(0).at("TableName").as_string(), "Small"); // request order
    auto consistent = ok(*engine, "BatchGetItem",
                         R"({"ReturnConsumedCapacity":"INDEXES","RequestItems":{"Small":)" + keys +
                             R"(,"ConsistentRead":true},"Large":)" + keys + R"(,"ConsistentRead":true}}})");
    QCOMPARE(units(consistent, "Small"), 3.0);
    QCOMPARE(units(consistent, "Large"), 4.0);
    QCOMPARE(consistent.at("ConsumedCapacity").at(1).at("Table").at("CapacityUnits").as_double(), 4.0);
    QCOMPARE(consistent.at("ConsumedCapacity").as_array().size(), size_t(2));
}

void BatchOpsTest::batchGetErrors()
{
    auto engine = memoryEngine();
    createTable(*engine, "Items");
    createTable(*engine, "Numbers", "", "N");
    const QString v = "ValidationException: ";
    QCOMPARE(fails(*engine, "BatchGetItem", "{}"),
             v + "1 validation error detected: Value null at 'requestItems' failed to satisfy constraint: Member must "
                 "not be null");
    QCOMPARE(fails(*engine, "BatchGetItem", R"({"RequestItems":{}})"),
             v + "1 validation error detected: Value '{}' at 'requestItems' failed to satisfy constraint: Member must "
                 "have length greater than or equal to 1");
    QCOMPARE(fails(*engine, "BatchGetItem", R"({"RequestItems":{"a":{}},"ReturnConsumedCapacity":"hi"})"),
             v + "3 validation errors detected: Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: "
                 "Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; Value '{...}' at 'requestItems' failed "
                 "to "
                 "satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal to "
                 "255, Member must have length greater than or equal to 3, Member must satisfy regular expression "
                 "pattern: [a-zA-Z0-9_.-]+]; Value null at 'requestItems.a.member.keys' failed to satisfy constraint: "
                 "Member must not be null");
    QCOMPARE(fails(*engine, "BatchGetItem", R"({"RequestItems":{"Items":{"Keys":[]}}})"),
             v + "1 validation error detected: Value '[]' at 'requestItems.Items.member.keys' failed to satisfy "
                 "constraint: Member must have length greater than or equal to 1");
    std::string hundred, oneMore = R"({"pk":{"S":"extra"}})";
    for (int i = 0; i < 100; ++i)
        hundred += std::string(i ? "," : "") + key("k" + std::to_string(i));
    QCOMPARE(fails(*engine, "BatchGetItem", R"({"RequestItems":{"Items":{"Keys":[)" + hundred + "," + oneMore + "]}}}"),
             v + "1 validation error detected: Value '[...]' at 'requestItems.Items.member.keys' failed to satisfy "
                 "constraint: Member must have length less than or equal to 100");
    QCOMPARE(fails(*engine, "BatchGetItem",
                   R"({"RequestItems":{"Items":{"Keys":[)" + hundred + R"(]},"Other":{"Keys":[)" + oneMore + "]}}}"),
             v + "Too many items requested for the BatchGetItem call");
    QVERIFY(ok(*engine, "BatchGetItem", R"({"RequestItems":{"Items":{"Keys":[)" + hundred + "]}}}")
                .contains("Responses"));
    QCOMPARE(fails(*engine, "BatchGetItem", R"({"RequestItems":{"Items":{"Keys":[{"pk":{"S":"a"}},{"pk":{"S":"b"}},
        {"pk":{"S":"a"}}]}}})"),
             v + "Provided list of item keys contains duplicates");
    QCOMPARE(fails(*engine, "BatchGetItem", R"({"RequestItems":{"Numbers":{"Keys":[{"pk":{"N":"1"}},
        {"pk":{"N":"1.0"}}]}}})"),
             v + "Provided list of item keys contains duplicates");
    QCOMPARE(fails(*engine, "BatchGetItem", R"({"RequestItems":{"Nope":{"Keys":[{"pk":{"S":"a"}}]}}})"),
             "ResourceNotFoundException: Requested resource not found");
    QCOMPARE(fails(*engine, "BatchGetItem", R"({"RequestItems":{"Items":{"Keys":[{"pk":{"S":"a"},"x":{"S":"b"}}]}}})"),
             v + "The provided key element does not match the schema");
    QCOMPARE(fails(*engine, "BatchGetItem", R"({"RequestItems":{"Items":{"Keys":[{"pk":{"N":"1"}}]}}})"),
             v + "The provided key element does not match the schema");
    QCOMPARE(fails(*engine, "BatchGetItem", R"({"RequestItems":{"Items":{"Keys":[{"pk":{"S":"a"}}],
        "AttributesToGet":["a","a"]}}})"),
             v + "One or more parameter values were invalid: Duplicate value in attribute name: a");
    QCOMPARE(fails(*engine, "BatchGetItem", R"({"RequestItems":{"Items":{"Keys":[{"pk":{"S":"a"}}],
        "AttributesToGet":["a"],"ProjectionExpression":"a"}}})"),
             v + "Can not use both expression and non-expression parameters in the same request: Non-expression "
                 "parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}");
    QCOMPARE(fails(*engine, "BatchGetItem", R"({"RequestItems":{"Items":{"Keys":[{"pk":{"S":"a"}}],
        "ProjectionExpression":"a","ExpressionAttributeNames":{"#x":"x"}}}})"),
             v + "Value provided in ExpressionAttributeNames unused in expressions: keys: {#x}");
    QCOMPARE(fails(*engine, "BatchGetItem", R"({"RequestItems":{"Items":{"Keys":{}}}})"),
             "SerializationException: Start of structure or map found where not expected.");
    QCOMPARE(fails(*engine, "BatchGetItem", R"({"RequestItems":{"Items":{"Keys":[{"pk":{"S":"a"}}],
        "ConsistentRead":"yes"}}})"),
             "SerializationException: STRING_VALUE can not be converted to Boolean");
}

void BatchOpsTest::batchGetStopsAtSixteenMegabytes()
{
    auto engine = memoryEngine();
    createTable(*engine, "Big");
    const std::string filler(399'000, 'x'); // items of 399,006 bytes: 40 fit in 16,000,000
    std::string keys;
    for (int i = 0; i < 45; ++i) {
        const std::string pk = "k" + std::to_string(10 + i);
        put(*engine, "Big", pk, R"(,"d":{"S":")" + filler + "\"}");
        keys += std::string(i ? "," : "") + key(pk);
    }
    auto first = ok(*engine, "BatchGetItem", R"({"ReturnConsumedCapacity":"TOTAL","RequestItems":{"Big":{"Keys":[)" +
                                                 keys + R"(],"ConsistentRead":true,"ProjectionExpression":"#k",
        "ExpressionAttributeNames":{"#k":"pk"}}}})");
    QCOMPARE(first.at("Responses").at("Big").as_array().size(), size_t(40));
    const auto& rest = first.at("UnprocessedKeys").at("Big").as_object();
    QCOMPARE(rest.at("Keys").as_array().size(), size_t(5));
    QCOMPARE(json(rest.at("Keys").at(0)), key("k50"));
    QCOMPARE(rest.at("ConsistentRead").as_bool(), true);
    QCOMPARE(rest.at("ProjectionExpression").as_string(), "#k");
    QCOMPARE(json(rest.at("ExpressionAttributeNames")), R"({"#k":"pk"})");
    QCOMPARE(units(first, "Big"), 40 * 98.0); // 399,006 bytes: 98 units of 4 KB each

    auto second = ok(*engine, "BatchGetItem",
                     R"({"RequestItems":)" + json(first.at("UnprocessedKeys")) + "}");
    QCOMPARE(pks(second.at("Responses").at("Big")), (std::set<std::string>{"k50", "k51", "k52", "k53", "k54"}));
    QCOMPARE(json(second.at("UnprocessedKeys")), "{}");
    QCOMPARE(json(second.at("Responses").at("Big").at(0)), R"({"pk":{"S":"k50"}})");
}

void BatchOpsTest::batchWritePutsAndDeletes()
{
    auto engine = memoryEngine();
    createTable(*engine, "TableA");
    createTable(*engine, "TableB", "S");
    put(*engine, "TableA", "old");
    auto answer = ok(*engine, "BatchWriteItem", R"({"RequestItems":{
        "TableA":[{"PutRequest":{"Item":{"pk":{"S":"new"},"v":{"N":"1"}}}},{"DeleteRequest":{"Key":{"pk":{"S":"old"}}}},
             {"DeleteRequest":{"Key":{"pk":{"S":"never-there"}}}}],
        "TableB":[{"PutRequest":{"Item":{"pk":{"S":"p"},"sk":{"S":"s"}}}}]},"ReturnItemCollectionMetrics":"SIZE"})");
    QCOMPARE(json(answer), R"({"UnprocessedItems":{}})");
    QVERIFY(exists(*engine, "TableA", "new"));
    QVERIFY(!exists(*engine, "TableA", "old"));
    QVERIFY(ok(*engine, "GetItem", R"({"TableName":"TableB","Key":{"pk":{"S":"p"},"sk":{"S":"s"}}})").contains("Item"));
    // A put replaces the whole item.
    ok(*engine, "BatchWriteItem", R"({"RequestItems":{"TableA":[{"PutRequest":{"Item":{"pk":{"S":"new"},
        "w":{"N":"2"}}}}]}})");
    auto got = ok(*engine, "GetItem", R"({"TableName":"TableA","Key":{"pk":{"S":"new"}}})");
    QCOMPARE(json(got.at("Item")), R"({"pk":{"S":"new"},"w":{"N":"2"}})");
    auto described = ok(*engine, "DescribeTable", R"({"TableName":"TableA"})");
    QCOMPARE(described.at("Table").at("ItemCount").as_int64(), 1);
}

void BatchOpsTest::batchWriteCapacityPerTable()
{
    auto engine = memoryEngine();
    createTable(*engine, "TableA");
    createTable(*engine, "TableB");
    const std::string big = R"({"pk":{"S":"big"},"d":{"S":")" + std::string(1100, 'x') + "\"}}"; // two 1 KB units
    auto wrote = ok(*engine, "BatchWriteItem", R"({"ReturnConsumedCapacity":"TOTAL","RequestItems":{
        "TableA":[{"PutRequest":{"Item":)" + big + R"(}},{"PutRequest":{"Item":{"pk":{"S":"small"}}}}],
        "TableB":[{"PutRequest":{"Item":{"pk":{"S":"x"}}}}]}})");
    QCOMPARE(units(wrote, "TableA"), 3.0);
    QCOMPARE(units(wrote, "TableB"), 1.0);
    QCOMPARE(wrote.at("ConsumedCapacity").at(0).at("WriteCapacityUnits").as_double(), 3.0);
    // A delete costs what the deleted item weighed; a missing one, one unit.
    auto deleted = ok(*engine, "BatchWriteItem", R"({"ReturnConsumedCapacity":"INDEXES","RequestItems":{
        "TableA":[{"DeleteRequest":{"Key":{"pk":{"S":"big"}}}},{"DeleteRequest":{"Key":{"pk":{"S":"none"}}}}]}})");
    QCOMPARE(units(deleted, "TableA"), 3.0);
    QCOMPARE(deleted.at("ConsumedCapacity").at(0).at("Table").at("CapacityUnits").as_double(), 3.0);
}

void BatchOpsTest::batchWriteErrors()
{
    auto engine = memoryEngine();
    createTable(*engine, "Items");
    createTable(*engine, "Pairs", "N");
    const QString v = "ValidationException: ";
    const QString mapKeys = "Value '{...}' at 'requestItems' failed to satisfy constraint: Map keys must satisfy "
                                "constraint: [Member must have length less than or equal to 255, Member must have "
                                "length greater than or equal to 3, Member must satisfy regular expression pattern: "
                                "[a-zA-Z0-9_.-]+]";
    const QString mapValues = "Value '{...}' at 'requestItems' failed to satisfy constraint: Map value must satisfy "
                                  "constraint: [Member must have length less than or equal to 25, Member must have "
                                  "length greater than or equal to 1]";
    QCOMPARE(fails(*engine, "BatchWriteItem", "{}"),
             v + "1 validation error detected: Value null at 'requestItems' failed to satisfy constraint: Member must "
                 "not be null");
    QCOMPARE(fails(*engine, "BatchWriteItem",
                   R"({"RequestItems":{"a":[]},"ReturnConsumedCapacity":"hi","ReturnItemCollectionMetrics":"hi"})"),
             v + "4 validation errors detected: Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: "
                 "Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; Value 'hi' at "
                 "'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy enum value set: "
                 "[SIZE, NONE]; " +
                 mapKeys + "; " + mapValues);
    QCOMPARE(fails(*engine, "BatchWriteItem", R"({"RequestItems":{"aa;":[{"PutRequest":{},"DeleteRequest":{}}]}})"),
             v + "3 validation errors detected: " + mapKeys +
                 "; Value null at 'requestItems.aa;.member.1.member.deleteRequest.key' failed to satisfy constraint: "
                 "Member must not be null; Value null at 'requestItems.aa;.member.1.member.putRequest.item' failed to "
                 "satisfy constraint: Member must not be null");
    QCOMPARE(fails(*engine, "BatchWriteItem", R"({"RequestItems":{"Items":[)" + puts(26) + "]}}"),
             v + "1 validation error detected: " + mapValues);
    QCOMPARE(fails(*engine, "BatchWriteItem",
                   R"({"RequestItems":{"Items":[)" + puts(13) + R"(],"Other":[)" + puts(13) + "]}}"),
             v + "Too many items requested for the BatchWriteItem call");
    QCOMPARE(fails(*engine, "BatchWriteItem", R"({"RequestItems":{"Items":[{}]}})"),
             v + "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported "
                 "datatypes");
    const std::string tooBig = R"({"pk":{"S":"a"},"d":{"S":")" + std::string(400 * 1024, 'x') + "\"}}";
    QCOMPARE(fails(*engine, "BatchWriteItem", R"({"RequestItems":{"Nope":[{"PutRequest":{"Item":)" + tooBig + "}}]}}"),
             v + "Item size has exceeded the maximum allowed size");
    QCOMPARE(fails(*engine, "BatchWriteItem", R"({"RequestItems":{"Nope":[{"PutRequest":{"Item":{}}}]}})"),
             "ResourceNotFoundException: Requested resource not found");
    QCOMPARE(fails(*engine, "BatchWriteItem",
        R"({"RequestItems":{"Items":[{"PutRequest":{"Item":{"x":{"S":"a"}}}}]}})"),
             v + "The provided key element does not match the schema");
    QCOMPARE(fails(*engine, "BatchWriteItem",
        R"({"RequestItems":{"Pairs":[{"PutRequest":{"Item":{"pk":{"S":"a"}}}}]}})"),
             v + "The provided key element does not match the schema");
    QCOMPARE(fails(*engine, "BatchWriteItem",
        R"({"RequestItems":{"Items":[{"PutRequest":{"Item":{"pk":{"N":"1"}}}}]}})"),
             v + "The provided key element does not match the schema");
    QCOMPARE(fails(*engine, "BatchWriteItem",
        R"({"RequestItems":{"Items":[{"DeleteRequest":{"Key":{"pk":{"S":""}}}}]}})"),
             v + "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an "
                 "empty string value. Key: pk");
    QCOMPARE(fails(*engine, "BatchWriteItem", R"({"RequestItems":{"Items":[{"PutRequest":{"Item":{"pk":{"S":"a"}}}},
        {"DeleteRequest":{"Key":{"pk":{"S":"a"}}}}]}})"),
             v + "Provided list of item keys contains duplicates");
    QCOMPARE(fails(*engine, "BatchWriteItem", R"({"RequestItems":{"Pairs":[{"DeleteRequest":{"Key":{"pk":{"S":"a"},
        "sk":{"N":"1"}}}},
        {"DeleteRequest":{"Key":{"pk":{"S":"a"},"sk":{"N":"1.00"}}}}]}})"),
             v + "Provided list of item keys contains duplicates");
    QCOMPARE(fails(*engine, "BatchWriteItem", R"({"RequestItems":{"Items":[{"PutRequest":{"Item":{"pk":{"S":"a"},
        "n":{"N":"x"}}}}]}})"),
             v + "The parameter cannot be converted to a numeric value: x");
    QCOMPARE(fails(*engine, "BatchWriteItem", R"({"RequestItems":{"Items":{}}})"),
             "SerializationException: Start of structure or map found where not expected.");
}

void BatchOpsTest::batchWriteWritesAllOrNothing()
{
    auto engine = memoryEngine();
    createTable(*engine, "Items");
    put(*engine, "Items", "keep");
    QCOMPARE(fails(*engine, "BatchWriteItem", R"({"RequestItems":{
        "Items":[{"PutRequest":{"Item":{"pk":{"S":"a"}}}},{"DeleteRequest":{"Key":{"pk":{"S":"keep"}}}}],
        "Missing":[{"PutRequest":{"Item":{"pk":{"S":"b"}}}}]}})"),
             "ResourceNotFoundException: Requested resource not found");
    QVERIFY(!exists(*engine, "Items", "a"));
    QVERIFY(exists(*engine, "Items", "keep"));
}

void BatchOpsTest::batchWritesKeepIndexesRight()
{
    auto engine = memoryEngine();
    ok(*engine, "CreateTable", R"({"TableName":"Orders","BillingMode":"PAY_PER_REQUEST",
        "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],
        "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"status",
            "AttributeType":"S"}],
        "GlobalSecondaryIndexes":[{"IndexName":"byStatus","KeySchema":[{"AttributeName":"status","KeyType":"HASH"}],
          "Projection":{"ProjectionType":"ALL"}}]})");
    auto byStatus = [&](const std::string& status) {
        return pks(ok(*engine, "Query", R"({"TableName":"Orders","IndexName":"byStatus",
            "KeyConditionExpression":"#s = :s",
            "ExpressionAttributeNames":{"#s":"status"},"ExpressionAttributeValues":{":s":{"S":")" + status + R"("}}})")
                       .at("Items"));
    };
    ok(*engine, "BatchWriteItem", R"({"RequestItems":{"Orders":[
        {"PutRequest":{"Item":{"pk":{"S":"o1"},"status":{"S":"OPEN"}}}},
        {"PutRequest":{"Item":{"pk":{"S":"o2"},"status":{"S":"OPEN"}}}},
        {"PutRequest":{"Item":{"pk":{"S":"o3"}}}}]}})");
    QCOMPARE(byStatus("OPEN"), (std::set<std::string>{"o1", "o2"}));
    ok(*engine, "BatchWriteItem", R"({"RequestItems":{"Orders":[
        {"PutRequest":{"Item":{"pk":{"S":"o1"},"status":{"S":"SHIPPED"}}}},
        {"DeleteRequest":{"Key":{"pk":{"S":"o2"}}}},
        {"PutRequest":{"Item":{"pk":{"S":"o3"},"status":{"S":"OPEN"}}}}]}})");
    QCOMPARE(byStatus("OPEN"), (std::set<std::string>{"o3"}));
    QCOMPARE(byStatus("SHIPPED"), (std::set<std::string>{"o1"}));
    auto table = ok(*engine, "DescribeTable", R"({"TableName":"Orders"})").at("Table").as_object();
    QCOMPARE(table.at("ItemCount").as_int64(), 2);
    QCOMPARE(table.at("GlobalSecondaryIndexes").at(0).at("ItemCount").as_int64(), 2);
    QCOMPARE(fails(*engine, "BatchWriteItem", R"({"RequestItems":{"Orders":[
        {"PutRequest":{"Item":{"pk":{"S":"o4"},"status":{"N":"1"}}}}]}})"),
             "ValidationException: One or more parameter values were invalid: Type mismatch for Index Key status "
             "Expected: S Actual: N IndexName: byStatus");
}

#endif // Q_MOC_RUN

QTEST_APPLESS_MAIN(BatchOpsTest)
#include "BatchOpsTest.moc"
