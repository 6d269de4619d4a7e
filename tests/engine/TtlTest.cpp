// Time to Live: UpdateTimeToLive and DescribeTimeToLive with DynamoDB's
// messages, the sweep that deletes expired items (on an injected clock, run
// by the test), the REMOVE records it leaves in the stream, and the
// background thread.
#include <QtTest>

#include "StreamTestSupport.h"

#include "ops/EngineImpl.h"

using namespace dynoscope;
using namespace dynoscope::test;

namespace {

std::int64_t nowSeconds()
{
    return kStartMillis / 1000;
}

void putWithTtl(Engine& engine, const std::string& pk, const std::string& ttlValue)
{
    ok(engine, "PutItem", R"({"TableName":"Tbl","Item":{"pk":{"S":")" + pk + "\"}" + ttlValue + "}}");
}

bool exists(Engine& engine, const std::string& pk)
{
    return ok(engine, "GetItem", R"({"TableName":"Tbl","Key":{"pk":{"S":")" + pk + "\"}}}").contains("Item");
}

void enableTtl(Engine& engine, const std::string& attribute = "expires")
{
    ok(engine, "UpdateTimeToLive",
        R"({"TableName":"Tbl","TimeToLiveSpecification":{"Enabled":true,"AttributeName":")" + attribute + "\"}}");
}

std::string seconds(std::int64_t value)
{
    return R"(,"expires":{"N":")" + std::to_string(value) + "\"}";
}

} // namespace

class TtlTest : public QObject {
    Q_OBJECT
private slots:
    void updateAndDescribe();
    void settingErrors();
    void sweepDeletesExpiredItems();
    void deletionsFollowIndexesAndCounts();
    void deletionsAreServiceRemoveRecords();
    void disabledTtlDeletesNothing();
    void backgroundThreadSweeps();
};

#ifndef Q_MOC_RUN

void TtlTest::updateAndDescribe()
{
    TestClock clock;
    auto engine = clockEngine(clock);
    createStreamTable(*engine, "Tbl", "");
    QCOMPARE(json(ok(*engine, "DescribeTimeToLive", R"({"TableName":"Tbl"})")),
        R"({"TimeToLiveDescription":{"TimeToLiveStatus":"DISABLED"}})");
    QCOMPARE(json(ok(*engine, "UpdateTimeToLive",
                 R"({"TableName":"Tbl","TimeToLiveSpecification":{"Enabled":true,"AttributeName":"expires"}})")),
        R"({"TimeToLiveSpecification":{"AttributeName":"expires","Enabled":true}})");
    QCOMPARE(json(ok(*engine, "DescribeTimeToLive", R"({"TableName":"Tbl"})")),
        R"({"TimeToLiveDescription":{"AttributeName":"expires","TimeToLiveStatus":"ENABLED"}})");
    // The setting is not part of DescribeTable.
    QVERIFY(json(ok(*engine, "DescribeTable", R"({"TableName":"Tbl"})")).find("Dynoscope") == std::string::npos);
    QCOMPARE(json(ok(*engine, "UpdateTimeToLive",
                 R"({"TableName":"Tbl","TimeToLiveSpecification":{"Enabled":false,"AttributeName":"expires"}})")),
        R"({"TimeToLiveSpecification":{"AttributeName":"expires","Enabled":false}})");
    QCOMPARE(json(ok(*engine, "DescribeTimeToLive", R"({"TableName":"Tbl"})")),
        R"({"TimeToLiveDescription":{"TimeToLiveStatus":"DISABLED"}})");
}

