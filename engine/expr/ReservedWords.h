// DynamoDB's reserved words ("Reserved words in DynamoDB" in the developer
// guide): an attribute name spelled as one of them must be aliased with an
// ExpressionAttributeNames placeholder.
#pragma once

#include <string_view>

namespace dynoscope::expr::ReservedWords {

// True when word is reserved; the comparison ignores ASCII case.
bool contains(std::string_view word);

} // namespace dynoscope::expr::ReservedWords
