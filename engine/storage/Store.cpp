// Connection pool and schema migrations (PRAGMA user_version).
#include "storage/Store.h"

#include <dynoscope/Error.h>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <cstdio>

namespace dynoscope::storage {

namespace {

// 'DYNO': marks the file as ours, so other SQLite files are refused.
constexpr int kApplicationId = 0x44594E4F;

// Each entry migrates from version i to i+1. Append-only.
const char* const kMigrations[] = {
    // 1: the catalog of DynamoDB tables. Each table's items live in
    // items_<id> and each index's entries in index_<id>, created with them;
    // stats holds the item count and size of each table and index by id.
    "CREATE TABLE catalog("
    "  name TEXT PRIMARY KEY,"
    "  id INTEGER NOT NULL UNIQUE,"
    "  description TEXT NOT NULL);"
    "CREATE TABLE stats("
    "  id INTEGER PRIMARY KEY,"
    "  item_count INTEGER NOT NULL DEFAULT 0,"
    "  size_bytes INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);",
    // 2: DynamoDB Streams. A stream outlives its table by 24 hours once
    // disabled (disabled_at set); its shards form a chain by parent; records
    // carry their full JSON and a sequence number unique across all streams
    // (settings 'stream_sequence' holds the next one). trimmed_through is the
    // highest sequence number of a record of the shard deleted for its age.
    "CREATE TABLE streams("
    "  id INTEGER PRIMARY KEY,"
    "  arn TEXT NOT NULL UNIQUE,"
    "  table_name TEXT NOT NULL,"
    "  label TEXT NOT NULL,"
    "  view_type TEXT NOT NULL,"
    "  key_schema TEXT NOT NULL,"
    "  created_at INTEGER NOT NULL,"
    "  disabled_at INTEGER);"
    "CREATE TABLE stream_shards("
    "  id INTEGER PRIMARY KEY,"
    "  stream_id INTEGER NOT NULL,"
    "  shard_id TEXT NOT NULL,"
    "  parent_shard_id TEXT,"
    "  created_at INTEGER NOT NULL,"
    "  starting_sequence INTEGER NOT NULL,"
    "  ending_sequence INTEGER,"
    "  closed_at INTEGER,"
    "  trimmed_through INTEGER NOT NULL DEFAULT 0,"
    "  UNIQUE(stream_id, shard_id));"
    "CREATE TABLE stream_records("
    "  sequence INTEGER PRIMARY KEY,"
    "  shard INTEGER NOT NULL,"
    "  created_at INTEGER NOT NULL,"
    "  record TEXT NOT NULL);"
    "CREATE INDEX stream_records_by_shard ON stream_records(shard, sequence);",
    // 3: simulated partitions (capacity/). partitions holds each table's
    // ranges of the hash ring, retired ones (retired_at > 0) being the split
    // history. metrics_second and metrics_minute are rings: a fixed number of
    // slots per (table, scope, partition), overwritten as time goes round.
    "CREATE TABLE partitions("
    "  table_id INTEGER NOT NULL,"
    "  partition_id INTEGER NOT NULL,"
    "  range_start INTEGER NOT NULL,"
    "  range_end INTEGER NOT NULL,"
    "  created_at INTEGER NOT NULL,"
    "  parent_id INTEGER NOT NULL,"
    "  reason TEXT NOT NULL,"
    "  retired_at INTEGER NOT NULL,"
    "  PRIMARY KEY(table_id, partition_id)) WITHOUT ROWID;"
    "CREATE TABLE metrics_second("
    "  table_id INTEGER NOT NULL, scope TEXT NOT NULL, partition_id INTEGER NOT NULL, slot INTEGER NOT NULL,"
    "  time INTEGER NOT NULL, read_milli INTEGER NOT NULL, write_milli INTEGER NOT NULL,"
    "  requests INTEGER NOT NULL, throttled INTEGER NOT NULL, latency_us INTEGER NOT NULL,"
    "  PRIMARY KEY(table_id, scope, partition_id, slot)) WITHOUT ROWID;"
    "CREATE TABLE metrics_minute("
    "  table_id INTEGER NOT NULL, scope TEXT NOT NULL, partition_id INTEGER NOT NULL, slot INTEGER NOT NULL,"
    "  time INTEGER NOT NULL, read_milli INTEGER NOT NULL, write_milli INTEGER NOT NULL,"
    "  requests INTEGER NOT NULL, throttled INTEGER NOT NULL, latency_us INTEGER NOT NULL,"
    "  PRIMARY KEY(table_id, scope, partition_id, slot)) WITHOUT ROWID;",
    // 4: saved queries (named access patterns) and the history of queries
    // that ran, per table name (SavedQueryStore). Definitions are JSON kept
    // as the client gave them; times are milliseconds since the epoch. The
    // history keeps the newest entries of each table, by id.
    "CREATE TABLE saved_queries("
    "  table_name TEXT NOT NULL,"
    "  name TEXT NOT NULL,"
    "  definition TEXT NOT NULL,"
    "  created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL,"
    "  PRIMARY KEY(table_name, name)) WITHOUT ROWID;"
    "CREATE TABLE query_history("
    "  id INTEGER PRIMARY KEY,"
    "  table_name TEXT NOT NULL,"
    "  definition TEXT NOT NULL,"
    "  ran_at INTEGER NOT NULL);"
    "CREATE INDEX query_history_by_table ON query_history(table_name, id);",
};
constexpr int kSchemaVersion = int(std::size(kMigrations));

int pragmaInt(Database& db, const char* sql)
{
    Statement st(db.handle(), sql);
    return st.step() ? int(st.int64(0)) : 0;
}

bool hasUserTables(Database& db)
{
    Statement st(db.handle(), "SELECT count(*) FROM sqlite_schema");
    return st.step() && st.int64(0) > 0;
}

void migrate(Database& db)
{
    const int version = pragmaInt(db, "PRAGMA user_version");
    if (version > kSchemaVersion)
        throw Error::internal("the database was written by a newer Dynoscope (schema version " +
                              std::to_string(version) + ")");
    if (version == kSchemaVersion)
        return;
    Transaction tx(db, true);
    for (int v = version; v < kSchemaVersion; ++v)
        db.exec(kMigrations[v]);
    db.exec(("PRAGMA user_version=" + std::to_string(kSchemaVersion)).c_str());
    db.exec(("PRAGMA application_id=" + std::to_string(kApplicationId)).c_str());
    tx.commit();
}

} // namespace

WriteLease::WriteLease(Store& store) : m_lock(store.m_writeMutex), m_db(store.m_writer.get()) {}

ReadLease::ReadLease(Store& store) : m_store(store)
{
    if (store.m_inMemory) {
        m_sharedLock = std::unique_lock(store.m_writeMutex);
        m_db = store.m_writer.get();
    } else {
        m_owned = store.takeReader();
        m_db = m_owned.get();
    }
}

ReadLease::~ReadLease()
{
    if (m_owned)
        m_store.returnReader(std::move(m_owned));
}

std::unique_ptr<Store> Store::open(const std::string& path, bool inMemory, bool readOnly, std::string* error)
{
    std::unique_ptr<Store> store(new Store);
    store->m_inMemory = inMemory;
    store->m_readOnly = readOnly && !inMemory;
    if (inMemory) {
        static std::atomic<int> counter{0};
        store->m_uri = "file:dynoscope-mem-" + std::to_string(++counter) + "?mode=memory";
    } else {
        // SQLite URI: '?' and '#' in a path must be escaped.
        std::string escaped;
        for (char c : path) {
            if (c == '?' || c == '#' || c == '%') {
                char buf[4];
                std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
                escaped += buf;
            } else {
                escaped += c;
            }
        }
        store->m_uri = "file:" + escaped;
    }
    store->m_writer = Database::open(store->m_uri,
        store->m_readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWriteCreate, error);
    if (!store->m_writer)
        return nullptr;
    Database& db = *store->m_writer;
    try {
        // Reading the schema fails with "file is not a database" for
        // non-SQLite files: report that rather than overwrite them.
        int appId = 0;
        try {
            appId = pragmaInt(db, "PRAGMA application_id");
        } catch (const Error& e) {
            if (error)
                *error = "not a Dynoscope database: the file is corrupt or not an SQLite database ("
                         + e.message() + ")";
            return nullptr;
        }
        if (appId != kApplicationId && hasUserTables(db)) {
            if (error)
                *error = "not a Dynoscope database (it holds other SQLite tables)";
            return nullptr;
        }
        if (store->m_readOnly) {
            // Without migrations an older file cannot be read by this version.
            if (pragmaInt(db, "PRAGMA user_version") != kSchemaVersion) {
                if (error)
                    *error = "the database needs upgrading by a writable open first";
                return nullptr;
            }
            return store;
        }
        if (!inMemory) {
            db.exec("PRAGMA journal_mode=WAL");
            // In WAL mode NORMAL loses no committed transaction when the
            // process dies; only an OS crash can lose the last ones.
            db.exec("PRAGMA synchronous=NORMAL");
            db.exec("PRAGMA wal_autocheckpoint=0");
        }
        db.exec("PRAGMA foreign_keys=OFF");
        migrate(db);
        if (!inMemory) {
            // In WAL mode a file another process keeps locked still opens
            // and reads; only writes would wait, then fail. Find out now, so
            // that the caller opens it read-only instead ("database is locked").
            db.exec("PRAGMA busy_timeout=1000");
            db.exec("BEGIN IMMEDIATE");
            db.exec("ROLLBACK");
            db.exec("PRAGMA busy_timeout=5000");
        }
    } catch (const Error& e) {
        if (error)
            *error = e.message();
        return nullptr;
    }
    if (!inMemory)
        store->m_checkpointer = std::thread(&Store::checkpointLoop, store.get());
    return store;
}

void Store::checkpointLoop()
{
    std::string error;
    auto db = Database::open(m_uri, Database::Mode::ReadWrite, &error);
    if (!db)
        return; // writes then simply grow the WAL until the store closes
    std::unique_lock lock(m_checkpointMutex);
    while (!m_stopping) {
        m_checkpointWake.wait_for(lock, std::chrono::milliseconds(250));
        if (m_stopping)
            break;
        lock.unlock();
        try {
            // PASSIVE never blocks writers or readers; it copies what it can.
            db->exec("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (const Error&) {
            // Busy with another process's checkpoint: try again next round.
        }
        lock.lock();
    }
}

Store::~Store()
{
    {
        std::lock_guard stop(m_checkpointMutex);
        m_stopping = true;
    }
    m_checkpointWake.notify_all();
    if (m_checkpointer.joinable())
        m_checkpointer.join();
    std::scoped_lock lock(m_writeMutex, m_poolMutex);
    m_readers.clear();
    if (m_writer && !m_inMemory && !m_readOnly) {
        try {
            m_writer->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (...) {
            // Another process may hold the file; SQLite checkpoints later.
        }
    }
    m_writer.reset();
}

std::unique_ptr<Database> Store::takeReader()
{
    {
        std::lock_guard lock(m_poolMutex);
        if (!m_readers.empty()) {
            auto db = std::move(m_readers.back());
            m_readers.pop_back();
            return db;
        }
    }
    std::string error;
    auto db = Database::open(m_uri, m_readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite, &error);
    if (!db)
        throw Error::internal("cannot open a reader: " + error);
    return db;
}

void Store::returnReader(std::unique_ptr<Database> db)
{
    std::lock_guard lock(m_poolMutex);
    m_readers.push_back(std::move(db));
}

void Store::forgetStatements(const std::string& tableName)
{
    m_writer->forgetStatements(tableName);
    std::lock_guard lock(m_poolMutex);
    for (auto& db : m_readers)
        db->forgetStatements(tableName);
}

} // namespace dynoscope::storage
