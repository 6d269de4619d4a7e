// PutItem, GetItem, UpdateItem, DeleteItem, Query and Scan through the
// engine's JSON entry point: results, capacity, paging and errors.
#include "EngineTestSupport.h"

#include "storage/ItemStore.h"

#include <sqlite3.h>

#include <QTemporaryDir>

#include <set>

using namespace dynoscope;
using namespace dynoscope::test;

namespace {
} // namespace

class ItemOpsTest : public QObject {
    Q_OBJECT
private slots:
    void putGetDelete();
    void keyErrors();
    void conditionsAndUpdates();
    void queryPagesAndCapacity();
    void beginsWithOnStrings();
    void scanSegmentsCoverTheTableOnce();
    void pageStopsAtOneMegabyte();
    void queryIsAnIndexRangeScan();
    void resumedScanSeeksToItsStartKey();
};

// moc misreads raw string literals inside macro arguments: keep it out.
#ifndef Q_MOC_RUN

void ItemOpsTest::putGetDelete()
{
    auto engine = memoryEngine();
    createTable(*engine, "Items", "N");
    ok(*engine, "PutItem",
       R"({"TableName":"Items","Item":{"pk":{"S":"a"},"sk":{"N":"1"},"big":{"N":"12345678901234567890123456789012345678"},)"
       R"("tags":{"SS":["x","y"]},"bin":{"B":"AAEC"},"empty":{"S":""},"m":{"M":{"l":{"L":[{"NULL":true},{"BOOL":false}]}}}}})");
    auto got = ok(*engine, "GetItem", R"({"TableName":"Items","Key":{"pk":{"S":"a"},"sk":{"N":"1.0"}}})");
    QCOMPARE(json(got.at("Item").at("big")), R"({"N":"12345678901234567890123456789012345678"})");
    QCOMPARE(json(got.at("Item").at("bin")), R"({"B":"AAEC"})");
    QCOMPARE(json(got.at("Item").at("m")), R"({"M":{"l":{"L":[{"NULL":true},{"BOOL":false}]}}})");
    QCOMPARE(json(got.at("Item").at("empty")), R"({"S":""})");

    auto old = ok(*engine, "PutItem",
                  R"({"TableName":"Items","ReturnValues":"ALL_OLD","Item":{"pk":{"S":"a"},"sk":{"N":"1"}}})");
    QCOMPARE(json(old.at("Attributes").at("tags")), R"({"SS":["x","y"]})");
    auto deleted = ok(*engine, "DeleteItem",
                      R"({"TableName":"Items","ReturnValues":"ALL_OLD","Key":{"pk":{"S":"a"},"sk":{"N":"1"}}})");
    QCOMPARE(json(deleted.at("Attributes")), R"({"pk":{"S":"a"},"sk":{"N":"1"}})");
    QVERIFY(!ok(*engine, "GetItem", R"({"TableName":"Items","Key":{"pk":{"S":"a"},"sk":{"N":"1"}}})").contains("Item"));
}

