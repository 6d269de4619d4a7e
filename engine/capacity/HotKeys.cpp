// Hot-key windows.
#include "capacity/HotKeys.h"

#include <algorithm>
#include <map>

namespace dynoscope::capacity {

HotKeys::HotKeys() : m_minutes(kMinutes) {}

void HotKeys::add(Kind kind, const std::string& key, std::int64_t nowMillis)
{
    const std::int64_t minute = nowMillis / 60000;
    Minute& slot = m_minutes[std::size_t(minute % kMinutes)];
    if (slot.minute != minute) {
        for (auto& summary : slot.kinds)
            summary.clear();
        slot.minute = minute;
    }
    slot.kinds[kind].add(key);
}

std::vector<SpaceSaving::Entry> HotKeys::top(Kind kind, std::int64_t nowMillis, std::int64_t windowSeconds,
                                             std::size_t limit) const
{
    const std::int64_t now = nowMillis / 60000;
    const std::int64_t minutes = std::clamp<std::int64_t>((windowSeconds + 59) / 60, 1, kMinutes);
    std::map<std::string, SpaceSaving::Entry> merged;
    for (const auto& slot : m_minutes) {
        if (slot.minute < 0 || slot.minute > now || slot.minute <= now - minutes)
            continue;
        for (const auto& e : slot.kinds[kind].entries()) {
            auto& m = merged[e.key];
            m.key = e.key;
            m.count += e.count;
            m.error += e.error;
        }
    }
    std::vector<SpaceSaving::Entry> out;
    for (auto& [key, e] : merged)
        out.push_back(std::move(e));
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.count > b.count; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace dynoscope::capacity
