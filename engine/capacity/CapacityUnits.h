// DynamoDB's capacity-unit rules (developer guide, "Read/write capacity
// mode"): reads round up per 4 KB and cost half when eventually consistent;
// writes round up per 1 KB; each costs at least one unit.
#pragma once

#include "capacity/Consumption.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace dynoscope::capacity {

// Units for reading `bytes` in one request (a Query or Scan sums its items
// first and rounds once).
double readUnits(std::size_t bytes, bool consistentRead);
// Units for writing an item whose larger version (old or new) is `bytes`.
double writeUnits(std::size_t bytes);

enum class Report { None, Total, Indexes };

// The ConsumedCapacity member's JSON, e.g. {"TableName":"t","CapacityUnits":1.0,...}: the total, and with
// Report::Indexes the "Table" and each index's units under "GlobalSecondaryIndexes" and "LocalSecondaryIndexes".
std::string consumedCapacityJson(std::string_view tableName, const Consumption& units, bool isWrite, Report report);

} // namespace dynoscope::capacity
