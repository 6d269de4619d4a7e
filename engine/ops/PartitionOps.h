// Dynoscope's capacity introspection (Api::Dynoscope): a table's simulated
// partitions, their metrics over time, its hot keys and its throttling switch.
#pragma once

#include <boost/json.hpp>

#include <string>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::ops {

// {TableName} -> {TableName, BillingMode, ThrottlingEnabled, PartitionSizeLimitBytes,
//   Partitions:[{PartitionId, RangeStart, RangeEnd, ItemCount, SizeBytes, CreationDateTime, ...}],
//   SplitHistory:[{PartitionId, SplitDateTime, Reason, ChildPartitionIds}]}.
// Ranges are the unsigned ring positions as 16 hex digits.
std::string describePartitions(EngineImpl& engine, const boost::json::object& request);
// {TableName, IndexName?, Metric, Resolution (SECOND|MINUTE), StartTime, EndTime (epoch seconds)}
// -> {..., Timestamps:[t], Partitions:[{PartitionId, RangeStart, RangeEnd}], Values:[[v per partition] per t]}.
std::string getPartitionMetrics(EngineImpl& engine, const boost::json::object& request);
// {TableName, Window (seconds, 60..3600, default 300), Limit (1..100, default 10)}
// -> {MostAccessedPartitionKeys, MostThrottledPartitionKeys, MostAccessedItemKeys, MostThrottledItemKeys:
//     [{Key, Count, MaxOvercount}]}.
std::string getHotKeys(EngineImpl& engine, const boost::json::object& request);
// {TableName, Enabled} -> {TableName, ThrottlingEnabled}.
std::string setThrottling(EngineImpl& engine, const boost::json::object& request);

} // namespace dynoscope::ops
