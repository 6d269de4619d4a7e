// What the engine knows of one table: its key schema, the stored part of its
// DynamoDB TableDescription, and live item count and size.
#pragma once

#include <dynoscope/AttributeValue.h>

#include <boost/json.hpp>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dynoscope {

struct KeyAttribute {
    std::string name;
    AttributeValue::Type type = AttributeValue::Type::S; // S, N or B
};

struct TableStats {
    std::atomic<std::int64_t> itemCount{0};
    std::atomic<std::int64_t> sizeBytes{0};
};

// A global or local secondary index. Its entries live in index_<id>, keyed
// by (index partition hash, index keys, table keys).
struct IndexInfo {
    enum class Projection : unsigned char { All, KeysOnly, Include };

    std::string name;
    std::int64_t id = 0;
    bool global = true;
    KeyAttribute hashKey;
    std::optional<KeyAttribute> rangeKey;
    Projection projection = Projection::All;
    std::vector<std::string> nonKeyAttributes; // INCLUDE only
    // A GSI added to a table with data is CREATING until its entries for the
    // existing items are written; writes maintain it meanwhile, reads wait.
    bool backfilling = false;
    std::shared_ptr<TableStats> stats = std::make_shared<TableStats>();

    std::string entriesTable() const { return "index_" + std::to_string(id); }
    bool isKeyAttribute(std::string_view attribute) const
    {
        return attribute == hashKey.name || (rangeKey && attribute == rangeKey->name);
    }
};

struct TableInfo {
    std::string name;
    std::int64_t id = 0;
    KeyAttribute hashKey;
    std::optional<KeyAttribute> rangeKey;
    // The static members of DescribeTable's TableDescription (no status,
    // counts or sizes), plus "Tags", which DescribeTable leaves out.
    boost::json::object description;
    // Shared by every version of this table's TableInfo (DDL makes new
    // versions; writes update the counters in place).
    std::shared_ptr<TableStats> stats = std::make_shared<TableStats>();
    std::vector<IndexInfo> indexes;

    // The SQLite table holding the items.
    std::string itemsTable() const { return "items_" + std::to_string(id); }
    bool isKeyAttribute(std::string_view attribute) const
    {
        return attribute == hashKey.name || (rangeKey && attribute == rangeKey->name);
    }
    const IndexInfo* index(std::string_view indexName) const
    {
        for (const auto& index : indexes)
            if (index.name == indexName)
                return &index;
        return nullptr;
    }
};

using TableInfoPtr = std::shared_ptr<const TableInfo>;

} // namespace dynoscope
