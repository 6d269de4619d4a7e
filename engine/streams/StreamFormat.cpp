// Formatting and parsing of stream labels, shard ids and sequence numbers.
#include "streams/StreamFormat.h"

#include <xxhash.h>

#include <cstdio>
#include <ctime>

namespace dynoscope::StreamFormat {

std::string label(std::int64_t millis)
{
    const std::time_t seconds = std::time_t(millis / 1000);
    std::tm utc {};
    gmtime_r(&seconds, &utc);
    char text[96];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03d", utc.tm_year + 1900, utc.tm_mon + 1,
        utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, int(millis % 1000));
    return text;
}

std::string shardId(std::int64_t createdMillis, std::uint32_t suffix)
{
    char text[48];
    std::snprintf(text, sizeof text, "shardId-%020lld-%08x", static_cast<long long>(createdMillis), suffix);
    return text;
}

std::string sequenceNumber(std::int64_t sequence)
{
    char text[32];
    std::snprintf(text, sizeof text, "%021lld", static_cast<long long>(sequence));
    return text;
}

bool parseSequenceNumber(std::string_view text, std::int64_t* out)
{
    if (text.empty())
        return false;
    std::int64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        if (value > (INT64_MAX - (c - '0')) / 10)
            return false;
        value = value * 10 + (c - '0');
    }
    *out = value;
    return true;
}

std::string eventId(std::int64_t sequence, std::string_view streamArn)
{
    const XXH128_hash_t h = XXH3_128bits_withSeed(streamArn.data(), streamArn.size(), XXH64_hash_t(sequence));
    char text[40];
    std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
        static_cast<unsigned long long>(h.low64));
    return text;
}

std::uint32_t hash32(std::string_view text)
{
    return std::uint32_t(XXH3_64bits(text.data(), text.size()));
}

} // namespace dynoscope::StreamFormat
