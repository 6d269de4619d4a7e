// PartiQL through the engine's JSON entry point: the parser on its own, each
// statement kind, the choice of Query or Scan, parameters, paging with Limit
// and NextToken, DynamoDB's errors, and the semantics of
// BatchExecuteStatement and ExecuteTransaction.
#include <QtTest>

#include "EngineTestSupport.h"

#include "partiql/Parser.h"

#include <dynoscope/Error.h>

#include <QTemporaryDir>

#include <random>

using namespace dynoscope;
using namespace dynoscope::test;

namespace {

// An ExecuteStatement request; params is the JSON of Parameters, extra more
// members as JSON text (",\"Limit\":2").
std::string statement(const std::string& text, const std::string& params = "", const std::string& extra = "")
{
    std::string out = "{\"Statement\":" + boost::json::serialize(boost::json::value(text));
    if (!params.empty())
        out += ",\"Parameters\":" + params;
    return out + extra + "}";
}

boost::json::object run(Engine& engine, const std::string& text, const std::string& params = "",
                        const std::string& extra = "")
{
    return ok(engine, "ExecuteStatement", statement(text, params, extra));
}

QString refuse(Engine& engine, const std::string& text, const std::string& params = "", const std::string& extra = "")
{
    return fails(engine, "ExecuteStatement", statement(text, params, extra));
}

// The values of attribute `name` (N) of the items, in order.
QList<int> numbers(const boost::json::object& response, const char* name = "sk")
{
    QList<int> out;
    for (const auto& item : response.at("Items").as_array())
        out.append(std::stoi(std::string(item.at(name).at("N").as_string())));
    return out;
}

std::string item(Engine& engine, const std::string& table, const std::string& keyJson)
{
    auto got = ok(engine, "GetItem", R"({"TableName":")" + table + R"(","ConsistentRead":true,"Key":)" + keyJson + "}");
    return got.contains("Item") ? json(got.at("Item")) : "";
}

// Table "Orders" (pk S, sk N): pk 'a' with sk 0..9, pk 'b' with sk 0..4; each
// item has v = sk % 2.
std::unique_ptr<Engine> ordersEngine()
{
    auto engine = memoryEngine();
    createTable(*engine, "Orders", "N");
    for (const auto& [pk, count] : {std::pair{"a", 10}, std::pair{"b", 5}})
        for (int sk = 0; sk < count; ++sk)
            run(*engine, "INSERT INTO Orders VALUE {'pk': ?, 'sk': ?, 'v': ?}",
                std::string("[{\"S\":\"") + pk + "\"},{\"N\":\"" + std::to_string(sk) + "\"},{\"N\":\"" +
                    std::to_string(sk % 2) + "\"}]");
    return engine;
}

partiql::Statement parse(const std::string& text, std::vector<AttributeValue> parameters = {})
{
    return partiql::Parser::parse(text, parameters);
}

QString parseError(const std::string& text)
{
    try {
        parse(text);
    } catch (const Error& e) {
        return QString::fromStdString(e.message());
    }
    return "parsed";
}

} // namespace

class PartiqlTest : public QObject {
    Q_OBJECT
private slots:
    void parsesEachStatementKind();
    void parsesLiteralsAndParameters();
    void refusesMalformedStatements_data();
    void refusesMalformedStatements();
    void refusesDeepNesting();
    void insertsAndRefusesDuplicates();
    void selectsWithQueryWhenThePartitionKeyIsFixed();
    void selectsWithScanOtherwise();
    void queriesEachPartitionOfInAndOr();
    void selectsFromAnIndex();
    void ordersBySortKey();
    void pagesWithLimitAndNextToken();
    void refusesForeignOrBrokenNextToken();
    void filtersWithFunctionsAndOperators();
    void projectsAttributes();
    void updatesItems();
    void deletesItems();
    void checksParametersAndRequestMembers();
    void reportsMissingTables();
    void batchReadsByKey();
    void batchWritesAnswerEachStatement();
    void batchRefusesMixedAndOversizedBatches();
    void transactionWritesAllOrNothing();
    void transactionReportsDuplicateInserts();
    void transactionReadsAndRules();
    void transactionTokenIsIdempotent();
    void survivesRandomStatements();
    void refusesWritesToReadOnlyDatabases();
};

#ifndef Q_MOC_RUN

void PartiqlTest::parsesEachStatementKind()
{
    auto s = parse(R"(SELECT a, "b c".d[2] FROM "Music"."byYear" WHERE pk = 'x' AND sk > 3 ORDER BY sk DESC;)");
    QCOMPARE(int(s.kind), int(partiql::Statement::Kind::Select));
    QCOMPARE(s.table, std::string("Music"));
    QCOMPARE(s.index.value_or(""), std::string("byYear"));
    QCOMPARE(s.projection.size(), std::size_t(2));
    QCOMPARE(s.projection[1].size(), std::size_t(3));
    QCOMPARE(s.projection[1][0].name, std::string("b c"));
    QCOMPARE(s.projection[1][2].index, 2L);
    QVERIFY(s.where && s.where->kind == partiql::Expr::Kind::And);
    QCOMPARE(s.where->children.size(), std::size_t(2));
    QCOMPARE(s.orderBy.value_or(""), std::string("sk"));
    QVERIFY(s.descending);

    s = parse("select * from t1x where a is not missing or not b between 1 and 2 -- comment");
    QVERIFY(s.projection.empty());
    QVERIFY(s.where->kind == partiql::Expr::Kind::Or);
    QVERIFY(s.where->children[0].kind == partiql::Expr::Kind::IsMissing);
    QVERIFY(s.where->children[0].negated);
    QVERIFY(s.where->children[1].kind == partiql::Expr::Kind::Not);

    s = parse("UPDATE \"t1x\" SET a = a + 1, l = list_append(l, [1]) REMOVE c SET d = 'x' WHERE pk = 'k' "
              "RETURNING MODIFIED NEW *");
    QCOMPARE(int(s.kind), int(partiql::Statement::Kind::Update));
    QCOMPARE(s.sets.size(), std::size_t(3));
    QVERIFY(s.sets[0].second.kind == partiql::Expr::Kind::Arithmetic);
    QCOMPARE(s.removes.size(), std::size_t(1));
    QCOMPARE(s.returning, std::string("UPDATED_NEW"));

    s = parse("DELETE FROM t1x WHERE pk = 'k' /* block */ RETURNING ALL OLD *");
    QCOMPARE(int(s.kind), int(partiql::Statement::Kind::Delete));
    QCOMPARE(s.returning, std::string("ALL_OLD"));

    s = parse("SELECT \"date\" FROM \"user\" WHERE \"pad\" = 'none' AND SIZE(\"value\") > 1");
    QCOMPARE(s.projection[0][0].name, std::string("date"));
    QCOMPARE(s.table, std::string("user"));
    QCOMPARE(s.where->children[1].children[0].op, std::string("size"));

    s = parse("EXISTS(SELECT * FROM t1x WHERE pk = 'k' AND v > 1)");
    QCOMPARE(int(s.kind), int(partiql::Statement::Kind::Exists));
}

