// Per-table capacity sums and their wire form.
#include "ops/CapacityByTable.h"

namespace dynoscope::ops {

void CapacityByTable::add(const std::string& tableName, const capacity::Consumption& units, double factor)
{
    for (auto& [name, sum] : m_units) {
        if (name == tableName) {
            sum.add(units, factor);
            return;
        }
    }
    m_units.emplace_back(tableName, capacity::Consumption()).second.add(units, factor);
}

void CapacityByTable::appendMember(std::string& out, capacity::Report report) const
{
    if (report == capacity::Report::None)
        return;
    if (out.size() > 1)
        out += ',';
    out += "\"ConsumedCapacity\":[";
    bool first = true;
    for (const auto& [name, units] : m_units) {
        if (units.total() <= 0)
            continue;
        if (!first)
            out += ',';
        first = false;
        out += capacity::consumedCapacityJson(name, units, m_isWrite, report);
    }
    out += ']';
}

} // namespace dynoscope::ops
