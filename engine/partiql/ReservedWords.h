// The words DynamoDB's PartiQL reserves: PartiQL's keywords, which cannot be
// bare attribute or table names (quote them: "date"). A statement using one
// unquoted is not well formed, as DynamoDB answers for WHERE pad = 'none'.
#pragma once

#include <string_view>

namespace dynoscope::partiql::ReservedWords {

// True when word is reserved; the comparison ignores ASCII case.
bool contains(std::string_view word);

} // namespace dynoscope::partiql::ReservedWords
