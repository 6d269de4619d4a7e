// Partition ranges and their splits.
#include "capacity/PartitionMap.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace dynoscope::capacity {

namespace {
constexpr double kReadUnitsPerPartition = 3000;
constexpr double kWriteUnitsPerPartition = 1000;
} // namespace

int PartitionMap::initialCount(std::int64_t rcu, std::int64_t wcu, std::int64_t sizeBytes, std::int64_t sizeLimit)
{
    const double forThroughput = std::ceil(double(rcu) / kReadUnitsPerPartition + double(wcu) / kWriteUnitsPerPartition);
    const double forSize = sizeLimit > 0 ? std::ceil(double(sizeBytes) / double(sizeLimit)) : 1;
    return std::max(1, int(std::max(forThroughput, forSize)));
}

PartitionMap PartitionMap::initial(int count, std::int64_t nowMillis)
{
    PartitionMap map;
    // Equal ranges of the unsigned ring, each step + 1 wide (the last one
    // takes the remainder).
    const std::uint64_t step = std::numeric_limits<std::uint64_t>::max() / std::uint64_t(count);
    for (int i = 0; i < count; ++i) {
        const std::uint64_t from = (step + 1) * std::uint64_t(i);
        const std::uint64_t to = i + 1 == count ? std::numeric_limits<std::uint64_t>::max() : from + step;
        Partition p;
        p.id = map.m_nextId++;
        p.rangeStart = std::int64_t(from ^ 0x8000000000000000ULL);
        p.rangeEnd = std::int64_t(to ^ 0x8000000000000000ULL);
        p.createdAt = nowMillis;
        p.reason = "Initial";
        map.m_partitions.push_back(p);
    }
    return map;
}

PartitionMap PartitionMap::fromPartitions(std::vector<Partition> partitions)
{
    PartitionMap map;
    map.m_partitions = std::move(partitions);
    std::sort(map.m_partitions.begin(), map.m_partitions.end(),
              [](const Partition& a, const Partition& b) { return a.id < b.id; });
    for (const auto& p : map.m_partitions)
        map.m_nextId = std::max(map.m_nextId, p.id + 1);
    return map;
}

std::vector<const Partition*> PartitionMap::active() const
{
    std::vector<const Partition*> out;
    for (const auto& p : m_partitions)
        if (p.active())
            out.push_back(&p);
    std::sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->rangeStart < b->rangeStart; });
    return out;
}

int PartitionMap::activeCount() const
{
    return int(std::count_if(m_partitions.begin(), m_partitions.end(), [](const auto& p) { return p.active(); }));
}

const Partition& PartitionMap::partitionOf(std::int64_t hash) const
{
    for (const auto& p : m_partitions)
        if (p.active() && p.contains(hash))
            return p;
    throw std::logic_error("partition map does not cover the ring");
}

const Partition* PartitionMap::find(std::int64_t id) const
{
    for (const auto& p : m_partitions)
        if (p.id == id)
            return &p;
    return nullptr;
}

bool PartitionMap::split(std::int64_t id, std::int64_t nowMillis, const std::string& reason,
                         std::optional<std::int64_t> at)
{
    auto it = std::find_if(m_partitions.begin(), m_partitions.end(), [&](const auto& p) { return p.id == id; });
    if (it == m_partitions.end() || !it->active() || it->rangeStart == it->rangeEnd)
        return false;
    // The midpoint without overflow: start + (end - start) / 2 in unsigned arithmetic.
    const auto width = std::uint64_t(it->rangeEnd) - std::uint64_t(it->rangeStart);
    std::int64_t mid = std::int64_t(std::uint64_t(it->rangeStart) + width / 2);
    if (at && *at == it->rangeEnd)
        at = *at - 1; // the high half then holds just that hash
    if (at && *at >= it->rangeStart && *at < it->rangeEnd)
        mid = *at;
    it->retiredAt = nowMillis;
    Partition low{m_nextId++, it->rangeStart, mid, nowMillis, it->id, reason, 0};
    Partition high{m_nextId++, mid + 1, it->rangeEnd, nowMillis, it->id, reason, 0};
    m_partitions.push_back(low);
    m_partitions.push_back(high);
    return true;
}

} // namespace dynoscope::capacity
