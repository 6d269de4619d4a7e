// Saved queries and query history (Dynoscope's PutSavedQuery and friends):
// stored definitions, replacing, renaming, deleting, the history's bound,
// validation errors, persistence in the file across DeleteTable and reopen,
// read-only databases and the migration of a version 3 file.
#include <QtTest>

#include "EngineTestSupport.h"

#include <sqlite3.h>

#include <QTemporaryDir>

using namespace dynoscope;
using namespace dynoscope::test;

namespace {

Result call(Engine& engine, const std::string& op, const std::string& json)
{
    return engine.execute(Api::Dynoscope, op, json);
}

boost::json::object dynoscopeOk(Engine& engine, const std::string& op, const std::string& json)
{
    const Result r = call(engine, op, json);
    if (!r.ok())
        qFatal("%s failed: %s: %s\nrequest: %s", op.c_str(), std::string(r.error->name()).c_str(),
            r.error->message().c_str(), json.c_str());
    return boost::json::parse(r.body).as_object();
}

QString dynoscopeFails(Engine& engine, const std::string& op, const std::string& json)
{
    const Result r = call(engine, op, json);
    if (r.ok())
        qFatal("%s unexpectedly succeeded: %s\nrequest: %s", op.c_str(), r.body.c_str(), json.c_str());
    return QString::fromStdString(std::string(r.error->name()) + ": " + r.error->message());
}

std::string put(const std::string& table, const std::string& name, const std::string& definition)
{
    return R"({"TableName":")" + table + R"(","Name":")" + name + R"(","Definition":)" + definition + "}";
}

boost::json::array saved(Engine& engine, const std::string& table)
{
    return dynoscopeOk(engine, "ListSavedQueries", R"({"TableName":")" + table + R"("})").at("SavedQueries").as_array();
}

QStringList savedNames(Engine& engine, const std::string& table)
{
    QStringList names;
    for (const auto& entry : saved(engine, table))
        names.append(QString::fromStdString(std::string(entry.at("Name").as_string())));
    return names;
}

std::unique_ptr<Engine> fileEngine(const QString& path, bool readOnly = false)
{
    EngineOptions options;
    options.path = path.toStdString();
    options.readOnly = readOnly;
    options.sweepIntervalMillis = 0;
    std::string error;
    auto engine = Engine::open(options, &error);
    if (!engine)
        qFatal("cannot open %s: %s", qPrintable(path), error.c_str());
    return engine;
}

const std::string kDefinition
    = R"({"Operation":"Query","Request":{"TableName":"Orders","KeyConditionExpression":"pk = :p",)"
      R"("ExpressionAttributeValues":{":p":{"S":"USER#1"}},"Limit":25},"MaxItems":100})";

} // namespace

class SavedQueryTest : public QObject {
    Q_OBJECT
private slots:
    void putStoresTheDefinitionAsGiven();
    void putReplacesAndKeepsCreationTime();
    void namesAreUniquePerTable();
    void renameMovesAndRefusesATakenName();
    void deleteRemovesOneQuery();
    void validationErrors();
    void historyKeepsTheNewestTwoHundred();
    void historyLimitAndValidation();
    void queriesSurviveDeleteTableAndReopen();
    void readOnlyDatabaseRefusesWrites();
    void versionThreeFileIsMigrated();
};

#ifndef Q_MOC_RUN

