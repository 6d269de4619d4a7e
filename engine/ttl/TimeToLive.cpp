// TTL setting lookup and the expiry rule.
#include "ttl/TimeToLive.h"

namespace dynoscope::ttl {

namespace {
constexpr std::int64_t kIgnoredAfterSeconds = 5LL * 365 * 24 * 3600;
} // namespace

std::optional<std::string> TimeToLive::attribute(const TableInfo& table)
{
    auto it = table.description.find(kDescriptionMember);
    if (it == table.description.end())
        return std::nullopt;
    return std::string(it->value().as_string());
}

bool TimeToLive::isExpired(const Item& item, const std::string& attribute, std::int64_t nowMillis)
{
    auto it = item.find(attribute);
    if (it == item.end() || it->second.type() != AttributeValue::Type::N)
        return false;
    const std::int64_t now = nowMillis / 1000;
    const Number& at = it->second.num();
    return at < Number::fromInt(now) && !(at < Number::fromInt(now - kIgnoredAfterSeconds));
}

} // namespace dynoscope::ttl
