// The translation checks of expression trees.
#include "expr/Translator.h"

#include "expr/ExpressionError.h"
#include "expr/ReservedWords.h"

#include <array>
#include <string_view>

namespace dynoscope::expr {

namespace {

[[noreturn]] void misused(std::string_view name)
{
    throw ExpressionError { "The function is not allowed to be used this way in an expression; function: "
        + std::string(name) };
}

bool isUpdateFunction(Function f)
{
    return f == Function::IfNotExists || f == Function::ListAppend;
}

} // namespace

void Translator::check(Condition& condition)
{
    check(condition, 0);
}

void Translator::check(std::vector<UpdateAction>& actions)
{
    static constexpr std::array<std::string_view, 4> kSections = { "SET", "REMOVE", "ADD", "DELETE" };
    std::array<bool, 4> seen {};
    for (std::size_t i = 0; i < actions.size(); ++i) {
        UpdateAction& action = actions[i];
        check(action.path);
        if (action.kind == UpdateAction::Kind::Set)
            check(action.value, Category::Update, 0);
        // A section is checked for repetition once all its actions were walked.
        if (i + 1 == actions.size() || actions[i + 1].section != action.section) {
            const auto kind = static_cast<std::size_t>(action.kind);
            if (seen[kind])
                throw ExpressionError { "The \"" + std::string(kSections[kind])
                    + "\" section can only be used once in an update expression;" };
            seen[kind] = true;
        }
    }
}

void Translator::check(const std::vector<Path>& paths)
{
    for (const Path& path : paths)
        check(path);
}

void Translator::check(const Path& path)
{
    for (const PathElement& element : path.elements) {
        if (element.isIndex) {
            if (element.index > 2147483647U)
                throw ExpressionError { "List index is not within the allowable range; index: "
                    + path.outOfRangeIndex };
        } else if (!element.isPlaceholder && ReservedWords::contains(element.name)) {
            throw ExpressionError { "Attribute name is a reserved keyword; reserved keyword: " + element.name };
        }
    }
}

void Translator::check(Condition& condition, int nesting)
{
    switch (condition.kind) {
    case Condition::Kind::Compare:
    case Condition::Kind::Between:
    case Condition::Kind::In:
        for (Operand& operand : condition.operands)
            check(operand, Category::Condition, nesting + 1);
        break;
    case Condition::Kind::Call:
        condition.function = function(condition.functionText, Category::Condition, nesting);
        for (Operand& operand : condition.operands)
            check(operand, Category::Condition, nesting + 1);
        break;
    case Condition::Kind::Not:
    case Condition::Kind::And:
    case Condition::Kind::Or:
        for (Condition& child : condition.children)
            check(child, nesting);
        break;
    }
}

void Translator::check(Operand& operand, Category category, int nesting)
{
    switch (operand.kind) {
    case Operand::Kind::Path:
        check(operand.path);
        break;
    case Operand::Kind::Value:
        break;
    case Operand::Kind::Call:
        operand.function = function(operand.functionText, category, nesting);
        [[fallthrough]];
    case Operand::Kind::Plus:
    case Operand::Kind::Minus:
        for (Operand& arg : operand.args)
            check(arg, category, nesting + 1);
        break;
    }
}

// DynamoDB checks a call when it enters it, before its arguments. A function
// used as a condition sits at nesting 0; its arguments, and the operands of
// comparisons and arithmetic, sit deeper.
Function Translator::function(const std::string& name, Category category, int nesting)
{
    Function f {};
    if (!functionFromName(name, &f))
        throw ExpressionError { "Invalid function name; function: " + name };
    if (category == Category::Update) {
        if (!isUpdateFunction(f))
            throw ExpressionError { "The function is not allowed in an update expression; function: " + name };
        if (nesting > 0 && f != Function::IfNotExists)
            misused(name);
    } else {
        if (isUpdateFunction(f))
            throw ExpressionError { "The function is not allowed in a condition expression; function: " + name };
        if ((nesting == 0) == (f == Function::Size))
            misused(name);
    }
    return f;
}

} // namespace dynoscope::expr