void ItemOpsTest::keyErrors()
{
    auto engine = memoryEngine();
    createTable(*engine, "Keys", "S");
    QCOMPARE(fails(*engine, "GetItem", R"({"TableName":"Keys","Key":{"pk":{"S":"a"}}})"),
             "ValidationException: The provided key element does not match the schema");
    QCOMPARE(fails(*engine, "GetItem", R"({"TableName":"Keys","Key":{"pk":{"N":"1"},"sk":{"S":"x"}}})"),
             "ValidationException: The provided key element does not match the schema");
    QCOMPARE(fails(*engine, "PutItem", R"({"TableName":"Keys","Item":{"pk":{"S":"a"}}})"),
             "ValidationException: One or more parameter values were invalid: Missing the key sk in the item");
    QCOMPARE(fails(*engine, "PutItem", R"({"TableName":"Keys","Item":{"pk":{"S":"a"},"sk":{"N":"1"}}})"),
             "ValidationException: One or more parameter values were invalid: Type mismatch for key sk "
             "expected: S actual: N");
    QCOMPARE(fails(*engine, "PutItem", R"({"TableName":"Keys","Item":{"pk":{"S":""},"sk":{"S":"x"}}})"),
             "ValidationException: One or more parameter values are not valid. The AttributeValue for a key "
             "attribute cannot contain an empty string value. Key: pk");
    QCOMPARE(fails(*engine, "PutItem", R"({"TableName":"Nope","Item":{"pk":{"S":"a"}}})"),
             "ResourceNotFoundException: Requested resource not found");
    QCOMPARE(fails(*engine, "PutItem",
                   R"({"TableName":"Keys","ReturnValues":"ALL_NEW","Item":{"pk":{"S":"a"},"sk":{"S":"b"}}})"),
             "ValidationException: Return values set to invalid value");
    const std::string big(400 * 1024, 'x');
    QCOMPARE(fails(*engine, "PutItem",
                   R"({"TableName":"Keys","Item":{"pk":{"S":"a"},"sk":{"S":"b"},"d":{"S":")" + big + "\"}}}"),
             "ValidationException: Item size has exceeded the maximum allowed size");
}

void ItemOpsTest::conditionsAndUpdates()
{
    auto engine = memoryEngine();
    createTable(*engine, "Counters");
    ok(*engine, "PutItem",
       R"~({"TableName":"Counters","Item":{"pk":{"S":"c"}},"ConditionExpression":"attribute_not_exists(pk)"})~");
    QCOMPARE(fails(*engine, "PutItem",
                   R"~({"TableName":"Counters","Item":{"pk":{"S":"c"}},"ConditionExpression":"attribute_not_exists(pk)"})~"),
             "ConditionalCheckFailedException: The conditional request failed");
    auto updated = ok(*engine, "UpdateItem",
                      R"({"TableName":"Counters","Key":{"pk":{"S":"c"}},"UpdateExpression":"SET n = if_not_exists(n, :z) + :one ADD s :s",)"
                      R"("ExpressionAttributeValues":{":z":{"N":"0"},":one":{"N":"1"},":s":{"SS":["a"]}},"ReturnValues":"UPDATED_NEW"})");
    QCOMPARE(json(updated.at("Attributes")), R"({"n":{"N":"1"},"s":{"SS":["a"]}})");
    ok(*engine, "UpdateItem",
       R"({"TableName":"Counters","Key":{"pk":{"S":"c"}},"UpdateExpression":"SET n = n + :one",)"
       R"("ConditionExpression":"n = :one","ExpressionAttributeValues":{":one":{"N":"1"}}})");
    const Result failed = engine->execute(
        "UpdateItem",
        R"({"TableName":"Counters","Key":{"pk":{"S":"c"}},"UpdateExpression":"SET n = n + :one",)"
        R"("ConditionExpression":"n = :one","ExpressionAttributeValues":{":one":{"N":"1"}},)"
        R"("ReturnValuesOnConditionCheckFailure":"ALL_OLD"})");
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error->itemJson(), std::string(R"({"n":{"N":"2"},"pk":{"S":"c"},"s":{"SS":["a"]}})"));
    QCOMPARE(fails(*engine, "UpdateItem",
                   R"({"TableName":"Counters","Key":{"pk":{"S":"c"}},"UpdateExpression":"SET pk = :v",)"
                   R"("ExpressionAttributeValues":{":v":{"S":"x"}}})"),
             "ValidationException: One or more parameter values were invalid: Cannot update attribute pk. This "
             "attribute is part of the key");
}

