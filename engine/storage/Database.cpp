// SQLite connection setup (WAL, busy timeout), statement cache, transactions.
#include "storage/Database.h"

#include <dynoscope/Error.h>

#include <sqlite3.h>

namespace dynoscope::storage {

std::unique_ptr<Database> Database::open(const std::string& uri, Mode mode, std::string* error)
{
    sqlite3* db = nullptr;
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    if (mode == Mode::ReadOnly)
        flags |= SQLITE_OPEN_READONLY;
    else
        flags |= SQLITE_OPEN_READWRITE;
    if (mode == Mode::ReadWriteCreate)
        flags |= SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(uri.c_str(), &db, flags, nullptr) != SQLITE_OK) {
        if (error)
            *error = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_extended_result_codes(db, 1);
    // Writers are serialised by the engine; the timeout covers checkpoints
    // and other processes holding the file.
    sqlite3_busy_timeout(db, 5000);
    // No memory map: a scan of a large table would map (and count in the
    // process's memory) the whole file. A 16 MB page cache per connection
    // keeps hot partitions resident at a bounded cost.
    sqlite3_exec(db, "PRAGMA mmap_size=0; PRAGMA cache_size=-16384", nullptr, nullptr, nullptr);
    return std::unique_ptr<Database>(new Database(db));
}

Database::~Database()
{
    m_statements.clear();
    sqlite3_close_v2(m_db);
}

Statement& Database::cached(const std::string& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, std::make_unique<Statement>(m_db, sql)).first;
    return *it->second;
}

void Database::forgetStatements(std::string_view tableName)
{
    std::erase_if(m_statements, [&](const auto& entry) { return entry.first.find(tableName) != std::string::npos; });
}

void Database::exec(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::string text = message ? message : sqlite3_errmsg(m_db);
        sqlite3_free(message);
        throw Error::internal(text);
    }
}

Transaction::Transaction(Database& db, bool immediate) : m_db(db)
{
    m_db.cached(immediate ? "BEGIN IMMEDIATE" : "BEGIN").exec();
}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            m_db.cached("ROLLBACK").exec();
        } catch (...) {
            // A failed rollback leaves SQLite to roll back on close.
        }
    }
}

void Transaction::commit()
{
    m_db.cached("COMMIT").exec();
    m_open = false;
}

} // namespace dynoscope::storage
