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

    // A fresh id for a table or index; ids are never reused, so statements
    // cached for a dropped table can never touch a new one.
    // REQUIRES: inside a write transaction on db.
    std::int64_t allocateId(Database& db);

    // Inserts a new table (info.id and its indexes' ids allocated) and
    // creates its items and index tables. Readers see it only once the
    // caller has committed and called publish(). REQUIRES: inside a write
    // transaction on db.
    TableInfoPtr create(Database& db, TableInfo info);
    // Makes a committed table visible to lookups.
    void publish(const TableInfoPtr& info);
    // Rewrites an existing table's description; creates the entry tables of
    // indexes that are new and drops those of indexes that are gone.
    TableInfoPtr update(Database& db, TableInfo info);
    // Removes the table and drops its items and index tables.
    void remove(Database& db, const TableInfo& info);
    // Persists the counters of a table or index. REQUIRES: inside a write
    // transaction; the caller publishes them once it has committed.
    static void saveStats(Database& db, std::int64_t id, std::int64_t itemCount, std::int64_t sizeBytes);

    // Undo for a rolled-back DDL transaction: reloads from the database.
    void reload(Database& db) { load(db); }

    // The member of a stored index description holding its id.
    static constexpr const char* kIndexIdMember = "DynoscopeIndexId";

private:
    static TableInfo parse(const std::string& name, std::int64_t id, std::string_view description);
    static void createIndexTable(Database& db, const IndexInfo& index);
    mutable std::shared_mutex m_mutex;
    std::map<std::string, TableInfoPtr, std::less<>> m_tables;
};

} // namespace dynoscope::storage
