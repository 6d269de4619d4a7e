// Applies a validated update to an item the way DynamoDB does: every value is
// computed from the item as it was before the update, then the changes are
// merged into it along the path tree, so that list indexes always refer to
// the original list (REMOVE a[1], a[3] removes the second and fourth
// elements; SET a[10] on a shorter list appends, in index order).
#pragma once

#include "expr/Ast.h"
#include "expr/PathTree.h"

#include <dynoscope/AttributeValue.h>

#include <optional>
#include <vector>

namespace dynoscope::expr {

class UpdateApplier {
public:
    // legacy: AttributeUpdates semantics (ADD appends to lists) and messages.
    // itemExists: false when the item updated is only the key of an item
    // being created, where DynamoDB ignores removals below missing attributes
    // instead of refusing their paths.
    UpdateApplier(const std::vector<UpdateAction>& actions, bool legacy, bool itemExists)
        : m_actions(actions)
        , m_legacy(legacy)
        , m_itemExists(itemExists)
    {
    }

    // Throws Error (ValidationException) with DynamoDB's messages; item is
    // left unchanged then.
    void apply(const PathTree& tree, Item& item) const;

private:
    bool onlyRemoves(const PathTree::Node& node) const;
    std::optional<AttributeValue> child(
        const PathTree::Node& node, const AttributeValue* old, const Item& original) const;
    AttributeValue descend(const AttributeValue& old, const PathTree::Node& node, const Item& original) const;
    std::optional<AttributeValue> leaf(
        const UpdateAction& action, const AttributeValue* old, const Item& original) const;
    AttributeValue add(const AttributeValue& old, const AttributeValue& operand) const;
    std::optional<AttributeValue> remove(const AttributeValue& old, const AttributeValue& operand) const;
    void checkSameType(const AttributeValue& old, const AttributeValue& operand) const;

    const std::vector<UpdateAction>& m_actions;
    bool m_legacy;
    bool m_itemExists;
};

} // namespace dynoscope::expr
