// Building and projecting path trees.
#include "expr/PathTree.h"

#include "expr/ExpressionError.h"

namespace dynoscope::expr {

namespace {

[[noreturn]] void refuse(std::string_view what, const Path& earlier, const Path& later)
{
    throw ExpressionError { "Two document paths " + std::string(what)
        + " with each other; must remove or rewrite one of these paths; path one: " + earlier.toString()
        + ", path two: " + later.toString() };
}

} // namespace

void PathTree::add(const std::vector<Path>& paths, std::size_t id)
{
    const Path& path = paths[id];
    Node* node = &m_root;
    bool created = false;
    for (const PathElement& element : path.elements) {
        const auto it = node->children.find(element);
        if (it == node->children.end()) {
            if (!node->children.empty() && node->children.begin()->first.isIndex != element.isIndex)
                refuse("conflict", paths[node->children.begin()->second->firstPath], path);
            auto child = std::make_unique<Node>();
            child->firstPath = id;
            node = node->children.emplace(element, std::move(child)).first->second.get();
            created = true;
            continue;
        }
        node = it->second.get();
        created = false;
        if (node->leaf != kNone)
            refuse("overlap", paths[node->leaf], path);
    }
    if (!created)
        refuse("overlap", paths[node->firstPath], path);
    node->leaf = id;
}

std::vector<std::string> PathTree::topLevelNames() const
{
    std::vector<std::string> names;
    for (const auto& [element, child] : m_root.children)
        names.push_back(element.name);
    return names;
}

Item PathTree::project(const Item& item) const
{
    Item result;
    for (const auto& [element, child] : m_root.children) {
        const auto it = item.find(element.name);
        if (it == item.end())
            continue;
        if (child->leaf != kNone) {
            result.emplace(element.name, it->second);
        } else if (std::optional<AttributeValue> v = project(it->second, *child)) {
            result.emplace(element.name, std::move(*v));
        }
    }
    return result;
}

// Null when nothing under node exists in value.
std::optional<AttributeValue> PathTree::project(const AttributeValue& value, const Node& node)
{
    const auto pick = [](const AttributeValue& v, const Node& child) -> std::optional<AttributeValue> {
        if (child.leaf != kNone)
            return v;
        return project(v, child);
    };
    if (value.type() == AttributeValue::Type::M) {
        AttributeMap map;
        for (const auto& [element, child] : node.children) {
            const auto it = element.isIndex ? value.map().end() : value.map().find(element.name);
            if (it == value.map().end())
                continue;
            if (std::optional<AttributeValue> v = pick(it->second, *child))
                map.emplace(element.name, std::move(*v));
        }
        return map.empty() ? std::nullopt : std::optional(AttributeValue::map(std::move(map)));
    }
    if (value.type() == AttributeValue::Type::L) {
        AttributeList list;
        for (const auto& [element, child] : node.children) {
            if (!element.isIndex || element.index >= value.list().size())
                continue;
            if (std::optional<AttributeValue> v = pick(value.list()[element.index], *child))
                list.push_back(std::move(*v));
        }
        return list.empty() ? std::nullopt : std::optional(AttributeValue::list(std::move(list)));
    }
    return std::nullopt;
}

} // namespace dynoscope::expr
