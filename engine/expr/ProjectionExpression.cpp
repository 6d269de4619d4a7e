// Parsing and application of projections.
#include "expr/ProjectionExpression.h"

#include "expr/ExpressionError.h"
#include "expr/Parser.h"
#include "expr/Translator.h"
#include "expr/Validator.h"

#include <dynoscope/Error.h>

namespace dynoscope::expr {

ProjectionExpression ProjectionExpression::parse(std::string_view text, ExpressionContext& context)
{
    auto tree = std::make_shared<PathTree>();
    try {
        Parser::checkText(text, false);
        std::vector<Path> paths = Parser(text).projection();
        Translator::check(paths);
        Validator validator(context);
        for (std::size_t i = 0; i < paths.size(); ++i) {
            validator.path(paths[i]);
            tree->add(paths, i);
        }
    } catch (const ExpressionError& e) {
        throw Error::validation("Invalid ProjectionExpression: " + e.message);
    }
    return ProjectionExpression(std::move(tree));
}

ProjectionExpression ProjectionExpression::fromAttributesToGet(const boost::json::array& names)
{
    auto tree = std::make_shared<PathTree>();
    std::vector<Path> paths;
    for (const boost::json::value& name : names) {
        if (!name.is_string())
            throw Error::serialization("Unexpected value type in payload");
        paths.push_back(Path { { PathElement { std::string(name.get_string()), 0, false, false } }, {} });
        try {
            tree->add(paths, paths.size() - 1);
        } catch (const ExpressionError&) {
            throw Error::validation("One or more parameter values were invalid: Duplicate value in attribute name: "
                + paths.back().elements[0].name);
        }
    }
    return ProjectionExpression(std::move(tree));
}

Item ProjectionExpression::apply(const Item& item) const
{
    return m_tree->project(item);
}

std::vector<std::string> ProjectionExpression::topLevelNames() const
{
    return m_tree->topLevelNames();
}

} // namespace dynoscope::expr
