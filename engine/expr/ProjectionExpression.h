// A ProjectionExpression (or the legacy AttributesToGet): the attributes a
// read returns, applied to each item it reads.
//
//   auto projection = ProjectionExpression::parse(text, context);
//   Item out = projection.apply(item);
#pragma once

#include "expr/PathTree.h"

#include <dynoscope/AttributeValue.h>

#include <boost/json.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dynoscope::expr {

class ExpressionContext;

class ProjectionExpression {
public:
    // Throws Error (ValidationException, "Invalid ProjectionExpression: ...").
    static ProjectionExpression parse(std::string_view text, ExpressionContext& context);
    // AttributesToGet: top-level attribute names, taken literally. Throws
    // Error when a name repeats or is not a string.
    static ProjectionExpression fromAttributesToGet(const boost::json::array& names);

    // item restricted to the projected paths. Nested maps keep their
    // structure; list elements are kept in index order, compacted.
    Item apply(const Item& item) const;
    // The top-level attributes projected, in name order.
    std::vector<std::string> topLevelNames() const;

private:
    explicit ProjectionExpression(std::shared_ptr<const PathTree> tree)
        : m_tree(std::move(tree))
    {
    }

    std::shared_ptr<const PathTree> m_tree;
};

} // namespace dynoscope::expr
