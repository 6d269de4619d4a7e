// A table's Time to Live setting (kept in its stored description under a
// private member that DescribeTable leaves out) and DynamoDB's expiry rule.
#pragma once

#include "model/TableInfo.h"

#include <dynoscope/AttributeValue.h>

#include <cstdint>
#include <optional>
#include <string>

namespace dynoscope::ttl {

class TimeToLive {
public:
    static constexpr const char* kDescriptionMember = "DynoscopeTimeToLive";

    // The TTL attribute, when TTL is enabled on the table.
    static std::optional<std::string> attribute(const TableInfo& table);

    // Developer guide, "Time to Live": an item expires once its TTL attribute,
    // a top-level Number of epoch seconds, is below the current time; values
    // of any other type, and those more than five years in the past, are
    // ignored.
    static bool isExpired(const Item& item, const std::string& attribute, std::int64_t nowMillis);
};

} // namespace dynoscope::ttl