void PartiqlTest::parsesLiteralsAndParameters()
{
    auto s = parse("INSERT INTO t1x VALUE {'pk': ?, 'n': -1.50, 'b': true, 'z': null, 'l': [1, 'two', [3]], "
                   "'m': {'it''s': 'x'}, 'ss': <<'a', 'b'>>, 'ns': <<1, 2>>}",
                   {AttributeValue::string("key")});
    QCOMPARE(int(s.kind), int(partiql::Statement::Kind::Insert));
    QCOMPARE(s.item.at("pk").str(), std::string("key"));
    QCOMPARE(s.item.at("n").num().toString(), std::string("-1.5"));
    QVERIFY(s.item.at("b").boolean());
    QVERIFY(s.item.at("z").type() == AttributeValue::Type::NUL);
    QCOMPARE(s.item.at("l").list().size(), std::size_t(3));
    QVERIFY(s.item.at("l").list()[2].type() == AttributeValue::Type::L);
    QVERIFY(s.item.at("m").map().contains("it's"));
    QVERIFY(s.item.at("ss").type() == AttributeValue::Type::SS);
    QVERIFY(s.item.at("ns").type() == AttributeValue::Type::NS);

    // A '?' inside a string is text; extra parameters are ignored.
    s = parse("SELECT * FROM t1x WHERE a = 'what?' AND b = ?", {AttributeValue::string("1"), AttributeValue::null()});
    QCOMPARE(s.where->children[0].children[1].value.str(), std::string("what?"));
    QCOMPARE(parseError("SELECT * FROM t1x WHERE a = ? AND b = ?"),
             QString("Number of parameters in request and statement don't match."));
}

void PartiqlTest::refusesMalformedStatements_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString malformed = "Statement wasn't well formed, can't be processed: ";
    QTest::newRow("empty word") << "SELEC * FROM t1x" << malformed + "Unexpected token SELEC at position 1";
    QTest::newRow("unterminated") << "SELECT * FROM t1x WHERE a = 'x" << malformed + "Unterminated string literal";
    QTest::newRow("trailing") << "SELECT * FROM t1x WHERE" << malformed + "Unexpected end of statement";
    QTest::newRow("reserved name") << "SELECT * FROM t1x WHERE select = 1"
                                   << malformed + "Unexpected token select at position 25";
    QTest::newRow("reserved word") << "SELECT * FROM t1x WHERE pad = 'none'"
                                   << malformed + "Unexpected token pad at position 25";
    QTest::newRow("reserved table") << "SELECT * FROM user" << malformed + "Unexpected token user at position 15";
    QTest::newRow("two statements") << "SELECT * FROM t1x; SELECT * FROM t1x"
                                    << "Only one operation is allowed in a statement.";
    QTest::newRow("limit") << "SELECT * FROM t1x LIMIT 5" << "Unsupported clause: LIMIT";
    QTest::newRow("alias") << "SELECT a AS b FROM t1x" << "Aliasing is not supported";
    QTest::newRow("star and more") << "SELECT *, a FROM t1x"
                                   << "Other attributes should not be present in the projection when '*' is used.";
    QTest::newRow("duplicate projection") << "SELECT a, a FROM t1x" << "Duplicate identifiers in select clause: a";
    QTest::newRow("insert values") << "INSERT INTO t1x VALUES {'a': 1}"
                                   << "Unsupported operation: Inserting multiple items in a single statement is not "
                                      "supported, use \"INSERT INTO tableName VALUE item\" instead";
    QTest::newRow("insert returning") << "INSERT INTO t1x VALUE {'a': 1} RETURNING ALL NEW *"
                                      << "RETURNING is not supported in INSERT";
    QTest::newRow("insert list") << "INSERT INTO t1x VALUE [1]"
                                 << "Unsupported format in item expression. Please use struct format {...} to "
                                    "express item values for insert statement.";
    QTest::newRow("delete returning new") << "DELETE FROM t1x WHERE pk = 'a' RETURNING ALL NEW *"
                                          << "Invalid returning clause: RETURNING ALL NEW *. Only RETURNING ALL OLD "
                                             "* is allowed in DELETE statements.";
    QTest::newRow("update without action") << "UPDATE t1x WHERE pk = 'a'" << malformed + "Unexpected token WHERE at "
                                                                                         "position 12";
    QTest::newRow("update add") << "UPDATE t1x ADD a 1 WHERE pk = 'a'"
                                << "Only SET and REMOVE are supported in update expressions at this time";
    QTest::newRow("missing compare") << "SELECT * FROM t1x WHERE a = MISSING"
                                     << "MISSING must be compared using IS operator";
    QTest::newRow("unknown function") << "SELECT * FROM t1x WHERE frobnicate(a)" << "Unrecognized function: frobnicate";
    QTest::newRow("empty bag") << "INSERT INTO t1x VALUE {'a': <<>>}" << "Empty bags are not supported";
    QTest::newRow("mixed bag") << "INSERT INTO t1x VALUE {'a': <<1, 'x'>>}"
                               << "Unsupported data type in Bag. DynamoDB only supports either numbers or strings in "
                                  "bags";
    QTest::newRow("duplicate in bag") << "INSERT INTO t1x VALUE {'a': <<1, 1.0>>}"
                                      << "Input collection contains duplicates";
    QTest::newRow("bad number") << "SELECT * FROM t1x WHERE a = 1e999" << "Number overflow. Attempting to store a "
                                                                          "number with magnitude larger than supported "
                                                                          "range";
    QTest::newRow("three part source") << "SELECT * FROM a.b.c"
                                       << "A path may contain at most 2 components in the FROM clause";
}

void PartiqlTest::refusesMalformedStatements()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QCOMPARE(parseError(text.toStdString()), message);
}

void PartiqlTest::refusesDeepNesting()
{
    const std::string deep = "SELECT * FROM t1x WHERE " + std::string(5000, '(') + "a = 1" + std::string(5000, ')');
    QVERIFY(parseError(deep).startsWith("Statement wasn't well formed, can't be processed: Statement nesting"));
    std::string list = "INSERT INTO t1x VALUE {'a': " + std::string(3000, '[') + std::string(3000, ']') + "}";
    QVERIFY(parseError(list).startsWith("Statement wasn't well formed"));
    // Through the engine the 8192 character limit comes first.
    auto engine = memoryEngine();
    QVERIFY(refuse(*engine, deep).startsWith("ValidationException: 1 validation error detected: Value 'SELECT"));
    QVERIFY(refuse(*engine, deep).endsWith("Member must have length less than or equal to 8192"));
}

