// DynamoDB Streams' fixed time limits (developer guide, "Change data capture
// for DynamoDB Streams"; API reference, GetShardIterator).
#pragma once

#include <cstdint>

namespace dynoscope::streams {

// Records, closed shards and disabled streams are kept this long.
inline constexpr std::int64_t kRetentionMillis = 24 * 3600 * 1000;
// A shard iterator is usable this long after it was handed out.
inline constexpr std::int64_t kIteratorLifetimeMillis = 15 * 60 * 1000;

} // namespace dynoscope::streams
