// Space-Saving (Metwally et al.): the approximate top-N most frequent keys of
// a stream in bounded memory. A new key evicts the least counted one and
// inherits its count as its error, so counts never underestimate.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace dynoscope::capacity {

class SpaceSaving {
public:
    struct Entry {
        std::string key;
        std::int64_t count = 0;
        std::int64_t error = 0; // count - error <= the true count <= count
    };

    // REQUIRES: capacity >= 1.
    explicit SpaceSaving(std::size_t capacity) : m_capacity(capacity) {}

    void add(const std::string& key, std::int64_t count = 1);
    void clear() { m_entries.clear(); }
    bool empty() const { return m_entries.empty(); }
    // All tracked entries, most counted first.
    std::vector<Entry> entries() const;

private:
    std::size_t m_capacity;
    std::vector<Entry> m_entries; // small: a linear search beats a heap and a map
};

} // namespace dynoscope::capacity
