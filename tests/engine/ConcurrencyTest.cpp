// Engine::execute from many threads at once, on a WAL file (concurrent
// readers) and in memory: atomic counters, optimistic locking, readers that
// never see a half-applied write, and DDL racing with item traffic on other
// tables and on the very table being dropped and re-created.
#include <QtTest>

#include "EngineTestSupport.h"
#include "ThreadFailures.h"

#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <functional>
#include <latch>
#include <map>
#include <mutex>
#include <numeric>
#include <thread>
#include <vector>

using namespace dynoscope;
using dynoscope::test::ThreadFailures;

namespace {

constexpr int kThreads = 8;


// Runs body(i) for i in [0, n) on n threads released together; a throwing
// body is a failure.
void runThreads(int n, ThreadFailures& failures, const std::function<void(int)>& body)
{
    std::latch start(n);
    std::vector<std::jthread> threads;
    for (int i = 0; i < n; ++i)
        threads.emplace_back([&, i] {
            start.arrive_and_wait();
            try {
                body(i);
            } catch (const std::exception& e) {
                failures.add(std::string("thread threw: ") + e.what());
            }
        });
}

// The parsed response, or null after recording the error as a failure.
std::optional<boost::json::object> call(Engine& engine, ThreadFailures& failures, const std::string& op,
                                        const std::string& json)
{
    const Result r = engine.execute(op, json);
    if (!r.ok()) {
        failures.add(op + ": " + std::string(r.error->name()) + ": " + r.error->message());
        return std::nullopt;
    }
    return boost::json::parse(r.body).as_object();
}

std::int64_t number(const boost::json::value& attribute)
{
    return std::stoll(std::string(attribute.at("N").as_string()));
}

std::string n(std::int64_t value) { return R"({"N":")" + std::to_string(value) + "\"}"; }

std::unique_ptr<Engine> openEngine(bool inMemory, const QTemporaryDir& dir)
{
    EngineOptions options;
    options.inMemory = inMemory;
    options.path = dir.filePath("concurrency.dynoscope").toStdString();
    std::string error;
    auto engine = Engine::open(options, &error);
    if (!engine)
        qFatal("cannot open engine: %s", error.c_str());
    return engine;
}

// Every item of a table, following LastEvaluatedKey with pages of `limit`.
std::vector<boost::json::object> scanAll(Engine& engine, ThreadFailures& failures, const std::string& table, int limit)
{
    std::vector<boost::json::object> items;
    std::string start;
    do {
        std::string json = R"({"TableName":")" + table + R"(","Limit":)" + std::to_string(limit);
        if (!start.empty())
            json += R"(,"ExclusiveStartKey":)" + start;
        auto page = call(engine, failures, "Scan", json + "}");
        if (!page)
            return items;
        for (const auto& item : page->at("Items").as_array())
            items.push_back(item.as_object());
        start = page->contains("LastEvaluatedKey") ? boost::json::serialize(page->at("LastEvaluatedKey")) : "";
    } while (!start.empty());
    return items;
}

// test::createTable's request; usable off the test thread.
std::string createTableJson(const std::string& name, bool withSortKey)
{
    std::string json = R"({"TableName":")" + name + R"(","BillingMode":"PAY_PER_REQUEST","KeySchema":[)"
                       R"({"AttributeName":"pk","KeyType":"HASH"})";
    if (withSortKey)
        json += R"(,{"AttributeName":"sk","KeyType":"RANGE"})";
    json += R"(],"AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"})";
    if (withSortKey)
        json += R"(,{"AttributeName":"sk","AttributeType":"S"})";
    return json + "]}";
}

std::int64_t itemCount(Engine& engine, const std::string& table)
{
    auto d = test::ok(engine, "DescribeTable", R"({"TableName":")" + table + "\"}");
    return d.at("Table").at("ItemCount").as_int64();
}

} // namespace

