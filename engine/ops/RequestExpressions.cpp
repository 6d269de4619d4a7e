// Chooses between a request's expression and legacy forms.
#include "ops/RequestExpressions.h"

#include "expr/ExpressionParameters.h"
#include "expr/LegacyActions.h"
#include "expr/LegacyConditions.h"

#include <dynoscope/Error.h>

namespace dynoscope::ops {

namespace {
expr::ExpressionContext makeContext(const api::RequestReader& request, std::initializer_list<std::string_view> expressions,
                                    std::initializer_list<std::string_view> legacy)
{
    // The mix rules come first: DynamoDB reports them before map contents.
    expr::ExpressionParameters::check(request.object(), expressions, legacy);
    return expr::ExpressionContext(request.objectMember("ExpressionAttributeNames"),
                                   request.objectMember("ExpressionAttributeValues"));
}
} // namespace

RequestExpressions::RequestExpressions(const api::RequestReader& request,
                                       std::initializer_list<std::string_view> expressions,
                                       std::initializer_list<std::string_view> legacy)
    : m_request(request), m_context(makeContext(request, expressions, legacy))
{
}

std::optional<expr::ConditionExpression> RequestExpressions::condition()
{
    if (auto text = m_request.string("ConditionExpression"))
        return expr::ConditionExpression::parse(*text, "ConditionExpression", m_context);
    if (const auto* expected = m_request.objectMember("Expected"))
        return expr::LegacyConditions::expected(expected, m_request.string("ConditionalOperator"));
    return std::nullopt;
}

std::optional<expr::ConditionExpression> RequestExpressions::filter(std::string_view legacyMember)
{
    if (auto text = m_request.string("FilterExpression"))
        return expr::ConditionExpression::parse(*text, "FilterExpression", m_context);
    if (const auto* filter = m_request.objectMember(legacyMember))
        return expr::LegacyConditions::filter(filter, m_request.string("ConditionalOperator"), legacyMember);
    return std::nullopt;
}

std::optional<expr::ProjectionExpression> RequestExpressions::projection()
{
    if (auto text = m_request.string("ProjectionExpression"))
        return expr::ProjectionExpression::parse(*text, m_context);
    if (const auto* names = m_request.arrayMember("AttributesToGet"))
        return expr::ProjectionExpression::fromAttributesToGet(*names);
    return std::nullopt;
}

std::optional<expr::UpdateExpression> RequestExpressions::update()
{
    if (auto text = m_request.string("UpdateExpression"))
        return expr::UpdateExpression::parse(*text, m_context);
    if (const auto* updates = m_request.objectMember("AttributeUpdates"))
        return expr::LegacyActions::attributeUpdates(*updates);
    return std::nullopt;
}

expr::KeyQuery RequestExpressions::keyConditions(const KeyAttribute& hashKey, const std::optional<KeyAttribute>& rangeKey)
{
    const KeyAttribute* sortKey = rangeKey ? &*rangeKey : nullptr;
    if (auto text = m_request.string("KeyConditionExpression"))
        return expr::KeyCondition::parse(*text, m_context).resolve(hashKey, sortKey);
    if (const auto* conditions = m_request.objectMember("KeyConditions"))
        return expr::LegacyConditions::keyConditions(*conditions).resolve(hashKey, sortKey);
    throw Error::validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the "
                            "request.");
}

} // namespace dynoscope::ops
