// DynamoDB Streams: StreamSpecification on CreateTable and UpdateTable, the
// records of every write path and view type, shard rollover, retention,
// iterator expiry (all on an injected clock), paging, and the errors of the
// Streams API with DynamoDB's messages.
#include <QtTest>

#include "StreamTestSupport.h"

#include "ops/EngineImpl.h"

using namespace dynoscope;
using namespace dynoscope::test;

namespace {

std::string str(const boost::json::value& v)
{
    return std::string(v.as_string());
}

std::vector<std::string> eventNames(const std::vector<boost::json::object>& records)
{
    std::vector<std::string> names;
    for (const auto& r : records)
        names.push_back(str(r.at("eventName")));
    return names;
}

const std::string kArnPrefix = "arn:aws:dynamodb:us-east-1:000000000000:table/";

} // namespace

class StreamsTest : public QObject {
    Q_OBJECT
private slots:
    void describeTableShowsTheStream();
    void specificationErrors();
    void disableAndReenable();
    void recordsOfEveryWritePath_data();
    void recordsOfEveryWritePath();
    void recordFormat();
    void unchangedAndFailedWritesEmitNothing();
    void iteratorTypes();
    void shardsRollOverAfterTheirLifetime();
    void recordsAreTrimmedAfter24Hours();
    void iteratorsExpireAfter15Minutes();
    void paging();
    void disabledStreamStaysReadableUntilItExpires();
    void apiErrors();
};

#ifndef Q_MOC_RUN

void StreamsTest::describeTableShowsTheStream()
{
    TestClock clock;
    auto engine = clockEngine(clock);
    auto created = ok(*engine, "CreateTable",
        R"({"TableName":"Music","BillingMode":"PAY_PER_REQUEST",
                          "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],
                          "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],
                          "StreamSpecification":{"StreamEnabled":true,"StreamViewType":"NEW_IMAGE"}})")
                       .at("TableDescription")
                       .as_object();
    QCOMPARE(json(created.at("StreamSpecification")), R"({"StreamEnabled":true,"StreamViewType":"NEW_IMAGE"})");
    QCOMPARE(str(created.at("LatestStreamLabel")), "2024-01-02T03:04:05.678");
    QCOMPARE(str(created.at("LatestStreamArn")), kArnPrefix + "Music/stream/2024-01-02T03:04:05.678");
    auto table = ok(*engine, "DescribeTable", R"({"TableName":"Music"})").at("Table").as_object();
    QCOMPARE(str(table.at("LatestStreamArn")), kArnPrefix + "Music/stream/2024-01-02T03:04:05.678");
    QCOMPARE(json(table.at("StreamSpecification")), R"({"StreamEnabled":true,"StreamViewType":"NEW_IMAGE"})");

    auto d = streamsOk(*engine, "DescribeStream", R"({"StreamArn":")" + str(table.at("LatestStreamArn")) + "\"}")
                 .at("StreamDescription")
                 .as_object();
    QCOMPARE(str(d.at("StreamStatus")), "ENABLED");
    QCOMPARE(str(d.at("StreamViewType")), "NEW_IMAGE");
    QCOMPARE(str(d.at("TableName")), "Music");
    QCOMPARE(str(d.at("StreamLabel")), "2024-01-02T03:04:05.678");
    QCOMPARE(d.at("CreationRequestDateTime").as_double(), 1704164645.678);
    QCOMPARE(json(d.at("KeySchema")), R"([{"AttributeName":"pk","KeyType":"HASH"}])");
    const auto& shards = d.at("Shards").as_array();
    QCOMPARE(shards.size(), size_t(1));
    const std::string shardId = str(shards[0].at("ShardId"));
    QVERIFY(shardId.starts_with("shardId-00000001704164645678-"));
    QCOMPARE(shardId.size(), size_t(37));
    const auto& range = shards[0].at("SequenceNumberRange").as_object();
    QCOMPARE(str(range.at("StartingSequenceNumber")).size(), size_t(21));
    QVERIFY(!range.contains("EndingSequenceNumber"));
    QVERIFY(!shards[0].as_object().contains("ParentShardId"));

    // A table without a stream shows none of it.
    createStreamTable(*engine, "Plain", "");
    auto plain = ok(*engine, "DescribeTable", R"({"TableName":"Plain"})").at("Table").as_object();
    QVERIFY(!plain.contains("StreamSpecification"));
    QVERIFY(!plain.contains("LatestStreamArn"));
    ok(*engine, "CreateTable", R"({"TableName":"Off","BillingMode":"PAY_PER_REQUEST",
        "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],
        "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],
        "StreamSpecification":{"StreamEnabled":false}})");
    QVERIFY(
        !ok(*engine, "DescribeTable", R"({"TableName":"Off"})").at("Table").as_object().contains("LatestStreamArn"));
}

