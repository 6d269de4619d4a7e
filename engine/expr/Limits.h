// DynamoDB's limits on expressions ("Expression parameters" in the developer
// guide's Constraints page and the service's own validation).
#pragma once

#include <cstddef>

namespace dynoscope::expr {

// Longest expression string, counted in UTF-16 code units as the service does.
inline constexpr std::size_t kMaxExpressionLength = 4096;
// Operators and functions in one expression.
inline constexpr int kMaxOperators = 300;
// Values on the right-hand side of IN.
inline constexpr std::size_t kMaxInOperands = 100;
// Elements of one document path.
inline constexpr std::size_t kMaxPathDepth = 32;
// Longest ExpressionAttributeNames/Values key, "#" or ":" included.
inline constexpr std::size_t kMaxPlaceholderLength = 255;
// Bytes of ExpressionAttributeNames and of ExpressionAttributeValues (keys
// plus names or value sizes), each and together: "all substitution variables".
inline constexpr std::size_t kMaxSubstitutionMapSize = 2 * 1024 * 1024;

} // namespace dynoscope::expr
