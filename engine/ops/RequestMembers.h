// Nested members of the multi-item requests: the RequestItems map of the
// batch operations and the structures inside list members (TransactItems,
// the write requests of BatchWriteItem).
#pragma once

#include "api/RequestReader.h"

#include <boost/json.hpp>

namespace dynoscope::ops {

// The RequestItems map (table name -> requests). Records DynamoDB's
// violations for a missing or empty map and for invalid table names; returns
// null when the map is missing. Throws SerializationException when it is not
// a map.
const boost::json::object* readRequestItems(api::RequestReader& r);

// A list element that must be a structure. Throws SerializationException
// with DynamoDB's text when it is another JSON type; a null element reads as
// an empty structure.
const boost::json::object& elementObject(const boost::json::value& element);

} // namespace dynoscope::ops
