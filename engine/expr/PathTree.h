// The document paths of a projection or update expression merged into a tree,
// as DynamoDB builds it: a path that overlaps another (one a prefix of the
// other, or both equal) or conflicts with it (a map key and a list index at
// the same place) is refused. The tree then projects items onto the paths.
#pragma once

#include "expr/Ast.h"

#include <dynoscope/AttributeValue.h>

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dynoscope::expr {

class PathTree {
public:
    struct Node {
        std::map<PathElement, std::unique_ptr<Node>> children;
        std::size_t leaf = kNone; // the path ending here, or kNone
        std::size_t firstPath = 0; // the first path that went through here
    };
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

    // Adds paths[id]; throws ExpressionError when it overlaps or conflicts
    // with one added before. REQUIRES: paths holds every path added so far.
    void add(const std::vector<Path>& paths, std::size_t id);

    const Node& root() const { return m_root; }
    // The top-level attribute names, in order.
    std::vector<std::string> topLevelNames() const;
    // item restricted to the paths: nested maps keep their structure and the
    // selected list elements are kept in index order, compacted.
    Item project(const Item& item) const;

private:
    static std::optional<AttributeValue> project(const AttributeValue& value, const Node& node);

    Node m_root;
};

} // namespace dynoscope::expr
