// Entries of one secondary index (the index_<id> SQLite table): keyed by the
// index keys, then the table keys, each holding the projected item.
#pragma once

#include "model/TableInfo.h"
#include "storage/Database.h"
#include "storage/ItemStore.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace dynoscope::storage {

struct IndexEntryKey {
    std::int64_t hash = 0; // ring position of the index partition key
    std::string pk;
    std::string sk;  // empty when the index has no sort key
    std::string tpk; // the table's stored keys
    std::string tsk;

    auto operator<=>(const IndexEntryKey&) const = default;
};

using IndexEntryVisitor = std::function<bool(const IndexEntryKey& key, std::string_view projectedItem)>;

class IndexStore {
public:
    static void put(Database& db, const IndexInfo& index, const IndexEntryKey& key, std::string_view projectedItem);
    static void remove(Database& db, const IndexInfo& index, const IndexEntryKey& key);

    // Entries of one index partition within `range` of the index sort key,
    // after `exclusiveStart` (whose hash and pk equal the partition's).
    static void query(Database& db, const IndexInfo& index, std::int64_t hash, std::string_view pk,
                      const SortRange& range, bool forward, const std::optional<IndexEntryKey>& exclusiveStart,
                      const IndexEntryVisitor& visit);
    // Entries with hash in [hashLow, hashHigh] in ring order.
    static void scan(Database& db, const IndexInfo& index, std::int64_t hashLow, std::int64_t hashHigh,
                     const std::optional<IndexEntryKey>& exclusiveStart, const IndexEntryVisitor& visit);
};

} // namespace dynoscope::storage
