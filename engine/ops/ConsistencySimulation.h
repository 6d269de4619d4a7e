// Dynoscope's optional simulation of DynamoDB's eventual consistency, per
// table and off by default: GSI entries written within the last
// gsiLagMillis stay invisible to index reads (or show their previous
// version), and eventually consistent reads of an item written within the
// last staleReadWindowMillis return the version before that write. Kept in
// memory: it simulates replication lag, not data.
#pragma once

#include "storage/IndexStore.h"
#include "storage/ItemStore.h"

#include <dynoscope/AttributeValue.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace dynoscope::ops {

class ConsistencySimulation {
public:
    struct Settings {
        std::int64_t gsiLagMillis = 0;
        std::int64_t staleReadWindowMillis = 0;
    };
    // What a read sees of an item written within the stale-read window.
    struct StaleVersion {
        std::optional<Item> item; // none: the item did not exist
    };
    // An item whose latest write, within the stale-read window, replaced or
    // deleted this previous version.
    struct StaleItem {
        storage::StoredKey key;
        Item previous;
    };
    // What an index read sees of a stored entry.
    enum class EntryView { Current, Previous, Hidden };
    // A GSI entry removed so recently that index reads still see it.
    struct RemovedEntry {
        storage::IndexEntryKey key;
        std::string blob;
    };

    // Zero lag and window turn the simulation off for the table.
    void configure(const std::string& tableName, Settings settings);
    std::optional<Settings> settings(const std::string& tableName) const;

    // A committed write of the item at key, at nowMillis; previous is the
    // version it replaced, which eventually consistent reads see for windowMillis.
    void recordItemWrite(std::int64_t tableId, const storage::StoredKey& key, std::optional<Item> previous,
                         std::int64_t nowMillis, std::int64_t windowMillis);
    // The previous version an eventually consistent read returns, while the
    // latest write of the item is within its window.
    std::optional<StaleVersion> staleVersion(std::int64_t tableId, const storage::StoredKey& key,
                                             std::int64_t nowMillis) const;
    // The table's items an eventually consistent read still sees in an
    // earlier version, among those select accepts (range reads use it to
    // bring back items deleted within the window).
    std::vector<StaleItem> staleItems(std::int64_t tableId, std::int64_t nowMillis,
                                      const std::function<bool(const storage::StoredKey&)>& select) const;

    // A committed GSI entry write at nowMillis, visible lagMillis later;
    // previousBlob is the entry it replaced at the same key, if any.
    void recordIndexEntry(std::int64_t indexId, const storage::IndexEntryKey& key,
                          std::optional<std::string> previousBlob, std::int64_t nowMillis, std::int64_t lagMillis);
    // Sets *previousBlob when the answer is Previous.
    EntryView entryView(std::int64_t indexId, const storage::IndexEntryKey& key, std::int64_t nowMillis,
                        std::string* previousBlob) const;

    // A committed removal of a GSI entry at nowMillis, whose removal reaches
    // the index lagMillis later: until then index reads still see blob.
    void recordIndexRemoval(std::int64_t indexId, const storage::IndexEntryKey& key, std::string blob,
                            std::int64_t nowMillis, std::int64_t lagMillis);
    // The index's entries whose removal has not reached it yet and that
    // select accepts, in key order.
    std::vector<RemovedEntry> removedEntries(std::int64_t indexId, std::int64_t nowMillis,
                                             const std::function<bool(const storage::IndexEntryKey&)>& select) const;

private:
    struct PendingItem {
        std::optional<Item> previous;
        std::int64_t until = 0;
        std::int64_t hash = 0; // the key's ring position
    };
    struct PendingEntry {
        std::optional<std::string> previousBlob;
        std::int64_t visibleAt = 0;
    };
    void forgetExpired(std::int64_t nowMillis);

    mutable std::mutex m_mutex;
    std::atomic<bool> m_active{false}; // lets writes skip the lock while nothing is simulated
    std::unordered_map<std::string, Settings> m_settings;
    std::map<std::tuple<std::int64_t, std::string, std::string>, PendingItem> m_items;
    std::map<std::pair<std::int64_t, storage::IndexEntryKey>, PendingEntry> m_entries;
    struct PendingRemoval {
        std::string blob;
        std::int64_t visibleAt = 0;
    };
    std::map<std::int64_t, std::map<storage::IndexEntryKey, PendingRemoval>> m_removals; // by index id
};

} // namespace dynoscope::ops
