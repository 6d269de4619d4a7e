// The simulated partitions of one table: contiguous ranges of the hash ring
// (stored hashes, signed and ordered like the unsigned ring position) that
// split in two when they grow too large or stay too hot, as DynamoDB's do.
// Retired partitions stay in the map as the split history.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dynoscope::capacity {

struct Partition {
    std::int64_t id = 0;
    std::int64_t rangeStart = 0; // inclusive
    std::int64_t rangeEnd = 0;   // inclusive
    std::int64_t createdAt = 0;  // ms since the epoch
    std::int64_t parentId = 0;   // 0: an initial partition
    std::string reason;          // "Initial", "Size" or "Heat"
    std::int64_t retiredAt = 0;  // 0: active; else when it split

    bool active() const { return retiredAt == 0; }
    bool contains(std::int64_t hash) const { return hash >= rangeStart && hash <= rangeEnd; }
};

class PartitionMap {
public:
    // DynamoDB's initial partition count: enough for the provisioned
    // throughput (3,000 RCU and 1,000 WCU per partition) and for the data
    // (sizeLimit bytes per partition), at least one.
    static int initialCount(std::int64_t rcu, std::int64_t wcu, std::int64_t sizeBytes, std::int64_t sizeLimit);

    // count equal ranges covering the whole ring. REQUIRES: count >= 1.
    static PartitionMap initial(int count, std::int64_t nowMillis);
    // REQUIRES: partitions come from a map this class built (persisted).
    static PartitionMap fromPartitions(std::vector<Partition> partitions);

    // Every partition, active and retired, in creation order.
    const std::vector<Partition>& all() const { return m_partitions; }
    std::vector<const Partition*> active() const;
    int activeCount() const;
    // The active partition holding hash.
    const Partition& partitionOf(std::int64_t hash) const;
    const Partition* find(std::int64_t id) const;

    // Splits an active partition into two new ones: [start, at] and
    // [at + 1, end], or at the middle of its range when at is unset or not
    // inside it. Returns false when the range is a single hash.
    bool split(std::int64_t id, std::int64_t nowMillis, const std::string& reason,
               std::optional<std::int64_t> at = std::nullopt);

private:
    std::vector<Partition> m_partitions;
    std::int64_t m_nextId = 1;
};

} // namespace dynoscope::capacity
