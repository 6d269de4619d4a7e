// Per-second samples of consumed capacity, requests, throttles and latency by
// table, scope (the table or one of its indexes) and partition. Samples
// accumulate in memory and flush into two ring tables of the database file:
// 1-second rows for the last hour and 1-minute rows for the last 24 hours,
// each a fixed number of slots per partition, so the file stays bounded.
#pragma once

#include "storage/Database.h"

#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace dynoscope::capacity {

struct Sample {
    double readUnits = 0;
    double writeUnits = 0;
    std::int64_t requests = 0;
    std::int64_t throttled = 0;
    std::int64_t latencyMicros = 0; // summed over the requests

    void add(const Sample& other);
};

enum class Resolution { Second, Minute };

class MetricsRecorder {
public:
    static constexpr std::int64_t kSecondSlots = 3600; // one hour of seconds
    static constexpr std::int64_t kMinuteSlots = 1440; // one day of minutes
    // Seconds kept in memory when nobody flushes (no sweeper in tests).
    static constexpr std::int64_t kMaxPendingSeconds = 3600;

    // scope: "" for the table, else the index name.
    void record(std::int64_t tableId, const std::string& scope, std::int64_t partitionId, std::int64_t second,
                const Sample& sample);

    // Writes the pending samples into the ring tables.
    // REQUIRES: the caller holds the write lease and no transaction.
    void flush(storage::Database& db);

    struct Row {
        std::int64_t time = 0; // epoch seconds, the start of the second or minute
        std::int64_t partitionId = 0;
        Sample sample;
    };
    // Rows with fromSecond <= time <= toSecond, by time. Only flushed samples.
    static std::vector<Row> query(storage::Database& db, std::int64_t tableId, const std::string& scope,
                                  Resolution resolution, std::int64_t fromSecond, std::int64_t toSecond);

private:
    using Key = std::tuple<std::int64_t, std::int64_t, std::string, std::int64_t>; // second, table, scope, partition
    std::map<Key, Sample> m_pending;
};

} // namespace dynoscope::capacity