void PartiqlTest::insertsAndRefusesDuplicates()
{
    auto engine = memoryEngine();
    createTable(*engine, "Music", "S");
    auto r = run(*engine, "INSERT INTO \"Music\" VALUE {'pk': 'Acme', 'sk': 'Happy Day', 'Awards': 1}");
    QCOMPARE(json(r), std::string(R"({"Items":[]})"));
    QCOMPARE(item(*engine, "Music", R"({"pk":{"S":"Acme"},"sk":{"S":"Happy Day"}})"),
             std::string(R"({"Awards":{"N":"1"},"pk":{"S":"Acme"},"sk":{"S":"Happy Day"}})"));
    QCOMPARE(refuse(*engine, "INSERT INTO Music VALUE {'pk': 'Acme', 'sk': 'Happy Day', 'Awards': 2}"),
             QString("DuplicateItemException: Duplicate primary key exists in table"));
    QCOMPARE(refuse(*engine, "INSERT INTO Music VALUE {'pk': 'Acme'}"),
             QString("ValidationException: Key attribute should be present in the item: Key sk"));
    QCOMPARE(refuse(*engine, "INSERT INTO Music VALUE {'pk': 'Acme', 'sk': 5}"),
             QString("ValidationException: Key attribute's data type should match its data type in table's schema: "
                     "Key sk"));
    // The item rules of PutItem still apply.
    QVERIFY(refuse(*engine, "INSERT INTO Music VALUE {'pk': '', 'sk': 'x'}").startsWith("ValidationException: "));
}

void PartiqlTest::selectsWithQueryWhenThePartitionKeyIsFixed()
{
    auto engine = ordersEngine();
    // Limit counts the items read: a Query reads only the key range, so the
    // first four read are exactly the four that match, in key order.
    auto r = run(*engine, "SELECT * FROM Orders WHERE pk = 'a' AND sk >= 6", "", ",\"Limit\":4");
    QCOMPARE(numbers(r), (QList<int>{6, 7, 8, 9}));
    r = run(*engine, "SELECT * FROM Orders WHERE 'a' = pk AND sk BETWEEN 2 AND 4 AND v = 0");
    QCOMPARE(numbers(r), (QList<int>{2, 4}));
    r = run(*engine, "SELECT * FROM Orders WHERE pk = 'b' AND sk < 3 AND sk > 0");
    QCOMPARE(numbers(r), (QList<int>{1, 2})); // the second sort-key condition filters
    r = run(*engine, "SELECT * FROM Orders WHERE pk = 'a' AND sk = 3");
    QCOMPARE(numbers(r), (QList<int>{3}));
    QCOMPARE(numbers(run(*engine, "SELECT * FROM Orders WHERE pk = 'zzz'")), QList<int>());
}

void PartiqlTest::selectsWithScanOtherwise()
{
    auto engine = ordersEngine();
    // A Scan reads the whole table: one item per page with Limit 1 means 15
    // pages before the last NextToken-less one.
    int pages = 0;
    QList<int> seen;
    std::string token;
    do {
        const std::string extra = ",\"Limit\":1" + (token.empty() ? "" : ",\"NextToken\":\"" + token + "\"");
        auto r = run(*engine, "SELECT * FROM Orders WHERE v = 1 OR pk = 'nobody'", "", extra);
        seen += numbers(r);
        token = r.contains("NextToken") ? std::string(r.at("NextToken").as_string()) : "";
        ++pages;
        QVERIFY(pages < 100);
    } while (!token.empty());
    QVERIFY(pages >= 15);
    std::sort(seen.begin(), seen.end());
    QCOMPARE(seen, (QList<int>{1, 1, 3, 3, 5, 7, 9}));
    QCOMPARE(run(*engine, "SELECT * FROM Orders").at("Items").as_array().size(), std::size_t(15));
}

void PartiqlTest::queriesEachPartitionOfInAndOr()
{
    auto engine = ordersEngine();
    // IN on the partition key queries each partition in turn (DynamoDB's
    // "no full table scan" forms); Limit counts the items read across them.
    QList<QList<int>> pages;
    QStringList partitions;
    std::string token;
    do {
        const std::string extra = ",\"Limit\":4" + (token.empty() ? "" : ",\"NextToken\":\"" + token + "\"");
        auto r = run(*engine, "SELECT * FROM Orders WHERE pk IN ['b', 'nobody', 'a', 'b'] AND sk < 6", "", extra);
        pages.append(numbers(r));
        for (const auto& item : r.at("Items").as_array())
            partitions.append(QString::fromStdString(std::string(item.at("pk").at("S").as_string())));
        token = r.contains("NextToken") ? std::string(r.at("NextToken").as_string()) : "";
        QVERIFY(pages.size() < 20);
    } while (!token.empty());
    QList<int> all;
    for (const auto& page : pages) {
        QVERIFY(page.size() <= 4);
        all += page;
    }
    QCOMPARE(all, (QList<int>{0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 5}));
    QCOMPARE(partitions.join(""), QString("bbbbbaaaaaa"));
    QCOMPARE(pages.front(), (QList<int>{0, 1, 2, 3}));

    auto r = run(*engine, "SELECT * FROM Orders WHERE (pk = 'a' OR pk = 'b') AND sk > 2 ORDER BY pk DESC");
    QCOMPARE(numbers(r), (QList<int>{4, 3, 9, 8, 7, 6, 5, 4, 3}));
    QCOMPARE(refuse(*engine, "SELECT * FROM Orders WHERE pk IN ['a', 'b'] ORDER BY sk"),
             QString("ValidationException: Must have hash key in ORDER BY clause when more than one hash key "
                     "condition specified in WHERE clause."));
    r = run(*engine, "SELECT * FROM Orders WHERE pk IN ['a', 'b'] AND v = 1", "",
            ",\"ReturnConsumedCapacity\":\"TOTAL\"");
    QCOMPARE(numbers(r), (QList<int>{1, 3, 5, 7, 9, 1, 3}));
    QCOMPARE(r.at("ConsumedCapacity").at("CapacityUnits").to_number<double>(), 1.0); // 0.5 per partition
    std::string many = "SELECT * FROM Orders WHERE pk IN [";
    for (int i = 0; i < 101; ++i)
        many += (i ? ", '" : "'") + std::to_string(i) + "'";
    QCOMPARE(refuse(*engine, many + "]"),
             QString("ValidationException: Too many decomposed read operations for a given query."));
}