void StreamsTest::specificationErrors()
{
    TestClock clock;
    auto engine = clockEngine(clock);
    const std::string create = R"({"TableName":"Tbl","BillingMode":"PAY_PER_REQUEST",
        "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],
        "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],"StreamSpecification":)";
    QCOMPARE(fails(*engine, "CreateTable", create + R"({"StreamEnabled":true}})"),
        "ValidationException: One or more parameter values were invalid: Table is being created with a stream "
        "enabled, UpdateViewType is required");
    QCOMPARE(fails(*engine, "CreateTable", create + R"({"StreamEnabled":false,"StreamViewType":"NEW_IMAGE"}})"),
        "ValidationException: One or more parameter values were invalid: Table is being created with a stream "
        "disabled, UpdateViewType should not be specified");
    QCOMPARE(fails(*engine, "CreateTable", create + R"({"StreamViewType":"NEW_IMAGE"}})"),
        "ValidationException: 1 validation error detected: Value null at 'streamSpecification.streamEnabled' "
        "failed to satisfy constraint: Member must not be null");
    QCOMPARE(fails(*engine, "CreateTable", create + R"({"StreamEnabled":true,"StreamViewType":"new_image"}})"),
        "ValidationException: 1 validation error detected: Value 'new_image' at "
        "'streamSpecification.streamViewType' failed to satisfy constraint: Member must satisfy enum value set: "
        "[OLD_IMAGE, KEYS_ONLY, NEW_AND_OLD_IMAGES, NEW_IMAGE]");

    createStreamTable(*engine, "Tbl", "KEYS_ONLY");
    const std::string update = R"({"TableName":"Tbl","StreamSpecification":)";
    QCOMPARE(fails(*engine, "UpdateTable", update + R"({"StreamEnabled":true,"StreamViewType":"KEYS_ONLY"}})"),
        "ValidationException: Table already has an enabled stream: TableName: Tbl");
    QCOMPARE(fails(*engine, "UpdateTable", update + R"({"StreamEnabled":true,"StreamViewType":"NEW_IMAGE"}})"),
        "ValidationException: Table already has an enabled stream: TableName: Tbl");
    QCOMPARE(fails(*engine, "UpdateTable", update + R"({"StreamEnabled":true}})"),
        "ValidationException: One or more parameter values were invalid: If stream is being enabled then "
        "UpdateViewType is required");
    QCOMPARE(fails(*engine, "UpdateTable", update + R"({"StreamEnabled":false,"StreamViewType":"KEYS_ONLY"}})"),
        "ValidationException: One or more parameter values were invalid: If stream is being disabled, then "
        "UpdateViewType must not be specified");
    QCOMPARE(fails(*engine, "UpdateTable",
                 R"({"TableName":"Tbl","BillingMode":"PROVISIONED",
                       "ProvisionedThroughput":{"ReadCapacityUnits":1,"WriteCapacityUnits":1},
                       "StreamSpecification":{"StreamEnabled":false}})"),
        "ValidationException: One or more parameter values were invalid: You cannot modify stream status while "
        "updating table IOPS");
    createStreamTable(*engine, "Ubl", "");
    QCOMPARE(fails(*engine, "UpdateTable", R"({"TableName":"Ubl","StreamSpecification":{"StreamEnabled":false}})"),
        "ValidationException: Table has no stream to disable: TableName: Ubl");
}

void StreamsTest::disableAndReenable()
{
    TestClock clock;
    auto engine = clockEngine(clock);
    createStreamTable(*engine, "Tbl", "NEW_IMAGE");
    const std::string first = latestStreamArn(*engine, "Tbl");
    put(*engine, "Tbl", "a");
    auto updated = ok(*engine, "UpdateTable", R"({"TableName":"Tbl","StreamSpecification":{"StreamEnabled":false}})")
                       .at("TableDescription")
                       .as_object();
    QCOMPARE(str(updated.at("TableStatus")), "UPDATING");
    QVERIFY(!updated.contains("StreamSpecification"));
    QCOMPARE(str(updated.at("LatestStreamArn")), first); // lingers
    put(*engine, "Tbl", "b"); // no stream: no record

    clock.advance(1000);
    auto reenabled = ok(*engine, "UpdateTable", R"({"TableName":"Tbl",
                            "StreamSpecification":{"StreamEnabled":true,"StreamViewType":"KEYS_ONLY"}})")
                         .at("TableDescription")
                         .as_object();
    const std::string second = str(reenabled.at("LatestStreamArn"));
    QCOMPARE(second, kArnPrefix + "Tbl/stream/2024-01-02T03:04:06.678");
    QCOMPARE(json(reenabled.at("StreamSpecification")), R"({"StreamEnabled":true,"StreamViewType":"KEYS_ONLY"})");
    put(*engine, "Tbl", "c");

    auto listed = streamsOk(*engine, "ListStreams", R"({"TableName":"Tbl"})").at("Streams").as_array();
    QCOMPARE(listed.size(), size_t(2));
    QCOMPARE(str(listed[0].at("StreamArn")), first);
    QCOMPARE(str(listed[1].at("StreamArn")), second);
    QCOMPARE(str(listed[1].at("StreamLabel")), "2024-01-02T03:04:06.678");
    QCOMPARE(str(listed[1].at("TableName")), "Tbl");

    auto old = streamsOk(*engine, "DescribeStream", R"({"StreamArn":")" + first + "\"}").at("StreamDescription");
    QCOMPARE(str(old.at("StreamStatus")), "DISABLED");
    const auto& oldShard = old.at("Shards").as_array()[0].as_object();
    QVERIFY(oldShard.at("SequenceNumberRange").as_object().contains("EndingSequenceNumber"));
    // The old stream holds only the write made while it was enabled; the new
    // one only the write after.
    auto oldRecords = getRecords(*engine, shardIterator(*engine, first, str(oldShard.at("ShardId")), "TRIM_HORIZON"));
    QCOMPARE(oldRecords.at("Records").as_array().size(), size_t(1));
    QVERIFY(!oldRecords.contains("NextShardIterator")); // closed and read to its end
    auto records = allRecords(*engine, "Tbl");
    QCOMPARE(records.size(), size_t(1));
    QCOMPARE(json(records[0].at("dynamodb").at("Keys")), R"({"pk":{"S":"c"}})");

    // Same millisecond as an earlier stream: the label moves on by one.
    ok(*engine, "UpdateTable", R"({"TableName":"Tbl","StreamSpecification":{"StreamEnabled":false}})");
    ok(*engine, "UpdateTable",
        R"({"TableName":"Tbl","StreamSpecification":{"StreamEnabled":true,"StreamViewType":"KEYS_ONLY"}})");
    QCOMPARE(latestStreamArn(*engine, "Tbl"), kArnPrefix + "Tbl/stream/2024-01-02T03:04:06.679");
}

