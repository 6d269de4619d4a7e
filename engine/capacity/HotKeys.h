// The most accessed and most throttled partition keys and item keys of one
// table over recent time windows: one Space-Saving summary per kind and
// minute for the last hour, merged on demand (bounded memory).
#pragma once

#include "capacity/SpaceSaving.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace dynoscope::capacity {

class HotKeys {
public:
    enum Kind { AccessedPartitionKeys, ThrottledPartitionKeys, AccessedItemKeys, ThrottledItemKeys, KindCount };
    static constexpr int kMinutes = 60;        // the longest window
    static constexpr std::size_t kKeysPerMinute = 64;

    HotKeys();

    void add(Kind kind, const std::string& key, std::int64_t nowMillis);
    // The limit most counted keys of the last windowSeconds (rounded up to
    // whole minutes, at most an hour). Counts of keys a minute evicted are
    // upper bounds.
    std::vector<SpaceSaving::Entry> top(Kind kind, std::int64_t nowMillis, std::int64_t windowSeconds,
                                        std::size_t limit) const;

private:
    struct Minute {
        std::int64_t minute = -1;
        std::array<SpaceSaving, KindCount> kinds{SpaceSaving(kKeysPerMinute), SpaceSaving(kKeysPerMinute),
                                                 SpaceSaving(kKeysPerMinute), SpaceSaving(kKeysPerMinute)};
    };
    std::vector<Minute> m_minutes; // ring by minute % kMinutes
};

} // namespace dynoscope::capacity
