// A shard iterator: the position in a shard where GetRecords reads next and
// when the iterator was handed out, as the opaque string of DynamoDB's form
// "<stream ARN>|1|<base64 payload>". The payload carries a checksum so that
// strings this engine did not make are refused.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dynoscope::streams {

struct ShardIterator {
    std::string streamArn;
    std::string shardId;
    std::int64_t position = 0; // the first sequence number to read
    std::int64_t createdAt = 0;

    std::string encode() const;
    // False when text is not an iterator this engine made.
    static bool decode(std::string_view text, ShardIterator* out);
};

} // namespace dynoscope::streams
