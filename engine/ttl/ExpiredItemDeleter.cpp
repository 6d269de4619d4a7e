// The TTL deletion pass.
#include "ttl/ExpiredItemDeleter.h"

#include "ops/EngineImpl.h"
#include "ops/ItemWriter.h"
#include "ops/OpsCommon.h"
#include "ttl/TimeToLive.h"

#include <limits>
#include <utility>
#include <vector>

namespace dynoscope::ttl {

namespace {
constexpr std::size_t kChunk = 500;
} // namespace

std::size_t ExpiredItemDeleter::sweepTable(
    const std::string& tableName, std::optional<storage::StoredKey>* after, std::size_t rowBudget)
{
    std::size_t deleted = 0;
    while (rowBudget > 0) {
        storage::WriteLease lease(m_engine.store());
        auto table = m_engine.catalog().find(tableName);
        const auto attribute = table ? TimeToLive::attribute(*table) : std::nullopt;
        if (!attribute) {
            after->reset();
            return deleted;
        }
        const std::int64_t now = m_engine.nowMillis();
        const std::size_t chunk = std::min(kChunk, rowBudget);
        std::size_t rows = 0;
        std::vector<std::pair<storage::StoredKey, Item>> expired;
        storage::Transaction tx(lease.db(), true);
        const std::optional<storage::StoredKey> start = *after; // bound for the whole scan
        storage::ItemStore::scan(lease.db(), *table, std::numeric_limits<std::int64_t>::min(),
            std::numeric_limits<std::int64_t>::max(), start, [&](const storage::StoredKey& key, std::string_view blob) {
                Item item = ops::decodeStoredItem(blob);
                if (TimeToLive::isExpired(item, *attribute, now))
                    expired.emplace_back(key, std::move(item));
                *after = key;
                return ++rows < chunk;
            });
        ops::ItemWriter writer(m_engine, lease.db());
        for (const auto& [key, item] : expired)
            writer.remove(*table, key, item, ops::ItemWriter::Origin::TimeToLive);
        writer.commit(tx);
        deleted += expired.size();
        rowBudget -= rows;
        if (rows < chunk) {
            after->reset();
            break;
        }
    }
    return deleted;
}

std::size_t ExpiredItemDeleter::sweep(std::size_t rowBudget)
{
    std::size_t deleted = 0;
    for (const auto& name : m_engine.catalog().names("", SIZE_MAX)) {
        auto table = m_engine.catalog().find(name);
        if (!table || !TimeToLive::attribute(*table)) {
            m_cursors.erase(name);
            continue;
        }
        deleted += sweepTable(name, &m_cursors[name], rowBudget);
    }
    return deleted;
}

std::size_t ExpiredItemDeleter::sweepAll()
{
    std::size_t deleted = 0;
    for (const auto& name : m_engine.catalog().names("", SIZE_MAX)) {
        std::optional<storage::StoredKey> after;
        deleted += sweepTable(name, &after, SIZE_MAX);
    }
    return deleted;
}

} // namespace dynoscope::ttl
