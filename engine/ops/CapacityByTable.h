// The ConsumedCapacity array of the operations that touch several tables
// (BatchGetItem, BatchWriteItem, TransactGetItems, TransactWriteItems): units
// summed per table, one entry per table in the order the request names them.
#pragma once

#include "capacity/CapacityUnits.h"

#include <string>
#include <utility>
#include <vector>

namespace dynoscope::ops {

class CapacityByTable {
public:
    explicit CapacityByTable(bool isWrite) : m_isWrite(isWrite) {}

    void add(const std::string& tableName, double units) { add(tableName, capacity::Consumption(units)); }
    // Adds units multiplied by factor (transactions cost double).
    void add(const std::string& tableName, const capacity::Consumption& units, double factor = 1.0);

    // Appends "ConsumedCapacity":[...] (after a comma unless out is "{") to a
    // JSON object being built; nothing when report is None. Tables that
    // consumed nothing are left out.
    void appendMember(std::string& out, capacity::Report report) const;

private:
    bool m_isWrite;
    std::vector<std::pair<std::string, capacity::Consumption>> m_units; // few tables: a list beats a map
};

} // namespace dynoscope::ops
