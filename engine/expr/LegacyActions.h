// The legacy AttributeUpdates of UpdateItem mapped onto an UpdateExpression:
// PUT sets an attribute, DELETE removes it or removes elements from a set,
// ADD adds to a number or a set (or appends to a list, which only the legacy
// form allows). Throws Error with DynamoDB's messages.
#pragma once

#include "expr/UpdateExpression.h"

#include <boost/json.hpp>

namespace dynoscope::expr {

class LegacyActions {
public:
    static UpdateExpression attributeUpdates(const boost::json::object& updates);
};

} // namespace dynoscope::expr
