// In-process engine throughput beside raw SQLite doing the same reads and
// writes on the same schema through prepared statements: GetItem, PutItem
// and Query (100 items of one partition). Run by `make bench` on a Release
// build; prints operations per second and the engine/raw ratio.
#include <dynoscope/Engine.h>

#include "model/ItemCodec.h"
#include "model/KeyEncoding.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <random>
#include <string>

using namespace dynoscope;

namespace {

using Clock = std::chrono::steady_clock;

double opsPerSecond(int count, const std::function<void(int)>& op)
{
    const auto start = Clock::now();
    for (int i = 0; i < count; ++i)
        op(i);
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return count / seconds;
}

std::string payload() { return std::string(180, 'x'); }

std::string itemJson(int p, int s)
{
    return "{\"pk\":{\"S\":\"user#" + std::to_string(p) + "\"},\"sk\":{\"S\":\"order#" + std::to_string(100000 + s) +
           "\"},\"status\":{\"S\":\"SHIPPED\"},\"total\":{\"N\":\"" + std::to_string(p * 7 + s) + ".25\"},"
           "\"note\":{\"S\":\"" + payload() + "\"}}";
}

Item item(int p, int s)
{
    Item it;
    it["pk"] = AttributeValue::string("user#" + std::to_string(p));
    it["sk"] = AttributeValue::string("order#" + std::to_string(100000 + s));
    it["status"] = AttributeValue::string("SHIPPED");
    it["total"] = AttributeValue::number(Number::parse(std::to_string(p * 7 + s) + ".25"));
    it["note"] = AttributeValue::string(payload());
    return it;
}

void check(int rc, sqlite3* db)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
        std::exit(1);
    }
}

struct Figures {
    double put, get, query;
};

Figures benchEngine(const std::string& path, int puts, int gets, int queries)
{
    EngineOptions options;
    options.path = path;
    std::string error;
    auto engine = Engine::open(options, &error);
    if (!engine) {
        std::fprintf(stderr, "open: %s\n", error.c_str());
        std::exit(1);
    }
    engine->execute("CreateTable",
                    "{\"TableName\":\"bench\",\"BillingMode\":\"PAY_PER_REQUEST\",\"KeySchema\":["
                    "{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],"
                    "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
                    "{\"AttributeName\":\"sk\",\"AttributeType\":\"S\"}]}");
    Figures f{};
    f.put = opsPerSecond(puts, [&](int i) {
        const auto r = engine->execute("PutItem", "{\"TableName\":\"bench\",\"Item\":" + itemJson(i / 100, i % 100) + "}");
        if (!r.ok()) {
            std::fprintf(stderr, "PutItem: %s\n", r.error->message().c_str());
            std::exit(1);
        }
    });
    std::mt19937 rng(42);
    f.get = opsPerSecond(gets, [&](int) {
        const int i = int(rng() % unsigned(puts));
        const auto r = engine->execute("GetItem", "{\"TableName\":\"bench\",\"Key\":{\"pk\":{\"S\":\"user#" +
                                                      std::to_string(i / 100) + "\"},\"sk\":{\"S\":\"order#" +
                                                      std::to_string(100000 + i % 100) + "\"}}}");
        if (!r.ok() || r.body.size() < 100) {
            std::fprintf(stderr, "GetItem failed\n");
            std::exit(1);
        }
    });
    f.query = opsPerSecond(queries, [&](int) {
        const int p = int(rng() % unsigned(puts / 100));
        const auto r = engine->execute("Query", "{\"TableName\":\"bench\",\"KeyConditionExpression\":\"pk = :p\","
                                                "\"ExpressionAttributeValues\":{\":p\":{\"S\":\"user#" +
                                                    std::to_string(p) + "\"}}}");
        if (!r.ok() || r.body.find("\"Count\":100,") == std::string::npos) {
            std::fprintf(stderr, "Query failed: %s\n", r.ok() ? r.body.substr(0, 200).c_str() : r.error->message().c_str());
            std::exit(1);
        }
    });
    return f;
}

