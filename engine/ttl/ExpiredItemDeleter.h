// Deletes the items whose TTL has passed, through ItemWriter so that index
// entries, counters and stream records (REMOVE, by the DynamoDB service)
// follow, a chunk of rows per write transaction so that writes go on in
// between. Until deleted, an expired item stays readable, as in DynamoDB.
#pragma once

#include "storage/ItemStore.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::ttl {

class ExpiredItemDeleter {
public:
    explicit ExpiredItemDeleter(EngineImpl& engine)
        : m_engine(engine)
    {
    }

    // Visits up to rowBudget rows of each table with TTL enabled, going on
    // from where the previous call stopped; returns how many items it deleted.
    // REQUIRES: one caller at a time.
    std::size_t sweep(std::size_t rowBudget);
    // Visits every row of every table with TTL enabled once.
    std::size_t sweepAll();

private:
    // Returns the number deleted; *after is the last row visited, or
    // nullopt once the table's end was reached.
    std::size_t sweepTable(
        const std::string& tableName, std::optional<storage::StoredKey>* after, std::size_t rowBudget);

    EngineImpl& m_engine;
    std::map<std::string, std::optional<storage::StoredKey>> m_cursors; // by table name
};

} // namespace dynoscope::ttl