void ItemOpsTest::queryPagesAndCapacity()
{
    auto engine = memoryEngine();
    createTable(*engine, "Orders", "N");
    for (int i = 0; i < 25; ++i)
        ok(*engine, "PutItem",
           R"({"TableName":"Orders","Item":{"pk":{"S":"u1"},"sk":{"N":")" + std::to_string(i) +
               R"("},"odd":{"BOOL":)" + (i % 2 ? "true" : "false") + "}}}");
    ok(*engine, "PutItem", R"({"TableName":"Orders","Item":{"pk":{"S":"u2"},"sk":{"N":"1"}}})");

    auto page = ok(*engine, "Query",
                   R"({"TableName":"Orders","KeyConditionExpression":"pk = :p AND sk BETWEEN :a AND :b",)"
                   R"("ExpressionAttributeValues":{":p":{"S":"u1"},":a":{"N":"5"},":b":{"N":"14"}},"Limit":4,)"
                   R"("ScanIndexForward":false,"ReturnConsumedCapacity":"TOTAL"})");
    QCOMPARE(page.at("Count").as_int64(), 4);
    QCOMPARE(json(page.at("Items").at(0).at("sk")), R"({"N":"14"})");
    QCOMPARE(json(page.at("LastEvaluatedKey")), R"({"pk":{"S":"u1"},"sk":{"N":"11"}})");
    QCOMPARE(page.at("ConsumedCapacity").at("CapacityUnits").as_double(), 0.5);

    int total = 0;
    std::string start;
    int pages = 0;
    do {
        auto p = ok(*engine, "Query",
                    R"({"TableName":"Orders","KeyConditionExpression":"pk = :p","FilterExpression":"odd = :t",)"
                    R"("ExpressionAttributeValues":{":p":{"S":"u1"},":t":{"BOOL":true}},"Limit":10)" + start + "}");
        total += int(p.at("Count").as_int64());
        QVERIFY(p.at("ScannedCount").as_int64() <= 10);
        start = p.contains("LastEvaluatedKey") ? ",\"ExclusiveStartKey\":" + json(p.at("LastEvaluatedKey")) : "";
        ++pages;
    } while (!start.empty());
    QCOMPARE(total, 12);
    QCOMPARE(pages, 3);

    auto prefix = ok(*engine, "Query",
                     R"({"TableName":"Orders","KeyConditionExpression":"pk = :p AND sk < :x","Select":"COUNT",)"
                     R"("ExpressionAttributeValues":{":p":{"S":"u1"},":x":{"N":"3"}}})");
    QCOMPARE(prefix.at("Count").as_int64(), 3);
    QVERIFY(!prefix.contains("Items"));
    QCOMPARE(fails(*engine, "Query",
                   R"({"TableName":"Orders","KeyConditionExpression":"sk = :x","ExpressionAttributeValues":{":x":{"N":"3"}}})"),
             "ValidationException: Query condition missed key schema element: pk");
}

void ItemOpsTest::beginsWithOnStrings()
{
    auto engine = memoryEngine();
    createTable(*engine, "Single", "S");
    // Built without raw strings: moc's preprocessor misreads '#' in them.
    for (const char* sk : {"ORDER#1", "ORDER#2", "ORDER$", "ITEM#1", "ORDER"})
        ok(*engine, "PutItem",
           std::string("{\"TableName\":\"Single\",\"Item\":{\"pk\":{\"S\":\"USER#1\"},\"sk\":{\"S\":\"") + sk +
               "\"}}}");
    auto r = ok(*engine, "Query",
                "{\"TableName\":\"Single\",\"KeyConditionExpression\":\"pk = :p AND begins_with(sk, :s)\","
                "\"ExpressionAttributeValues\":{\":p\":{\"S\":\"USER#1\"},\":s\":{\"S\":\"ORDER#\"}}}");
    QCOMPARE(r.at("Count").as_int64(), 2);
    QCOMPARE(json(r.at("Items").at(1).at("sk")), "{\"S\":\"ORDER#2\"}");
}

