// Checks that a request body is well-formed JSON without building a document,
// so the server can answer SerializationException before anything else runs,
// as DynamoDB does.
#pragma once

#include <string_view>

namespace dynoscope::server {

class JsonSyntax {
public:
    // Deepest nesting accepted here; the engine enforces DynamoDB's own
    // document depth limits with their messages.
    static constexpr std::size_t kMaxDepth = 10000;

    static bool isWellFormed(std::string_view text);
};

} // namespace dynoscope::server
