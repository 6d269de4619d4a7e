// Space-Saving updates.
#include "capacity/SpaceSaving.h"

#include <algorithm>

namespace dynoscope::capacity {

void SpaceSaving::add(const std::string& key, std::int64_t count)
{
    for (auto& e : m_entries)
        if (e.key == key) {
            e.count += count;
            return;
        }
    if (m_entries.size() < m_capacity) {
        m_entries.push_back({key, count, 0});
        return;
    }
    auto least = std::min_element(m_entries.begin(), m_entries.end(),
                                  [](const Entry& a, const Entry& b) { return a.count < b.count; });
    *least = Entry{key, least->count + count, least->count};
}

std::vector<SpaceSaving::Entry> SpaceSaving::entries() const
{
    auto out = m_entries;
    std::stable_sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    return out;
}

} // namespace dynoscope::capacity
