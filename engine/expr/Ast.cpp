// Naming and rendering helpers of the syntax tree.
#include "expr/Ast.h"

#include "model/Base64.h"

#include <array>

namespace dynoscope::expr {

namespace {

constexpr std::array<std::string_view, 8> kFunctionNames = {
    "attribute_exists",
    "attribute_not_exists",
    "attribute_type",
    "begins_with",
    "contains",
    "size",
    "if_not_exists",
    "list_append",
};

} // namespace

std::strong_ordering PathElement::operator<=>(const PathElement& other) const
{
    if (isIndex != other.isIndex)
        return isIndex ? std::strong_ordering::greater : std::strong_ordering::less;
    if (isIndex)
        return index <=> other.index;
    const int c = name.compare(other.name);
    return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
}

std::string Path::toString() const
{
    std::string text = "[";
    for (std::size_t i = 0; i < elements.size(); ++i) {
        if (i > 0)
            text.append(", ");
        if (elements[i].isIndex)
            text.append("[").append(std::to_string(elements[i].index)).append("]");
        else
            text.append(elements[i].name);
    }
    text.push_back(']');
    return text;
}

std::string_view functionName(Function function)
{
    return kFunctionNames[static_cast<std::size_t>(function)];
}

bool functionFromName(std::string_view name, Function* out)
{
    for (std::size_t i = 0; i < kFunctionNames.size(); ++i) {
        if (kFunctionNames[i] == name) {
            *out = static_cast<Function>(i);
            return true;
        }
    }
    return false;
}

std::string_view comparatorText(Condition::Comparator comparator)
{
    static constexpr std::array<std::string_view, 6> kText = { "=", "<>", "<", "<=", ">", ">=" };
    return kText[static_cast<std::size_t>(comparator)];
}

std::string valueText(const AttributeValue& value)
{
    std::string text = "{";
    text.append(AttributeValue::typeName(value.type())).push_back(':');
    switch (value.type()) {
    case AttributeValue::Type::S:
        text.append(value.str());
        break;
    case AttributeValue::Type::N:
        text.append(value.num().toString());
        break;
    case AttributeValue::Type::B:
        Base64::append(text, value.str());
        break;
    default:
        break; // only S, N and B reach BETWEEN's bound messages
    }
    text.push_back('}');
    return text;
}

} // namespace dynoscope::expr
