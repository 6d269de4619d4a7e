// A ConditionExpression or FilterExpression (or the legacy Expected,
// QueryFilter and ScanFilter, see LegacyConditions), parsed and validated
// once and then evaluated against any number of items.
//
//   auto condition = ConditionExpression::parse(text, "ConditionExpression", context);
//   if (!condition.evaluate(item)) throw Error::conditionalCheckFailed();
#pragma once

#include "expr/Ast.h"

#include <dynoscope/AttributeValue.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dynoscope::expr {

class ExpressionContext;

class ConditionExpression {
public:
    // A condition every item satisfies.
    ConditionExpression() = default;

    // parameter names the request member in messages: "ConditionExpression"
    // or "FilterExpression". Throws Error (ValidationException,
    // "Invalid <parameter>: ...").
    static ConditionExpression parse(std::string_view text, std::string_view parameter, ExpressionContext& context);

    // True when item satisfies the condition; pass an empty item for an item
    // that does not exist.
    bool evaluate(const Item& item) const;
    // The top-level attributes the condition reads, in name order.
    std::vector<std::string> topLevelNames() const;

private:
    friend class LegacyConditions;

    explicit ConditionExpression(std::shared_ptr<const Condition> root)
        : m_root(std::move(root))
    {
    }

    std::shared_ptr<const Condition> m_root; // null: always true
};

} // namespace dynoscope::expr
