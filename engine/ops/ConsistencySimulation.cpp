// Recent item versions and GSI entries of the consistency simulation.
#include "ops/ConsistencySimulation.h"

namespace dynoscope::ops {

namespace {
// Expired versions are dropped in sweeps once the maps grow past this.
constexpr std::size_t kSweepThreshold = 4096;
} // namespace

void ConsistencySimulation::configure(const std::string& tableName, Settings settings)
{
    std::lock_guard lock(m_mutex);
    if (settings.gsiLagMillis == 0 && settings.staleReadWindowMillis == 0)
        m_settings.erase(tableName);
    else
        m_settings[tableName] = settings;
    m_active = !m_settings.empty() || !m_items.empty() || !m_entries.empty() || !m_removals.empty();
}

std::optional<ConsistencySimulation::Settings> ConsistencySimulation::settings(const std::string& tableName) const
{
    if (!m_active)
        return std::nullopt;
    std::lock_guard lock(m_mutex);
    auto it = m_settings.find(tableName);
    if (it == m_settings.end())
        return std::nullopt;
    return it->second;
}

void ConsistencySimulation::recordItemWrite(std::int64_t tableId, const storage::StoredKey& key,
                                            std::optional<Item> previous, std::int64_t nowMillis,
                                            std::int64_t windowMillis)
{
    std::lock_guard lock(m_mutex);
    if (m_items.size() >= kSweepThreshold)
        forgetExpired(nowMillis);
    m_items[{tableId, key.pk, key.sk}] = PendingItem{std::move(previous), nowMillis + windowMillis, key.hash};
}

std::optional<ConsistencySimulation::StaleVersion>
ConsistencySimulation::staleVersion(std::int64_t tableId, const storage::StoredKey& key, std::int64_t nowMillis) const
{
    if (!m_active)
        return std::nullopt;
    std::lock_guard lock(m_mutex);
    auto it = m_items.find({tableId, key.pk, key.sk});
    if (it == m_items.end() || nowMillis >= it->second.until)
        return std::nullopt;
    return StaleVersion{it->second.previous};
}

std::vector<ConsistencySimulation::StaleItem>
ConsistencySimulation::staleItems(std::int64_t tableId, std::int64_t nowMillis,
                                  const std::function<bool(const storage::StoredKey&)>& select) const
{
    std::vector<StaleItem> out;
    if (!m_active)
        return out;
    std::lock_guard lock(m_mutex);
    for (auto it = m_items.lower_bound({tableId, std::string(), std::string()});
         it != m_items.end() && std::get<0>(it->first) == tableId; ++it) {
        const PendingItem& pending = it->second;
        if (nowMillis >= pending.until || !pending.previous)
            continue;
        storage::StoredKey key{pending.hash, std::get<1>(it->first), std::get<2>(it->first)};
        if (select(key))
            out.push_back({std::move(key), *pending.previous});
    }
    return out;
}

void ConsistencySimulation::recordIndexEntry(std::int64_t indexId, const storage::IndexEntryKey& key,
                                             std::optional<std::string> previousBlob, std::int64_t nowMillis,
                                             std::int64_t lagMillis)
{
    std::lock_guard lock(m_mutex);
    if (m_entries.size() >= kSweepThreshold)
        forgetExpired(nowMillis);
    m_entries[{indexId, key}] = PendingEntry{std::move(previousBlob), nowMillis + lagMillis};
}

ConsistencySimulation::EntryView ConsistencySimulation::entryView(std::int64_t indexId,
                                                                  const storage::IndexEntryKey& key,
                                                                  std::int64_t nowMillis,
                                                                  std::string* previousBlob) const
{
    if (!m_active)
        return EntryView::Current;
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find({indexId, key});
    if (it == m_entries.end() || nowMillis >= it->second.visibleAt)
        return EntryView::Current;
    if (!it->second.previousBlob)
        return EntryView::Hidden;
    *previousBlob = *it->second.previousBlob;
    return EntryView::Previous;
}

void ConsistencySimulation::recordIndexRemoval(std::int64_t indexId, const storage::IndexEntryKey& key,
                                               std::string blob, std::int64_t nowMillis, std::int64_t lagMillis)
{
    std::lock_guard lock(m_mutex);
    auto& removals = m_removals[indexId];
    if (removals.size() >= kSweepThreshold)
        forgetExpired(nowMillis);
    m_removals[indexId][key] = PendingRemoval{std::move(blob), nowMillis + lagMillis};
}

std::vector<ConsistencySimulation::RemovedEntry>
ConsistencySimulation::removedEntries(std::int64_t indexId, std::int64_t nowMillis,
                                      const std::function<bool(const storage::IndexEntryKey&)>& select) const
{
    std::vector<RemovedEntry> out;
    if (!m_active)
        return out;
    std::lock_guard lock(m_mutex);
    auto it = m_removals.find(indexId);
    if (it == m_removals.end())
        return out;
    for (const auto& [key, removal] : it->second)
        if (nowMillis < removal.visibleAt && select(key))
            out.push_back({key, removal.blob});
    return out;
}

void ConsistencySimulation::forgetExpired(std::int64_t nowMillis)
{
    std::erase_if(m_items, [&](const auto& entry) { return entry.second.until <= nowMillis; });
    std::erase_if(m_entries, [&](const auto& entry) { return entry.second.visibleAt <= nowMillis; });
    for (auto it = m_removals.begin(); it != m_removals.end();) {
        std::erase_if(it->second, [&](const auto& entry) { return entry.second.visibleAt <= nowMillis; });
        it = it->second.empty() ? m_removals.erase(it) : std::next(it);
    }
}

} // namespace dynoscope::ops
