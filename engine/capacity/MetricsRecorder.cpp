// Metric samples and their ring tables (metrics_second, metrics_minute).
// Units are stored in thousandths, as SQLite integers.
#include "capacity/MetricsRecorder.h"

#include "storage/Statement.h"
#include "storage/TableAccess.h"

#include <cmath>

namespace dynoscope::capacity {

namespace {

struct Ring {
    const char* table;
    std::int64_t step;  // seconds per slot
    std::int64_t slots;
};
constexpr Ring kSeconds{"metrics_second", 1, MetricsRecorder::kSecondSlots};
constexpr Ring kMinutes{"metrics_minute", 60, MetricsRecorder::kMinuteSlots};

std::int64_t milli(double units)
{
    return std::llround(units * 1000);
}

// Adds the sample to its slot; a slot still holding an older time is
// overwritten, which is what makes the table a ring.
void upsert(storage::Database& db, const Ring& ring, std::int64_t tableId, const std::string& scope,
            std::int64_t partitionId, std::int64_t second, const Sample& s)
{
    std::string sql = std::string("INSERT INTO ") + ring.table +
                      "(table_id, scope, partition_id, slot, time, read_milli, write_milli, requests, throttled,"
                      " latency_us) VALUES(?,?,?,?,?,?,?,?,?,?) ON CONFLICT(table_id, scope, partition_id, slot)"
                      " DO UPDATE SET ";
    for (const char* column : {"read_milli", "write_milli", "requests", "throttled", "latency_us"}) {
        sql += column;
        sql += std::string("=CASE WHEN time=excluded.time THEN ") + column + "+excluded." + column +
               " ELSE excluded." + column + " END,";
    }
    sql += "time=excluded.time";
    const std::int64_t time = second - second % ring.step;
    auto& st = db.cached(sql);
    st.bind(1, tableId).bind(2, std::string_view(scope)).bind(3, partitionId).bind(4, time / ring.step % ring.slots);
    st.bind(5, time).bind(6, milli(s.readUnits)).bind(7, milli(s.writeUnits)).bind(8, s.requests);
    st.bind(9, s.throttled).bind(10, s.latencyMicros).exec();
}

} // namespace

void Sample::add(const Sample& other)
{
    readUnits += other.readUnits;
    writeUnits += other.writeUnits;
    requests += other.requests;
    throttled += other.throttled;
    latencyMicros += other.latencyMicros;
}

void MetricsRecorder::record(std::int64_t tableId, const std::string& scope, std::int64_t partitionId,
                             std::int64_t second, const Sample& sample)
{
    m_pending[Key{second, tableId, scope, partitionId}].add(sample);
    // Unflushed seconds older than the second ring are dropped: memory stays bounded.
    while (!m_pending.empty() && std::get<0>(m_pending.begin()->first) < second - kMaxPendingSeconds)
        m_pending.erase(m_pending.begin());
}

void MetricsRecorder::flush(storage::Database& db)
{
    if (m_pending.empty())
        return;
    storage::Transaction tx(db, true);
    for (const auto& [key, sample] : m_pending) {
        const auto& [second, tableId, scope, partitionId] = key;
        upsert(db, kSeconds, tableId, scope, partitionId, second, sample);
        upsert(db, kMinutes, tableId, scope, partitionId, second, sample);
    }
    tx.commit();
    m_pending.clear();
}

std::vector<MetricsRecorder::Row> MetricsRecorder::query(storage::Database& db, std::int64_t tableId,
                                                         const std::string& scope, Resolution resolution,
                                                         std::int64_t fromSecond, std::int64_t toSecond)
{
    const Ring& ring = resolution == Resolution::Second ? kSeconds : kMinutes;
    auto& st = db.cached(std::string("SELECT time, partition_id, read_milli, write_milli, requests, throttled,"
                                     " latency_us FROM ") +
                         ring.table + " WHERE table_id=? AND scope=? AND time>=? AND time<=? ORDER BY time");
    st.bind(1, tableId).bind(2, std::string_view(scope)).bind(3, fromSecond).bind(4, toSecond);
    std::vector<Row> rows;
    storage::visitRows(st, [&] {
        Row row;
        row.time = st.int64(0);
        row.partitionId = st.int64(1);
        row.sample.readUnits = double(st.int64(2)) / 1000;
        row.sample.writeUnits = double(st.int64(3)) / 1000;
        row.sample.requests = st.int64(4);
        row.sample.throttled = st.int64(5);
        row.sample.latencyMicros = st.int64(6);
        rows.push_back(row);
        return true;
    });
    return rows;
}

} // namespace dynoscope::capacity
