// Shard iterator encoding.
#include "streams/ShardIterator.h"

#include "model/Base64.h"
#include "streams/StreamFormat.h"

#include <xxhash.h>

#include <cstdio>

namespace dynoscope::streams {

namespace {

constexpr std::string_view kSeparator = "|1|";

std::string checksum(std::string_view arn, std::string_view body)
{
    XXH64_hash_t h = XXH3_64bits_withSeed(body.data(), body.size(), XXH3_64bits(arn.data(), arn.size()));
    char text[20];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(h));
    return text;
}

} // namespace

std::string ShardIterator::encode() const
{
    const std::string body = shardId + ";" + std::to_string(position) + ";" + std::to_string(createdAt) + ";";
    return streamArn + std::string(kSeparator) + Base64::encode(body + checksum(streamArn, body));
}

bool ShardIterator::decode(std::string_view text, ShardIterator* out)
{
    const auto separator = text.find(kSeparator);
    if (separator == std::string_view::npos)
        return false;
    std::string payload;
    if (!Base64::decode(text.substr(separator + kSeparator.size()), &payload))
        return false;
    const auto last = payload.rfind(';');
    if (last == std::string::npos)
        return false;
    const std::string body = payload.substr(0, last + 1);
    const std::string_view arn = text.substr(0, separator);
    if (payload.substr(last + 1) != checksum(arn, body))
        return false;
    const auto first = body.find(';');
    const auto second = body.find(';', first + 1);
    ShardIterator it;
    it.streamArn = arn;
    it.shardId = body.substr(0, first);
    if (!StreamFormat::parseSequenceNumber(std::string_view(body).substr(first + 1, second - first - 1), &it.position)
        || !StreamFormat::parseSequenceNumber(
            std::string_view(body).substr(second + 1, last - second - 1), &it.createdAt))
        return false;
    *out = std::move(it);
    return true;
}

} // namespace dynoscope::streams
