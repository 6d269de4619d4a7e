// Shared request and response plumbing of the data-plane operations.
#include "ops/OpsCommon.h"

#include "model/ItemCodec.h"
#include "model/WireJson.h"
#include "ops/EngineImpl.h"

#include <dynoscope/Error.h>

namespace dynoscope::ops {

TableInfoPtr tableForItems(EngineImpl& engine, const std::string& tableName)
{
    return engine.catalog().get(tableName, "Requested resource not found");
}

std::string readTableName(api::RequestReader& r)
{
    auto name = r.string("TableName");
    if (!name)
        r.violationNull("tableName");
    r.checkName(name, "tableName");
    return name.value_or("");
}

Item readItemMember(api::RequestReader& r, std::string_view member)
{
    auto it = r.object().find(member);
    if (it == r.object().end() || it->value().is_null()) {
        r.violationNull(api::memberPath(member));
        r.throwViolations();
    }
    return WireJson::decodeItem(it->value());
}

bool readOptionalItemMember(api::RequestReader& r, std::string_view member, Item* out)
{
    auto it = r.object().find(member);
    if (it == r.object().end() || it->value().is_null())
        return false;
    *out = WireJson::decodeItem(it->value());
    return true;
}

capacity::Report readReturnConsumedCapacity(api::RequestReader& r)
{
    auto value = r.string("ReturnConsumedCapacity");
    r.checkEnum(value, "returnConsumedCapacity", {"INDEXES", "TOTAL", "NONE"});
    if (value == "INDEXES")
        return capacity::Report::Indexes;
    if (value == "TOTAL")
        return capacity::Report::Total;
    return capacity::Report::None;
}

Item decodeStoredItem(std::string_view blob)
{
    Item item;
    if (!ItemCodec::decodeItem(blob, item))
        throw Error::internal("a stored item is corrupt");
    return item;
}


void appendItemMember(std::string& out, std::string_view member, const Item& item)
{
    if (out.size() > 1)
        out += ',';
    out += '"';
    out += member;
    out += "\":";
    WireJson::appendItemJson(out, item);
}

} // namespace dynoscope::ops