void StreamsTest::recordsOfEveryWritePath_data()
{
    QTest::addColumn<QString>("viewType");
    QTest::newRow("KEYS_ONLY") << "KEYS_ONLY";
    QTest::newRow("NEW_IMAGE") << "NEW_IMAGE";
    QTest::newRow("OLD_IMAGE") << "OLD_IMAGE";
    QTest::newRow("NEW_AND_OLD_IMAGES") << "NEW_AND_OLD_IMAGES";
}

void StreamsTest::recordsOfEveryWritePath()
{
    QFETCH(QString, viewType);
    const std::string view = viewType.toStdString();
    const bool newImage = view == "NEW_IMAGE" || view == "NEW_AND_OLD_IMAGES";
    const bool oldImage = view == "OLD_IMAGE" || view == "NEW_AND_OLD_IMAGES";
    TestClock clock;
    auto engine = clockEngine(clock);
    createStreamTable(*engine, "Tbl", view);

    put(*engine, "Tbl", "p", R"(,"v":{"N":"1"})"); // INSERT
    ok(*engine, "UpdateItem", R"({"TableName":"Tbl","Key":{"pk":{"S":"p"}},"UpdateExpression":"SET v = :v",
        "ExpressionAttributeValues":{":v":{"N":"2"}}})"); // MODIFY
    ok(*engine, "DeleteItem", R"({"TableName":"Tbl","Key":{"pk":{"S":"p"}}})"); // REMOVE
    ok(*engine, "BatchWriteItem", R"({"RequestItems":{"Tbl":[
        {"PutRequest":{"Item":{"pk":{"S":"b1"},"v":{"N":"1"}}}},
        {"PutRequest":{"Item":{"pk":{"S":"b2"}}}}]}})"); // INSERT x2
    ok(*engine, "BatchWriteItem", R"({"RequestItems":{"Tbl":[
        {"PutRequest":{"Item":{"pk":{"S":"b1"},"v":{"N":"9"}}}},
        {"DeleteRequest":{"Key":{"pk":{"S":"b2"}}}}]}})"); // MODIFY, REMOVE
    ok(*engine, "TransactWriteItems", R"x({"TransactItems":[
        {"Put":{"TableName":"Tbl","Item":{"pk":{"S":"t1"}}}},
        {"Update":{"TableName":"Tbl","Key":{"pk":{"S":"b1"}},"UpdateExpression":"REMOVE v"}},
        {"Delete":{"TableName":"Tbl","Key":{"pk":{"S":"nothing"}}}},
        {"ConditionCheck":{"TableName":"Tbl","Key":{"pk":{"S":"t9"}},
                           "ConditionExpression":"attribute_not_exists(pk)"}}]})x"); // INSERT, MODIFY

    const auto records = allRecords(*engine, "Tbl");
    QCOMPARE(eventNames(records),
        (std::vector<std::string> {
            "INSERT", "MODIFY", "REMOVE", "INSERT", "INSERT", "MODIFY", "REMOVE", "INSERT", "MODIFY" }));
    std::string previous;
    for (const auto& record : records) {
        const auto& d = record.at("dynamodb").as_object();
        QCOMPARE(str(d.at("StreamViewType")), view);
        const std::string sequence = str(d.at("SequenceNumber"));
        QCOMPARE(sequence.size(), size_t(21));
        QVERIFY(sequence > previous);
        previous = sequence;
        const std::string name = str(record.at("eventName"));
        QCOMPARE(d.contains("NewImage"), newImage && name != "REMOVE");
        QCOMPARE(d.contains("OldImage"), oldImage && name != "INSERT");
        QVERIFY(!record.contains("userIdentity"));
    }
    // The first MODIFY: v from 1 to 2.
    const auto& modify = records[1].at("dynamodb").as_object();
    QCOMPARE(json(modify.at("Keys")), R"({"pk":{"S":"p"}})");
    if (newImage)
        QCOMPARE(json(modify.at("NewImage")), R"({"pk":{"S":"p"},"v":{"N":"2"}})");
    if (oldImage)
        QCOMPARE(json(modify.at("OldImage")), R"({"pk":{"S":"p"},"v":{"N":"1"}})");
    // SizeBytes: the keys plus each image carried (pk "p": 3 bytes; v, a
    // one-digit number: 1 + 2).
    QCOMPARE(modify.at("SizeBytes").as_int64(), 3 + (newImage ? 6 : 0) + (oldImage ? 6 : 0));
    // The transaction's update removed v from b1.
    if (newImage)
        QCOMPARE(json(records[8].at("dynamodb").at("NewImage")), R"({"pk":{"S":"b1"}})");
}

