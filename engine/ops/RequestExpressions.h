// The expressions of one request, whether given as expressions or as the
// legacy parameters (Expected, AttributeUpdates, AttributesToGet, ...):
// checked for forbidden mixes, parsed once with ExpressionAttributeNames and
// Values resolved, and checked for unused entries when the request is done.
#pragma once

#include "api/RequestReader.h"
#include "expr/ConditionExpression.h"
#include "expr/ExpressionContext.h"
#include "expr/KeyCondition.h"
#include "expr/ProjectionExpression.h"
#include "expr/UpdateExpression.h"
#include "model/TableInfo.h"

#include <initializer_list>
#include <optional>
#include <string_view>

namespace dynoscope::ops {

class RequestExpressions {
public:
    // expressions and legacy: the members the operation accepts, as
    // ExpressionParameters::check takes them. Throws ValidationException.
    RequestExpressions(const api::RequestReader& request, std::initializer_list<std::string_view> expressions,
                       std::initializer_list<std::string_view> legacy);

    // Each returns nullopt when the request has neither form.
    // ConditionExpression or Expected (+ ConditionalOperator).
    std::optional<expr::ConditionExpression> condition();
    // FilterExpression or QueryFilter/ScanFilter (+ ConditionalOperator).
    std::optional<expr::ConditionExpression> filter(std::string_view legacyMember);
    // ProjectionExpression or AttributesToGet.
    std::optional<expr::ProjectionExpression> projection();
    // UpdateExpression or AttributeUpdates.
    std::optional<expr::UpdateExpression> update();
    // KeyConditionExpression or KeyConditions against the key schema;
    // throws when the request has neither.
    expr::KeyQuery keyConditions(const KeyAttribute& hashKey, const std::optional<KeyAttribute>& rangeKey);

    // Throws when ExpressionAttributeNames/Values hold unused entries.
    // REQUIRES: every getter the operation needs was called first.
    void finish() const { m_context.checkAllUsed(); }

private:
    const api::RequestReader& m_request;
    expr::ExpressionContext m_context;
};

} // namespace dynoscope::ops