void PartiqlTest::selectsFromAnIndex()
{
    auto engine = memoryEngine();
    ok(*engine, "CreateTable",
       R"({"TableName":"People","BillingMode":"PAY_PER_REQUEST",
           "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],
           "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},
                                   {"AttributeName":"city","AttributeType":"S"}],
           "GlobalSecondaryIndexes":[{"IndexName":"byCity","KeySchema":[{"AttributeName":"city","KeyType":"HASH"}],
                                      "Projection":{"ProjectionType":"ALL"}}]})");
    run(*engine, "INSERT INTO People VALUE {'pk': 'p1', 'city': 'Oslo'}");
    run(*engine, "INSERT INTO People VALUE {'pk': 'p2', 'city': 'Rome'}");
    run(*engine, "INSERT INTO People VALUE {'pk': 'p3', 'city': 'Oslo'}");
    auto r = run(*engine, "SELECT pk FROM \"People\".\"byCity\" WHERE city = 'Oslo'");
    QCOMPARE(r.at("Items").as_array().size(), std::size_t(2));
    QVERIFY(!r.at("Items").at(0).as_object().contains("city"));
    QCOMPARE(refuse(*engine, "SELECT * FROM People.nope WHERE city = 'Oslo'"),
             QString("ValidationException: The table does not have the specified index: nope"));
    QVERIFY(refuse(*engine, "SELECT * FROM People.byCity WHERE city = 'Oslo'", "", ",\"ConsistentRead\":true")
                .startsWith("ValidationException: Consistent reads are not supported on global secondary indexes"));
}

void PartiqlTest::ordersBySortKey()
{
    auto engine = ordersEngine();
    auto r = run(*engine, "SELECT * FROM Orders WHERE pk = 'b' ORDER BY sk DESC");
    QCOMPARE(numbers(r), (QList<int>{4, 3, 2, 1, 0}));
    r = run(*engine, "SELECT * FROM Orders WHERE pk = 'b' ORDER BY sk ASC");
    QCOMPARE(numbers(r), (QList<int>{0, 1, 2, 3, 4}));
    QCOMPARE(refuse(*engine, "SELECT * FROM Orders ORDER BY sk"),
             QString("ValidationException: Must have WHERE clause in the statement when using ORDER BY clause."));
    QCOMPARE(refuse(*engine, "SELECT * FROM Orders WHERE sk = 1 ORDER BY sk"),
             QString("ValidationException: Must have at least one non-optional hash key condition in WHERE clause "
                     "when using ORDER BY clause."));
    QCOMPARE(refuse(*engine, "SELECT * FROM Orders WHERE pk = 'a' ORDER BY v"),
             QString("ValidationException: Variable reference v in ORDER BY clause must be part of the primary key"));
}