Figures benchRaw(const std::string& path, int puts, int gets, int queries)
{
    sqlite3* db = nullptr;
    check(sqlite3_open(path.c_str(), &db), db);
    // The engine's own connection settings, so only the engine's work differs.
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA mmap_size=0;"
                     "PRAGMA cache_size=-16384;"
                     "CREATE TABLE items(h INTEGER NOT NULL, pk BLOB NOT NULL, sk BLOB NOT NULL, item BLOB NOT NULL,"
                     " PRIMARY KEY(h, pk, sk)) WITHOUT ROWID",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *begin, *commit, *insert, *select, *range;
    sqlite3_prepare_v2(db, "BEGIN IMMEDIATE", -1, &begin, nullptr);
    sqlite3_prepare_v2(db, "COMMIT", -1, &commit, nullptr);
    sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO items VALUES(?,?,?,?)", -1, &insert, nullptr);
    sqlite3_prepare_v2(db, "SELECT item FROM items WHERE h=? AND pk=? AND sk=?", -1, &select, nullptr);
    sqlite3_prepare_v2(db, "SELECT item FROM items WHERE h=? AND pk=? ORDER BY sk", -1, &range, nullptr);
    auto keyOf = [](int p, int s, std::int64_t* h, std::string* pk, std::string* sk) {
        const auto pkv = AttributeValue::string("user#" + std::to_string(p));
        *h = std::int64_t(KeyEncoding::partitionHash(pkv) ^ 0x8000000000000000ULL);
        *pk = KeyEncoding::encodeKey(pkv);
        *sk = KeyEncoding::encodeKey(AttributeValue::string("order#" + std::to_string(100000 + s)));
    };
    Figures f{};
    f.put = opsPerSecond(puts, [&](int i) {
        std::int64_t h;
        std::string pk, sk;
        keyOf(i / 100, i % 100, &h, &pk, &sk);
        const std::string blob = ItemCodec::encodeItem(item(i / 100, i % 100));
        check(sqlite3_step(begin), db);
        sqlite3_reset(begin);
        sqlite3_bind_int64(insert, 1, h);
        sqlite3_bind_blob(insert, 2, pk.data(), int(pk.size()), SQLITE_STATIC);
        sqlite3_bind_blob(insert, 3, sk.data(), int(sk.size()), SQLITE_STATIC);
        sqlite3_bind_blob(insert, 4, blob.data(), int(blob.size()), SQLITE_STATIC);
        check(sqlite3_step(insert), db);
        sqlite3_reset(insert);
        check(sqlite3_step(commit), db);
        sqlite3_reset(commit);
    });
    std::mt19937 rng(42);
    f.get = opsPerSecond(gets, [&](int) {
        const int i = int(rng() % unsigned(puts));
        std::int64_t h;
        std::string pk, sk;
        keyOf(i / 100, i % 100, &h, &pk, &sk);
        sqlite3_bind_int64(select, 1, h);
        sqlite3_bind_blob(select, 2, pk.data(), int(pk.size()), SQLITE_STATIC);
        sqlite3_bind_blob(select, 3, sk.data(), int(sk.size()), SQLITE_STATIC);
        if (sqlite3_step(select) != SQLITE_ROW)
            std::exit(1);
        Item out;
        ItemCodec::decodeItem({static_cast<const char*>(sqlite3_column_blob(select, 0)),
                               size_t(sqlite3_column_bytes(select, 0))}, out);
        sqlite3_reset(select);
    });
    f.query = opsPerSecond(queries, [&](int) {
        const int p = int(rng() % unsigned(puts / 100));
        std::int64_t h;
        std::string pk, sk;
        keyOf(p, 0, &h, &pk, &sk);
        sqlite3_bind_int64(range, 1, h);
        sqlite3_bind_blob(range, 2, pk.data(), int(pk.size()), SQLITE_STATIC);
        int rows = 0;
        while (sqlite3_step(range) == SQLITE_ROW) {
            Item out;
            ItemCodec::decodeItem({static_cast<const char*>(sqlite3_column_blob(range, 0)),
                                   size_t(sqlite3_column_bytes(range, 0))}, out);
            ++rows;
        }
        sqlite3_reset(range);
        if (rows != 100)
            std::exit(1);
    });
    for (auto* st : {begin, commit, insert, select, range})
        sqlite3_finalize(st);
    sqlite3_close(db);
    return f;
}

} // namespace

int main()
{
    const auto dir = std::filesystem::temp_directory_path() / ("dynoscope-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const int puts = 20000, gets = 50000, queries = 2000;
    const Figures raw = benchRaw((dir / "raw.db").string(), puts, gets, queries);
    const Figures eng = benchEngine((dir / "engine.dynoscope").string(), puts, gets, queries);
    std::filesystem::remove_all(dir);

    std::printf("In-process engine vs raw SQLite (same schema, prepared statements; goal >= 50%%)\n");
    std::printf("%-28s %14s %14s %8s\n", "operation", "engine op/s", "raw op/s", "ratio");
    auto row = [](const char* name, double e, double r) {
        std::printf("%-28s %14.0f %14.0f %7.0f%%\n", name, e, r, 100.0 * e / r);
    };
    row("PutItem (~250 B)", eng.put, raw.put);
    row("GetItem", eng.get, raw.get);
    row("Query (100 items, 1 part.)", eng.query, raw.query);
    return 0;
}