void SavedQueryTest::putStoresTheDefinitionAsGiven()
{
    std::int64_t now = 1'700'000'000'123;
    auto engine = memoryEngine([&] { return now; });
    createTable(*engine, "Orders", "S");
    const auto reply = dynoscopeOk(*engine, "PutSavedQuery", put("Orders", "Orders of a user", kDefinition));
    QCOMPARE(json(reply.at("SavedQuery").at("Definition")), kDefinition);

    const auto list = saved(*engine, "Orders");
    QCOMPARE(list.size(), std::size_t(1));
    const auto& entry = list.at(0).as_object();
    QCOMPARE(std::string(entry.at("Name").as_string()), std::string("Orders of a user"));
    // Stored as given: same members, same order, numbers untouched.
    QCOMPARE(json(entry.at("Definition")), kDefinition);
    QCOMPARE(entry.at("CreatedAt").as_double(), 1'700'000'000.123);
    QCOMPARE(entry.at("UpdatedAt").as_double(), 1'700'000'000.123);
    QVERIFY(saved(*engine, "Other").empty());
}

void SavedQueryTest::putReplacesAndKeepsCreationTime()
{
    std::int64_t now = 1'000'000;
    auto engine = memoryEngine([&] { return now; });
    createTable(*engine, "Orders", "S");
    dynoscopeOk(*engine, "PutSavedQuery", put("Orders", "q", R"({"v":1})"));
    now = 5'000'000;
    dynoscopeOk(*engine, "PutSavedQuery", put("Orders", "q", R"({"v":2})"));
    const auto list = saved(*engine, "Orders");
    QCOMPARE(list.size(), std::size_t(1));
    QCOMPARE(json(list.at(0).at("Definition")), std::string(R"({"v":2})"));
    QCOMPARE(list.at(0).at("CreatedAt").as_double(), 1000.0);
    QCOMPARE(list.at(0).at("UpdatedAt").as_double(), 5000.0);
}

void SavedQueryTest::namesAreUniquePerTable()
{
    auto engine = memoryEngine();
    createTable(*engine, "Orders", "S");
    createTable(*engine, "Users");
    dynoscopeOk(*engine, "PutSavedQuery", put("Orders", "b", R"({"t":"orders"})"));
    dynoscopeOk(*engine, "PutSavedQuery", put("Orders", "a", R"({"t":"orders"})"));
    dynoscopeOk(*engine, "PutSavedQuery", put("Users", "a", R"({"t":"users"})"));
    QCOMPARE(savedNames(*engine, "Orders"), (QStringList { "a", "b" }));
    QCOMPARE(savedNames(*engine, "Users"), QStringList { "a" });
    QCOMPARE(json(saved(*engine, "Users").at(0).at("Definition")), std::string(R"({"t":"users"})"));
}

void SavedQueryTest::renameMovesAndRefusesATakenName()
{
    std::int64_t now = 1'000;
    auto engine = memoryEngine([&] { return now; });
    createTable(*engine, "Orders", "S");
    dynoscopeOk(*engine, "PutSavedQuery", put("Orders", "old", R"({"v":1})"));
    dynoscopeOk(*engine, "PutSavedQuery", put("Orders", "taken", R"({"v":2})"));
    now = 2'000;
    const auto renamed
        = dynoscopeOk(*engine, "RenameSavedQuery", R"({"TableName":"Orders","Name":"old","NewName":"new"})");
    QCOMPARE(std::string(renamed.at("SavedQuery").at("Name").as_string()), std::string("new"));
    QCOMPARE(savedNames(*engine, "Orders"), (QStringList { "new", "taken" }));
    QCOMPARE(json(saved(*engine, "Orders").at(0).at("Definition")), std::string(R"({"v":1})"));
    QCOMPARE(saved(*engine, "Orders").at(0).at("CreatedAt").as_double(), 1.0);
    QCOMPARE(saved(*engine, "Orders").at(0).at("UpdatedAt").as_double(), 2.0);

    QCOMPARE(dynoscopeFails(*engine, "RenameSavedQuery", R"({"TableName":"Orders","Name":"new","NewName":"taken"})"),
        QString("ResourceInUseException: Saved query already exists: taken of table Orders"));
    QCOMPARE(dynoscopeFails(*engine, "RenameSavedQuery", R"({"TableName":"Orders","Name":"gone","NewName":"x"})"),
        QString("ResourceNotFoundException: Requested resource not found: Saved query gone of table Orders not "
                "found"));
    QCOMPARE(dynoscopeFails(*engine, "RenameSavedQuery", R"({"TableName":"Orders","Name":"new"})"),
        QString("ValidationException: 1 validation error detected: Value null at 'newName' failed to satisfy "
                "constraint: Member must not be null"));
    // Renaming to itself changes nothing.
    dynoscopeOk(*engine, "RenameSavedQuery", R"({"TableName":"Orders","Name":"new","NewName":"new"})");
    QCOMPARE(savedNames(*engine, "Orders"), (QStringList { "new", "taken" }));
}

void SavedQueryTest::deleteRemovesOneQuery()
{
    auto engine = memoryEngine();
    createTable(*engine, "Orders", "S");
    dynoscopeOk(*engine, "PutSavedQuery", put("Orders", "a", "{}"));
    dynoscopeOk(*engine, "PutSavedQuery", put("Orders", "b", "{}"));
    QCOMPARE(json(dynoscopeOk(*engine, "DeleteSavedQuery", R"({"TableName":"Orders","Name":"a"})")), std::string("{}"));
    QCOMPARE(savedNames(*engine, "Orders"), QStringList { "b" });
    QCOMPARE(dynoscopeFails(*engine, "DeleteSavedQuery", R"({"TableName":"Orders","Name":"a"})"),
        QString("ResourceNotFoundException: Requested resource not found: Saved query a of table Orders not found"));
}

void SavedQueryTest::validationErrors()
{
    auto engine = memoryEngine();
    createTable(*engine, "Orders", "S");
    QCOMPARE(dynoscopeFails(*engine, "PutSavedQuery", R"({"TableName":"Orders","Definition":{}})"),
        QString("ValidationException: 1 validation error detected: Value null at 'name' failed to satisfy "
                "constraint: Member must not be null"));
    QCOMPARE(dynoscopeFails(*engine, "PutSavedQuery", R"({"TableName":"Orders","Name":"","Definition":{}})"),
        QString("ValidationException: 1 validation error detected: Value '' at 'name' failed to satisfy "
                "constraint: Member must have length greater than or equal to 1"));
    QCOMPARE(dynoscopeFails(*engine, "PutSavedQuery", R"({"TableName":"Orders","Name":"  ","Definition":{}})"),
        QString("ValidationException: 1 validation error detected: Value '  ' at 'name' failed to satisfy "
                "constraint: Member must not be blank"));
    QVERIFY(dynoscopeFails(*engine, "PutSavedQuery", put("Orders", std::string(256, 'x'), "{}"))
                .endsWith("Member must have length less than or equal to 255"));
    QCOMPARE(dynoscopeFails(*engine, "PutSavedQuery", R"({"TableName":"Orders","Name":"q"})"),
        QString("ValidationException: 1 validation error detected: Value null at 'definition' failed to satisfy "
                "constraint: Member must not be null"));
    QVERIFY(dynoscopeFails(*engine, "PutSavedQuery", R"({"TableName":"Orders","Name":"q","Definition":[1]})")
                .startsWith("SerializationException"));
    QVERIFY(dynoscopeFails(*engine, "PutSavedQuery", R"({"TableName":"Orders","Name":7,"Definition":{}})")
                .startsWith("SerializationException"));
    QCOMPARE(dynoscopeFails(*engine, "PutSavedQuery", put("Missing", "q", "{}")),
        QString("ResourceNotFoundException: Requested resource not found"));
    QCOMPARE(dynoscopeFails(*engine, "AddQueryHistory", R"({"TableName":"Missing","Definition":{}})"),
        QString("ResourceNotFoundException: Requested resource not found"));
    QVERIFY(dynoscopeFails(*engine, "ListSavedQueries", "{}").contains("Value null at 'tableName'"));
    QVERIFY(dynoscopeFails(*engine, "ListSavedQueries", R"({"TableName":"a"})")
                .contains("Member must have length greater than or equal to 3"));
    const std::string huge = R"({"s":")" + std::string(410 * 1024, 'x') + R"("})";
    QCOMPARE(dynoscopeFails(*engine, "PutSavedQuery", put("Orders", "q", huge)),
        QString("ValidationException: Definition is %1 bytes long: at most 409600 are allowed").arg(huge.size()));
    QVERIFY(saved(*engine, "Orders").empty());
}

void SavedQueryTest::historyKeepsTheNewestTwoHundred()
{
    std::int64_t now = 0;
    auto engine = memoryEngine([&] { return now; });
    createTable(*engine, "Orders", "S");
    createTable(*engine, "Users");
    dynoscopeOk(*engine, "AddQueryHistory", R"({"TableName":"Users","Definition":{"n":-1}})");
    for (int i = 0; i < 205; ++i) {
        now = 1000 * i;
        dynoscopeOk(
            *engine, "AddQueryHistory", R"({"TableName":"Orders","Definition":{"n":)" + std::to_string(i) + "}}");
    }
    const auto history
        = dynoscopeOk(*engine, "ListQueryHistory", R"({"TableName":"Orders"})").at("QueryHistory").as_array();
    QCOMPARE(history.size(), std::size_t(200));
    QCOMPARE(json(history.front().at("Definition")), std::string(R"({"n":204})"));
    QCOMPARE(history.front().at("RanAt").as_double(), 204.0);
    QCOMPARE(json(history.back().at("Definition")), std::string(R"({"n":5})"));
    // Another table's history is bounded on its own.
    const auto users
        = dynoscopeOk(*engine, "ListQueryHistory", R"({"TableName":"Users"})").at("QueryHistory").as_array();
    QCOMPARE(users.size(), std::size_t(1));
}

void SavedQueryTest::historyLimitAndValidation()
{
    auto engine = memoryEngine();
    createTable(*engine, "Orders", "S");
    for (int i = 0; i < 4; ++i)
        dynoscopeOk(
            *engine, "AddQueryHistory", R"({"TableName":"Orders","Definition":{"n":)" + std::to_string(i) + "}}");
    const auto two
        = dynoscopeOk(*engine, "ListQueryHistory", R"({"TableName":"Orders","Limit":2})").at("QueryHistory").as_array();
    QCOMPARE(two.size(), std::size_t(2));
    QCOMPARE(json(two.at(0).at("Definition")), std::string(R"({"n":3})"));
    QCOMPARE(json(two.at(1).at("Definition")), std::string(R"({"n":2})"));
    QCOMPARE(dynoscopeFails(*engine, "ListQueryHistory", R"({"TableName":"Orders","Limit":0})"),
        QString("ValidationException: 1 validation error detected: Value '0' at 'limit' failed to satisfy "
                "constraint: Member must have value greater than or equal to 1"));
    QCOMPARE(dynoscopeFails(*engine, "ListQueryHistory", R"({"TableName":"Orders","Limit":201})"),
        QString("ValidationException: 1 validation error detected: Value '201' at 'limit' failed to satisfy "
                "constraint: Member must have value less than or equal to 200"));
    QCOMPARE(dynoscopeFails(*engine, "AddQueryHistory", R"({"TableName":"Orders"})"),
        QString("ValidationException: 1 validation error detected: Value null at 'definition' failed to satisfy "
                "constraint: Member must not be null"));
}

void SavedQueryTest::queriesSurviveDeleteTableAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("saved.dynoscope");
    {
        auto engine = fileEngine(path);
        createTable(*engine, "Orders", "S");
        dynoscopeOk(*engine, "PutSavedQuery", put("Orders", "by user", kDefinition));
        dynoscopeOk(*engine, "AddQueryHistory", R"({"TableName":"Orders","Definition":{"n":1}})");
        ok(*engine, "DeleteTable", R"({"TableName":"Orders"})");
        // Kept on purpose (see SavedQueryStore.h): the table comes back.
        QCOMPARE(savedNames(*engine, "Orders"), QStringList { "by user" });
    }
    auto engine = fileEngine(path);
    QCOMPARE(savedNames(*engine, "Orders"), QStringList { "by user" });
    QCOMPARE(json(saved(*engine, "Orders").at(0).at("Definition")), kDefinition);
    QCOMPARE(dynoscopeOk(*engine, "ListQueryHistory", R"({"TableName":"Orders"})").at("QueryHistory").as_array().size(),
        std::size_t(1));
    // Deleting a saved query works without the table.
    dynoscopeOk(*engine, "DeleteSavedQuery", R"({"TableName":"Orders","Name":"by user"})");
    QVERIFY(saved(*engine, "Orders").empty());
}

void SavedQueryTest::readOnlyDatabaseRefusesWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("ro.dynoscope");
    {
        auto engine = fileEngine(path);
        createTable(*engine, "Orders", "S");
        dynoscopeOk(*engine, "PutSavedQuery", put("Orders", "q", "{}"));
    }
    auto engine = fileEngine(path, true);
    QVERIFY(engine->options().readOnly);
    QCOMPARE(savedNames(*engine, "Orders"), QStringList { "q" });
    QCOMPARE(dynoscopeFails(*engine, "PutSavedQuery", put("Orders", "r", "{}")),
        QString("ValidationException: The database is open read-only: PutSavedQuery cannot change it"));
    QCOMPARE(dynoscopeFails(*engine, "DeleteSavedQuery", R"({"TableName":"Orders","Name":"q"})"),
        QString("ValidationException: The database is open read-only: DeleteSavedQuery cannot change it"));
    QCOMPARE(dynoscopeFails(*engine, "RenameSavedQuery", R"({"TableName":"Orders","Name":"q","NewName":"r"})"),
        QString("ValidationException: The database is open read-only: RenameSavedQuery cannot change it"));
    QCOMPARE(dynoscopeFails(*engine, "AddQueryHistory", R"({"TableName":"Orders","Definition":{}})"),
        QString("ValidationException: The database is open read-only: AddQueryHistory cannot change it"));
    QVERIFY(
        dynoscopeOk(*engine, "ListQueryHistory", R"({"TableName":"Orders"})").at("QueryHistory").as_array().empty());
}

void SavedQueryTest::versionThreeFileIsMigrated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("old.dynoscope");
    {
        auto engine = fileEngine(path);
        createTable(*engine, "Orders", "S");
    }
    // Turn the file back into what version 3 wrote: no saved-query tables.
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "DROP TABLE saved_queries; DROP TABLE query_history; PRAGMA user_version=3;", nullptr,
                 nullptr, nullptr),
        SQLITE_OK);
    sqlite3_close(db);
    {
        // Read-only opens cannot migrate: they refuse the old file.
        EngineOptions options;
        options.path = path.toStdString();
        options.readOnly = true;
        std::string error;
        QVERIFY(!Engine::open(options, &error));
    }
    auto engine = fileEngine(path);
    QVERIFY(saved(*engine, "Orders").empty());
    dynoscopeOk(*engine, "PutSavedQuery", put("Orders", "q", "{}"));
    QCOMPARE(savedNames(*engine, "Orders"), QStringList { "q" });
    QCOMPARE(ok(*engine, "Scan", R"({"TableName":"Orders"})").at("Count").as_int64(), std::int64_t(0));
}

#endif // Q_MOC_RUN

QTEST_APPLESS_MAIN(SavedQueryTest)
#include "SavedQueryTest.moc"
