// An UpdateExpression (or the legacy AttributeUpdates, see LegacyActions),
// parsed and validated once, then applied to items.
//
//   UpdateExpression update = UpdateExpression::parse(text, context);
//   Item item = ...;                 // the old item, or its key when new
//   Item before = update.projectUpdated(item);   // ReturnValues UPDATED_OLD
//   update.apply(item, exists);      // throws Error on a type error
//   Item after = update.projectUpdated(item);    // ReturnValues UPDATED_NEW
#pragma once

#include "expr/Ast.h"
#include "expr/PathTree.h"

#include <dynoscope/AttributeValue.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dynoscope::expr {

class ExpressionContext;

class UpdateExpression {
public:
    // Throws Error (ValidationException, "Invalid UpdateExpression: ...").
    static UpdateExpression parse(std::string_view text, ExpressionContext& context);

    // Applies the update to item. Throws Error (ValidationException) with
    // DynamoDB's message when a value has the wrong type, an attribute the
    // update reads is missing, or a path cannot be updated; item is then left
    // unchanged. itemExists: false when item is only the key of an item the
    // update creates (DynamoDB then ignores "REMOVE a.b" with a missing).
    void apply(Item& item, bool itemExists = true) const;
    // The top-level attributes the update sets or removes, in name order.
    std::vector<std::string> updatedAttributes() const;
    // item restricted to the updated paths, as ReturnValues UPDATED_OLD and
    // UPDATED_NEW report them.
    Item projectUpdated(const Item& item) const;

private:
    friend class LegacyActions;

    struct State {
        std::vector<UpdateAction> actions;
        PathTree tree;
        bool legacy = false;
    };

    explicit UpdateExpression(std::shared_ptr<const State> state)
        : m_state(std::move(state))
    {
    }

    std::shared_ptr<const State> m_state; // shared: copies are cheap and immutable
};

} // namespace dynoscope::expr
