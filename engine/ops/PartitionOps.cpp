// The partition and metric operations read what capacity::CapacityTracker
// accounted; they flush its pending splits and samples first, so a reader
// sees every request answered before its call.
#include "ops/PartitionOps.h"

#include "capacity/CapacityTracker.h"
#include "ops/EngineImpl.h"
#include "ops/OpsCommon.h"

#include <dynoscope/Error.h>

#include <algorithm>
#include <cstdio>
#include <map>

namespace dynoscope::ops {

namespace {

using api::RequestReader;
using capacity::Partition;

std::string ringPosition(std::int64_t storedHash)
{
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(std::uint64_t(storedHash) ^
                                                                                 0x8000000000000000ULL));
    return text;
}

double seconds(std::int64_t millis)
{
    return double(millis) / 1000.0;
}

boost::json::object rangeJson(const Partition& p)
{
    return {{"PartitionId", p.id}, {"RangeStart", ringPosition(p.rangeStart)}, {"RangeEnd", ringPosition(p.rangeEnd)}};
}

void flush(EngineImpl& engine)
{
    storage::WriteLease lease(engine.store());
    engine.capacity().flush(lease.db());
}

std::int64_t readSeconds(RequestReader& r, std::string_view member, std::int64_t fallback)
{
    const auto* v = r.object().if_contains(member);
    if (!v || v->is_null())
        return fallback;
    if (!v->is_number())
        throw Error::validation(std::string(member) + " must be a number of seconds since the epoch");
    return std::int64_t(v->to_number<double>());
}

double metricValue(const std::string& metric, const capacity::Sample& s)
{
    if (metric == "ConsumedReadCapacityUnits")
        return s.readUnits;
    if (metric == "ConsumedWriteCapacityUnits")
        return s.writeUnits;
    if (metric == "RequestCount")
        return double(s.requests);
    if (metric == "ThrottledRequests")
        return double(s.throttled);
    return s.requests ? double(s.latencyMicros) / double(s.requests) / 1000.0 : 0.0; // AverageLatency, ms
}

boost::json::array keysJson(const std::vector<capacity::SpaceSaving::Entry>& entries)
{
    boost::json::array out;
    for (const auto& e : entries)
        out.push_back({{"Key", boost::json::parse(e.key)}, {"Count", e.count}, {"MaxOvercount", e.error}});
    return out;
}

} // namespace

std::string describePartitions(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const std::string tableName = readTableName(r);
    r.throwViolations();
    auto table = tableForItems(engine, tableName);
    const std::int64_t now = engine.nowMillis();
    const auto map = engine.capacity().partitions(*table, now);
    flush(engine);

    boost::json::array partitions;
    {
        storage::ReadLease lease(engine.store());
        for (const auto* p : map.active()) {
            const auto size = capacity::CapacityTracker::measure(lease.db(), *table, *p);
            auto o = rangeJson(*p);
            o["ItemCount"] = size.itemCount;
            o["SizeBytes"] = size.sizeBytes;
            o["CreationDateTime"] = seconds(p->createdAt);
            o["Reason"] = p->reason;
            if (p->parentId)
                o["ParentPartitionId"] = p->parentId;
            partitions.push_back(std::move(o));
        }
    }
    boost::json::array history;
    for (const auto& p : map.all()) {
        if (p.active())
            continue;
        boost::json::array children;
        std::string reason;
        for (const auto& c : map.all())
            if (c.parentId == p.id) {
                children.push_back(c.id);
                reason = c.reason;
            }
        auto o = rangeJson(p);
        o["SplitDateTime"] = seconds(p.retiredAt);
        o["Reason"] = reason;
        o["ChildPartitionIds"] = std::move(children);
        history.push_back(std::move(o));
    }
    const auto* summary = table->description.if_contains("BillingModeSummary");
    const bool onDemand = summary && summary->as_object().at("BillingMode").as_string() == "PAY_PER_REQUEST";
    boost::json::object out{{"TableName", table->name},
                            {"BillingMode", onDemand ? "PAY_PER_REQUEST" : "PROVISIONED"},
                            {"ThrottlingEnabled", engine.capacity().throttling(*table)},
                            {"PartitionSizeLimitBytes", engine.options().partitionSizeLimitBytes},
                            {"Partitions", std::move(partitions)},
                            {"SplitHistory", std::move(history)}};
    return boost::json::serialize(out);
}