void TtlTest::settingErrors()
{
    TestClock clock;
    auto engine = clockEngine(clock);
    createStreamTable(*engine, "Tbl", "");
    QCOMPARE(fails(*engine, "UpdateTimeToLive",
                 R"({"TableName":"Tbl","TimeToLiveSpecification":{"Enabled":false,"AttributeName":"expires"}})"),
        "ValidationException: TimeToLive is already disabled");
    enableTtl(*engine);
    QCOMPARE(fails(*engine, "UpdateTimeToLive",
                 R"({"TableName":"Tbl","TimeToLiveSpecification":{"Enabled":true,"AttributeName":"expires"}})"),
        "ValidationException: TimeToLive is already enabled");
    QCOMPARE(fails(*engine, "UpdateTimeToLive",
                 R"({"TableName":"Tbl","TimeToLiveSpecification":{"Enabled":true,"AttributeName":"other"}})"),
        "ValidationException: TimeToLive is active on a different AttributeName: current AttributeName is "
        "expires");
    QCOMPARE(fails(*engine, "UpdateTimeToLive", R"({"TableName":"Tbl"})"),
        "ValidationException: 1 validation error detected: Value null at 'timeToLiveSpecification' failed to "
        "satisfy constraint: Member must not be null");
    QCOMPARE(fails(*engine, "UpdateTimeToLive", R"({"TableName":"Tbl","TimeToLiveSpecification":{}})"),
        "ValidationException: 2 validation errors detected: Value null at 'timeToLiveSpecification.enabled' "
        "failed to satisfy constraint: Member must not be null; Value null at "
        "'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must not be null");
    QCOMPARE(fails(*engine, "UpdateTimeToLive",
                 R"({"TableName":"Nope","TimeToLiveSpecification":{"Enabled":true,"AttributeName":"e"}})"),
        "ResourceNotFoundException: Requested resource not found: Table: Nope not found");
    QCOMPARE(fails(*engine, "DescribeTimeToLive", R"({"TableName":"Nope"})"),
        "ResourceNotFoundException: Requested resource not found: Table: Nope not found");
    QCOMPARE(fails(*engine, "DescribeTimeToLive", "{}"),
        "ValidationException: 1 validation error detected: Value null at 'tableName' failed to satisfy "
        "constraint: Member must not be null");
}

void TtlTest::sweepDeletesExpiredItems()
{
    TestClock clock;
    auto engine = clockEngine(clock);
    createStreamTable(*engine, "Tbl", "");
    enableTtl(*engine);
    putWithTtl(*engine, "past", seconds(nowSeconds() - 1));
    putWithTtl(*engine, "now", seconds(nowSeconds()));
    putWithTtl(*engine, "future", seconds(nowSeconds() + 60));
    putWithTtl(*engine, "fraction", R"(,"expires":{"N":")" + std::to_string(nowSeconds() - 1) + ".5\"}");
    putWithTtl(*engine, "string", R"(,"expires":{"S":"0"})");
    putWithTtl(*engine, "set", R"(,"expires":{"NS":["1"]})");
    putWithTtl(*engine, "none", "");
    putWithTtl(*engine, "ancient", seconds(nowSeconds() - 6 * 365 * 24 * 3600));

    QVERIFY(exists(*engine, "past")); // expired, but readable until deleted
    engine->impl().sweeper().sweepNow();
    QVERIFY(!exists(*engine, "past"));
    QVERIFY(!exists(*engine, "fraction"));
    for (const char* kept : { "now", "future", "string", "set", "none", "ancient" })
        QVERIFY2(exists(*engine, kept), kept);

    clock.advance(1000);
    engine->impl().sweeper().sweepNow();
    QVERIFY(!exists(*engine, "now"));
    clock.advance(60 * 1000);
    engine->impl().sweeper().sweepNow();
    QVERIFY(!exists(*engine, "future"));

    // More rows than one transaction's chunk.
    for (int i = 0; i < 1200; ++i)
        putWithTtl(*engine, "bulk" + std::to_string(i), seconds(nowSeconds() - 10 + (i % 2) * 1000));
    engine->impl().sweeper().sweepNow();
    const auto count = ok(*engine, "Scan", R"({"TableName":"Tbl","Select":"COUNT"})").at("Count").as_int64();
    QCOMPARE(count, 4 + 600);
}

