// The legacy conditional parameters mapped onto the expression tree, so that
// they share the expression evaluator: Expected (PutItem, UpdateItem,
// DeleteItem), QueryFilter and ScanFilter, each with ConditionalOperator, and
// KeyConditions. Inputs are the request's JSON members; AttributeValues are
// decoded with WireJson. Every function throws Error with DynamoDB's message.
#pragma once

#include "expr/ConditionExpression.h"
#include "expr/KeyCondition.h"

#include <boost/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace dynoscope::expr {

class LegacyConditions {
public:
    // Expected; null when the request has none.
    static ConditionExpression expected(
        const boost::json::object* expected, const std::optional<std::string>& conditionalOperator);
    // QueryFilter or ScanFilter, named by member ("QueryFilter"); null when
    // the request has none.
    static ConditionExpression filter(const boost::json::object* filter,
        const std::optional<std::string>& conditionalOperator, std::string_view member);
    static KeyCondition keyConditions(const boost::json::object& conditions);
};

} // namespace dynoscope::expr
