// Per-table and per-index capacity sums.
#include "capacity/Consumption.h"

namespace dynoscope::capacity {

namespace {

void addTo(Consumption::IndexUnits& list, const std::string& name, double units)
{
    for (auto& [existing, sum] : list) {
        if (existing == name) {
            sum += units;
            return;
        }
    }
    list.emplace_back(name, units);
}

} // namespace

void Consumption::addIndex(const std::string& indexName, bool global, double units)
{
    addTo(global ? m_global : m_local, indexName, units);
}

void Consumption::add(const Consumption& other, double factor)
{
    m_table += factor * other.m_table;
    for (const auto& [name, units] : other.m_global)
        addTo(m_global, name, factor * units);
    for (const auto& [name, units] : other.m_local)
        addTo(m_local, name, factor * units);
}

double Consumption::total() const
{
    double sum = m_table;
    for (const auto& entry : m_global)
        sum += entry.second;
    for (const auto& entry : m_local)
        sum += entry.second;
    return sum;
}

} // namespace dynoscope::capacity