void TtlTest::deletionsFollowIndexesAndCounts()
{
    TestClock clock;
    auto engine = clockEngine(clock);
    ok(*engine, "CreateTable", R"({"TableName":"Tbl","BillingMode":"PAY_PER_REQUEST",
        "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],
        "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"g","AttributeType":"S"}],
        "GlobalSecondaryIndexes":[{"IndexName":"byG","KeySchema":[{"AttributeName":"g","KeyType":"HASH"}],
          "Projection":{"ProjectionType":"ALL"}}]})");
    enableTtl(*engine);
    putWithTtl(*engine, "a", R"(,"g":{"S":"x"})" + seconds(nowSeconds() - 5));
    putWithTtl(*engine, "b", R"(,"g":{"S":"x"})" + seconds(nowSeconds() + 500));
    engine->impl().sweeper().sweepNow();
    auto query = ok(*engine, "Query", R"({"TableName":"Tbl","IndexName":"byG","KeyConditionExpression":"g = :g",
        "ExpressionAttributeValues":{":g":{"S":"x"}}})");
    QCOMPARE(query.at("Count").as_int64(), 1);
    auto table = ok(*engine, "DescribeTable", R"({"TableName":"Tbl"})").at("Table").as_object();
    QCOMPARE(table.at("ItemCount").as_int64(), 1);
    QCOMPARE(table.at("GlobalSecondaryIndexes").as_array()[0].at("ItemCount").as_int64(), 1);
}

void TtlTest::deletionsAreServiceRemoveRecords()
{
    TestClock clock;
    auto engine = clockEngine(clock);
    createStreamTable(*engine, "Tbl", "NEW_AND_OLD_IMAGES");
    enableTtl(*engine);
    putWithTtl(*engine, "a", seconds(nowSeconds() - 5));
    putWithTtl(*engine, "b", "");
    ok(*engine, "DeleteItem", R"({"TableName":"Tbl","Key":{"pk":{"S":"b"}}})");
    engine->impl().sweeper().sweepNow();
    const auto records = allRecords(*engine, "Tbl");
    QCOMPARE(records.size(), size_t(4));
    QVERIFY(!records[2].contains("userIdentity")); // a user's DeleteItem
    const auto& expired = records[3];
    QCOMPARE(std::string(expired.at("eventName").as_string()), "REMOVE");
    QCOMPARE(json(expired.at("userIdentity")), R"({"PrincipalId":"dynamodb.amazonaws.com","Type":"Service"})");
    QCOMPARE(json(expired.at("dynamodb").at("OldImage")),
        R"({"expires":{"N":")" + std::to_string(nowSeconds() - 5) + R"("},"pk":{"S":"a"}})");
    QVERIFY(!expired.at("dynamodb").as_object().contains("NewImage"));
}

void TtlTest::disabledTtlDeletesNothing()
{
    TestClock clock;
    auto engine = clockEngine(clock);
    createStreamTable(*engine, "Tbl", "");
    putWithTtl(*engine, "a", seconds(nowSeconds() - 5));
    engine->impl().sweeper().sweepNow();
    QVERIFY(exists(*engine, "a"));
    enableTtl(*engine, "other");
    engine->impl().sweeper().sweepNow();
    QVERIFY(exists(*engine, "a"));
    ok(*engine, "UpdateTimeToLive",
        R"({"TableName":"Tbl","TimeToLiveSpecification":{"Enabled":false,"AttributeName":"other"}})");
    enableTtl(*engine);
    engine->impl().sweeper().sweepNow();
    QVERIFY(!exists(*engine, "a"));
}

void TtlTest::backgroundThreadSweeps()
{
    EngineOptions options;
    options.inMemory = true;
    options.sweepIntervalMillis = 20;
    std::string error;
    auto engine = Engine::open(options, &error);
    QVERIFY(engine);
    createStreamTable(*engine, "Tbl", "");
    enableTtl(*engine);
    putWithTtl(*engine, "a", R"(,"expires":{"N":"1700000000"})");
    QTRY_VERIFY_WITH_TIMEOUT(!exists(*engine, "a"), 10000);
}

#endif // Q_MOC_RUN

QTEST_APPLESS_MAIN(TtlTest)
#include "TtlTest.moc"
