// Writes item versions inside one write transaction: the base row, the
// entries of every secondary index, the table and index counters, and the
// stream record. Every write path (single items, batches, transactions, TTL)
// goes through it, so an item, its index entries and its stream record always
// change together.
#pragma once

#include "capacity/Consumption.h"
#include "model/TableInfo.h"
#include "storage/Database.h"
#include "storage/IndexStore.h"
#include "storage/ItemStore.h"
#include "streams/StreamWriter.h"

#include <dynoscope/AttributeValue.h>

#include <map>
#include <optional>
#include <vector>

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
    ItemWriter(EngineImpl& engine, storage::Database& db) : m_engine(engine), m_db(db), m_streams(engine, db) {}

    std::optional<Item> read(const TableInfo& table, const storage::StoredKey& key);

    // Throws ValidationException when next's index key attributes have the
    // wrong type or an empty value. Call before writing anything.
    static void checkIndexKeys(const TableInfo& table, const Item& next);

    // Replaces (or creates) the item. REQUIRES: checkIndexKeys(table, next).
    // Both return the write capacity the write consumed in the table and in
    // each index it changed.
    capacity::Consumption put(const TableInfo& table, const storage::StoredKey& key, const std::optional<Item>& old,
                              const Item& next);
    capacity::Consumption remove(const TableInfo& table, const storage::StoredKey& key, const Item& old,
                                 Origin origin = Origin::Request);

    // Saves the counters, commits, then publishes the counters.
    void commit(storage::Transaction& tx);

    // The entry an item has in an index, if any, with its projected item.
    static std::optional<storage::IndexEntryKey> entryKey(const IndexInfo& index, const storage::StoredKey& tableKey,
                                                          const Item& item);
    static Item project(const TableInfo& table, const IndexInfo& index, const Item& item);

private:
    // gsiLagMillis > 0: GSI entries written are remembered for the consistency simulation.
    void updateIndexes(const TableInfo& table, const storage::StoredKey& key, const Item* old, const Item* next,
                       capacity::Consumption& cost, std::int64_t gsiLagMillis);
    // Remembers the write for the consistency simulation when it covers the
    // table; returns the table's simulated GSI lag (0: none).
    std::int64_t simulate(const TableInfo& table, const storage::StoredKey& key, const Item* old);
    void count(std::int64_t id, TableStats& stats, std::int64_t items, std::int64_t bytes);

    struct Delta {
        TableStats* stats = nullptr;
        std::int64_t items = 0;
        std::int64_t bytes = 0;
    };
    // Writes the consistency simulation learns of once they commit.
    struct SimulatedItem {
        std::int64_t tableId;
        storage::StoredKey key;
        std::optional<Item> previous;
        std::int64_t windowMillis;
    };
    struct SimulatedEntry {
        std::int64_t indexId;
        storage::IndexEntryKey key;
        std::optional<std::string> previousBlob; // for a removal, the entry removed
        std::int64_t lagMillis;
        bool removal = false;
    };
    EngineImpl& m_engine;
    storage::Database& m_db;
    streams::StreamWriter m_streams;
    std::map<std::int64_t, Delta> m_deltas; // by table or index id
    std::vector<SimulatedItem> m_simulatedItems;
    std::vector<SimulatedEntry> m_simulatedEntries;
};

} // namespace dynoscope::ops
