// The capacity one request consumed, split as ReturnConsumedCapacity=INDEXES
// reports it: the table's units and each secondary index's.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace dynoscope::capacity {

class Consumption {
public:
    Consumption() = default;
    explicit Consumption(double tableUnits) : m_table(tableUnits) {}

    void addTable(double units) { m_table += units; }
    void addIndex(const std::string& indexName, bool global, double units);
    // Adds other's units, each multiplied by factor (transactions cost double).
    void add(const Consumption& other, double factor = 1.0);

    double table() const { return m_table; }
    double total() const;
    using IndexUnits = std::vector<std::pair<std::string, double>>; // few indexes: a list beats a map
    const IndexUnits& globalIndexes() const { return m_global; }
    const IndexUnits& localIndexes() const { return m_local; }

private:
    double m_table = 0;
    IndexUnits m_global;
    IndexUnits m_local;
};

} // namespace dynoscope::capacity