class ConcurrencyTest : public QObject {
    Q_OBJECT
private slots:
    void atomicCounter_data();
    void atomicCounter();
    void optimisticLocking_data();
    void optimisticLocking();
    void readersSeeWholeWrites_data();
    void readersSeeWholeWrites();
    void ddlBesideItemTraffic_data();
    void ddlBesideItemTraffic();
    void tableRecreatedUnderTraffic_data();
    void tableRecreatedUnderTraffic();

private:
    static void storageRows();
};

#ifndef Q_MOC_RUN

void ConcurrencyTest::storageRows()
{
    QTest::addColumn<bool>("inMemory");
    QTest::newRow("file") << false;
    QTest::newRow("memory") << true;
}

void ConcurrencyTest::atomicCounter_data() { storageRows(); }

// ADD is a read-modify-write inside one transaction: no increment is lost
// and every caller sees a distinct new value.
void ConcurrencyTest::atomicCounter()
{
    QFETCH(bool, inMemory);
    QTemporaryDir dir;
    auto engine = openEngine(inMemory, dir);
    test::createTable(*engine, "Counter");
    constexpr int kPerThread = 150;
    ThreadFailures failures;
    std::vector<std::vector<std::int64_t>> seen(kThreads);
    runThreads(kThreads, failures, [&](int t) {
        for (int i = 0; i < kPerThread; ++i) {
            auto r = call(*engine, failures, "UpdateItem",
                          R"({"TableName":"Counter","Key":{"pk":{"S":"c"}},"UpdateExpression":"ADD n :one",)"
                          R"("ExpressionAttributeValues":{":one":{"N":"1"}},"ReturnValues":"UPDATED_NEW"})");
            if (!r)
                return;
            seen[t].push_back(number(r->at("Attributes").at("n")));
        }
    });
    QVERIFY2(failures.count() == 0, qPrintable(failures.summary()));

    constexpr int kTotal = kThreads * kPerThread;
    auto got = test::ok(*engine, "GetItem", R"({"TableName":"Counter","Key":{"pk":{"S":"c"}},"ConsistentRead":true})");
    QCOMPARE(number(got.at("Item").at("n")), kTotal);
    std::vector<std::int64_t> all;
    for (const auto& values : seen) {
        QVERIFY(std::is_sorted(values.begin(), values.end()));
        all.insert(all.end(), values.begin(), values.end());
    }
    std::sort(all.begin(), all.end());
    std::vector<std::int64_t> expected(kTotal);
    std::iota(expected.begin(), expected.end(), 1);
    QCOMPARE(all, expected);
    QCOMPARE(itemCount(*engine, "Counter"), 1);
}

void ConcurrencyTest::optimisticLocking_data() { storageRows(); }