void PartiqlTest::pagesWithLimitAndNextToken()
{
    auto engine = ordersEngine();
    QList<int> all;
    QList<int> sizes;
    std::string token;
    do {
        const std::string extra = ",\"Limit\":3" + (token.empty() ? "" : ",\"NextToken\":\"" + token + "\"");
        auto r = run(*engine, "SELECT * FROM Orders WHERE pk = ?", R"([{"S":"a"}])", extra);
        sizes.append(int(r.at("Items").as_array().size()));
        all += numbers(r);
        token = r.contains("NextToken") ? std::string(r.at("NextToken").as_string()) : "";
        if (!token.empty())
            QVERIFY(r.contains("LastEvaluatedKey"));
    } while (!token.empty());
    QCOMPARE(all, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    QCOMPARE(sizes.mid(0, 3), (QList<int>{3, 3, 3}));
    QCOMPARE(refuse(*engine, "SELECT * FROM Orders", "", ",\"Limit\":0"),
             QString("ValidationException: 1 validation error detected: Value '0' at 'limit' failed to satisfy "
                     "constraint: Member must have value greater than or equal to 1"));
}

void PartiqlTest::refusesForeignOrBrokenNextToken()
{
    auto engine = ordersEngine();
    auto r = run(*engine, "SELECT * FROM Orders WHERE pk = 'a'", "", ",\"Limit\":2");
    const std::string token(r.at("NextToken").as_string());
    QCOMPARE(refuse(*engine, "SELECT * FROM Orders WHERE pk = 'b'", "", ",\"NextToken\":\"" + token + "\""),
             QString("ValidationException: NextToken does not match request"));
    QCOMPARE(refuse(*engine, "SELECT * FROM Orders WHERE pk = 'a'", "", ",\"NextToken\":\"not-a-token\""),
             QString("ValidationException: Invalid NextToken"));
    // The same statement continues where the page stopped.
    r = run(*engine, "SELECT * FROM Orders WHERE pk = 'a'", "", ",\"Limit\":2,\"NextToken\":\"" + token + "\"");
    QCOMPARE(numbers(r), (QList<int>{2, 3}));
}

void PartiqlTest::filtersWithFunctionsAndOperators()
{
    auto engine = memoryEngine();
    createTable(*engine, "Things");
    run(*engine, "INSERT INTO Things VALUE {'pk': 'apple', 'n': 1, 'tags': <<'red', 'sweet'>>, 'note': null}");
    run(*engine, "INSERT INTO Things VALUE {'pk': 'apricot', 'n': 2, 'tags': <<'orange'>>, 'l': [1, 2, 3]}");
    run(*engine, "INSERT INTO Things VALUE {'pk': 'banana', 'n': 3, 'name': 'long banana name'}");
    const auto keys = [&](const std::string& where) {
        QStringList out;
        const auto response = run(*engine, "SELECT pk FROM Things WHERE " + where);
        for (const auto& i : response.at("Items").as_array())
            out.append(QString::fromStdString(std::string(i.at("pk").at("S").as_string())));
        out.sort();
        return out.join(',');
    };
    QCOMPARE(keys("begins_with(pk, 'ap')"), QString("apple,apricot"));
    QCOMPARE(keys("contains(tags, 'sweet')"), QString("apple"));
    QCOMPARE(keys("attribute_type(n, 'N') AND n > 1"), QString("apricot,banana"));
    QCOMPARE(keys("size(l) = 3"), QString("apricot"));
    QCOMPARE(keys("size(name) > 10"), QString("banana"));
    QCOMPARE(keys("l IS MISSING AND name IS MISSING"), QString("apple"));
    QCOMPARE(keys("name IS NOT MISSING"), QString("banana"));
    QCOMPARE(keys("note IS NULL AND n = 1"), QString("apple"));
    QCOMPARE(keys("n IN [1, 3]"), QString("apple,banana"));
    QCOMPARE(keys("n NOT IN (1, 3)"), QString("apricot"));
    QCOMPARE(keys("n BETWEEN 2 AND 3 AND NOT pk = 'banana'"), QString("apricot"));
    QCOMPARE(keys("n <> 2 AND n != 3"), QString("apple"));
    QCOMPARE(keys("l[1] = 2"), QString("apricot"));
    QCOMPARE(refuse(*engine, "SELECT * FROM Things WHERE n"),
             QString("ValidationException: WHERE clause must contain an expression that resolves to a boolean"));
}

void PartiqlTest::projectsAttributes()
{
    auto engine = memoryEngine();
    createTable(*engine, "Docs");
    run(*engine, "INSERT INTO Docs VALUE {'pk': 'd', 'a': 1, 'b': 2, 'm': {'x': 'X', 'y': 'Y'}, 'select': 5}");
    auto r = run(*engine, "SELECT a, m.x, \"select\" FROM Docs WHERE pk = 'd'");
    QCOMPARE(json(r.at("Items")), std::string(R"([{"a":{"N":"1"},"m":{"M":{"x":{"S":"X"}}},"select":{"N":"5"}}])"));
}

void PartiqlTest::updatesItems()
{
    auto engine = memoryEngine();
    createTable(*engine, "Counters", "N");
    run(*engine, "INSERT INTO Counters VALUE {'pk': 'c', 'sk': 1, 'n': 5, 'l': [1], 'gone': 'x', 's': <<'a'>>}");
    auto r = run(*engine,
                 "UPDATE Counters SET n = n + 2, l = list_append(l, [2]), s = set_add(s, <<'b'>>), "
                 "fresh = if_not_exists(fresh, 'new') REMOVE gone WHERE pk = 'c' AND sk = 1 RETURNING ALL NEW *");
    QCOMPARE(json(r.at("Items")),
             std::string(R"([{"fresh":{"S":"new"},"l":{"L":[{"N":"1"},{"N":"2"}]},"n":{"N":"7"},"pk":{"S":"c"},)"
                         R"("s":{"SS":["a","b"]},"sk":{"N":"1"}}])"));
    r = run(*engine, "UPDATE Counters SET s = set_delete(s, <<'a'>>) WHERE pk = 'c' AND sk = 1 RETURNING MODIFIED OLD *");
    QCOMPARE(json(r.at("Items")), std::string(R"([{"s":{"SS":["a","b"]}}])"));
    r = run(*engine, "UPDATE Counters SET n = 0 WHERE pk = 'c' AND sk = 1");
    QCOMPARE(json(r), std::string(R"({"Items":[]})"));

    // UPDATE never creates an item, and extra conditions guard it.
    QCOMPARE(refuse(*engine, "UPDATE Counters SET n = 1 WHERE pk = 'nobody' AND sk = 1"),
             QString("ConditionalCheckFailedException: The conditional request failed"));
    QCOMPARE(item(*engine, "Counters", R"({"pk":{"S":"nobody"},"sk":{"N":"1"}})"), std::string());
    QCOMPARE(refuse(*engine, "UPDATE Counters SET n = 1 WHERE pk = 'c' AND sk = 1 AND n > 10"),
             QString("ConditionalCheckFailedException: The conditional request failed"));
    const QString failed = QString::fromStdString(
        engine->execute("ExecuteStatement", statement("UPDATE Counters SET n = 1 WHERE pk = 'c' AND sk = 1 AND n > 10",
                                                      "", ",\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\""))
            .errorBody());
    QVERIFY(failed.contains("\"Item\":{"));
    QCOMPARE(refuse(*engine, "UPDATE Counters SET n = 1 WHERE pk = 'c'"),
             QString("ValidationException: Where clause does not contain a mandatory equality on all key attributes"));
    QCOMPARE(refuse(*engine, "UPDATE Counters SET n = 1 WHERE pk = 'c' OR sk = 1"),
             QString("ValidationException: Where clause does not contain a mandatory equality on all key attributes"));
    QCOMPARE(refuse(*engine, "UPDATE Counters SET n = 1"),
             QString("ValidationException: Where clause does not contain a mandatory equality on all key attributes"));
    QCOMPARE(refuse(*engine, "UPDATE Counters SET s = set_add(n, <<'z'>>) WHERE pk = 'c' AND sk = 1"),
             QString("ValidationException: The first argument to SET_ADD must equal the assignment value"));
    QCOMPARE(refuse(*engine, "UPDATE Counters SET sk = 2 WHERE pk = 'c' AND sk = 1"),
             QString("ValidationException: One or more parameter values were invalid: Cannot update attribute sk. "
                     "This attribute is part of the key"));
}

void PartiqlTest::deletesItems()
{
    auto engine = memoryEngine();
    createTable(*engine, "Bin");
    run(*engine, "INSERT INTO Bin VALUE {'pk': 'x', 'v': 1}");
    QCOMPARE(refuse(*engine, "DELETE FROM Bin WHERE pk = 'x' AND v = 2"),
             QString("ConditionalCheckFailedException: The conditional request failed"));
    QVERIFY(!item(*engine, "Bin", key("x")).empty());
    auto r = run(*engine, "DELETE FROM Bin WHERE pk = 'x' AND v = 1 RETURNING ALL OLD *");
    QCOMPARE(json(r.at("Items")), std::string(R"([{"pk":{"S":"x"},"v":{"N":"1"}}])"));
    QVERIFY(item(*engine, "Bin", key("x")).empty());
    // Deleting a missing item succeeds.
    QCOMPARE(json(run(*engine, "DELETE FROM Bin WHERE pk = 'x'")), std::string(R"({"Items":[]})"));
    QCOMPARE(refuse(*engine, "DELETE FROM Bin WHERE pk = 'x' AND pk = 'y'"),
             QString("ValidationException: Multiple conditions on same key pk. Only single item Update/Insert/Delete "
                     "are supported"));
    QCOMPARE(refuse(*engine, "DELETE FROM Bin WHERE v = 1"),
             QString("ValidationException: Where clause does not contain a mandatory equality on all key attributes"));
}

void PartiqlTest::checksParametersAndRequestMembers()
{
    auto engine = memoryEngine();
    createTable(*engine, "Params");
    run(*engine, "INSERT INTO Params VALUE {'pk': ?, 'b': ?, 'm': ?}",
        R"([{"S":"p"},{"B":"AAE="},{"M":{"k":{"SS":["x"]}}}])");
    auto r = run(*engine, "SELECT * FROM Params WHERE pk = ? AND b = ?", R"([{"S":"p"},{"B":"AAE="},{"N":"9"}])");
    QCOMPARE(json(r.at("Items")), std::string(R"([{"b":{"B":"AAE="},"m":{"M":{"k":{"SS":["x"]}}},"pk":{"S":"p"}}])"));
    QCOMPARE(refuse(*engine, "SELECT * FROM Params WHERE pk = ? AND b = ?", R"([{"S":"p"}])"),
             QString("ValidationException: Number of parameters in request and statement don't match."));
    QCOMPARE(refuse(*engine, "SELECT * FROM Params WHERE pk = ?"),
             QString("ValidationException: Number of parameters in request and statement don't match."));
    QCOMPARE(fails(*engine, "ExecuteStatement", R"({"Parameters":[]})"),
             QString("ValidationException: 2 validation errors detected: Value null at 'statement' failed to satisfy "
                     "constraint: Member must not be null; Value '[]' at 'parameters' failed to satisfy constraint: "
                     "Member must have length greater than or equal to 1"));
    QVERIFY(fails(*engine, "ExecuteStatement", R"({"Statement":"SELECT * FROM Params","Parameters":[{"N":"x"}]})")
                .startsWith("ValidationException: The parameter cannot be converted to a numeric value"));
    r = run(*engine, "SELECT * FROM Params WHERE pk = 'p'", "", ",\"ReturnConsumedCapacity\":\"TOTAL\"");
    QCOMPARE(r.at("ConsumedCapacity").at("TableName").as_string(), "Params");
    // The length limit counts characters, not bytes.
    std::string accents;
    for (int i = 0; i < 8000; ++i)
        accents += "\u00e9";
    QCOMPARE(run(*engine, "SELECT * FROM Params WHERE v = '" + accents + "'").at("Items").as_array().size(),
             std::size_t(0));
    QVERIFY(refuse(*engine, "SELECT * FROM Params WHERE pk = '" + accents + accents + "'")
                .endsWith("Member must have length less than or equal to 8192"));
    QCOMPARE(refuse(*engine, "EXISTS(SELECT * FROM Params WHERE pk = 'p')"),
             QString("ValidationException: EXISTS can only be used in ExecuteTransaction write requests."));
    QCOMPARE(refuse(*engine, "SELECT * FROM \"a\""),
             QString("ValidationException: Table name should be within the length [3, 255] and only contain 'a-z', "
                     "'A-Z', '0-9', '-', '_', '.'."));
}

void PartiqlTest::reportsMissingTables()
{
    auto engine = memoryEngine();
    QCOMPARE(refuse(*engine, "SELECT * FROM Nowhere"),
             QString("ResourceNotFoundException: Requested resource not found"));
    QCOMPARE(refuse(*engine, "INSERT INTO Nowhere VALUE {'pk': 'x'}"),
             QString("ResourceNotFoundException: Requested resource not found"));
}

void PartiqlTest::batchReadsByKey()
{
    auto engine = ordersEngine();
    auto r = ok(*engine, "BatchExecuteStatement",
                R"({"Statements":[
                     {"Statement":"SELECT * FROM Orders WHERE pk = 'a' AND sk = 1"},
                     {"Statement":"SELECT v FROM Orders WHERE pk = ? AND sk = ?","Parameters":[{"S":"b"},{"N":"4"}],
                      "ConsistentRead":true},
                     {"Statement":"SELECT * FROM Orders WHERE pk = 'nobody' AND sk = 1"},
                     {"Statement":"SELECT * FROM Orders WHERE pk = 'a'"},
                     {"Statement":"SELECT * FROM Nowhere WHERE pk = 'a'"},
                     {"Statement":"SELEC oops"}]})");
    const auto& responses = r.at("Responses").as_array();
    QCOMPARE(responses.size(), std::size_t(6));
    QCOMPARE(json(responses[0]),
             std::string(R"({"TableName":"Orders","Item":{"pk":{"S":"a"},"sk":{"N":"1"},"v":{"N":"1"}}})"));
    QCOMPARE(json(responses[1]), std::string(R"({"TableName":"Orders","Item":{"v":{"N":"0"}}})"));
    QCOMPARE(json(responses[2]), std::string(R"({"TableName":"Orders"})"));
    QCOMPARE(json(responses[3]),
             std::string(R"({"TableName":"Orders","Error":{"Code":"ValidationError","Message":"Select statements )"
                         R"(within BatchExecuteStatement must specify the primary key in the where clause."}})"));
    QCOMPARE(json(responses[4].at("Error")),
             std::string(R"({"Code":"ResourceNotFound","Message":"Requested resource not found"})"));
    QCOMPARE(responses[5].at("Error").at("Code").as_string(), "ValidationError");
}

