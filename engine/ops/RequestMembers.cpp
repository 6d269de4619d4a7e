// Reading and constraint checks of nested request members.
#include "ops/RequestMembers.h"

#include <dynoscope/Error.h>

namespace dynoscope::ops {

namespace {

bool validTableName(const std::string& name)
{
    if (name.size() < 3 || name.size() > 255)
        return false;
    for (char c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.'))
            return false;
    return true;
}

} // namespace

const boost::json::object* readRequestItems(api::RequestReader& r)
{
    const boost::json::object* items = r.objectMember("RequestItems");
    if (!items) {
        r.violationNull("requestItems");
        return nullptr;
    }
    if (items->empty()) {
        r.violation("{}", "requestItems", "Member must have length greater than or equal to 1");
        return items;
    }
    for (const auto& entry : *items) {
        if (!validTableName(std::string(entry.key()))) {
            // DynamoDB prints the whole map here, as Java renders it; the
            // constraint text is what clients match on.
            r.violation("{...}", "requestItems",
                        "Map keys must satisfy constraint: [Member must have length less than or equal to 255, "
                        "Member must have length greater than or equal to 3, Member must satisfy regular "
                        "expression pattern: [a-zA-Z0-9_.-]+]");
            break;
        }
    }
    return items;
}

const boost::json::object& elementObject(const boost::json::value& element)
{
    static const boost::json::object empty;
    if (element.is_object())
        return element.get_object();
    if (element.is_null())
        return empty;
    // Reuse the reader's messages for a member of the wrong type.
    boost::json::object holder;
    holder["element"] = element;
    api::RequestReader(holder).objectMember("element");
    throw Error::internal("a list element of the wrong type was not refused"); // not reached
}

} // namespace dynoscope::ops
