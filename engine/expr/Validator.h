// The validation DynamoDB runs on an expression tree once it is built, in the
// order it runs it (children before their operator): placeholders resolved
// against ExpressionAttributeNames/Values, document path depth, then for each
// operator or function its operand count, operand types, repeated operands
// and its own rules, and the count of operators. Throws ExpressionError.
#pragma once

#include "expr/Ast.h"

namespace dynoscope::expr {

class ExpressionContext;

class Validator {
public:
    explicit Validator(ExpressionContext& context)
        : m_context(context)
    {
    }

    void condition(Condition& condition);
    void operand(Operand& operand);
    // Resolves the "#names" of a path and checks its depth.
    void path(Path& path);
    // Resolves a ":value" operand.
    void value(Operand& operand);
    // The type check of an ADD or DELETE action's value.
    static void actionValue(const UpdateAction& action);

private:
    void countOperator();

    ExpressionContext& m_context;
    int m_operators = 0;
};

} // namespace dynoscope::expr
