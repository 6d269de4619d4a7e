// Evaluation of validated expression trees against an item, with DynamoDB's
// semantics: a missing attribute or a value of another type makes a
// comparison false (never an error), ordering applies to S, N and B only,
// and sets compare as sets.
#pragma once

#include "expr/Ast.h"

#include <dynoscope/AttributeValue.h>

#include <optional>

namespace dynoscope::expr {

class Evaluator {
public:
    static bool condition(const Condition& condition, const Item& item);
    // The value an update operand yields, read from item. Throws Error with
    // DynamoDB's update messages when an attribute it needs is missing or has
    // the wrong type.
    static AttributeValue updateValue(const Operand& operand, const Item& item);
    // The value at path in item; null when absent.
    static const AttributeValue* lookup(const Path& path, const Item& item);

private:
    static const AttributeValue* operand(const Operand& operand, const Item& item, AttributeValue& scratch);
    static bool call(Function function, const std::vector<Operand>& args, const Item& item);
    static std::optional<AttributeValue> updateOperand(const Operand& operand, const Item& item);
};

} // namespace dynoscope::expr
