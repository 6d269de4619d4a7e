// Pieces every data-plane operation shares: table lookup, reading items and
// keys from the request, ReturnConsumedCapacity, response assembly.
#pragma once

#include "api/RequestReader.h"
#include "capacity/CapacityUnits.h"
#include "model/TableInfo.h"

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

// Appends ,"Member":{item JSON} to a JSON object being built.
void appendItemMember(std::string& out, std::string_view member, const Item& item);

} // namespace dynoscope::ops
