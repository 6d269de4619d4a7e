// Writes item versions inside one write transaction: the base row, the
// entries of every secondary index, the table and index counters, and the
// stream record. Every write path (single items, batches, transactions, TTL)
// goes through it, so an item, its index entries and its stream record always
// change together.
#pragma once

#include "model/TableInfo.h"
#include "storage/Database.h"
#include "storage/IndexStore.h"
#include "storage/ItemStore.h"
#include "streams/StreamWriter.h"

#include <dynoscope/AttributeValue.h>

#include <map>
#include <optional>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::ops {

class ItemWriter {
public:
    // Who removes an item: a request, or DynamoDB's TTL process (its stream
    // record names the service as the user identity).
    enum class Origin { Request, TimeToLive };

    // REQUIRES: the caller holds the write lease and a transaction on db.
    ItemWriter(EngineImpl& engine, storage::Database& db) : m_db(db), m_streams(engine, db) {}

    std::optional<Item> read(const TableInfo& table, const storage::StoredKey& key);

    // Throws ValidationException when next's index key attributes have the
    // wrong type or an empty value. Call before writing anything.
    static void checkIndexKeys(const TableInfo& table, const Item& next);

    // Replaces (or creates) the item. REQUIRES: checkIndexKeys(table, next).
    void put(const TableInfo& table, const storage::StoredKey& key, const std::optional<Item>& old, const Item& next);
    void remove(const TableInfo& table, const storage::StoredKey& key, const Item& old,
                Origin origin = Origin::Request);

    // Saves the counters, commits, then publishes the counters.
    void commit(storage::Transaction& tx);

    // The entry an item has in an index, if any, with its projected item.
    static std::optional<storage::IndexEntryKey> entryKey(const IndexInfo& index, const storage::StoredKey& tableKey,
                                                          const Item& item);
    static Item project(const TableInfo& table, const IndexInfo& index, const Item& item);

private:
    void updateIndexes(const TableInfo& table, const storage::StoredKey& key, const Item* old, const Item* next);
    void count(std::int64_t id, TableStats& stats, std::int64_t items, std::int64_t bytes);

    struct Delta {
        TableStats* stats = nullptr;
        std::int64_t items = 0;
        std::int64_t bytes = 0;
    };
    storage::Database& m_db;
    streams::StreamWriter m_streams;
    std::map<std::int64_t, Delta> m_deltas; // by table or index id
};

} // namespace dynoscope::ops
