// Evaluation of conditions and update values.
#include "expr/Evaluator.h"

#include <dynoscope/Error.h>

#include <algorithm>

namespace dynoscope::expr {

namespace {

using Type = AttributeValue::Type;

constexpr const char* kMissingAttribute
    = "The provided expression refers to an attribute that does not exist in the item";
constexpr const char* kWrongType = "An operand in the update expression has an incorrect data type";

bool isOrdered(Type t)
{
    return t == Type::S || t == Type::N || t == Type::B;
}

// Three-way comparison of two values of the same ordered type.
int compareOrdered(const AttributeValue& a, const AttributeValue& b)
{
    if (a.type() == Type::N) {
        const auto c = a.num() <=> b.num();
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    return a.str().compare(b.str());
}

bool compare(Condition::Comparator comparator, const AttributeValue* a, const AttributeValue* b)
{
    using C = Condition::Comparator;
    if (comparator == C::Equal || comparator == C::NotEqual) {
        const bool equal = a && b && *a == *b;
        return (comparator == C::Equal) == equal;
    }
    if (!a || !b || a->type() != b->type() || !isOrdered(a->type()))
        return false;
    const int c = compareOrdered(*a, *b);
    switch (comparator) {
    case C::Less:
        return c < 0;
    case C::LessEqual:
        return c <= 0;
    case C::Greater:
        return c > 0;
    default:
        return c >= 0;
    }
}

bool between(const AttributeValue* v, const AttributeValue* lower, const AttributeValue* upper)
{
    if (!v || !lower || !upper || !isOrdered(v->type()) || !isOrdered(lower->type()) || !isOrdered(upper->type()))
        return false;
    return compare(Condition::Comparator::LessEqual, v, upper)
        && compare(Condition::Comparator::GreaterEqual, v, lower);
}

// The length DynamoDB reports for a string: Java's, in UTF-16 code units.
std::size_t utf16Length(const std::string& utf8)
{
    std::size_t length = 0;
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte & 0xC0) != 0x80)
            length += byte >= 0xF0 ? 2 : 1;
    }
    return length;
}

// size(): null for types without a size (N, BOOL, NULL), like a missing value.
const AttributeValue* size(const AttributeValue* v, AttributeValue& scratch)
{
    if (!v)
        return nullptr;
    std::size_t n = 0;
    switch (v->type()) {
    case Type::S:
        n = utf16Length(v->str());
        break;
    case Type::B:
        n = v->str().size();
        break;
    case Type::SS:
    case Type::BS:
        n = v->strings().size();
        break;
    case Type::NS:
        n = v->numbers().size();
        break;
    case Type::L:
        n = v->list().size();
        break;
    case Type::M:
        n = v->map().size();
        break;
    default:
        return nullptr;
    }
    scratch = AttributeValue::number(Number::fromInt(static_cast<std::int64_t>(n)));
    return &scratch;
}

bool contains(const AttributeValue* haystack, const AttributeValue* needle)
{
    if (!haystack || !needle)
        return false;
    switch (haystack->type()) {
    case Type::S:
    case Type::B:
        return needle->type() == haystack->type() && haystack->str().find(needle->str()) != std::string::npos;
    case Type::L:
        return std::find(haystack->list().begin(), haystack->list().end(), *needle) != haystack->list().end();
    case Type::SS:
    case Type::BS: {
        const Type element = haystack->type() == Type::SS ? Type::S : Type::B;
        const auto& set = haystack->strings();
        return needle->type() == element && std::find(set.begin(), set.end(), needle->str()) != set.end();
    }
    case Type::NS: {
        const auto& set = haystack->numbers();
        return needle->type() == Type::N && std::find(set.begin(), set.end(), needle->num()) != set.end();
    }
    default:
        return false;
    }
}

bool beginsWith(const AttributeValue* v, const AttributeValue* prefix)
{
    if (!v || !prefix || v->type() != prefix->type() || (v->type() != Type::S && v->type() != Type::B))
        return false;
    return v->str().starts_with(prefix->str());
}

// Checks an operand of a function or operator that needs a value of one type.
const AttributeValue& require(const std::optional<AttributeValue>& v, Type type)
{
    if (!v)
        throw Error::validation(kMissingAttribute);
    if (v->type() != type)
        throw Error::validation(kWrongType);
    return *v;
}

} // namespace