void ItemOpsTest::scanSegmentsCoverTheTableOnce()
{
    auto engine = memoryEngine();
    createTable(*engine, "Many");
    for (int i = 0; i < 200; ++i)
        ok(*engine, "PutItem", R"({"TableName":"Many","Item":{"pk":{"S":"k)" + std::to_string(i) + "\"}}}");
    std::set<std::string> seen;
    for (int segment = 0; segment < 4; ++segment) {
        std::string start;
        do {
            auto p = ok(*engine, "Scan",
                        R"({"TableName":"Many","TotalSegments":4,"Limit":30,"Segment":)" + std::to_string(segment) +
                            start + "}");
            for (const auto& item : p.at("Items").as_array())
                QVERIFY(seen.insert(json(item.at("pk"))).second);
            start = p.contains("LastEvaluatedKey") ? ",\"ExclusiveStartKey\":" + json(p.at("LastEvaluatedKey")) : "";
        } while (!start.empty());
    }
    QCOMPARE(seen.size(), size_t(200));
    QCOMPARE(fails(*engine, "Scan", R"({"TableName":"Many","Segment":4,"TotalSegments":4})"),
             "ValidationException: The Segment parameter is zero-based and must be less than parameter "
             "TotalSegments: Segment: 4 is not less than TotalSegments: 4");
}

void ItemOpsTest::pageStopsAtOneMegabyte()
{
    auto engine = memoryEngine();
    createTable(*engine, "Large");
    const std::string blob(100 * 1024, 'y');
    for (int i = 0; i < 15; ++i)
        ok(*engine, "PutItem", R"({"TableName":"Large","Item":{"pk":{"S":"k)" + std::to_string(i) +
                                   R"("},"d":{"S":")" + blob + "\"}}}");
    auto p = ok(*engine, "Scan", R"({"TableName":"Large","Select":"COUNT"})");
    QCOMPARE(p.at("Count").as_int64(), 11);
    QCOMPARE(p.at("ScannedCount").as_int64(), 11); // 11 x 100 KB passes 1 MB
    QVERIFY(p.contains("LastEvaluatedKey"));
    auto described = ok(*engine, "DescribeTable", R"({"TableName":"Large"})");
    QCOMPARE(described.at("Table").at("ItemCount").as_int64(), 15);
}

namespace {

// SQLite's plan for sql on the schema of a table's items.
QString planOf(const std::string& sql)
{
    sqlite3* db = nullptr;
    sqlite3_open(":memory:", &db);
    sqlite3_exec(db, "CREATE TABLE items_7(h INTEGER NOT NULL, pk BLOB NOT NULL, sk BLOB NOT NULL, item BLOB NOT "
                     "NULL, PRIMARY KEY(h, pk, sk)) WITHOUT ROWID",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    QString plan;
    if (sqlite3_prepare_v2(db, ("EXPLAIN QUERY PLAN " + sql).c_str(), -1, &st, nullptr) != SQLITE_OK)
        plan = QString::fromUtf8(sqlite3_errmsg(db));
    while (st && sqlite3_step(st) == SQLITE_ROW)
        plan += QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 3))) + "\n";
    sqlite3_finalize(st);
    sqlite3_close(db);
    return plan;
}

} // namespace

void ItemOpsTest::queryIsAnIndexRangeScan()
{
    TableInfo table;
    table.id = 7;
    storage::SortRange range;
    range.lower = "a";
    range.upper = "b";
    const QString plan = planOf(storage::ItemStore::querySql(table, range, true, true));
    QVERIFY2(plan.contains("SEARCH items_7 USING PRIMARY KEY (h=? AND pk=? AND sk>? AND sk<?)"), qPrintable(plan));
    QVERIFY2(!plan.contains("TEMP B-TREE"), qPrintable(plan));
}

void ItemOpsTest::resumedScanSeeksToItsStartKey()
{
    TableInfo table;
    table.id = 7;
    // Paging a million items must not re-read every row before the start key.
    const QString plan = planOf(storage::ItemStore::scanSql(table, true));
    QVERIFY2(plan.contains("SEARCH items_7 USING PRIMARY KEY ((h,pk,sk)>(?,?,?)"), qPrintable(plan));
}

#endif

QTEST_APPLESS_MAIN(ItemOpsTest)
#include "ItemOpsTest.moc"
