// Parsing and application of update expressions.
#include "expr/UpdateExpression.h"

#include "expr/ExpressionError.h"
#include "expr/Parser.h"
#include "expr/Translator.h"
#include "expr/UpdateApplier.h"
#include "expr/Validator.h"

#include <dynoscope/Error.h>

namespace dynoscope::expr {

UpdateExpression UpdateExpression::parse(std::string_view text, ExpressionContext& context)
{
    auto state = std::make_shared<State>();
    try {
        Parser::checkText(text, false);
        state->actions = Parser(text).update();
        Translator::check(state->actions);
        // DynamoDB builds the path tree from all paths before it looks at values.
        Validator validator(context);
        std::vector<Path> paths;
        for (UpdateAction& action : state->actions) {
            validator.path(action.path);
            paths.push_back(action.path);
            state->tree.add(paths, paths.size() - 1);
        }
        for (UpdateAction& action : state->actions) {
            if (action.kind == UpdateAction::Kind::Set) {
                validator.operand(action.value);
            } else if (action.kind != UpdateAction::Kind::Remove) {
                validator.value(action.value);
                Validator::actionValue(action);
            }
        }
    } catch (const ExpressionError& e) {
        throw Error::validation("Invalid UpdateExpression: " + e.message);
    }
    return UpdateExpression(std::move(state));
}

void UpdateExpression::apply(Item& item, bool itemExists) const
{
    UpdateApplier(m_state->actions, m_state->legacy, itemExists).apply(m_state->tree, item);
}

std::vector<std::string> UpdateExpression::updatedAttributes() const
{
    return m_state->tree.topLevelNames();
}

Item UpdateExpression::projectUpdated(const Item& item) const
{
    return m_state->tree.project(item);
}

} // namespace dynoscope::expr