void PartiqlTest::batchWritesAnswerEachStatement()
{
    auto engine = memoryEngine();
    createTable(*engine, "Log");
    put(*engine, "Log", "old", R"(,"n":{"N":"1"})");
    auto r = ok(*engine, "BatchExecuteStatement",
                R"({"ReturnConsumedCapacity":"TOTAL","Statements":[
                     {"Statement":"INSERT INTO Log VALUE {'pk': 'new'}"},
                     {"Statement":"INSERT INTO Log VALUE {'pk': 'old'}"},
                     {"Statement":"UPDATE Log SET n = n + 1 WHERE pk = 'old'"},
                     {"Statement":"DELETE FROM Log WHERE pk = 'old' AND n = 100",
                      "ReturnValuesOnConditionCheckFailure":"ALL_OLD"}]})");
    const auto& responses = r.at("Responses").as_array();
    QCOMPARE(json(responses[0]), std::string(R"({"TableName":"Log"})"));
    QCOMPARE(json(responses[1]), std::string(R"({"TableName":"Log","Error":{"Code":"DuplicateItem",)"
                                             R"("Message":"Duplicate primary key exists in table"}})"));
    QCOMPARE(json(responses[2]), std::string(R"({"TableName":"Log"})"));
    QCOMPARE(json(responses[3].at("Error")),
             std::string(R"({"Code":"ConditionalCheckFailed","Message":"The conditional request failed",)"
                         R"("Item":{"n":{"N":"2"},"pk":{"S":"old"}}})"));
    QVERIFY(!item(*engine, "Log", key("new")).empty());
    QCOMPARE(item(*engine, "Log", key("old")), std::string(R"({"n":{"N":"2"},"pk":{"S":"old"}})"));
    QCOMPARE(r.at("ConsumedCapacity").at(0).at("TableName").as_string(), "Log");
    // The two writes that succeeded, one unit each.
    QCOMPARE(r.at("ConsumedCapacity").at(0).at("CapacityUnits").to_number<double>(), 2.0);
}

