// Until the expression evaluator (engine/expr) is wired in, a request that
// carries an expression or a legacy condition is refused outright: ignoring
// a condition would write what DynamoDB would not.
#include "ops/RequestExpressions.h"

#include <dynoscope/Error.h>

namespace dynoscope::ops {

namespace {
constexpr std::string_view kExpressionMembers[] = {
    "ConditionExpression", "FilterExpression", "ProjectionExpression", "UpdateExpression",
    "KeyConditionExpression", "ExpressionAttributeNames", "ExpressionAttributeValues", "Expected",
    "QueryFilter", "ScanFilter", "AttributesToGet", "AttributeUpdates", "KeyConditions", "ConditionalOperator",
};
} // namespace

struct RequestExpressions::Impl {
    const api::RequestReader& request;
};

RequestExpressions::RequestExpressions(const api::RequestReader& request) : m_impl(new Impl{request})
{
    for (auto member : kExpressionMembers)
        if (request.has(member))
            throw Error::validation(std::string(member) + " is not supported by this Dynoscope build yet");
}

RequestExpressions::~RequestExpressions() = default;

std::unique_ptr<Condition> RequestExpressions::condition() { return nullptr; }
std::unique_ptr<Condition> RequestExpressions::filter(std::string_view) { return nullptr; }
std::unique_ptr<Projection> RequestExpressions::projection() { return nullptr; }
std::unique_ptr<Updater> RequestExpressions::updater() { return nullptr; }

KeyConditions RequestExpressions::keyConditions(const KeyAttribute& hashKey, const std::optional<KeyAttribute>&)
{
    throw Error::validation("Query condition missed key schema element: " + hashKey.name);
}

void RequestExpressions::finish() {}

} // namespace dynoscope::ops