// Read, then write version+1 on condition version = read version: exactly
// one writer wins each version, the losers retry.
void ConcurrencyTest::optimisticLocking()
{
    QFETCH(bool, inMemory);
    QTemporaryDir dir;
    auto engine = openEngine(inMemory, dir);
    test::createTable(*engine, "Docs");
    test::ok(*engine, "PutItem", R"({"TableName":"Docs","Item":{"pk":{"S":"doc"},"version":{"N":"0"}}})");
    constexpr int kWinsPerThread = 20;
    constexpr int kMaxAttempts = 100000;
    ThreadFailures failures;
    std::vector<std::vector<std::int64_t>> won(kThreads);
    std::atomic<int> conflicts{0};
    runThreads(kThreads, failures, [&](int t) {
        for (int attempt = 0; int(won[t].size()) < kWinsPerThread; ++attempt) {
            if (attempt == kMaxAttempts) {
                failures.add("thread " + std::to_string(t) + " starved");
                return;
            }
            auto got = call(*engine, failures, "GetItem",
                            R"({"TableName":"Docs","Key":{"pk":{"S":"doc"}},"ConsistentRead":true})");
            if (!got)
                return;
            const std::int64_t version = number(got->at("Item").at("version"));
            const Result put = engine->execute(
                "PutItem", R"({"TableName":"Docs","Item":{"pk":{"S":"doc"},"version":)" + n(version + 1) +
                               R"(,"writer":)" + n(t) + R"(},"ConditionExpression":"version = :v",)" +
                               R"("ExpressionAttributeValues":{":v":)" + n(version) + "}}");
            if (put.ok()) {
                won[t].push_back(version + 1);
            } else if (put.error->code() == Error::Code::ConditionalCheckFailed) {
                ++conflicts;
            } else {
                failures.add("PutItem: " + put.error->message());
                return;
            }
        }
    });
    QVERIFY2(failures.count() == 0, qPrintable(failures.summary()));

    constexpr int kTotal = kThreads * kWinsPerThread;
    std::map<std::int64_t, int> winnerOf;
    for (int t = 0; t < kThreads; ++t)
        for (std::int64_t version : won[t])
            QVERIFY2(winnerOf.emplace(version, t).second,
                     qPrintable(QString("two writers accepted for version %1").arg(version)));
    QCOMPARE(int(winnerOf.size()), kTotal);
    QCOMPARE(winnerOf.begin()->first, 1);
    QCOMPARE(winnerOf.rbegin()->first, kTotal);
    auto final = test::ok(*engine, "GetItem", R"({"TableName":"Docs","Key":{"pk":{"S":"doc"}},"ConsistentRead":true})");
    QCOMPARE(number(final.at("Item").at("version")), kTotal);
    QCOMPARE(number(final.at("Item").at("writer")), winnerOf.at(kTotal));
    qInfo("%d versions written by %d threads, %d conflicts retried", kTotal, kThreads, conflicts.load());
}

void ConcurrencyTest::readersSeeWholeWrites_data() { storageRows(); }

// Writers always move a and b together; readers (Query, paged Scan,
// GetItem) never see them differ and never see an item go back in time.
void ConcurrencyTest::readersSeeWholeWrites()
{
    QFETCH(bool, inMemory);
    QTemporaryDir dir;
    auto engine = openEngine(inMemory, dir);
    test::createTable(*engine, "Pairs", "N");
    constexpr int kItems = 16;
    constexpr int kWriters = 4;
    constexpr int kUpdatesPerWriter = 120;
    for (int i = 0; i < kItems; ++i)
        test::ok(*engine, "PutItem",
                 R"({"TableName":"Pairs","Item":{"pk":{"S":"p"},"sk":)" + n(i) + R"(,"a":{"N":"0"},"b":{"N":"0"}}})");

    ThreadFailures failures;
    std::atomic<int> writersLeft{kWriters};
    std::atomic<int> reads{0};
    std::atomic<int> readsWhileWriting{0};
    runThreads(kThreads, failures, [&](int t) {
        if (t < kWriters) {
            for (int i = 0; i < kUpdatesPerWriter; ++i)
                call(*engine, failures, "UpdateItem",
                     R"({"TableName":"Pairs","Key":{"pk":{"S":"p"},"sk":)" + n((t * 7 + i) % kItems) +
                         R"(},"UpdateExpression":"SET a = a + :one, b = b + :one",)"
                         R"("ExpressionAttributeValues":{":one":{"N":"1"}}})");
            --writersLeft;
            return;
        }
        std::vector<std::int64_t> last(kItems, 0);
        auto check = [&](const boost::json::object& item) {
            const auto sk = number(item.at("sk"));
            const auto a = number(item.at("a"));
            if (a != number(item.at("b")))
                failures.add("item " + std::to_string(sk) + " has a != b: " + boost::json::serialize(item));
            if (a < last[sk])
                failures.add("item " + std::to_string(sk) + " went back from " + std::to_string(last[sk]) + " to " +
                             std::to_string(a));
            last[sk] = a;
        };
        for (int round = 0; writersLeft > 0 || round == 0; ++round) {
            const bool writing = writersLeft > 0;
            std::vector<boost::json::object> items;
            switch (round % 3) {
            case 0:
                if (auto r = call(*engine, failures, "Query",
                                  R"({"TableName":"Pairs","KeyConditionExpression":"pk = :p",)"
                                  R"("ExpressionAttributeValues":{":p":{"S":"p"}},"ConsistentRead":true})"))
                    for (const auto& item : r->at("Items").as_array())
                        items.push_back(item.as_object());
                break;
            case 1:
                items = scanAll(*engine, failures, "Pairs", 5);
                break;
            default:
                if (auto r = call(*engine, failures, "GetItem",
                                  R"({"TableName":"Pairs","Key":{"pk":{"S":"p"},"sk":)" + n(round % kItems) + "}}"))
                    items.push_back(r->at("Item").as_object());
                break;
            }
            if (round % 3 != 2 && int(items.size()) != kItems)
                failures.add("a read returned " + std::to_string(items.size()) + " items");
            for (const auto& item : items)
                check(item);
            ++reads;
            if (writing)
                ++readsWhileWriting;
        }
    });
    QVERIFY2(failures.count() == 0, qPrintable(failures.summary()));
    QVERIFY(readsWhileWriting > 0);

    std::int64_t sum = 0;
    const auto items = scanAll(*engine, failures, "Pairs", 100);
    QCOMPARE(int(items.size()), kItems);
    for (const auto& item : items) {
        QCOMPARE(number(item.at("a")), number(item.at("b")));
        sum += number(item.at("a"));
    }
    QCOMPARE(sum, kWriters * kUpdatesPerWriter);
    qInfo("%d reads, %d of them while writers ran", reads.load(), readsWhileWriting.load());
}