void StreamsTest::recordFormat()
{
    TestClock clock;
    auto engine = clockEngine(clock);
    createStreamTable(*engine, "Tbl", "NEW_AND_OLD_IMAGES");
    put(*engine, "Tbl", "Fred");
    const auto records = allRecords(*engine, "Tbl");
    QCOMPARE(records.size(), size_t(1));
    const auto& record = records[0];
    const std::string eventId = str(record.at("eventID"));
    QCOMPARE(eventId.size(), size_t(32));
    QVERIFY(eventId.find_first_not_of("0123456789abcdef") == std::string::npos);
    const std::string sequence = str(record.at("dynamodb").at("SequenceNumber"));
    // As DynamoDB returns it (LocalStack's recordings of the service).
    QCOMPARE(QString::fromStdString(json(record)),
        QString::fromStdString(R"({"awsRegion":"us-east-1","dynamodb":{"ApproximateCreationDateTime":1704164645,)"
                               R"("Keys":{"pk":{"S":"Fred"}},"NewImage":{"pk":{"S":"Fred"}},"SequenceNumber":")"
            + sequence
            + R"(","SizeBytes":12,"StreamViewType":"NEW_AND_OLD_IMAGES"},)"
              R"("eventID":")"
            + eventId
            + R"(","eventName":"INSERT",)"
              R"("eventSource":"aws:dynamodb","eventVersion":"1.1"})"));
    const boost::json::object shard = shardsOf(*engine, latestStreamArn(*engine, "Tbl"))[0].as_object();
    QVERIFY(sequence > str(shard.at("SequenceNumberRange").at("StartingSequenceNumber")));
}

void StreamsTest::unchangedAndFailedWritesEmitNothing()
{
    TestClock clock;
    auto engine = clockEngine(clock);
    createStreamTable(*engine, "Tbl", "NEW_AND_OLD_IMAGES");
    put(*engine, "Tbl", "a", R"(,"v":{"N":"1"})");
    put(*engine, "Tbl", "a", R"(,"v":{"N":"1.0"})"); // the same item
    ok(*engine, "UpdateItem", R"({"TableName":"Tbl","Key":{"pk":{"S":"a"}},"UpdateExpression":"SET v = :v",
        "ExpressionAttributeValues":{":v":{"N":"1"}}})");
    ok(*engine, "DeleteItem", R"({"TableName":"Tbl","Key":{"pk":{"S":"missing"}}})");
    ok(*engine, "BatchWriteItem", R"({"RequestItems":{"Tbl":[{"PutRequest":{"Item":{"pk":{"S":"a"},"v":{"N":"1"}}}},
        {"DeleteRequest":{"Key":{"pk":{"S":"missing"}}}}]}})");
    // Failed writes.
    fails(*engine, "PutItem",
        R"x({"TableName":"Tbl","Item":{"pk":{"S":"a"}},"ConditionExpression":"attribute_not_exists(pk)"})x");
    fails(*engine, "DeleteItem", R"({"TableName":"Tbl","Key":{"pk":{"S":"a"}},"ConditionExpression":"v = :two",
        "ExpressionAttributeValues":{":two":{"N":"2"}}})");
    QCOMPARE(fails(*engine, "TransactWriteItems", R"x({"TransactItems":[
                 {"Put":{"TableName":"Tbl","Item":{"pk":{"S":"new"}}}},
                 {"Delete":{"TableName":"Tbl","Key":{"pk":{"S":"a"}},
                            "ConditionExpression":"attribute_not_exists(pk)"}}]})x")
                 .section(':', 0, 0),
        "TransactionCanceledException");
    fails(*engine, "BatchWriteItem", R"({"RequestItems":{"Tbl":[{"PutRequest":{"Item":{"pk":{"S":"x"}}}},
        {"PutRequest":{"Item":{"pk":{"N":"1"}}}}]}})");
    QCOMPARE(eventNames(allRecords(*engine, "Tbl")), std::vector<std::string> { "INSERT" });
}