void PartiqlTest::batchRefusesMixedAndOversizedBatches()
{
    auto engine = memoryEngine();
    createTable(*engine, "Mix");
    QVERIFY(fails(*engine, "BatchExecuteStatement",
                  R"({"Statements":[{"Statement":"INSERT INTO Mix VALUE {'pk': 'a'}"},
                                    {"Statement":"SELECT * FROM Mix WHERE pk = 'a'"}]})") ==
            "ValidationException: BatchExecuteStatement API does not support both read and write operations in the "
            "same request.");
    QVERIFY(item(*engine, "Mix", key("a")).empty());
    std::string many = R"({"Statements":[)";
    for (int i = 0; i < 26; ++i)
        many += std::string(i ? "," : "") + R"({"Statement":"INSERT INTO Mix VALUE {'pk': ')" + std::to_string(i) +
                "'}\"}";
    many += "]}";
    QCOMPARE(fails(*engine, "BatchExecuteStatement", many),
             QString("ValidationException: 1 validation error detected: Value '[...]' at 'statements' failed to "
                     "satisfy constraint: Member must have length less than or equal to 25"));
    QCOMPARE(fails(*engine, "BatchExecuteStatement", R"({"Statements":[]})"),
             QString("ValidationException: 1 validation error detected: Value '[]' at 'statements' failed to "
                     "satisfy constraint: Member must have length greater than or equal to 1"));
}

void PartiqlTest::transactionWritesAllOrNothing()
{
    auto engine = memoryEngine();
    createTable(*engine, "Bank");
    put(*engine, "Bank", "alice", R"(,"balance":{"N":"100"})");
    put(*engine, "Bank", "bob", R"(,"balance":{"N":"0"})");
    put(*engine, "Bank", "gone");
    put(*engine, "Bank", "flag", R"(,"open":{"BOOL":true})");
    auto r = ok(*engine, "ExecuteTransaction",
                R"j({"TransactStatements":[
                     {"Statement":"UPDATE Bank SET balance = balance - ? WHERE pk = 'alice' AND balance >= ?",
                      "Parameters":[{"N":"30"},{"N":"30"}]},
                     {"Statement":"UPDATE Bank SET balance = balance + 30 WHERE pk = 'bob'"},
                     {"Statement":"INSERT INTO Bank VALUE {'pk': 'audit', 'amount': 30}"},
                     {"Statement":"DELETE FROM Bank WHERE pk = 'gone'"},
                     {"Statement":"EXISTS(SELECT * FROM Bank WHERE pk = 'flag' AND \"open\" = true)"}]})j");
    QVERIFY(!r.contains("Responses") || r.at("Responses").as_array().empty());
    QCOMPARE(item(*engine, "Bank", key("alice")), std::string(R"({"balance":{"N":"70"},"pk":{"S":"alice"}})"));
    QCOMPARE(item(*engine, "Bank", key("bob")), std::string(R"({"balance":{"N":"30"},"pk":{"S":"bob"}})"));
    QVERIFY(!item(*engine, "Bank", key("audit")).empty());
    QVERIFY(item(*engine, "Bank", key("gone")).empty());

    // A failed EXISTS cancels everything: nothing below is written.
    const Result failed = engine->execute(
        "ExecuteTransaction",
        R"j({"TransactStatements":[
             {"Statement":"UPDATE Bank SET balance = balance - 70 WHERE pk = 'alice'"},
             {"Statement":"INSERT INTO Bank VALUE {'pk': 'audit2'}"},
             {"Statement":"EXISTS(SELECT * FROM Bank WHERE pk = 'flag' AND \"open\" = false)"}]})j");
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error->name(), std::string_view("TransactionCanceledException"));
    QCOMPARE(failed.error->message(), std::string("Transaction cancelled, please refer cancellation reasons for "
                                                  "specific reasons [None, None, ConditionalCheckFailed]"));
    QVERIFY(failed.errorBody().find(R"("CancellationReasons":[{"Code":"None"},{"Code":"None"},)"
                                    R"({"Code":"ConditionalCheckFailed")") != std::string::npos);
    QCOMPARE(item(*engine, "Bank", key("alice")), std::string(R"({"balance":{"N":"70"},"pk":{"S":"alice"}})"));
    QVERIFY(item(*engine, "Bank", key("audit2")).empty());
    // UPDATE of a missing item cancels too.
    QVERIFY(fails(*engine, "ExecuteTransaction",
                  R"({"TransactStatements":[{"Statement":"UPDATE Bank SET x = 1 WHERE pk = 'nobody'"}]})")
                .startsWith("TransactionCanceledException: "));
    QVERIFY(item(*engine, "Bank", key("nobody")).empty());
}

void PartiqlTest::transactionReportsDuplicateInserts()
{
    auto engine = memoryEngine();
    createTable(*engine, "Dup");
    put(*engine, "Dup", "taken");
    const Result failed = engine->execute(
        "ExecuteTransaction", R"({"TransactStatements":[{"Statement":"INSERT INTO Dup VALUE {'pk': 'free'}"},
                                                        {"Statement":"INSERT INTO Dup VALUE {'pk': 'taken'}"}]})");
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error->message(), std::string("Transaction cancelled, please refer cancellation reasons for "
                                                  "specific reasons [None, DuplicateItem]"));
    QVERIFY(failed.errorBody().find(R"({"Code":"DuplicateItem","Message":"Duplicate primary key exists in table"})") !=
            std::string::npos);
    QVERIFY(item(*engine, "Dup", key("free")).empty());
}