void ConcurrencyTest::ddlBesideItemTraffic_data() { storageRows(); }

// Tables created and deleted while other tables serve reads and writes:
// the item traffic neither fails nor loses anything.
void ConcurrencyTest::ddlBesideItemTraffic()
{
    QFETCH(bool, inMemory);
    QTemporaryDir dir;
    auto engine = openEngine(inMemory, dir);
    test::createTable(*engine, "Traffic");
    constexpr int kDdlThreads = 2;
    constexpr int kCycles = 12;
    constexpr int kOpsPerThread = 60;
    constexpr int kItemThreads = kThreads - kDdlThreads;

    ThreadFailures failures;
    runThreads(kThreads, failures, [&](int t) {
        if (t < kDdlThreads) {
            for (int i = 0; i < kCycles; ++i) {
                const std::string name = "Ddl_" + std::to_string(t) + "_" + std::to_string(i);
                call(*engine, failures, "CreateTable", createTableJson(name, i % 2 == 1));
                const std::string key = i % 2 ? R"({"pk":{"S":"k"},"sk":{"S":"s"}})" : R"({"pk":{"S":"k"}})";
                call(*engine, failures, "PutItem", R"({"TableName":")" + name + R"(","Item":)" + key + "}");
                auto got = call(*engine, failures, "GetItem",
                                R"({"TableName":")" + name + R"(","Key":)" + key + R"(,"ConsistentRead":true})");
                if (got && !got->contains("Item"))
                    failures.add("item missing from " + name);
                call(*engine, failures, "DeleteTable", R"({"TableName":")" + name + "\"}");
            }
            return;
        }
        for (int i = 0; i < kOpsPerThread; ++i) {
            const std::string pk = R"({"S":"t)" + std::to_string(t) + "-" + std::to_string(i) + "\"}";
            const std::string key = R"({"pk":)" + pk + "}";
            call(*engine, failures, "PutItem", R"({"TableName":"Traffic","Item":{"pk":)" + pk + R"(,"v":)" + n(i) + "}}");
            auto got = call(*engine, failures, "GetItem",
                            R"({"TableName":"Traffic","ConsistentRead":true,"Key":)" + key + "}");
            if (got && (!got->contains("Item") || number(got->at("Item").at("v")) != i))
                failures.add("GetItem " + key + " returned " + boost::json::serialize(*got));
            call(*engine, failures, "UpdateItem",
                 R"({"TableName":"Traffic","Key":{"pk":{"S":"hits"}},"UpdateExpression":"ADD n :one",)"
                 R"("ExpressionAttributeValues":{":one":{"N":"1"}}})");
            if (i % 10 == 0) {
                call(*engine, failures, "Query",
                     R"({"TableName":"Traffic","KeyConditionExpression":"pk = :p",)"
                     R"("ExpressionAttributeValues":{":p":{"S":"hits"}}})");
                call(*engine, failures, "Scan", R"({"TableName":"Traffic","Limit":20})");
            }
        }
    });
    QVERIFY2(failures.count() == 0, qPrintable(failures.summary()));

    constexpr int kItems = kItemThreads * kOpsPerThread + 1;
    QCOMPARE(itemCount(*engine, "Traffic"), kItems);
    QCOMPARE(int(scanAll(*engine, failures, "Traffic", 1000).size()), kItems);
    auto hits = test::ok(*engine, "GetItem", R"({"TableName":"Traffic","Key":{"pk":{"S":"hits"}}})");
    QCOMPARE(number(hits.at("Item").at("n")), kItemThreads * kOpsPerThread);
    auto tables = test::ok(*engine, "ListTables", "{}");
    QCOMPARE(boost::json::serialize(tables.at("TableNames")), std::string(R"(["Traffic"])"));
}

