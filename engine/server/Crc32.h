// CRC-32 (IEEE 802.3, the one zlib computes) of a response body. DynamoDB
// sends it as x-amz-crc32 and the AWS SDKs reject a response whose body does
// not match, so it must be exact; written here to avoid a zlib dependency.
#pragma once

#include <cstdint>
#include <string_view>

namespace dynoscope::server {

class Crc32 {
public:
    static std::uint32_t compute(std::string_view data);
};

} // namespace dynoscope::server
