// CreateTable, DescribeTable, ListTables, DeleteTable, UpdateTable and tags:
// results, persistence and DynamoDB's errors.
#include "EngineTestSupport.h"

#include <QTemporaryDir>

using namespace dynoscope;
using namespace dynoscope::test;

class TableOpsTest : public QObject {
    Q_OBJECT
private slots:
    void createAndDescribe()
    {
        auto engine = memoryEngine([] { return std::int64_t(1700000000500); });
        auto created = ok(*engine, "CreateTable",
                          R"({"TableName":"Music","KeySchema":[{"AttributeName":"Artist","KeyType":"HASH"},)"
                          R"({"AttributeName":"Song","KeyType":"RANGE"}],"AttributeDefinitions":[)"
                          R"({"AttributeName":"Artist","AttributeType":"S"},{"AttributeName":"Song","AttributeType":"S"}],)"
                          R"("ProvisionedThroughput":{"ReadCapacityUnits":5,"WriteCapacityUnits":7}})");
        const auto& d = created.at("TableDescription").as_object();
        QCOMPARE(d.at("TableStatus").as_string(), "CREATING");
        QCOMPARE(d.at("TableArn").as_string(), "arn:aws:dynamodb:us-east-1:000000000000:table/Music");
        QCOMPARE(d.at("CreationDateTime").as_double(), 1700000000.5);
        QCOMPARE(d.at("ProvisionedThroughput").at("ReadCapacityUnits").as_int64(), 5);
        QCOMPARE(d.at("TableId").as_string().size(), size_t(36));

        auto described = ok(*engine, "DescribeTable", R"({"TableName":"Music"})").at("Table").as_object();
        QCOMPARE(described.at("TableStatus").as_string(), "ACTIVE");
        QCOMPARE(described.at("ItemCount").as_int64(), 0);
        QCOMPARE(described.at("TableSizeBytes").as_int64(), 0);
        QCOMPARE(described.at("KeySchema").as_array().size(), size_t(2));
        QCOMPARE(described.at("BillingModeSummary").at("BillingMode").as_string(), "PROVISIONED");
        QVERIFY(!described.contains("Tags"));
    }

