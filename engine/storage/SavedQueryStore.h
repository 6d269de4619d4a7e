// Saved queries (named access patterns) and query history, per table name,
// in tables saved_queries and query_history of schema migration 4. They are
// kept in the database file so that they travel with it.
//
// They are keyed by table name, not table id, and DeleteTable leaves them:
// an access pattern describes how an application reads a table, not the
// table's data, and a table is routinely deleted and created again under the
// same name (to empty it, to change its key schema, in every test's
// teardown), after which a user expects their queries to still be there.
// DeleteSavedQuery removes one explicitly.
#pragma once

#include "storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dynoscope::storage {

struct SavedQueryRow {
    std::string name;
    std::string definition; // JSON text, as the client gave it
    std::int64_t createdAt = 0; // milliseconds since the epoch
    std::int64_t updatedAt = 0;
};

struct QueryHistoryRow {
    std::string definition;
    std::int64_t ranAt = 0;
};

// Writers REQUIRE the write lease and a write transaction on db.
class SavedQueryStore {
public:
    // Entries of the history kept per table; older ones are dropped.
    static constexpr int kHistoryLimit = 200;

    // The table's saved queries, by name.
    static std::vector<SavedQueryRow> list(Database& db, std::string_view tableName);
    static std::optional<SavedQueryRow> find(Database& db, std::string_view tableName, std::string_view name);
    // Creates the query or replaces its definition, keeping its creation time.
    static void put(
        Database& db, std::string_view tableName, std::string_view name, std::string_view definition, std::int64_t now);
    // REQUIRES: `from` exists and `to` does not.
    static void rename(
        Database& db, std::string_view tableName, std::string_view from, std::string_view to, std::int64_t now);
    static void remove(Database& db, std::string_view tableName, std::string_view name);

    // Appends an entry and drops the table's entries beyond kHistoryLimit.
    static void addHistory(Database& db, std::string_view tableName, std::string_view definition, std::int64_t now);
    // The newest `limit` entries, newest first.
    static std::vector<QueryHistoryRow> history(Database& db, std::string_view tableName, int limit);
};

} // namespace dynoscope::storage
