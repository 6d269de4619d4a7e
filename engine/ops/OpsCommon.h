// Pieces every data-plane operation shares: table lookup, reading items and
// keys from the request, ReturnConsumedCapacity, response assembly.
#pragma once

#include "api/RequestReader.h"
#include "capacity/CapacityUnits.h"
#include "model/TableInfo.h"
#include "storage/Database.h"

#include <dynoscope/AttributeValue.h>

#include <string>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::ops {

// Throws ResourceNotFoundException ("Requested resource not found").
TableInfoPtr tableForItems(EngineImpl& engine, const std::string& tableName);

// Reads the TableName member with its constraints.
std::string readTableName(api::RequestReader& r);

// A required map-of-AttributeValue member (Item, Key), decoded.
Item readItemMember(api::RequestReader& r, std::string_view member);
// An optional one (ExclusiveStartKey); false when absent.
bool readOptionalItemMember(api::RequestReader& r, std::string_view member, Item* out);

capacity::Report readReturnConsumedCapacity(api::RequestReader& r);

// The stored item blob decoded. Throws InternalServerError on corruption.
Item decodeStoredItem(std::string_view blob);
std::string encodeStoredItem(const Item& item);

// Appends ,"Member":{item JSON} to a JSON object being built.
void appendItemMember(std::string& out, std::string_view member, const Item& item);

// Persists table counters and, once committed, publishes them.
class StatsDelta {
public:
    explicit StatsDelta(const TableInfo& table) : m_table(table) {}
    void add(std::int64_t items, std::int64_t bytes)
    {
        m_items += items;
        m_bytes += bytes;
    }
    // REQUIRES: inside the write transaction, after the writes.
    void save(EngineImpl& engine, storage::Database& db);
    // REQUIRES: after commit.
    void publish();

private:
    const TableInfo& m_table;
    std::int64_t m_items = 0;
    std::int64_t m_bytes = 0;
};

} // namespace dynoscope::ops
