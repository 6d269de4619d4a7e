// The text forms of DynamoDB Streams identifiers: stream labels (an ISO 8601
// UTC timestamp with milliseconds, "2015-05-11T21:21:33.291"), shard ids
// ("shardId-00000001550719748929-e0a2afc5": creation time in milliseconds over
// 20 digits, then 8 hex digits) and sequence numbers (decimal over at least 21
// digits, the minimum length the AWS SDKs accept).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dynoscope::StreamFormat {

std::string label(std::int64_t millis);
std::string shardId(std::int64_t createdMillis, std::uint32_t suffix);
std::string sequenceNumber(std::int64_t sequence);
// False unless text is all decimal digits and fits in int64.
bool parseSequenceNumber(std::string_view text, std::int64_t* out);
// 32 lowercase hex digits derived from the record's sequence number and stream.
std::string eventId(std::int64_t sequence, std::string_view streamArn);
// A 32-bit hash of text, for shard id suffixes.
std::uint32_t hash32(std::string_view text);

} // namespace dynoscope::StreamFormat
