// DynamoDB's rules on which expression parameters a request may combine:
// expressions and their legacy equivalents are exclusive, and
// ExpressionAttributeNames/Values need an expression that can use them.
#pragma once

#include <boost/json.hpp>

#include <initializer_list>
#include <string_view>

namespace dynoscope::expr::ExpressionParameters {

// expressions: the expression members the operation accepts, in DynamoDB's
// order (e.g. {"ProjectionExpression", "FilterExpression",
// "KeyConditionExpression"} for Query); legacy: their legacy counterparts
// (e.g. {"AttributesToGet", "QueryFilter", "ConditionalOperator",
// "KeyConditions"}). A member set to null counts as absent. Throws Error
// (ValidationException) with DynamoDB's message.
void check(const boost::json::object& request, std::initializer_list<std::string_view> expressions,
    std::initializer_list<std::string_view> legacy);

} // namespace dynoscope::expr::ExpressionParameters