void PartiqlTest::transactionReadsAndRules()
{
    auto engine = ordersEngine();
    auto r = ok(*engine, "ExecuteTransaction",
                R"({"TransactStatements":[
                     {"Statement":"SELECT v FROM Orders WHERE pk = 'a' AND sk = 3"},
                     {"Statement":"SELECT * FROM Orders WHERE pk = 'a' AND sk = 99"}]})");
    QCOMPARE(json(r.at("Responses")), std::string(R"([{"Item":{"v":{"N":"1"}}},{}])"));
    QCOMPARE(fails(*engine, "ExecuteTransaction",
                   R"({"TransactStatements":[{"Statement":"SELECT * FROM Orders WHERE pk = 'a'"}]})"),
             QString("ValidationException: Select statements within ExecuteTransaction must specify the primary key "
                     "in the where clause."));
    QCOMPARE(fails(*engine, "ExecuteTransaction",
                   R"({"TransactStatements":[{"Statement":"SELECT * FROM Orders WHERE pk = 'a' AND sk = 1"},
                                             {"Statement":"DELETE FROM Orders WHERE pk = 'a' AND sk = 1"}]})"),
             QString("ValidationException: ExecuteTransaction API does not support both read and write operations "
                     "in the same request."));
    QVERIFY(!item(*engine, "Orders", R"({"pk":{"S":"a"},"sk":{"N":"1"}})").empty());
    QCOMPARE(fails(*engine, "ExecuteTransaction",
                   R"({"TransactStatements":[{"Statement":"DELETE FROM Orders WHERE pk = 'a' AND sk = 1"},
                                             {"Statement":"UPDATE Orders SET v = 5 WHERE pk = 'a' AND sk = 1"}]})"),
             QString("ValidationException: Transaction request cannot include multiple operations on one item"));
    QCOMPARE(fails(*engine, "ExecuteTransaction",
                   R"({"TransactStatements":[{"Statement":"DELETE FROM Orders WHERE pk = 'a' AND sk = 1 )"
                   R"(RETURNING ALL OLD *"}]})"),
             QString("ValidationException: RETURNING is not supported in transactions."));
    std::string many = R"({"TransactStatements":[)";
    for (int i = 0; i < 101; ++i)
        many += std::string(i ? "," : "") + R"({"Statement":"DELETE FROM Orders WHERE pk = 'x' AND sk = )" +
                std::to_string(i) + "\"}";
    many += "]}";
    QCOMPARE(fails(*engine, "ExecuteTransaction", many),
             QString("ValidationException: 1 validation error detected: Value '[...]' at 'transactStatements' failed "
                     "to satisfy constraint: Member must have length less than or equal to 100"));
}

void PartiqlTest::transactionTokenIsIdempotent()
{
    auto engine = memoryEngine();
    createTable(*engine, "Once");
    put(*engine, "Once", "c", R"(,"n":{"N":"0"})");
    const std::string request =
        R"({"ClientRequestToken":"tok-1","TransactStatements":[{"Statement":"UPDATE Once SET n = n + 1 WHERE pk = 'c'"}]})";
    ok(*engine, "ExecuteTransaction", request);
    ok(*engine, "ExecuteTransaction", request);
    QCOMPARE(item(*engine, "Once", key("c")), std::string(R"({"n":{"N":"1"},"pk":{"S":"c"}})"));
    QCOMPARE(fails(*engine, "ExecuteTransaction",
                   R"({"ClientRequestToken":"tok-1","TransactStatements":[{"Statement":"UPDATE Once SET n = n + 2 )"
                   R"(WHERE pk = 'c'"}]})"),
             QString("IdempotentParameterMismatchException: The request parameters do not match those of the "
                     "original request with the same ClientRequestToken"));
}

void PartiqlTest::survivesRandomStatements()
{
    // Token soup: every statement must answer a result or a DynamoDB error,
    // never crash, hang or fail internally.
    static const char* kTokens[] = {
        "SELECT", "*", "FROM", "Orders", "\"Orders\"", "WHERE", "pk", "sk", "v", "=", "<>", "<", ">=", "'a'", "?",
        "(", ")", "[", "]", "{", "}", "<<", ">>", "AND", "OR", "NOT", "IN", "BETWEEN", "IS", "MISSING", "NULL", ".",
        ",", "1", "-", "+", "UPDATE", "SET", "REMOVE", "DELETE", "INSERT", "INTO", "VALUE", "'pk'", "'sk'", ":",
        "EXISTS", "size", "begins_with", "list_append", "ORDER", "BY", "DESC", "RETURNING", "ALL", "NEW", "OLD", "*",
        "set_add", "attribute_type", "'S'", "3", "2.5e3", "TRUE", "--", ";",
    };
    static const char* kPrefixes[] = {"SELECT * FROM Orders WHERE ", "UPDATE Orders SET ", "DELETE FROM Orders WHERE ",
                                      "INSERT INTO Orders VALUE ", ""};
    auto engine = ordersEngine();
    std::mt19937 random(20261121);
    for (int i = 0; i < 4000; ++i) {
        std::string text = kPrefixes[random() % std::size(kPrefixes)];
        const int length = int(random() % 14);
        for (int t = 0; t < length; ++t)
            text += std::string(kTokens[random() % std::size(kTokens)]) + " ";
        const Result r = engine->execute("ExecuteStatement", statement(text, R"([{"S":"a"},{"N":"1"}])"));
        if (r.ok())
            continue;
        const auto code = r.error->code();
        if (code != Error::Code::Validation && code != Error::Code::ConditionalCheckFailed &&
            code != Error::Code::DuplicateItem)
            QFAIL(qPrintable(QString::fromStdString(text + " -> " + std::string(r.error->name()) + ": " +
                                                    r.error->message())));
    }
}

void PartiqlTest::refusesWritesToReadOnlyDatabases()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EngineOptions options;
    options.path = dir.filePath("ro.dynoscope").toStdString();
    options.sweepIntervalMillis = 0;
    std::string error;
    {
        auto engine = Engine::open(options, &error);
        QVERIFY(engine);
        createTable(*engine, "Frozen");
        run(*engine, "INSERT INTO Frozen VALUE {'pk': 'a'}");
    }
    options.readOnly = true;
    auto engine = Engine::open(options, &error);
    QVERIFY(engine);
    QCOMPARE(run(*engine, "SELECT * FROM Frozen").at("Items").as_array().size(), std::size_t(1));
    QCOMPARE(refuse(*engine, "DELETE FROM Frozen WHERE pk = 'a'"),
             QString("ValidationException: The database is open read-only: ExecuteStatement cannot change it"));
    QCOMPARE(fails(*engine, "BatchExecuteStatement",
                   R"({"Statements":[{"Statement":"DELETE FROM Frozen WHERE pk = 'a'"}]})"),
             QString("ValidationException: The database is open read-only: BatchExecuteStatement cannot change it"));
    QCOMPARE(fails(*engine, "ExecuteTransaction",
                   R"({"TransactStatements":[{"Statement":"DELETE FROM Frozen WHERE pk = 'a'"}]})"),
             QString("ValidationException: The database is open read-only: ExecuteTransaction cannot change it"));
    QCOMPARE(json(ok(*engine, "BatchExecuteStatement",
                     R"({"Statements":[{"Statement":"SELECT * FROM Frozen WHERE pk = 'a'"}]})")
                      .at("Responses")),
             std::string(R"([{"TableName":"Frozen","Item":{"pk":{"S":"a"}}}])"));
}

#endif // Q_MOC_RUN

QTEST_APPLESS_MAIN(PartiqlTest)
#include "PartiqlTest.moc"
