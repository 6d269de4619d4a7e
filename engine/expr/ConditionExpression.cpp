// Parsing and evaluation of condition and filter expressions.
#include "expr/ConditionExpression.h"

#include "expr/Evaluator.h"
#include "expr/ExpressionError.h"
#include "expr/Parser.h"
#include "expr/Translator.h"
#include "expr/Validator.h"

#include <dynoscope/Error.h>

#include <set>

namespace dynoscope::expr {

namespace {

void collectNames(const Operand& operand, std::set<std::string>& names)
{
    if (operand.kind == Operand::Kind::Path)
        names.insert(operand.path.elements.front().name);
    for (const Operand& arg : operand.args)
        collectNames(arg, names);
}

void collectNames(const Condition& condition, std::set<std::string>& names)
{
    for (const Operand& operand : condition.operands)
        collectNames(operand, names);
    for (const Condition& child : condition.children)
        collectNames(child, names);
}

} // namespace

ConditionExpression ConditionExpression::parse(
    std::string_view text, std::string_view parameter, ExpressionContext& context)
{
    auto root = std::make_shared<Condition>();
    try {
        Parser::checkText(text, true);
        *root = Parser(text).condition();
        Translator::check(*root);
        Validator(context).condition(*root);
    } catch (const ExpressionError& e) {
        throw Error::validation("Invalid " + std::string(parameter) + ": " + e.message);
    }
    return ConditionExpression(std::move(root));
}

bool ConditionExpression::evaluate(const Item& item) const
{
    return !m_root || Evaluator::condition(*m_root, item);
}

std::vector<std::string> ConditionExpression::topLevelNames() const
{
    std::set<std::string> names;
    if (m_root)
        collectNames(*m_root, names);
    return { names.begin(), names.end() };
}

} // namespace dynoscope::expr
