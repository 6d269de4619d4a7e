// The persistent list of tables (the catalog table) and its in-memory cache.
// Readers take a snapshot pointer; DDL replaces entries under the writer.
#pragma once

#include "model/TableInfo.h"
#include "storage/Database.h"

#include <map>
#include <shared_mutex>
#include <string>
#include <vector>

namespace dynoscope::storage {

class Catalog {
public:
    // Loads every table. REQUIRES: db is the writer connection.
    void load(Database& db);

    // Null when there is no such table.
    TableInfoPtr find(std::string_view name) const;
    // Throws ResourceNotFoundException with `message` when missing.
    TableInfoPtr get(std::string_view name, const std::string& message) const;
    // Table names in ascending order, starting after `exclusiveStart`.
    std::vector<std::string> names(const std::string& exclusiveStart, size_t limit) const;

    // Inserts a new table and creates its items table; assigns info.id.
    // REQUIRES: inside a write transaction on db.
    TableInfoPtr create(Database& db, TableInfo info);
    // Rewrites the stored description of an existing table.
    TableInfoPtr update(Database& db, TableInfo info);
    // Removes the table and drops its items table.
    void remove(Database& db, const TableInfo& info);
    // Persists a table's counters. REQUIRES: inside a write transaction; the
    // caller publishes them to info.stats only once it has committed.
    void saveStats(Database& db, const TableInfo& info, std::int64_t itemCount, std::int64_t sizeBytes);

    // Undo for a rolled-back DDL transaction: reloads from the database.
    void reload(Database& db) { load(db); }

private:
    static TableInfo parse(const std::string& name, std::int64_t id, std::string_view description);
    mutable std::shared_mutex m_mutex;
    std::map<std::string, TableInfoPtr, std::less<>> m_tables;
};

} // namespace dynoscope::storage
