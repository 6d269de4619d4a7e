// Reads and writes of one table's items (the items_<id> SQLite table), by
// stored key: (partition hash, encoded partition key, encoded sort key).
#pragma once

#include "model/TableInfo.h"
#include "storage/Database.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace dynoscope::storage {

struct StoredKey {
    std::int64_t hash = 0; // the ring position, as a signed integer that orders like it
    std::string pk;
    std::string sk; // empty for tables without a sort key
};

// A row visited by a range read; returning false stops the read.
using RowVisitor = std::function<bool(const StoredKey& key, std::string_view itemBlob)>;

// Bounds of a sort-key range within one partition. Absent bounds are open.
struct SortRange {
    std::optional<std::string> lower;
    bool lowerInclusive = true;
    std::optional<std::string> upper;
    bool upperInclusive = true;
};

class ItemStore {
public:
    static std::optional<std::string> get(Database& db, const TableInfo& table, const StoredKey& key);
    static void put(Database& db, const TableInfo& table, const StoredKey& key, std::string_view itemBlob);
    static void remove(Database& db, const TableInfo& table, const StoredKey& key);

    // Rows of one partition within `range`, in sort-key order (or reverse),
    // starting after `exclusiveStartSk` when given.
    static void query(Database& db, const TableInfo& table, std::int64_t hash, std::string_view pk,
                      const SortRange& range, bool forward, const std::optional<std::string>& exclusiveStartSk,
                      const RowVisitor& visit);
    // Rows with hash in [hashLow, hashHigh] in ring order, after `exclusiveStart`.
    // REQUIRES: exclusiveStart's hash lies within [hashLow, hashHigh].
    static void scan(Database& db, const TableInfo& table, std::int64_t hashLow, std::int64_t hashHigh,
                     const std::optional<StoredKey>& exclusiveStart, const RowVisitor& visit);

    // The SQL a Query or Scan runs, for EXPLAIN QUERY PLAN tests.
    static std::string querySql(const TableInfo& table, const SortRange& range, bool forward, bool hasStart);
    static std::string scanSql(const TableInfo& table, bool hasStart);
};

} // namespace dynoscope::storage
