// Simulated DynamoDB capacity: each table's partition map, its token buckets
// (provisioned tables throttle; on-demand tables only count), metrics and hot
// keys. Operations call charge() once, after computing their units and
// before writing; the engine's Dynoscope operations read the results.
//
// Thread safety: every member may be called from many threads at once.
#pragma once

#include "capacity/Consumption.h"
#include "capacity/HotKeys.h"
#include "capacity/MetricsRecorder.h"
#include "capacity/PartitionMap.h"
#include "capacity/TokenBucket.h"
#include "model/TableInfo.h"
#include "storage/Database.h"

#include <dynoscope/AttributeValue.h>

#include <map>
#include <optional>
#include <mutex>
#include <set>
#include <vector>

namespace dynoscope::capacity {

// One request's use of a table (or of one of its indexes).
struct Access {
    const TableInfo* table = nullptr;
    const IndexInfo* index = nullptr;             // set for reads of an index
    std::int64_t hash = 0;                        // ring position (ops::storedHash) of the partition key
    const AttributeValue* partitionKey = nullptr; // for hot keys; null for Scan pages
    const Item* itemKey = nullptr;                // the key attributes of one item (item operations)
    double units = 0;
    bool write = false;
    std::int64_t sizeDelta = 0; // bytes a write adds to its partition (negative: frees)
    // A table write's units in each GSI it changed: a GSI short of write
    // capacity throttles the write (back-pressure), as in DynamoDB.
    const Consumption::IndexUnits* globalIndexWrites = nullptr;
};

struct PartitionSize {
    std::int64_t itemCount = 0;
    std::int64_t sizeBytes = 0; // stored bytes
};

class CapacityTracker {
public:
    static constexpr double kPartitionReadCeiling = 3000; // RCU per second per partition
    static constexpr double kPartitionWriteCeiling = 1000; // WCU per second per partition
    static constexpr double kBurstSeconds = 300;
    // A second is hot when a partition uses half its ceiling or throttles;
    // a partition hot for kHeatSplitSeconds consecutive seconds splits.
    static constexpr double kHotFraction = 0.5;
    static constexpr int kHeatSplitSeconds = 60;
    static constexpr std::size_t kHashSamples = 256;

    explicit CapacityTracker(std::int64_t partitionSizeLimit) : m_sizeLimit(partitionSizeLimit) {}

    // Reads the persisted partition maps and throttling switches.
    // REQUIRES: the write lease.
    void load(storage::Database& db);

    // Accounts one request. Throws ProvisionedThroughputExceededException
    // when a provisioned table with throttling on cannot serve it.
    // writeDb: the writer's connection inside the write's transaction (lets
    // size splits measure partitions), null for reads.
    void charge(const Access& access, std::int64_t nowMillis, storage::Database* writeDb);
    // Adds the latency of the calling thread's last charged request.
    void recordLatency(std::int64_t micros);
    // Persists splits and metrics. REQUIRES: the write lease, no transaction.
    void flush(storage::Database& db);

    PartitionMap partitions(const TableInfo& table, std::int64_t nowMillis);
    static PartitionSize measure(storage::Database& db, const TableInfo& table, const Partition& partition);
    bool throttling(const TableInfo& table);
    // REQUIRES: the write lease, no transaction.
    void setThrottling(storage::Database& db, const TableInfo& table, bool enabled);
    std::vector<SpaceSaving::Entry> hotKeys(const TableInfo& table, HotKeys::Kind kind, std::int64_t nowMillis,
                                            std::int64_t windowSeconds, std::size_t limit);

private:
    struct PartitionState {
        TokenBucket readShare, writeShare;     // its share of the table's throughput, with burst
        TokenBucket readCeiling, writeCeiling; // the per-partition hard limits
        std::int64_t second = -1;              // the second the counters below are for
        double readInSecond = 0;
        double writeInSecond = 0;
        bool throttledInSecond = false;
        std::int64_t lastHotSecond = -1;
        int hotStreak = 0;
        std::int64_t bytes = 0; // valid when the table's sizesKnown
        // The last kHashSamples hashes accessed: a hot partition splits at
        // their median, so that the heat divides between its children.
        std::vector<std::int64_t> recentHashes;
        std::size_t nextSample = 0;
    };
    struct TableState {
        PartitionMap map;
        std::map<std::int64_t, PartitionState> partitions; // active ones, by id
        bool dirty = false;                                 // splits not yet persisted
        bool sizesKnown = false;
        HotKeys hotKeys;
    };

    TableState& state(const TableInfo& table, std::int64_t nowMillis);
    void trackHeat(TableState& state, const Partition& partition, std::int64_t nowMillis);
    void trackSize(TableState& state, const TableInfo& table, const Access& access, std::int64_t nowMillis,
                   storage::Database& db);
    enum class Admission { Admitted, TableThrottled, IndexThrottled };
    Admission admit(TableState& state, const TableInfo& table, std::int64_t partitionId, const Access& access,
                    std::int64_t nowMillis);
    // The partition's share of the table's rate (units per second), its
    // ceiling, and adaptive capacity borrowed from the other partitions.
    bool admitToTable(TableState& state, std::int64_t partitionId, const Access& access, double tableRate,
                      std::int64_t nowMillis);
    // A GSI's own provisioned throughput, as one pair of buckets with burst.
    TokenBucket* indexBucket(const TableInfo& table, const std::string& indexName, bool write,
                             std::int64_t nowMillis);
    void split(TableState& state, std::int64_t partitionId, std::int64_t nowMillis, const char* reason,
               std::optional<std::int64_t> at);
    // The hash of the middle item stored in the partition: a partition
    // splits for size there, so that its data divides evenly.
    static std::optional<std::int64_t> medianHash(storage::Database& db, const TableInfo& table,
                                                  const Partition& partition);

    std::mutex m_mutex;
    std::int64_t m_sizeLimit;
    MetricsRecorder m_metrics;
    std::map<std::int64_t, TableState> m_tables;                  // by table id
    std::map<std::int64_t, std::vector<Partition>> m_persisted;   // loaded, not yet in m_tables
    std::set<std::int64_t> m_throttlingOff;                       // table ids
    struct IndexBuckets {
        TokenBucket read, write;
    };
    std::map<std::pair<std::int64_t, std::string>, IndexBuckets> m_indexBuckets; // by table id and index name
};

} // namespace dynoscope::capacity