void StreamsTest::iteratorTypes()
{
    TestClock clock;
    auto engine = clockEngine(clock);
    createStreamTable(*engine, "Tbl", "KEYS_ONLY");
    const std::string arn = latestStreamArn(*engine, "Tbl");
    const std::string shard = str(shardsOf(*engine, arn)[0].at("ShardId"));
    put(*engine, "Tbl", "1");
    put(*engine, "Tbl", "2");
    const std::string latest = shardIterator(*engine, arn, shard, "LATEST");
    put(*engine, "Tbl", "3");

    auto keysOf = [](const boost::json::object& page) {
        std::vector<std::string> keys;
        for (const auto& r : page.at("Records").as_array())
            keys.push_back(str(r.at("dynamodb").at("Keys").at("pk").at("S")));
        return keys;
    };
    auto all = getRecords(*engine, shardIterator(*engine, arn, shard, "TRIM_HORIZON"));
    QCOMPARE(keysOf(all), (std::vector<std::string> { "1", "2", "3" }));
    QCOMPARE(keysOf(getRecords(*engine, latest)), std::vector<std::string> { "3" });
    const std::string second = str(all.at("Records").as_array()[1].at("dynamodb").at("SequenceNumber"));
    QCOMPARE(keysOf(getRecords(*engine, shardIterator(*engine, arn, shard, "AT_SEQUENCE_NUMBER", second))),
        (std::vector<std::string> { "2", "3" }));
    QCOMPARE(keysOf(getRecords(*engine, shardIterator(*engine, arn, shard, "AFTER_SEQUENCE_NUMBER", second))),
        std::vector<std::string> { "3" });

    // An open shard always hands on an iterator, also when nothing is new.
    auto page = getRecords(*engine, str(all.at("NextShardIterator")));
    QVERIFY(page.at("Records").as_array().empty());
    put(*engine, "Tbl", "4");
    QCOMPARE(keysOf(getRecords(*engine, str(page.at("NextShardIterator")))), std::vector<std::string> { "4" });
    // The shard's starting sequence number is a valid AT_SEQUENCE_NUMBER.
    const std::string start = str(shardsOf(*engine, arn)[0].at("SequenceNumberRange").at("StartingSequenceNumber"));
    QCOMPARE(
        keysOf(getRecords(*engine, shardIterator(*engine, arn, shard, "AT_SEQUENCE_NUMBER", start))).size(), size_t(4));
}

void StreamsTest::shardsRollOverAfterTheirLifetime()
{
    TestClock clock;
    auto engine = clockEngine(clock, kHour);
    createStreamTable(*engine, "Tbl", "KEYS_ONLY");
    const std::string arn = latestStreamArn(*engine, "Tbl");
    put(*engine, "Tbl", "1");
    clock.advance(kHour - 1);
    put(*engine, "Tbl", "2");
    QCOMPARE(shardsOf(*engine, arn).size(), size_t(1));
    clock.advance(1);
    put(*engine, "Tbl", "3"); // the write rolls the shard over
    auto shards = shardsOf(*engine, arn);
    QCOMPARE(shards.size(), size_t(2));
    const boost::json::object parent = shards[0].as_object();
    const boost::json::object child = shards[1].as_object();
    QCOMPARE(str(child.at("ParentShardId")), str(parent.at("ShardId")));
    QVERIFY(str(child.at("ShardId")).starts_with("shardId-00000001704168245678-"));
    const std::string ending = str(parent.at("SequenceNumberRange").at("EndingSequenceNumber"));
    QVERIFY(str(child.at("SequenceNumberRange").at("StartingSequenceNumber")) > ending);
    QVERIFY(!child.at("SequenceNumberRange").as_object().contains("EndingSequenceNumber"));

    auto first = getRecords(*engine, shardIterator(*engine, arn, str(parent.at("ShardId")), "TRIM_HORIZON"));
    QCOMPARE(first.at("Records").as_array().size(), size_t(2));
    QVERIFY(str(first.at("Records").as_array()[1].at("dynamodb").at("SequenceNumber")) < ending);
    QVERIFY(!first.contains("NextShardIterator"));
    auto latestOfClosed = getRecords(*engine, shardIterator(*engine, arn, str(parent.at("ShardId")), "LATEST"));
    QVERIFY(latestOfClosed.at("Records").as_array().empty());
    QVERIFY(!latestOfClosed.contains("NextShardIterator"));
    auto second = getRecords(*engine, shardIterator(*engine, arn, str(child.at("ShardId")), "TRIM_HORIZON"));
    QCOMPARE(second.at("Records").as_array().size(), size_t(1));
    QVERIFY(second.contains("NextShardIterator"));

    // An idle stream rolls over on the sweep.
    clock.advance(kHour);
    engine->impl().sweeper().sweepNow();
    shards = shardsOf(*engine, arn);
    QCOMPARE(shards.size(), size_t(3));
    QCOMPARE(str(shards[2].at("ParentShardId")), str(child.at("ShardId")));
    // Reading on past the last record of a shard that closed meanwhile ends
    // without an iterator.
    const std::string last = str(second.at("Records").as_array()[0].at("dynamodb").at("SequenceNumber"));
    auto rest
        = getRecords(*engine, shardIterator(*engine, arn, str(child.at("ShardId")), "AFTER_SEQUENCE_NUMBER", last));
    QVERIFY(rest.at("Records").as_array().empty());
    QVERIFY(!rest.contains("NextShardIterator"));
}

