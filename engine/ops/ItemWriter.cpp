// Base rows, index entries and counters of item writes.
#include "ops/ItemWriter.h"

#include "model/ItemCodec.h"
#include "model/ItemSize.h"
#include "model/KeyEncoding.h"
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

void ItemWriter::updateIndexes(const TableInfo& table, const storage::StoredKey& key, const Item* old, const Item* next)
{
    for (const auto& index : table.indexes) {
        const auto oldEntry = old ? entryKey(index, key, *old) : std::nullopt;
        const auto newEntry = next ? entryKey(index, key, *next) : std::nullopt;
        std::optional<Item> oldProjected, newProjected;
        if (oldEntry)
            oldProjected = project(table, index, *old);
        if (newEntry)
            newProjected = project(table, index, *next);
        if (oldEntry && newEntry && *oldEntry == *newEntry && *oldProjected == *newProjected)
            continue; // this index does not see the change
        if (oldEntry) {
            storage::IndexStore::remove(m_db, index, *oldEntry);
            count(index.id, *index.stats, -1, -std::int64_t(ItemSize::itemSize(*oldProjected)));
        }
        if (newEntry) {
            storage::IndexStore::put(m_db, index, *newEntry, ItemCodec::encodeItem(*newProjected));
            count(index.id, *index.stats, 1, std::int64_t(ItemSize::itemSize(*newProjected)));
        }
    }
}

void ItemWriter::put(const TableInfo& table, const storage::StoredKey& key, const std::optional<Item>& old,
                     const Item& next)
{
    storage::ItemStore::put(m_db, table, key, ItemCodec::encodeItem(next));
    count(table.id, *table.stats, old ? 0 : 1,
          std::int64_t(ItemSize::itemSize(next)) - std::int64_t(old ? ItemSize::itemSize(*old) : 0));
    if (!table.indexes.empty())
        updateIndexes(table, key, old ? &*old : nullptr, &next);
    m_streams.record(table, old ? &*old : nullptr, &next, false);
}

void ItemWriter::remove(const TableInfo& table, const storage::StoredKey& key, const Item& old, Origin origin)
{
    storage::ItemStore::remove(m_db, table, key);
    count(table.id, *table.stats, -1, -std::int64_t(ItemSize::itemSize(old)));
    if (!table.indexes.empty())
        updateIndexes(table, key, &old, nullptr);
    m_streams.record(table, &old, nullptr, origin == Origin::TimeToLive);
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
}

} // namespace dynoscope::ops
