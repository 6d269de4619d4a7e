// The checks of combined expression and legacy parameters.
#include "expr/ExpressionParameters.h"

#include <dynoscope/Error.h>

#include <string>
#include <vector>

namespace dynoscope::expr::ExpressionParameters {

namespace {

bool present(const boost::json::object& request, std::string_view name)
{
    const boost::json::value* v = request.if_contains(name);
    return v && !v->is_null();
}

std::string joined(const std::vector<std::string_view>& names, std::string_view separator)
{
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            text.append(separator);
        text.append(names[i]);
    }
    return text;
}

} // namespace

void check(const boost::json::object& request, std::initializer_list<std::string_view> expressions,
    std::initializer_list<std::string_view> legacy)
{
    std::vector<std::string_view> usedExpressions;
    for (std::string_view name : expressions) {
        if (present(request, name))
            usedExpressions.push_back(name);
    }
    if (!usedExpressions.empty()) {
        // KeyConditions may go with the other expressions, as long as
        // KeyConditionExpression is not there too.
        const bool keyConditionsAllowed = !present(request, "KeyConditionExpression");
        std::vector<std::string_view> usedLegacy;
        for (std::string_view name : legacy) {
            if (present(request, name) && !(name == "KeyConditions" && keyConditionsAllowed))
                usedLegacy.push_back(name);
        }
        if (!usedLegacy.empty())
            throw Error::validation("Can not use both expression and non-expression parameters in the same request: "
                                    "Non-expression parameters: {"
                + joined(usedLegacy, ", ") + "} Expression parameters: {" + joined(usedExpressions, ", ") + "}");
    }
    if (present(request, "ExpressionAttributeNames") && usedExpressions.empty())
        throw Error::validation("ExpressionAttributeNames can only be specified when using expressions");
    std::vector<std::string_view> valueExpressions;
    bool anyValueExpression = false;
    for (std::string_view name : expressions) {
        if (name == "ProjectionExpression")
            continue;
        valueExpressions.push_back(name);
        anyValueExpression = anyValueExpression || present(request, name);
    }
    if (!valueExpressions.empty() && present(request, "ExpressionAttributeValues") && !anyValueExpression)
        throw Error::validation("ExpressionAttributeValues can only be specified when using expressions: "
            + joined(valueExpressions, " and ") + (valueExpressions.size() > 1 ? " are" : " is") + " null");
}

} // namespace dynoscope::expr::ExpressionParameters
