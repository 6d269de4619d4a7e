// ExecuteStatement's NextToken: an opaque text that carries where the next
// page starts (the LastEvaluatedKey, and the partition for a SELECT that
// reads several) and a fingerprint of the statement and its parameters, so
// that a token given with another statement is refused as DynamoDB does.
#pragma once

#include <boost/json.hpp>

#include <string>
#include <string_view>

namespace dynoscope::partiql::NextToken {

// The fingerprint of a statement with its parameters (the JSON array, or
// null when absent).
std::string fingerprint(std::string_view statement, const boost::json::value& parameters);

std::string encode(std::string_view fingerprint, const boost::json::object& position);

// The position a token carries. Throws ValidationException "Invalid
// NextToken" when token was not made by encode(), and "NextToken does not
// match request" when it was made for another statement.
boost::json::object decode(std::string_view token, std::string_view fingerprint);

} // namespace dynoscope::partiql::NextToken
