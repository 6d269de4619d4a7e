// DynamoDB's ValidationException messages for PartiQL statements, as the
// service words them.
#pragma once

#include <dynoscope/Error.h>

#include <string>
#include <string_view>

namespace dynoscope::partiql {

inline constexpr std::string_view kIncompleteKey
    = "Where clause does not contain a mandatory equality on all key attributes";
inline constexpr std::string_view kParameterCount = "Number of parameters in request and statement don't match.";
inline constexpr std::string_view kDuplicateItem = "Duplicate primary key exists in table";

// "Statement wasn't well formed, can't be processed: <detail>".
inline Error malformed(std::string_view detail)
{
    return Error::validation("Statement wasn't well formed, can't be processed: " + std::string(detail));
}

} // namespace dynoscope::partiql