    void createErrors()
    {
        auto engine = memoryEngine();
        createTable(*engine, "Exists");
        QCOMPARE(fails(*engine, "CreateTable",
                       R"({"TableName":"Exists","BillingMode":"PAY_PER_REQUEST","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],)"
                       R"("AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}]})"),
                 "ResourceInUseException: Table already exists: Exists");
        QCOMPARE(fails(*engine, "CreateTable",
                       R"({"TableName":"ab","BillingMode":"PAY_PER_REQUEST","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],)"
                       R"("AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}]})"),
                 "ValidationException: 1 validation error detected: Value 'ab' at 'tableName' failed to satisfy "
                 "constraint: Member must have length greater than or equal to 3");
        QCOMPARE(fails(*engine, "CreateTable",
                       R"({"TableName":"T11","BillingMode":"PAY_PER_REQUEST","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],)"
                       R"("AttributeDefinitions":[{"AttributeName":"x","AttributeType":"S"}]})"),
                 "ValidationException: One or more parameter values were invalid: Some index key attributes are not "
                 "defined in AttributeDefinitions. Keys: [pk], AttributeDefinitions: [x]");
        QCOMPARE(fails(*engine, "CreateTable",
                       R"({"TableName":"T11","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],)"
                       R"("AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}]})"),
                 "ValidationException: One or more parameter values were invalid: ReadCapacityUnits and "
                 "WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
        QCOMPARE(fails(*engine, "CreateTable",
                       R"({"TableName":"T11","BillingMode":"PAY_PER_REQUEST","KeySchema":[{"AttributeName":"pk","KeyType":"RANGE"}],)"
                       R"("AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}]})"),
                 "ValidationException: Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        QCOMPARE(fails(*engine, "CreateTable",
                       R"({"TableName":"T11","BillingMode":"PAY_PER_REQUEST","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],)"
                       R"("AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"X"}]})"),
                 "ValidationException: 1 validation error detected: Value 'X' at "
                 "'attributeDefinitions.member.1.attributeType' failed to satisfy constraint: Member must satisfy "
                 "enum value set: [B, N, S]");
        QCOMPARE(fails(*engine, "CreateTable", R"({"TableName":5})"),
                 "SerializationException: NUMBER_VALUE can not be converted to String");
        QCOMPARE(fails(*engine, "DescribeTable", R"({"TableName":"Missing"})"),
                 "ResourceNotFoundException: Requested resource not found: Table: Missing not found");
    }

    void listTablesPages()
    {
        auto engine = memoryEngine();
        for (const char* name : {"ccc", "aaa", "bbb", "ddd"})
            createTable(*engine, name);
        auto page = ok(*engine, "ListTables", R"({"Limit":3})");
        QCOMPARE(boost::json::serialize(page.at("TableNames")), R"(["aaa","bbb","ccc"])");
        QCOMPARE(page.at("LastEvaluatedTableName").as_string(), "ccc");
        page = ok(*engine, "ListTables", R"({"Limit":3,"ExclusiveStartTableName":"ccc"})");
        QCOMPARE(boost::json::serialize(page.at("TableNames")), R"(["ddd"])");
        QVERIFY(!page.contains("LastEvaluatedTableName"));
        QCOMPARE(fails(*engine, "ListTables", R"({"Limit":0})"),
                 "ValidationException: 1 validation error detected: Value '0' at 'limit' failed to satisfy "
                 "constraint: Member must have value greater than or equal to 1");
    }

    void deleteTable()
    {
        auto engine = memoryEngine();
        createTable(*engine, "Gone");
        ok(*engine, "PutItem", R"({"TableName":"Gone","Item":{"pk":{"S":"a"}}})");
        auto deleted = ok(*engine, "DeleteTable", R"({"TableName":"Gone"})");
        QCOMPARE(deleted.at("TableDescription").at("TableStatus").as_string(), "DELETING");
        QCOMPARE(fails(*engine, "DescribeTable", R"({"TableName":"Gone"})"),
                 "ResourceNotFoundException: Requested resource not found: Table: Gone not found");
        // A new table of the same name starts empty.
        createTable(*engine, "Gone");
        auto scan = ok(*engine, "Scan", R"({"TableName":"Gone"})");
        QCOMPARE(scan.at("Count").as_int64(), 0);
    }

    void updateBillingAndThroughput()
    {
        auto engine = memoryEngine();
        createTable(*engine, "Bills");
        auto updated = ok(*engine, "UpdateTable",
                          R"({"TableName":"Bills","BillingMode":"PROVISIONED",)"
                          R"("ProvisionedThroughput":{"ReadCapacityUnits":3,"WriteCapacityUnits":4}})");
        const auto& d = updated.at("TableDescription").as_object();
        QCOMPARE(d.at("BillingModeSummary").at("BillingMode").as_string(), "PROVISIONED");
        QCOMPARE(d.at("ProvisionedThroughput").at("WriteCapacityUnits").as_int64(), 4);
        QCOMPARE(fails(*engine, "UpdateTable",
                       R"({"TableName":"Bills","ProvisionedThroughput":{"ReadCapacityUnits":3,"WriteCapacityUnits":4}})")
                     .left(78),
                 QString("ValidationException: The provisioned throughput for the table will not change."));
        auto back = ok(*engine, "UpdateTable", R"({"TableName":"Bills","BillingMode":"PAY_PER_REQUEST"})");
        QCOMPARE(back.at("TableDescription").at("BillingModeSummary").at("BillingMode").as_string(),
                 "PAY_PER_REQUEST");
    }

    void tags()
    {
        auto engine = memoryEngine();
        createTable(*engine, "Tagged");
        const std::string arn = "arn:aws:dynamodb:us-east-1:000000000000:table/Tagged";
        ok(*engine, "TagResource",
           R"({"ResourceArn":")" + arn + R"(","Tags":[{"Key":"env","Value":"dev"},{"Key":"team","Value":"a"}]})");
        ok(*engine, "TagResource", R"({"ResourceArn":")" + arn + R"(","Tags":[{"Key":"env","Value":"prod"}]})");
        ok(*engine, "UntagResource", R"({"ResourceArn":")" + arn + R"(","TagKeys":["team"]})");
        auto tags = ok(*engine, "ListTagsOfResource", R"({"ResourceArn":")" + arn + R"("})");
        QCOMPARE(boost::json::serialize(tags.at("Tags")), R"([{"Key":"env","Value":"prod"}])");
        QCOMPARE(fails(*engine, "ListTagsOfResource",
                       R"({"ResourceArn":"arn:aws:dynamodb:us-east-1:000000000000:table/Nope"})"),
                 "ResourceNotFoundException: Requested resource not found: ResourcArn: "
                 "arn:aws:dynamodb:us-east-1:000000000000:table/Nope not found");
    }

    void limitsAndEndpoints()
    {
        auto engine = memoryEngine();
        QCOMPARE(ok(*engine, "DescribeLimits", "{}").at("TableMaxReadCapacityUnits").as_int64(), 40000);
        QCOMPARE(ok(*engine, "DescribeEndpoints", "{}").at("Endpoints").as_array().size(), size_t(1));
    }

    void unknownOperationAndBadJson()
    {
        auto engine = memoryEngine();
        QCOMPARE(fails(*engine, "DropEverything", "{}"), "UnknownOperationException: ");
        QVERIFY(fails(*engine, "ListTables", "{nope").startsWith("SerializationException: "));
    }

    void persistsAcrossReopen()
    {
        QTemporaryDir dir;
        EngineOptions options;
        options.path = (dir.path() + "/db.dynoscope").toStdString();
        std::string error;
        {
            auto engine = Engine::open(options, &error);
            QVERIFY2(engine, error.c_str());
            createTable(*engine, "Kept");
            ok(*engine, "PutItem", R"({"TableName":"Kept","Item":{"pk":{"S":"a"},"n":{"N":"1.50"}}})");
        }
        auto engine = Engine::open(options, &error);
        QVERIFY2(engine, error.c_str());
        auto described = ok(*engine, "DescribeTable", R"({"TableName":"Kept"})").at("Table").as_object();
        QCOMPARE(described.at("ItemCount").as_int64(), 1);
        auto item = ok(*engine, "GetItem", R"({"TableName":"Kept","Key":{"pk":{"S":"a"}}})");
        QCOMPARE(boost::json::serialize(item.at("Item").at("n")), R"({"N":"1.5"})");
    }

    void refusesForeignSqliteFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + "/other.db";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a database at all, just some text that is long enough to look like a header....");
        }
        EngineOptions options;
        options.path = path.toStdString();
        std::string error;
        QVERIFY(!Engine::open(options, &error));
        QVERIFY(!error.empty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("this is not a database"));
    }
};

QTEST_APPLESS_MAIN(TableOpsTest)
#include "TableOpsTest.moc"