std::string getPartitionMetrics(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const std::string tableName = readTableName(r);
    auto indexName = r.string("IndexName");
    r.checkName(indexName, "indexName");
    const auto metric = r.string("Metric");
    r.checkEnum(metric, "metric", {"ConsumedReadCapacityUnits", "ConsumedWriteCapacityUnits", "RequestCount",
                                   "ThrottledRequests", "AverageLatency"});
    auto resolutionName = r.string("Resolution");
    r.checkEnum(resolutionName, "resolution", {"SECOND", "MINUTE"});
    r.throwViolations();
    if (!metric)
        throw Error::validation("The parameter 'Metric' is required but was not present in the request");
    auto table = tableForItems(engine, tableName);
    if (indexName && !table->index(*indexName))
        throw Error::validation("The table does not have the specified index: " + *indexName);
    const bool bySecond = resolutionName.value_or("SECOND") == "SECOND";
    const std::int64_t step = bySecond ? 1 : 60;
    const std::int64_t now = engine.nowMillis() / 1000;
    // Clipped to what the ring keeps, which also bounds the answer's size.
    const std::int64_t kept = bySecond ? capacity::MetricsRecorder::kSecondSlots
                                       : capacity::MetricsRecorder::kMinuteSlots * 60;
    std::int64_t end = std::min(readSeconds(r, "EndTime", now), now);
    std::int64_t start = std::max(readSeconds(r, "StartTime", end - (bySecond ? 300 : 3600)), now - kept + step);
    start -= start % step;
    end -= end % step;
    if (start > end)
        throw Error::validation("StartTime must not be after EndTime");

    const auto map = engine.capacity().partitions(*table, engine.nowMillis());
    flush(engine);
    std::vector<capacity::MetricsRecorder::Row> rows;
    {
        storage::ReadLease lease(engine.store());
        rows = capacity::MetricsRecorder::query(lease.db(), table->id, indexName.value_or(""),
                                                bySecond ? capacity::Resolution::Second
                                                         : capacity::Resolution::Minute,
                                                start, end);
    }
    // Columns: the active partitions and any retired one with data in range, in ring order.
    std::vector<const Partition*> columns;
    for (const auto& p : map.all())
        if (p.active() || std::any_of(rows.begin(), rows.end(), [&](const auto& row) { return row.partitionId == p.id; }))
            columns.push_back(&p);
    std::sort(columns.begin(), columns.end(), [](auto* a, auto* b) {
        return a->rangeStart != b->rangeStart ? a->rangeStart < b->rangeStart : a->id < b->id;
    });
    std::map<std::int64_t, std::size_t> columnOf;
    boost::json::array partitions;
    for (const auto* p : columns) {
        columnOf[p->id] = partitions.size();
        partitions.push_back(rangeJson(*p));
    }
    const std::size_t steps = std::size_t((end - start) / step + 1);
    std::vector<std::vector<double>> values(steps, std::vector<double>(columns.size(), 0.0));
    for (const auto& row : rows)
        if (auto c = columnOf.find(row.partitionId); c != columnOf.end())
            values[std::size_t((row.time - start) / step)][c->second] = metricValue(*metric, row.sample);
    boost::json::array timestamps, matrix;
    for (std::size_t i = 0; i < steps; ++i) {
        timestamps.push_back(start + std::int64_t(i) * step);
        matrix.push_back(boost::json::value_from(values[i]));
    }
    boost::json::object out{{"TableName", table->name},
                            {"Metric", *metric},
                            {"Resolution", bySecond ? "SECOND" : "MINUTE"},
                            {"Timestamps", std::move(timestamps)},
                            {"Partitions", std::move(partitions)},
                            {"Values", std::move(matrix)}};
    if (indexName)
        out["IndexName"] = *indexName;
    return boost::json::serialize(out);
}

std::string getHotKeys(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const std::string tableName = readTableName(r);
    const auto window = r.integer("Window");
    if (window && (*window < 60 || *window > 3600))
        r.violation(std::to_string(*window), "window", "Member must have value between 60 and 3600");
    const auto limit = r.integer("Limit");
    if (limit && (*limit < 1 || *limit > 100))
        r.violation(std::to_string(*limit), "limit", "Member must have value between 1 and 100");
    r.throwViolations();
    auto table = tableForItems(engine, tableName);
    const std::int64_t now = engine.nowMillis();
    const std::int64_t seconds = window.value_or(300);
    const std::size_t n = std::size_t(limit.value_or(10));
    auto& tracker = engine.capacity();
    using Kind = capacity::HotKeys;
    boost::json::object out{
        {"TableName", table->name},
        {"Window", seconds},
        {"MostAccessedPartitionKeys", keysJson(tracker.hotKeys(*table, Kind::AccessedPartitionKeys, now, seconds, n))},
        {"MostThrottledPartitionKeys", keysJson(tracker.hotKeys(*table, Kind::ThrottledPartitionKeys, now, seconds, n))},
        {"MostAccessedItemKeys", keysJson(tracker.hotKeys(*table, Kind::AccessedItemKeys, now, seconds, n))},
        {"MostThrottledItemKeys", keysJson(tracker.hotKeys(*table, Kind::ThrottledItemKeys, now, seconds, n))}};
    return boost::json::serialize(out);
}

std::string setThrottling(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const std::string tableName = readTableName(r);
    const auto enabled = r.boolean("Enabled");
    if (!enabled)
        r.violationNull("enabled");
    r.throwViolations();
    auto table = tableForItems(engine, tableName);
    {
        storage::WriteLease lease(engine.store());
        engine.capacity().setThrottling(lease.db(), *table, *enabled);
    }
    boost::json::object out{{"TableName", table->name}, {"ThrottlingEnabled", engine.capacity().throttling(*table)}};
    return boost::json::serialize(out);
}

} // namespace dynoscope::ops
