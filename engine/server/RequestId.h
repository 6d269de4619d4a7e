// Request ids in DynamoDB's shape: 52 characters of [0-9A-Z], sent back as
// x-amzn-RequestId on every response.
#pragma once

#include <string>

namespace dynoscope::server {

class RequestId {
public:
    static constexpr std::size_t kLength = 52;
    // Thread-safe: each thread draws from its own generator.
    static std::string next();
};

} // namespace dynoscope::server
