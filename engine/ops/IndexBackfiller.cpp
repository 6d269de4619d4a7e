// The backfill loop.
#include "ops/IndexBackfiller.h"

#include "model/ItemCodec.h"
#include "model/ItemSize.h"
#include "ops/EngineImpl.h"
#include "ops/ItemWriter.h"
#include "ops/OpsCommon.h"
#include "storage/Catalog.h"
#include "storage/IndexStore.h"
#include "storage/ItemStore.h"

#include <dynoscope/Error.h>

#include <limits>

namespace dynoscope {

namespace {
constexpr int kChunk = 500;
} // namespace

IndexBackfiller::IndexBackfiller(EngineImpl& engine) : m_engine(engine), m_thread(&IndexBackfiller::run, this) {}

IndexBackfiller::~IndexBackfiller()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void IndexBackfiller::enqueue(std::string table, std::string index)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.emplace_back(std::move(table), std::move(index));
    }
    m_wake.notify_all();
}

void IndexBackfiller::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
        if (m_stopping)
            return;
        auto [table, index] = m_jobs.front();
        m_jobs.pop_front();
        lock.unlock();
        try {
            if (backfill(table, index))
                activate(table, index);
        } catch (const Error&) {
            // The table or index went away, or the disk failed: the index
            // stays CREATING and the next open tries again.
        }
        lock.lock();
    }
}

bool IndexBackfiller::backfill(const std::string& tableName, const std::string& indexName)
{
    std::optional<storage::StoredKey> after;
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return false;
        }
        storage::WriteLease lease(m_engine.store());
        auto table = m_engine.catalog().find(tableName);
        const IndexInfo* index = table ? table->index(indexName) : nullptr;
        if (!index || !index->backfilling)
            return false;
        storage::Transaction tx(lease.db(), true);
        int rows = 0;
        storage::ItemStore::scan(lease.db(), *table, std::numeric_limits<std::int64_t>::min(),
                                 std::numeric_limits<std::int64_t>::max(), after,
                                 [&](const storage::StoredKey& key, std::string_view blob) {
                                     const Item item = ops::decodeStoredItem(blob);
                                     if (auto entry = ops::ItemWriter::entryKey(*index, key, item))
                                         storage::IndexStore::put(
                                             lease.db(), *index, *entry,
                                             ItemCodec::encodeItem(ops::ItemWriter::project(*table, *index, item)));
                                     after = key;
                                     return ++rows < kChunk;
                                 });
        tx.commit();
        if (rows < kChunk)
            return true;
    }
}

void IndexBackfiller::activate(const std::string& tableName, const std::string& indexName)
{
    storage::WriteLease lease(m_engine.store());
    auto current = m_engine.catalog().find(tableName);
    if (!current || !current->index(indexName))
        return;
    TableInfo info = *current;
    IndexInfo* index = nullptr;
    for (auto& candidate : info.indexes)
        if (candidate.name == indexName)
            index = &candidate;
    // Writes during the backfill counted some entries the backfill then
    // rewrote: count them afresh.
    std::int64_t count = 0, bytes = 0;
    storage::IndexStore::scan(lease.db(), *index, std::numeric_limits<std::int64_t>::min(),
                              std::numeric_limits<std::int64_t>::max(), std::nullopt,
                              [&](const storage::IndexEntryKey&, std::string_view blob) {
                                  ++count;
                                  bytes += std::int64_t(ItemSize::itemSize(ops::decodeStoredItem(blob)));
                                  return true;
                              });
    index->backfilling = false;
    for (auto& value : info.description["GlobalSecondaryIndexes"].as_array()) {
        auto& d = value.as_object();
        if (d.at("IndexName").as_string() == indexName) {
            d["IndexStatus"] = "ACTIVE";
            d.erase("Backfilling");
        }
    }
    storage::Transaction tx(lease.db(), true);
    storage::Catalog::saveStats(lease.db(), index->id, count, bytes);
    index->stats->itemCount = count;
    index->stats->sizeBytes = bytes;
    m_engine.catalog().update(lease.db(), std::move(info));
    tx.commit();
}

} // namespace dynoscope