const AttributeValue* Evaluator::lookup(const Path& path, const Item& item)
{
    const AttributeValue* v = nullptr;
    for (std::size_t i = 0; i < path.elements.size(); ++i) {
        const PathElement& element = path.elements[i];
        if (i == 0) {
            const auto it = item.find(element.name);
            if (it == item.end())
                return nullptr;
            v = &it->second;
        } else if (element.isIndex) {
            if (v->type() != Type::L || element.index >= v->list().size())
                return nullptr;
            v = &v->list()[element.index];
        } else {
            if (v->type() != Type::M)
                return nullptr;
            const auto it = v->map().find(element.name);
            if (it == v->map().end())
                return nullptr;
            v = &it->second;
        }
    }
    return v;
}

bool Evaluator::condition(const Condition& c, const Item& item)
{
    switch (c.kind) {
    case Condition::Kind::Compare: {
        AttributeValue left, right;
        return compare(c.comparator, operand(c.operands[0], item, left), operand(c.operands[1], item, right));
    }
    case Condition::Kind::Between: {
        AttributeValue v, lower, upper;
        return between(
            operand(c.operands[0], item, v), operand(c.operands[1], item, lower), operand(c.operands[2], item, upper));
    }
    case Condition::Kind::In: {
        AttributeValue scratch, candidate;
        const AttributeValue* v = operand(c.operands[0], item, scratch);
        for (std::size_t i = 1; i < c.operands.size(); ++i) {
            if (compare(Condition::Comparator::Equal, v, operand(c.operands[i], item, candidate)))
                return true;
        }
        return false;
    }
    case Condition::Kind::Call:
        return call(c.function, c.operands, item);
    case Condition::Kind::Not:
        return !condition(c.children[0], item);
    case Condition::Kind::And:
        return std::all_of(
            c.children.begin(), c.children.end(), [&item](const Condition& child) { return condition(child, item); });
    case Condition::Kind::Or:
        return std::any_of(
            c.children.begin(), c.children.end(), [&item](const Condition& child) { return condition(child, item); });
    }
    return false;
}

bool Evaluator::call(Function function, const std::vector<Operand>& args, const Item& item)
{
    AttributeValue first, second;
    const AttributeValue* a = operand(args[0], item, first);
    switch (function) {
    case Function::AttributeExists:
        return a != nullptr;
    case Function::AttributeNotExists:
        return a == nullptr;
    case Function::AttributeType:
        return a && AttributeValue::typeName(a->type()) == args[1].value.str();
    case Function::BeginsWith:
        return beginsWith(a, operand(args[1], item, second));
    case Function::Contains:
        return contains(a, operand(args[1], item, second));
    default:
        return false; // size and the update functions are not conditions
    }
}

const AttributeValue* Evaluator::operand(const Operand& o, const Item& item, AttributeValue& scratch)
{
    switch (o.kind) {
    case Operand::Kind::Path:
        return lookup(o.path, item);
    case Operand::Kind::Value:
        return &o.value;
    case Operand::Kind::Call: // only size() yields a value in conditions
        return size(operand(o.args[0], item, scratch), scratch);
    default:
        return nullptr;
    }
}

AttributeValue Evaluator::updateValue(const Operand& o, const Item& item)
{
    std::optional<AttributeValue> v = updateOperand(o, item);
    if (!v)
        throw Error::validation(kMissingAttribute);
    return std::move(*v);
}

// Arguments are evaluated and checked left to right.
std::optional<AttributeValue> Evaluator::updateOperand(const Operand& o, const Item& item)
{
    switch (o.kind) {
    case Operand::Kind::Path:
        if (const AttributeValue* v = lookup(o.path, item))
            return *v;
        return std::nullopt;
    case Operand::Kind::Value:
        return o.value;
    case Operand::Kind::Plus:
    case Operand::Kind::Minus: {
        const std::optional<AttributeValue> a = updateOperand(o.args[0], item);
        const std::optional<AttributeValue> b = updateOperand(o.args[1], item);
        const Number& x = require(a, Type::N).num();
        const Number& y = require(b, Type::N).num();
        return AttributeValue::number(o.kind == Operand::Kind::Plus ? x + y : x - y);
    }
    case Operand::Kind::Call:
        break;
    }
    std::optional<AttributeValue> a = updateOperand(o.args[0], item);
    // if_not_exists only needs its fallback when the path is missing.
    if (o.function == Function::IfNotExists && a)
        return a;
    std::optional<AttributeValue> b = updateOperand(o.args[1], item);
    if (o.function == Function::IfNotExists) {
        if (!b)
            throw Error::validation(kMissingAttribute);
        return b;
    }
    require(a, Type::L);
    require(b, Type::L);
    AttributeList joined = std::move(a->list());
    for (AttributeValue& element : b->list())
        joined.push_back(std::move(element));
    return AttributeValue::list(std::move(joined));
}

} // namespace dynoscope::expr
