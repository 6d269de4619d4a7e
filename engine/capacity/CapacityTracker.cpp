// Partition maps, throttling, splits, metrics and hot keys of all tables.
#include "capacity/CapacityTracker.h"

#include "model/WireJson.h"
#include "storage/Statement.h"
#include "storage/TableAccess.h"

#include <dynoscope/Error.h>

#include <algorithm>

namespace dynoscope::capacity {

namespace {

// Rounding slack: units are multiples of 0.5 but refills are fractions.
constexpr double kEpsilon = 1e-9;

struct Throughput {
    bool provisioned = false;
    double read = 0;
    double write = 0;
};

Throughput throughputOf(const TableInfo& table)
{
    Throughput t;
    const auto& d = table.description;
    if (const auto* summary = d.if_contains("BillingModeSummary"))
        if (const auto* mode = summary->as_object().if_contains("BillingMode"))
            if (mode->as_string() == "PAY_PER_REQUEST")
                return t;
    if (const auto* p = d.if_contains("ProvisionedThroughput")) {
        const auto& o = p->as_object();
        t.read = o.at("ReadCapacityUnits").to_number<double>();
        t.write = o.at("WriteCapacityUnits").to_number<double>();
        t.provisioned = t.read > 0 || t.write > 0;
    }
    return t;
}

// A GSI's ProvisionedThroughput in the table's description (none when the
// table is on demand or the index has none).
Throughput indexThroughputOf(const TableInfo& table, const std::string& indexName)
{
    Throughput t;
    const auto* indexes = table.description.if_contains("GlobalSecondaryIndexes");
    if (!indexes || !indexes->is_array())
        return t;
    for (const auto& index : indexes->as_array()) {
        const auto& o = index.as_object();
        const auto* name = o.if_contains("IndexName");
        const auto* p = o.if_contains("ProvisionedThroughput");
        if (!name || !p || name->as_string() != indexName)
            continue;
        t.read = p->as_object().at("ReadCapacityUnits").to_number<double>();
        t.write = p->as_object().at("WriteCapacityUnits").to_number<double>();
        t.provisioned = t.read > 0 || t.write > 0;
    }
    return t;
}

std::string keyJson(const Item& key)
{
    std::string out;
    WireJson::appendItemJson(out, key);
    return out;
}

std::string throttlingSetting(std::int64_t tableId)
{
    return "throttling_off_" + std::to_string(tableId);
}

// The partition the calling thread's last charge went to, for its latency.
struct LastCharge {
    const CapacityTracker* tracker = nullptr;
    std::int64_t tableId = 0;
    std::string scope;
    std::int64_t partitionId = 0;
    std::int64_t second = 0;
};
thread_local LastCharge t_lastCharge;

} // namespace

void CapacityTracker::load(storage::Database& db)
{
    std::lock_guard lock(m_mutex);
    storage::Statement st(db.handle(), "SELECT table_id, partition_id, range_start, range_end, created_at, parent_id,"
                                       " reason, retired_at FROM partitions");
    while (st.step())
        m_persisted[st.int64(0)].push_back(Partition{st.int64(1), st.int64(2), st.int64(3), st.int64(4),
                                                     st.int64(5), std::string(st.text(6)), st.int64(7)});
    storage::Statement off(db.handle(), "SELECT key FROM settings WHERE key LIKE 'throttling_off_%'");
    while (off.step())
        m_throttlingOff.insert(std::stoll(std::string(off.text(0).substr(15))));
}

CapacityTracker::TableState& CapacityTracker::state(const TableInfo& table, std::int64_t nowMillis)
{
    auto it = m_tables.find(table.id);
    if (it != m_tables.end())
        return it->second;
    TableState& s = m_tables[table.id];
    if (auto persisted = m_persisted.find(table.id); persisted != m_persisted.end()) {
        s.map = PartitionMap::fromPartitions(std::move(persisted->second));
        m_persisted.erase(persisted);
    } else {
        const Throughput t = throughputOf(table);
        s.map = PartitionMap::initial(PartitionMap::initialCount(std::int64_t(t.read), std::int64_t(t.write),
                                                                 table.stats->sizeBytes.load(), m_sizeLimit),
                                      nowMillis);
        s.dirty = true;
    }
    for (const auto* p : s.map.active())
        s.partitions[p->id];
    return s;
}

void CapacityTracker::split(TableState& state, std::int64_t partitionId, std::int64_t nowMillis, const char* reason,
                            std::optional<std::int64_t> at)
{
    if (!state.map.split(partitionId, nowMillis, reason, at))
        return;
    state.partitions.erase(partitionId);
    const auto& all = state.map.all();
    state.partitions[all[all.size() - 2].id];
    state.partitions[all[all.size() - 1].id];
    state.dirty = true;
}

void CapacityTracker::trackHeat(TableState& state, const Partition& partition, std::int64_t nowMillis)
{
    PartitionState& ps = state.partitions[partition.id];
    const std::int64_t second = nowMillis / 1000;
    if (ps.second == second)
        return;
    if (ps.second >= 0) {
        const bool hot = ps.throttledInSecond || ps.readInSecond >= kHotFraction * kPartitionReadCeiling ||
                         ps.writeInSecond >= kHotFraction * kPartitionWriteCeiling;
        if (!hot)
            ps.hotStreak = 0;
        else
            ps.hotStreak = ps.lastHotSecond == ps.second - 1 ? ps.hotStreak + 1 : 1;
        if (hot)
            ps.lastHotSecond = ps.second;
    }
    ps.second = second;
    ps.readInSecond = ps.writeInSecond = 0;
    ps.throttledInSecond = false;
    if (ps.hotStreak >= kHeatSplitSeconds) {
        std::optional<std::int64_t> median;
        if (!ps.recentHashes.empty()) {
            std::vector<std::int64_t> hashes = ps.recentHashes;
            const auto middle = hashes.begin() + std::ptrdiff_t((hashes.size() - 1) / 2);
            std::nth_element(hashes.begin(), middle, hashes.end());
            median = *middle;
        }
        split(state, partition.id, nowMillis, "Heat", median);
    }
}

void CapacityTracker::trackSize(TableState& state, const TableInfo& table, const Access& access,
                                std::int64_t nowMillis, storage::Database& db)
{
    if (!state.sizesKnown) {
        for (const auto* p : state.map.active())
            state.partitions[p->id].bytes = measure(db, table, *p).sizeBytes;
        state.sizesKnown = true;
    }
    const Partition& partition = state.map.partitionOf(access.hash);
    PartitionState& ps = state.partitions[partition.id];
    ps.bytes += access.sizeDelta;
    if (ps.bytes <= m_sizeLimit)
        return;
    // Copied first: splitting adds partitions to the map, which may move them.
    const std::int64_t id = partition.id;
    split(state, id, nowMillis, "Size", medianHash(db, table, partition));
    // The children as stored, plus this write, which is not stored yet.
    for (const auto& child : state.map.all())
        if (child.active() && child.parentId == id)
            state.partitions[child.id].bytes =
                measure(db, table, child).sizeBytes + (child.contains(access.hash) ? access.sizeDelta : 0);
}

TokenBucket* CapacityTracker::indexBucket(const TableInfo& table, const std::string& indexName, bool write,
                                          std::int64_t nowMillis)
{
    const Throughput t = indexThroughputOf(table, indexName);
    if (!t.provisioned)
        return nullptr;
    IndexBuckets& buckets = m_indexBuckets[{table.id, indexName}];
    TokenBucket& bucket = write ? buckets.write : buckets.read;
    bucket.configure(write ? t.write : t.read, kBurstSeconds, nowMillis);
    return &bucket;
}

CapacityTracker::Admission CapacityTracker::admit(TableState& state, const TableInfo& table,
                                                  std::int64_t partitionId, const Access& access,
                                                  std::int64_t nowMillis)
{
    const Throughput t = throughputOf(table);
    if (!t.provisioned || m_throttlingOff.count(table.id))
        return Admission::Admitted;
    // A GSI read uses the index's own throughput (an LSI's, the table's).
    if (access.index && access.index->global) {
        TokenBucket* bucket = indexBucket(table, access.index->name, access.write, nowMillis);
        if (bucket && bucket->available(nowMillis) + kEpsilon < access.units)
            return Admission::IndexThrottled;
        if (bucket)
            bucket->take(access.units);
        return Admission::Admitted;
    }
    // A table write first needs room in every GSI it changes; their tokens
    // are taken only once the table admits it too.
    std::vector<std::pair<TokenBucket*, double>> indexWrites;
    if (access.globalIndexWrites) {
        for (const auto& [name, units] : *access.globalIndexWrites) {
            TokenBucket* bucket = indexBucket(table, name, true, nowMillis);
            if (!bucket)
                continue;
            if (bucket->available(nowMillis) + kEpsilon < units)
                return Admission::IndexThrottled;
            indexWrites.emplace_back(bucket, units);
        }
    }
    if (!admitToTable(state, partitionId, access, access.write ? t.write : t.read, nowMillis))
        return Admission::TableThrottled;
    for (auto& [bucket, units] : indexWrites)
        bucket->take(units);
    return Admission::Admitted;
}

bool CapacityTracker::admitToTable(TableState& state, std::int64_t partitionId, const Access& access,
                                   double tableRate, std::int64_t nowMillis)
{
    const double share = tableRate / double(state.partitions.size());
    const double ceiling = access.write ? kPartitionWriteCeiling : kPartitionReadCeiling;
    const auto shareOf = [&](PartitionState& ps) -> TokenBucket& {
        TokenBucket& b = access.write ? ps.writeShare : ps.readShare;
        b.configure(share, kBurstSeconds, nowMillis);
        return b;
    };
    PartitionState& own = state.partitions[partitionId];
    TokenBucket& ceilingBucket = access.write ? own.writeCeiling : own.readCeiling;
    ceilingBucket.configure(ceiling, 1, nowMillis);
    if (ceilingBucket.available(nowMillis) + kEpsilon < access.units)
        return false;
    TokenBucket& ownShare = shareOf(own);
    const double ownTokens = ownShare.available(nowMillis);
    if (ownTokens + kEpsilon < access.units) {
        // Adaptive capacity: the other partitions lend what they do not use.
        double need = access.units - ownTokens;
        double lendable = 0;
        for (auto& [id, ps] : state.partitions)
            if (id != partitionId)
                lendable += shareOf(ps).available(nowMillis);
        if (lendable + kEpsilon < need)
            return false;
        for (auto& [id, ps] : state.partitions) {
            if (id == partitionId || need <= 0)
                continue;
            TokenBucket& lender = shareOf(ps);
            const double lent = std::min(need, lender.available(nowMillis));
            lender.take(lent);
            need -= lent;
        }
    }
    ownShare.take(std::min(ownTokens, access.units));
    ceilingBucket.take(access.units);
    return true;
}

void CapacityTracker::charge(const Access& access, std::int64_t nowMillis, storage::Database* writeDb)
{
    const TableInfo& table = *access.table;
    std::lock_guard lock(m_mutex);
    TableState& s = state(table, nowMillis);
    trackHeat(s, s.map.partitionOf(access.hash), nowMillis);
    if (writeDb && access.sizeDelta != 0)
        trackSize(s, table, access, nowMillis, *writeDb);
    const std::int64_t partitionId = s.map.partitionOf(access.hash).id;
    const Admission admission = admit(s, table, partitionId, access, nowMillis);
    const bool admitted = admission == Admission::Admitted;

    PartitionState& ps = s.partitions[partitionId];
    if (ps.recentHashes.size() < kHashSamples) {
        ps.recentHashes.push_back(access.hash);
    } else {
        ps.recentHashes[ps.nextSample] = access.hash;
        ps.nextSample = (ps.nextSample + 1) % kHashSamples;
    }
    Sample sample;
    sample.requests = 1;
    if (admitted)
        (access.write ? sample.writeUnits : sample.readUnits) = access.units;
    else
        sample.throttled = 1;
    (access.write ? ps.writeInSecond : ps.readInSecond) += sample.readUnits + sample.writeUnits;
    ps.throttledInSecond = ps.throttledInSecond || !admitted;
    const std::string scope = access.index ? access.index->name : std::string();
    const std::int64_t second = nowMillis / 1000;
    m_metrics.record(table.id, scope, partitionId, second, sample);
    t_lastCharge = LastCharge{this, table.id, scope, partitionId, second};

    if (access.partitionKey)
        s.hotKeys.add(admitted ? HotKeys::AccessedPartitionKeys : HotKeys::ThrottledPartitionKeys,
                      keyJson(Item{{access.index ? access.index->hashKey.name : table.hashKey.name,
                                    *access.partitionKey}}),
                      nowMillis);
    if (access.itemKey)
        s.hotKeys.add(admitted ? HotKeys::AccessedItemKeys : HotKeys::ThrottledItemKeys, keyJson(*access.itemKey),
                      nowMillis);
    if (admission == Admission::IndexThrottled)
        throw Error(Error::Code::ProvisionedThroughputExceeded,
                    "The level of configured provisioned throughput for one or more global secondary indexes of the "
                    "table was exceeded. Consider increasing your provisioning level for the under-provisioned global "
                    "secondary indexes with the UpdateTable API");
    if (!admitted)
        throw Error(Error::Code::ProvisionedThroughputExceeded,
                    "The level of configured provisioned throughput for the table was exceeded. Consider increasing "
                    "your provisioning level with the UpdateTable API.");
}

void CapacityTracker::recordLatency(std::int64_t micros)
{
    LastCharge last = std::exchange(t_lastCharge, LastCharge{});
    if (last.tracker != this)
        return;
    Sample sample;
    sample.latencyMicros = micros;
    std::lock_guard lock(m_mutex);
    m_metrics.record(last.tableId, last.scope, last.partitionId, last.second, sample);
}

void CapacityTracker::flush(storage::Database& db)
{
    std::lock_guard lock(m_mutex);
    storage::Transaction tx(db, true);
    for (auto& [tableId, s] : m_tables) {
        if (!s.dirty)
            continue;
        auto& st = db.cached("INSERT OR REPLACE INTO partitions(table_id, partition_id, range_start, range_end,"
                             " created_at, parent_id, reason, retired_at) VALUES(?,?,?,?,?,?,?,?)");
        for (const auto& p : s.map.all())
            st.bind(1, tableId).bind(2, p.id).bind(3, p.rangeStart).bind(4, p.rangeEnd).bind(5, p.createdAt)
                .bind(6, p.parentId).bind(7, std::string_view(p.reason)).bind(8, p.retiredAt).exec();
        s.dirty = false;
    }
    tx.commit();
    m_metrics.flush(db);
}

PartitionMap CapacityTracker::partitions(const TableInfo& table, std::int64_t nowMillis)
{
    std::lock_guard lock(m_mutex);
    return state(table, nowMillis).map;
}

std::optional<std::int64_t> CapacityTracker::medianHash(storage::Database& db, const TableInfo& table,
                                                        const Partition& partition)
{
    const std::int64_t count = measure(db, table, partition).itemCount;
    if (count == 0)
        return std::nullopt;
    return storage::accessTable(db, table.itemsTable(), [&]() -> std::optional<std::int64_t> {
        auto& st = db.cached("SELECT h FROM " + table.itemsTable() + " WHERE h>=? AND h<=? ORDER BY h LIMIT 1 OFFSET ?");
        st.bind(1, partition.rangeStart).bind(2, partition.rangeEnd).bind(3, (count - 1) / 2);
        std::optional<std::int64_t> hash;
        if (st.step())
            hash = st.int64(0);
        st.reset();
        return hash;
    });
}

PartitionSize CapacityTracker::measure(storage::Database& db, const TableInfo& table, const Partition& partition)
{
    return storage::accessTable(db, table.itemsTable(), [&] {
        auto& st = db.cached("SELECT count(*), coalesce(sum(length(pk) + length(sk) + length(item)), 0) FROM " +
                             table.itemsTable() + " WHERE h>=? AND h<=?");
        st.bind(1, partition.rangeStart).bind(2, partition.rangeEnd);
        PartitionSize size;
        if (st.step())
            size = {st.int64(0), st.int64(1)};
        st.reset();
        return size;
    });
}

bool CapacityTracker::throttling(const TableInfo& table)
{
    std::lock_guard lock(m_mutex);
    return throughputOf(table).provisioned && !m_throttlingOff.count(table.id);
}

void CapacityTracker::setThrottling(storage::Database& db, const TableInfo& table, bool enabled)
{
    std::lock_guard lock(m_mutex);
    if (enabled) {
        storage::Statement(db.handle(), "DELETE FROM settings WHERE key=?").bind(1, throttlingSetting(table.id)).exec();
        m_throttlingOff.erase(table.id);
    } else {
        storage::Statement(db.handle(), "INSERT OR REPLACE INTO settings(key, value) VALUES(?, '1')")
            .bind(1, throttlingSetting(table.id))
            .exec();
        m_throttlingOff.insert(table.id);
    }
}

std::vector<SpaceSaving::Entry> CapacityTracker::hotKeys(const TableInfo& table, HotKeys::Kind kind,
                                                         std::int64_t nowMillis, std::int64_t windowSeconds,
                                                         std::size_t limit)
{
    std::lock_guard lock(m_mutex);
    return state(table, nowMillis).hotKeys.top(kind, nowMillis, windowSeconds, limit);
}

} // namespace dynoscope::capacity