void StreamsTest::recordsAreTrimmedAfter24Hours()
{
    TestClock clock;
    auto engine = clockEngine(clock, 1000 * kHour);
    createStreamTable(*engine, "Tbl", "KEYS_ONLY");
    const std::string arn = latestStreamArn(*engine, "Tbl");
    const std::string shard = str(shardsOf(*engine, arn)[0].at("ShardId"));
    put(*engine, "Tbl", "old");
    const std::string oldSequence = str(allRecords(*engine, "Tbl")[0].at("dynamodb").at("SequenceNumber"));
    clock.advance(12 * kHour);
    put(*engine, "Tbl", "new");

    clock.advance(12 * kHour - 1);
    const std::string horizon = shardIterator(*engine, arn, shard, "TRIM_HORIZON");
    QCOMPARE(getRecords(*engine, horizon).at("Records").as_array().size(), size_t(2));
    clock.advance(1); // "old" is 24 hours old: trimmed, swept or not
    const QString trimmedMessage = "TrimmedDataAccessException: The data you are trying to access has been trimmed";
    QCOMPARE(streamsFails(*engine, "GetRecords", R"({"ShardIterator":")" + horizon + "\"}"), trimmedMessage);
    QCOMPARE(streamsFails(*engine, "GetShardIterator",
                 R"({"StreamArn":")" + arn + R"(","ShardId":")" + shard
                     + R"(","ShardIteratorType":"AT_SEQUENCE_NUMBER","SequenceNumber":")" + oldSequence + "\"}"),
        trimmedMessage);
    auto page = getRecords(*engine, shardIterator(*engine, arn, shard, "TRIM_HORIZON"));
    QCOMPARE(page.at("Records").as_array().size(), size_t(1));
    QCOMPARE(str(page.at("Records").as_array()[0].at("dynamodb").at("Keys").at("pk").at("S")), "new");

    engine->impl().sweeper().sweepNow(); // deletes "old" for good; same answers
    QCOMPARE(streamsFails(*engine, "GetRecords", R"({"ShardIterator":")" + horizon + "\"}"), trimmedMessage);
    QCOMPARE(getRecords(*engine, shardIterator(*engine, arn, shard, "TRIM_HORIZON")).at("Records").as_array().size(),
        size_t(1));
    clock.advance(12 * kHour);
    engine->impl().sweeper().sweepNow();
    page = getRecords(*engine, shardIterator(*engine, arn, shard, "TRIM_HORIZON"));
    QVERIFY(page.at("Records").as_array().empty());
    QVERIFY(page.contains("NextShardIterator"));
}

void StreamsTest::iteratorsExpireAfter15Minutes()
{
    TestClock clock;
    auto engine = clockEngine(clock);
    createStreamTable(*engine, "Tbl", "KEYS_ONLY");
    const std::string arn = latestStreamArn(*engine, "Tbl");
    const std::string iterator = shardIterator(*engine, arn, str(shardsOf(*engine, arn)[0].at("ShardId")), "LATEST");
    clock.advance(15 * kMinute);
    auto page = getRecords(*engine, iterator);
    clock.advance(1);
    QCOMPARE(streamsFails(*engine, "GetRecords", R"({"ShardIterator":")" + iterator + "\"}"),
        "ExpiredIteratorException: Shard iterator has expired");
    // NextShardIterator is a fresh one.
    clock.advance(15 * kMinute - 1);
    getRecords(*engine, str(page.at("NextShardIterator")));
}

