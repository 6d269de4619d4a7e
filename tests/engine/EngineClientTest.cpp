// The typed C++ API: the same operations and errors as the JSON entry point,
// with C++ values.
#include <QtTest>

#include "EngineTestSupport.h"

#include <dynoscope/EngineClient.h>

using namespace dynoscope;

namespace {
AttributeValue s(const char* text) { return AttributeValue::string(text); }
AttributeValue n(const char* text) { return AttributeValue::number(Number::parse(text)); }
} // namespace

class EngineClientTest : public QObject {
    Q_OBJECT
private slots:
    void tablesAndItems()
    {
        auto engine = test::memoryEngine();
        EngineClient client(*engine);
        auto created = client.createTable({"Scores", {"player", AttributeValue::Type::S},
                                           KeySchemaElement{"game", AttributeValue::Type::N}, std::nullopt});
        QVERIFY(created.ok());
        QCOMPARE(created.value.status, std::string("CREATING"));
        QCOMPARE(client.listTables().value, std::vector<std::string>{"Scores"});

        for (int game = 1; game <= 5; ++game)
            QVERIFY(client.putItem("Scores", {{"player", s("ada")},
                                              {"game", n(std::to_string(game).c_str())},
                                              {"points", n(std::to_string(game * 10).c_str())}})
                        .ok());
        auto got = client.getItem("Scores", {{"player", s("ada")}, {"game", n("3")}}, true);
        QVERIFY(got.ok() && got.value);
        QCOMPARE(got.value->at("points").num().toString(), std::string("30"));

        WriteOptions add;
        add.updateExpression = "ADD points :p";
        add.conditionExpression = "attribute_exists(points)";
        add.parameters.values[":p"] = n("5");
        add.returnValues = ReturnValues::UpdatedNew;
        auto updated = client.updateItem("Scores", {{"player", s("ada")}, {"game", n("3")}}, add);
        QVERIFY(updated.ok());
        QCOMPARE(updated.value->at("points").num().toString(), std::string("35"));

        ReadRequest query;
        query.tableName = "Scores";
        query.keyConditionExpression = "player = :p AND game >= :g";
        query.parameters.values = {{":p", s("ada")}, {":g", n("2")}};
        query.limit = 3;
        query.scanIndexForward = false;
        auto page = client.query(query);
        QVERIFY(page.ok());
        QCOMPARE(page.value.count, 3);
        QCOMPARE(page.value.items.front().at("game").num().toString(), std::string("5"));
        QVERIFY(page.value.lastEvaluatedKey);
        QCOMPARE(page.value.lastEvaluatedKey->at("game").num().toString(), std::string("3"));

        auto removed = client.deleteItem("Scores", {{"player", s("ada")}, {"game", n("1")}},
                                         WriteOptions{{}, {}, {}, ReturnValues::AllOld});
        QVERIFY(removed.ok() && removed.value);
        ReadRequest scan;
        scan.tableName = "Scores";
        QCOMPARE(client.scan(scan).value.count, 4);
        QCOMPARE(client.describeTable("Scores").value.itemCount, 4);
    }

    void errorsAreDynamoDBs()
    {
        auto engine = test::memoryEngine();
        EngineClient client(*engine);
        auto missing = client.getItem("Nope", {{"pk", s("x")}});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error->name(), std::string_view("ResourceNotFoundException"));
        QVERIFY(client.createTable({"Guarded", {"pk", AttributeValue::Type::S}, std::nullopt, std::nullopt}).ok());
        WriteOptions onlyNew;
        onlyNew.conditionExpression = "attribute_not_exists(pk)";
        QVERIFY(client.putItem("Guarded", {{"pk", s("a")}}, onlyNew).ok());
        auto again = client.putItem("Guarded", {{"pk", s("a")}}, onlyNew);
        QVERIFY(!again.ok());
        QCOMPARE(again.error->name(), std::string_view("ConditionalCheckFailedException"));
        auto duplicate = client.createTable({"Guarded", {"pk", AttributeValue::Type::S}, std::nullopt, std::nullopt});
        QCOMPARE(duplicate.error->message(), std::string("Table already exists: Guarded"));
    }
};

QTEST_APPLESS_MAIN(EngineClientTest)
#include "EngineClientTest.moc"
