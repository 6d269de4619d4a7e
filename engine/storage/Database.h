// One SQLite connection with a cache of prepared statements. A Database is
// used by one thread at a time; Store hands them out.
#pragma once

#include "storage/Statement.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace dynoscope::storage {

class Database {
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };
    // Opens the database at `uri` (an SQLite URI filename). Returns null and
    // sets *error on failure.
    static std::unique_ptr<Database> open(const std::string& uri, Mode mode, std::string* error);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return m_db; }

    // The prepared statement for `sql`, compiled on first use and kept.
    // REQUIRES: the returned statement is reset before the next cached(sql).
    Statement& cached(const std::string& sql);
    // Drops cached statements that mention `tableName` (after DROP TABLE).
    void forgetStatements(std::string_view tableName);

    // Runs one or more statements without results. Throws Error.
    void exec(const char* sql);


private:
    explicit Database(sqlite3* db) : m_db(db) {}
    sqlite3* m_db;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_statements;
};

// RAII transaction: BEGIN (IMMEDIATE for writers), COMMIT on commit(),
// ROLLBACK when destroyed uncommitted (e.g. by an exception).
class Transaction {
public:
    Transaction(Database& db, bool immediate);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_open = true;
};

} // namespace dynoscope::storage