void ConcurrencyTest::tableRecreatedUnderTraffic_data() { storageRows(); }

// Item operations racing with the deletion and re-creation of their own
// table either work or find no table, as in DynamoDB; none fails otherwise,
// and the table's counters stay true to its items.
void ConcurrencyTest::tableRecreatedUnderTraffic()
{
    QFETCH(bool, inMemory);
    QTemporaryDir dir;
    auto engine = openEngine(inMemory, dir);
    constexpr int kCycles = 25;
    const std::string requests[] = {
        R"({"TableName":"Flicker","Item":{"pk":{"S":"a"},"v":{"N":"1"}}})",
        R"({"TableName":"Flicker","Key":{"pk":{"S":"a"}},"ConsistentRead":true})",
        R"({"TableName":"Flicker","Key":{"pk":{"S":"b"}},"UpdateExpression":"ADD n :one",)"
        R"("ExpressionAttributeValues":{":one":{"N":"1"}}})",
        R"({"TableName":"Flicker","Key":{"pk":{"S":"a"}}})",
        R"({"TableName":"Flicker","KeyConditionExpression":"pk = :p","ExpressionAttributeValues":{":p":{"S":"b"}}})",
        R"({"TableName":"Flicker"})",
    };
    const std::string ops[] = {"PutItem", "GetItem", "UpdateItem", "DeleteItem", "Query", "Scan"};

    ThreadFailures failures;
    std::atomic<bool> ddlDone{false};
    std::atomic<int> succeeded{0};
    std::atomic<int> notFound{0};
    runThreads(kThreads, failures, [&](int t) {
        if (t == 0) {
            for (int i = 0; i < kCycles; ++i) {
                call(*engine, failures, "CreateTable", createTableJson("Flicker", false));
                call(*engine, failures, "DeleteTable", R"({"TableName":"Flicker"})");
            }
            call(*engine, failures, "CreateTable", createTableJson("Flicker", false));
            ddlDone = true;
            return;
        }
        for (int i = t; !ddlDone; ++i) {
            const Result r = engine->execute(ops[i % 6], requests[i % 6]);
            if (r.ok())
                ++succeeded;
            else if (r.error->code() == Error::Code::ResourceNotFound &&
                     r.error->message() == "Requested resource not found")
                ++notFound;
            else
                failures.add(ops[i % 6] + ": " + std::string(r.error->name()) + ": " + r.error->message());
        }
    });
    QVERIFY2(failures.count() == 0, qPrintable(failures.summary()));
    QCOMPARE(itemCount(*engine, "Flicker"), std::int64_t(scanAll(*engine, failures, "Flicker", 100).size()));
    qInfo("%d item operations succeeded, %d found no table", succeeded.load(), notFound.load());
}

#endif

QTEST_APPLESS_MAIN(ConcurrencyTest)
#include "ConcurrencyTest.moc"
