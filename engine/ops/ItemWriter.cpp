// Base rows, index entries and counters of item writes.
#include "ops/ItemWriter.h"

#include "model/ItemCodec.h"
#include "model/ItemSize.h"
#include "model/KeyEncoding.h"
#include "ops/EngineImpl.h"
#include "ops/ItemKeys.h"
#include "ops/OpsCommon.h"
#include "storage/Catalog.h"

#include <dynoscope/Error.h>

namespace dynoscope::ops {

namespace {

void checkIndexKey(const IndexInfo& index, const KeyAttribute& key, const Item& item)
{
    auto it = item.find(key.name);
    if (it == item.end())
        return; // sparse: the item is simply not in the index
    const AttributeValue& value = it->second;
    if (value.type() != key.type)
        throw Error::validation("One or more parameter values were invalid: Type mismatch for Index Key " + key.name +
                                " Expected: " + std::string(AttributeValue::typeName(key.type)) +
                                " Actual: " + std::string(AttributeValue::typeName(value.type())) +
                                " IndexName: " + index.name);
    if ((value.type() == AttributeValue::Type::S || value.type() == AttributeValue::Type::B) && value.str().empty())
        throw Error::validation("One or more parameter values are not valid. A value specified for a secondary index "
                                "key is not supported. The AttributeValue for a key attribute cannot contain an "
                                "empty " +
                                std::string(value.type() == AttributeValue::Type::S ? "string" : "binary") +
                                " value. IndexName: " + index.name + ", IndexKey: " + key.name);
    if (&key == &index.hashKey)
        ItemSize::checkPartitionKeySize(value);
    else
        ItemSize::checkSortKeySize(value);
}

} // namespace

std::optional<Item> ItemWriter::read(const TableInfo& table, const storage::StoredKey& key)
{
    auto blob = storage::ItemStore::get(m_db, table, key);
    if (!blob)
        return std::nullopt;
    return decodeStoredItem(*blob);
}

void ItemWriter::checkIndexKeys(const TableInfo& table, const Item& next)
{
    for (const auto& index : table.indexes) {
        checkIndexKey(index, index.hashKey, next);
        if (index.rangeKey)
            checkIndexKey(index, *index.rangeKey, next);
    }
}

std::optional<storage::IndexEntryKey> ItemWriter::entryKey(const IndexInfo& index, const storage::StoredKey& tableKey,
                                                           const Item& item)
{
    auto pk = item.find(index.hashKey.name);
    if (pk == item.end() || pk->second.type() != index.hashKey.type)
        return std::nullopt;
    storage::IndexEntryKey key{storedHash(pk->second), KeyEncoding::encodeKey(pk->second), {}, tableKey.pk, tableKey.sk};
    if (index.rangeKey) {
        auto sk = item.find(index.rangeKey->name);
        if (sk == item.end() || sk->second.type() != index.rangeKey->type)
            return std::nullopt;
        key.sk = KeyEncoding::encodeKey(sk->second);
    }
    return key;
}

Item ItemWriter::project(const TableInfo& table, const IndexInfo& index, const Item& item)
{
    if (index.projection == IndexInfo::Projection::All)
        return item;
    Item out;
    auto copy = [&](const std::string& name) {
        if (auto it = item.find(name); it != item.end())
            out.emplace(it->first, it->second);
    };
    copy(table.hashKey.name);
    if (table.rangeKey)
        copy(table.rangeKey->name);
    copy(index.hashKey.name);
    if (index.rangeKey)
        copy(index.rangeKey->name);
    for (const auto& name : index.nonKeyAttributes)
        copy(name);
    return out;
}

void ItemWriter::count(std::int64_t id, TableStats& stats, std::int64_t items, std::int64_t bytes)
{
    Delta& d = m_deltas[id];
    d.stats = &stats;
    d.items += items;
    d.bytes += bytes;
}

void ItemWriter::updateIndexes(const TableInfo& table, const storage::StoredKey& key, const Item* old, const Item* next,
                               capacity::Consumption& cost, std::int64_t gsiLagMillis)
{
    for (const auto& index : table.indexes) {
        const auto oldEntry = old ? entryKey(index, key, *old) : std::nullopt;
        const auto newEntry = next ? entryKey(index, key, *next) : std::nullopt;
        std::optional<Item> oldProjected, newProjected;
        if (oldEntry)
            oldProjected = project(table, index, *old);
        if (newEntry)
            newProjected = project(table, index, *next);
        const bool sameEntry = oldEntry && newEntry && *oldEntry == *newEntry;
        if ((!oldEntry && !newEntry) || (sameEntry && *oldProjected == *newProjected))
            continue; // this index does not see the change
        const std::size_t oldSize = oldEntry ? ItemSize::itemSize(*oldProjected) : 0;
        const std::size_t newSize = newEntry ? ItemSize::itemSize(*newProjected) : 0;
        // Developer guide, "Provisioned throughput considerations for Global
        // Secondary Indexes": an entry updated in place is one write, an item
        // moving to other index keys a delete plus a put.
        if (sameEntry)
            cost.addIndex(index.name, index.global, capacity::writeUnits(std::max(oldSize, newSize)));
        else
            cost.addIndex(index.name, index.global,
                          (oldEntry ? capacity::writeUnits(oldSize) : 0) +
                              (newEntry ? capacity::writeUnits(newSize) : 0));
        if (oldEntry) {
            storage::IndexStore::remove(m_db, index, *oldEntry);
            count(index.id, *index.stats, -1, -std::int64_t(oldSize));
            // Under GSI lag, readers keep seeing an entry the item left.
            if (index.global && gsiLagMillis > 0 && !sameEntry)
                m_simulatedEntries.push_back(
                    {index.id, *oldEntry, ItemCodec::encodeItem(*oldProjected), gsiLagMillis, true});
        }
        if (newEntry) {
            std::string blob = ItemCodec::encodeItem(*newProjected);
            storage::IndexStore::put(m_db, index, *newEntry, blob);
            count(index.id, *index.stats, 1, std::int64_t(newSize));
            if (index.global && gsiLagMillis > 0) {
                std::optional<std::string> previous;
                if (sameEntry)
                    previous = ItemCodec::encodeItem(*oldProjected);
                m_simulatedEntries.push_back({index.id, *newEntry, std::move(previous), gsiLagMillis});
            }
        }
    }
}

std::int64_t ItemWriter::simulate(const TableInfo& table, const storage::StoredKey& key, const Item* old)
{
    const auto settings = m_engine.consistency().settings(table.name);
    if (!settings)
        return 0;
    if (settings->staleReadWindowMillis > 0)
        m_simulatedItems.push_back({table.id, key, old ? std::optional<Item>(*old) : std::nullopt,
                                    settings->staleReadWindowMillis});
    return settings->gsiLagMillis;
}

capacity::Consumption ItemWriter::put(const TableInfo& table, const storage::StoredKey& key,
                                      const std::optional<Item>& old, const Item& next)
{
    const std::size_t oldSize = old ? ItemSize::itemSize(*old) : 0;
    const std::size_t newSize = ItemSize::itemSize(next);
    capacity::Consumption cost(capacity::writeUnits(std::max(oldSize, newSize)));
    storage::ItemStore::put(m_db, table, key, ItemCodec::encodeItem(next));
    count(table.id, *table.stats, old ? 0 : 1, std::int64_t(newSize) - std::int64_t(oldSize));
    const std::int64_t gsiLag = simulate(table, key, old ? &*old : nullptr);
    if (!table.indexes.empty())
        updateIndexes(table, key, old ? &*old : nullptr, &next, cost, gsiLag);
    m_streams.record(table, old ? &*old : nullptr, &next, false);
    return cost;
}

capacity::Consumption ItemWriter::remove(const TableInfo& table, const storage::StoredKey& key, const Item& old,
                                         Origin origin)
{
    const std::size_t oldSize = ItemSize::itemSize(old);
    capacity::Consumption cost(capacity::writeUnits(oldSize));
    storage::ItemStore::remove(m_db, table, key);
    count(table.id, *table.stats, -1, -std::int64_t(oldSize));
    const std::int64_t gsiLag = simulate(table, key, &old);
    if (!table.indexes.empty())
        updateIndexes(table, key, &old, nullptr, cost, gsiLag);
    m_streams.record(table, &old, nullptr, origin == Origin::TimeToLive);
    return cost;
}

void ItemWriter::commit(storage::Transaction& tx)
{
    for (const auto& [id, d] : m_deltas)
        if (d.items || d.bytes)
            storage::Catalog::saveStats(m_db, id, d.stats->itemCount + d.items, d.stats->sizeBytes + d.bytes);
    tx.commit();
    for (const auto& [id, d] : m_deltas) {
        d.stats->itemCount += d.items;
        d.stats->sizeBytes += d.bytes;
    }
    m_deltas.clear();
    if (m_simulatedItems.empty() && m_simulatedEntries.empty())
        return;
    ConsistencySimulation& simulation = m_engine.consistency();
    const std::int64_t now = m_engine.nowMillis();
    for (auto& item : m_simulatedItems)
        simulation.recordItemWrite(item.tableId, item.key, std::move(item.previous), now, item.windowMillis);
    for (auto& entry : m_simulatedEntries) {
        if (entry.removal)
            simulation.recordIndexRemoval(entry.indexId, entry.key, std::move(*entry.previousBlob), now,
                                          entry.lagMillis);
        else
            simulation.recordIndexEntry(entry.indexId, entry.key, std::move(entry.previousBlob), now,
                                        entry.lagMillis);
    }
    m_simulatedItems.clear();
    m_simulatedEntries.clear();
}

} // namespace dynoscope::ops