void StreamsTest::paging()
{
    TestClock clock;
    auto engine = clockEngine(clock, kHour);
    for (const char* name : { "Aaa", "Bbb", "Ccc" })
        createStreamTable(*engine, name, "KEYS_ONLY");
    std::vector<std::string> arns;
    std::string start;
    for (;;) {
        auto page = streamsOk(*engine, "ListStreams",
            start.empty() ? R"({"Limit":2})" : R"({"Limit":2,"ExclusiveStartStreamArn":")" + start + "\"}");
        for (const auto& s : page.at("Streams").as_array())
            arns.push_back(str(s.at("StreamArn")));
        if (!page.contains("LastEvaluatedStreamArn"))
            break;
        start = str(page.at("LastEvaluatedStreamArn"));
        QCOMPARE(start, arns.back());
    }
    QCOMPARE(arns.size(), size_t(3));
    QVERIFY(arns[0].starts_with(kArnPrefix + "Aaa/stream/"));
    QVERIFY(arns[2].starts_with(kArnPrefix + "Ccc/stream/"));
    QCOMPARE(streamsOk(*engine, "ListStreams", R"({"TableName":"Bbb"})").at("Streams").as_array().size(), size_t(1));
    QVERIFY(streamsOk(*engine, "ListStreams", R"({"TableName":"Nope"})").at("Streams").as_array().empty());

    // Three shards of A, one per page.
    for (int i = 0; i < 2; ++i) {
        clock.advance(kHour);
        put(*engine, "Aaa", "x" + std::to_string(i));
    }
    std::vector<std::string> shardIds;
    start.clear();
    for (;;) {
        std::string request = R"({"StreamArn":")" + arns[0] + R"(","Limit":1)";
        if (!start.empty())
            request += R"(,"ExclusiveStartShardId":")" + start + "\"";
        auto d = streamsOk(*engine, "DescribeStream", request + "}").at("StreamDescription").as_object();
        QCOMPARE(d.at("Shards").as_array().size(), size_t(1));
        shardIds.push_back(str(d.at("Shards").as_array()[0].at("ShardId")));
        if (!d.contains("LastEvaluatedShardId"))
            break;
        start = str(d.at("LastEvaluatedShardId"));
    }
    QCOMPARE(shardIds.size(), size_t(3));
    QCOMPARE(shardIds,
        (std::vector<std::string> { str(shardsOf(*engine, arns[0])[0].at("ShardId")),
            str(shardsOf(*engine, arns[0])[1].at("ShardId")), str(shardsOf(*engine, arns[0])[2].at("ShardId")) }));

    // GetRecords pages by Limit along NextShardIterator.
    for (int i = 0; i < 5; ++i)
        put(*engine, "Bbb", "k" + std::to_string(i));
    // (The writes rolled the idle stream's first shard over.)
    const auto bShards = shardsOf(*engine, arns[1]);
    QCOMPARE(bShards.size(), size_t(2));
    std::string iterator = shardIterator(*engine, arns[1], str(bShards.back().at("ShardId")), "TRIM_HORIZON");
    std::vector<std::size_t> sizes;
    for (int i = 0; i < 4; ++i) {
        auto page = getRecords(*engine, iterator, 2);
        sizes.push_back(page.at("Records").as_array().size());
        iterator = str(page.at("NextShardIterator"));
    }
    QCOMPARE(sizes, (std::vector<std::size_t> { 2, 2, 1, 0 }));
}

void StreamsTest::disabledStreamStaysReadableUntilItExpires()
{
    TestClock clock;
    auto engine = clockEngine(clock);
    createStreamTable(*engine, "Tbl", "KEYS_ONLY");
    const std::string arn = latestStreamArn(*engine, "Tbl");
    put(*engine, "Tbl", "a");
    ok(*engine, "DeleteTable", R"({"TableName":"Tbl"})");
    auto d = streamsOk(*engine, "DescribeStream", R"({"StreamArn":")" + arn + "\"}").at("StreamDescription");
    QCOMPARE(str(d.at("StreamStatus")), "DISABLED");
    QCOMPARE(str(d.at("TableName")), "Tbl");
    const auto& shard = d.at("Shards").as_array()[0].as_object();
    QVERIFY(shard.at("SequenceNumberRange").as_object().contains("EndingSequenceNumber"));
    QCOMPARE(getRecords(*engine, shardIterator(*engine, arn, str(shard.at("ShardId")), "TRIM_HORIZON"))
                 .at("Records")
                 .as_array()
                 .size(),
        size_t(1));
    QCOMPARE(streamsOk(*engine, "ListStreams", "{}").at("Streams").as_array().size(), size_t(1));

    clock.advance(24 * kHour);
    QCOMPARE(streamsFails(*engine, "DescribeStream", R"({"StreamArn":")" + arn + "\"}"),
        QString::fromStdString(
            "ResourceNotFoundException: Requested resource not found: Stream: " + arn + " not found"));
    QVERIFY(streamsOk(*engine, "ListStreams", "{}").at("Streams").as_array().empty());
    engine->impl().sweeper().sweepNow();
    QVERIFY(streamsOk(*engine, "ListStreams", "{}").at("Streams").as_array().empty());
}

