// Application of update actions.
#include "expr/UpdateApplier.h"

#include "expr/Evaluator.h"
#include "model/WireJson.h"

#include <dynoscope/Error.h>

#include <algorithm>
#include <map>
#include <utility>

namespace dynoscope::expr {

namespace {

using Type = AttributeValue::Type;

constexpr const char* kInvalidPath = "The document path provided in the update expression is invalid for update";

// Nesting levels of a value, the attribute itself being level 1.
int depth(const AttributeValue& v)
{
    int deepest = 0;
    if (v.type() == Type::M) {
        for (const auto& [name, child] : v.map())
            deepest = std::max(deepest, depth(child));
    } else if (v.type() == Type::L) {
        for (const AttributeValue& child : v.list())
            deepest = std::max(deepest, depth(child));
    }
    return deepest + 1;
}

template <typename T> void unite(std::vector<T>& set, const std::vector<T>& more)
{
    for (const T& element : more) {
        if (std::find(set.begin(), set.end(), element) == set.end())
            set.push_back(element);
    }
}

template <typename T> void subtract(std::vector<T>& set, const std::vector<T>& less)
{
    std::erase_if(
        set, [&less](const T& element) { return std::find(less.begin(), less.end(), element) != less.end(); });
}

} // namespace

void UpdateApplier::apply(const PathTree& tree, Item& item) const
{
    // All new values are computed before the item changes.
    std::vector<std::pair<const std::string*, std::optional<AttributeValue>>> results;
    for (const auto& [element, node] : tree.root().children) {
        const auto it = item.find(element.name);
        results.emplace_back(&element.name, child(*node, it == item.end() ? nullptr : &it->second, item));
    }
    for (const auto& [name, value] : results) {
        if (value && depth(*value) > WireJson::kMaxNestingLevels)
            throw Error::validation("Nesting Levels have exceeded supported limits");
    }
    for (auto& [name, value] : results) {
        if (value)
            item.insert_or_assign(*name, std::move(*value));
        else
            item.erase(*name);
    }
}

// The new value at node, whose old value is old (null when absent); nullopt
// when the value is removed.
std::optional<AttributeValue> UpdateApplier::child(
    const PathTree::Node& node, const AttributeValue* old, const Item& original) const
{
    if (node.leaf != PathTree::kNone)
        return leaf(m_actions[node.leaf], old, original);
    if (!old) {
        // Nothing to remove below a missing attribute of a new item.
        if (!m_itemExists && onlyRemoves(node))
            return std::nullopt;
        throw Error::validation(kInvalidPath);
    }
    return descend(*old, node, original);
}

bool UpdateApplier::onlyRemoves(const PathTree::Node& node) const
{
    if (node.leaf != PathTree::kNone)
        return m_actions[node.leaf].kind == UpdateAction::Kind::Remove;
    return std::all_of(
        node.children.begin(), node.children.end(), [this](const auto& entry) { return onlyRemoves(*entry.second); });
}

AttributeValue UpdateApplier::descend(const AttributeValue& old, const PathTree::Node& node, const Item& original) const
{
    if (old.type() == Type::M) {
        AttributeMap map = old.map();
        for (const auto& [element, next] : node.children) {
            if (element.isIndex)
                throw Error::validation(kInvalidPath);
            const auto it = old.map().find(element.name);
            std::optional<AttributeValue> v = child(*next, it == old.map().end() ? nullptr : &it->second, original);
            if (v)
                map.insert_or_assign(element.name, std::move(*v));
            else
                map.erase(element.name);
        }
        return AttributeValue::map(std::move(map));
    }
    if (old.type() != Type::L)
        throw Error::validation(kInvalidPath);
    const AttributeList& list = old.list();
    std::vector<std::optional<AttributeValue>> slots(list.begin(), list.end());
    std::map<std::uint32_t, AttributeValue> appended; // indexes past the end, in order
    for (const auto& [element, next] : node.children) {
        if (!element.isIndex)
            throw Error::validation(kInvalidPath);
        const bool inRange = element.index < list.size();
        std::optional<AttributeValue> v = child(*next, inRange ? &list[element.index] : nullptr, original);
        if (inRange)
            slots[element.index] = std::move(v);
        else if (v)
            appended.emplace(element.index, std::move(*v));
    }
    AttributeList result;
    for (std::optional<AttributeValue>& slot : slots) {
        if (slot)
            result.push_back(std::move(*slot));
    }
    for (auto& [index, v] : appended)
        result.push_back(std::move(v));
    return AttributeValue::list(std::move(result));
}

std::optional<AttributeValue> UpdateApplier::leaf(
    const UpdateAction& action, const AttributeValue* old, const Item& original) const
{
    switch (action.kind) {
    case UpdateAction::Kind::Set:
        return Evaluator::updateValue(action.value, original);
    case UpdateAction::Kind::Remove:
        return std::nullopt;
    case UpdateAction::Kind::Add:
        return old ? add(*old, action.value.value) : action.value.value;
    case UpdateAction::Kind::Delete:
        return old ? remove(*old, action.value.value) : std::nullopt;
    }
    return std::nullopt;
}

void UpdateApplier::checkSameType(const AttributeValue& old, const AttributeValue& operand) const
{
    if (old.type() != operand.type())
        throw Error::validation(m_legacy ? "Type mismatch for attribute to update"
                                         : "An operand in the update expression has an incorrect data type");
}

// ADD: a number is added, a set united; AttributeUpdates also appends lists.
AttributeValue UpdateApplier::add(const AttributeValue& old, const AttributeValue& operand) const
{
    checkSameType(old, operand);
    AttributeValue result = old;
    switch (operand.type()) {
    case Type::N:
        return AttributeValue::number(old.num() + operand.num());
    case Type::NS:
        unite(result.numbers(), operand.numbers());
        break;
    case Type::L:
        result.list().insert(result.list().end(), operand.list().begin(), operand.list().end());
        break;
    default:
        unite(result.strings(), operand.strings());
        break;
    }
    return result;
}

// DELETE: the elements are taken out of the set, which goes away once empty.
std::optional<AttributeValue> UpdateApplier::remove(const AttributeValue& old, const AttributeValue& operand) const
{
    checkSameType(old, operand);
    AttributeValue result = old;
    bool empty = false;
    if (operand.type() == Type::NS) {
        subtract(result.numbers(), operand.numbers());
        empty = result.numbers().empty();
    } else {
        subtract(result.strings(), operand.strings());
        empty = result.strings().empty();
    }
    if (empty)
        return std::nullopt;
    return result;
}

} // namespace dynoscope::expr