void StreamsTest::apiErrors()
{
    TestClock clock;
    auto engine = clockEngine(clock);
    createStreamTable(*engine, "Tbl", "KEYS_ONLY");
    const std::string arn = latestStreamArn(*engine, "Tbl");
    const std::string shard = str(shardsOf(*engine, arn)[0].at("ShardId"));
    const std::string missing = kArnPrefix + "Tbl/stream/2020-01-01T00:00:00.000";
    const QString missingMessage = QString::fromStdString(
        "ResourceNotFoundException: Requested resource not found: Stream: " + missing + " not found");

    QCOMPARE(streamsFails(*engine, "DescribeStream", R"({"StreamArn":")" + missing + "\"}"), missingMessage);
    QCOMPARE(streamsFails(*engine, "DescribeStream", "{}"),
        "ValidationException: 1 validation error detected: Value null at 'streamArn' failed to satisfy "
        "constraint: Member must not be null");
    QCOMPARE(streamsFails(*engine, "DescribeStream", R"({"StreamArn":"short"})"),
        "ValidationException: 1 validation error detected: Value 'short' at 'streamArn' failed to satisfy "
        "constraint: Member must have length greater than or equal to 37");
    QCOMPARE(streamsFails(*engine, "DescribeStream", R"({"StreamArn":")" + arn + R"(","Limit":0})"),
        "ValidationException: 1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: "
        "Member must have value greater than or equal to 1");

    const std::string base = R"({"StreamArn":")" + arn + R"(","ShardId":")" + shard + "\",";
    QCOMPARE(streamsFails(*engine, "GetShardIterator",
                 R"({"StreamArn":")" + missing + R"(","ShardId":")" + shard + R"(","ShardIteratorType":"LATEST"})"),
        missingMessage);
    QCOMPARE(streamsFails(*engine, "GetShardIterator",
                 R"({"StreamArn":")" + arn
                     + R"(","ShardId":"shardId-00000001704164645678-00000000","ShardIteratorType":"LATEST"})"),
        "ResourceNotFoundException: Requested resource not found: Shard does not exist");
    QCOMPARE(streamsFails(*engine, "GetShardIterator", base + R"("ShardIteratorType":"FIRST"})"),
        "ValidationException: 1 validation error detected: Value 'FIRST' at 'shardIteratorType' failed to "
        "satisfy constraint: Member must satisfy enum value set: [TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER, "
        "AFTER_SEQUENCE_NUMBER]");
    QCOMPARE(streamsFails(*engine, "GetShardIterator", base + R"("ShardIteratorType":"AT_SEQUENCE_NUMBER"})"),
        "ValidationException: Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and "
        "SequenceNumber or (2) TRIM_HORIZON or LATEST and no SequenceNumber. Request specified "
        "AT_SEQUENCE_NUMBER and no SequenceNumber.");
    QCOMPARE(streamsFails(*engine, "GetShardIterator",
                 base + R"("ShardIteratorType":"LATEST","SequenceNumber":"000000000000000000001"})"),
        "ValidationException: Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and "
        "SequenceNumber or (2) TRIM_HORIZON or LATEST and no SequenceNumber. Request specified LATEST and a "
        "SequenceNumber.");
    QCOMPARE(streamsFails(*engine, "GetShardIterator",
                 base + R"("ShardIteratorType":"AT_SEQUENCE_NUMBER","SequenceNumber":"999999999999999999999"})"),
        QString::fromStdString("ValidationException: Invalid SequenceNumber: 999999999999999999999 is not in "
                               "shard "
            + shard));
    QCOMPARE(streamsFails(*engine, "GetShardIterator",
                 base + R"("ShardIteratorType":"AT_SEQUENCE_NUMBER","SequenceNumber":"1"})"),
        "ValidationException: 1 validation error detected: Value '1' at 'sequenceNumber' failed to satisfy "
        "constraint: Member must have length greater than or equal to 21");

    const std::string iterator = shardIterator(*engine, arn, shard, "LATEST");
    QCOMPARE(streamsFails(*engine, "GetRecords", R"({"ShardIterator":"garbage"})"),
        "ValidationException: Invalid ShardIterator");
    std::string forged = iterator;
    forged[forged.size() - 6] = forged[forged.size() - 6] == 'A' ? 'B' : 'A';
    QCOMPARE(streamsFails(*engine, "GetRecords", R"({"ShardIterator":")" + forged + "\"}"),
        "ValidationException: Invalid ShardIterator");
    QCOMPARE(streamsFails(*engine, "GetRecords", "{}"),
        "ValidationException: 1 validation error detected: Value null at 'shardIterator' failed to satisfy "
        "constraint: Member must not be null");
    QCOMPARE(streamsFails(*engine, "GetRecords", R"({"ShardIterator":")" + iterator + R"(","Limit":0})"),
        "ValidationException: 1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: "
        "Member must have value greater than or equal to 1");
    QCOMPARE(streamsFails(*engine, "GetRecords", R"({"ShardIterator":")" + iterator + R"(","Limit":1001})"),
        "LimitExceededException: Too many operations for a given subscriber.");
    QCOMPARE(streamsFails(*engine, "ListStreams", R"({"Limit":0})"),
        "ValidationException: 1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: "
        "Member must have value greater than or equal to 1");
    // Streams operations are not DynamoDB ones and the other way round.
    QVERIFY(Engine::supports(Api::Streams, "GetRecords"));
    QVERIFY(!Engine::supports(Api::DynamoDB, "GetRecords"));
    QVERIFY(!Engine::supports(Api::Streams, "PutItem"));
    // The wire type of the Streams errors.
    const Result r = engine->execute(Api::Streams, "GetRecords", R"({"ShardIterator":"garbage"})");
    QCOMPARE(r.error->wireType(), "com.amazon.coral.validate#ValidationException");
    const Result expired = engine->execute(Api::Streams, "DescribeStream", R"({"StreamArn":")" + missing + "\"}");
    QCOMPARE(expired.error->wireType(), "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException");
}

#endif // Q_MOC_RUN

QTEST_APPLESS_MAIN(StreamsTest)
#include "StreamsTest.moc"
