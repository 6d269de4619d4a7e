// Conversion and validation of the legacy conditional parameters. The
// messages are those DynamoDB (and its downloadable version) give.
#include "expr/LegacyConditions.h"

#include "expr/Ast.h"
#include "model/WireJson.h"

#include <dynoscope/Error.h>

#include <array>
#include <memory>
#include <vector>

namespace dynoscope::expr {

namespace {

using Type = AttributeValue::Type;
namespace json = boost::json;

constexpr const char* kInvalid = "One or more parameter values were invalid: ";

enum class Op { EQ, NE, LE, LT, GE, GT, NOT_NULL, NUL, CONTAINS, NOT_CONTAINS, BEGINS_WITH, IN, BETWEEN };

constexpr std::array<std::string_view, 13> kOpNames = {
    "EQ",
    "NE",
    "LE",
    "LT",
    "GE",
    "GT",
    "NOT_NULL",
    "NULL",
    "CONTAINS",
    "NOT_CONTAINS",
    "BEGINS_WITH",
    "IN",
    "BETWEEN",
};

std::string_view opName(Op op)
{
    return kOpNames[static_cast<std::size_t>(op)];
}

// A member of the request that must be an object.
const json::object& objectOf(const json::value& v)
{
    if (!v.is_object())
        throw Error::serialization(
            v.is_array() ? "Start of list found where not expected" : "Unexpected value type in payload");
    return v.get_object();
}

// The ComparisonOperator of a condition, or a violation of its enum in
// DynamoDB's request validation wording.
Op operatorOf(const json::value& v, const std::string& path)
{
    if (!v.is_string())
        throw Error::serialization("Unexpected value type in payload");
    const std::string_view name = v.get_string();
    for (std::size_t i = 0; i < kOpNames.size(); ++i) {
        if (kOpNames[i] == name)
            return static_cast<Op>(i);
    }
    throw Error::validation("1 validation error detected: Value '" + std::string(name) + "' at '" + path
        + "' failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, "
          "LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]");
}

std::vector<AttributeValue> valueList(const json::value* list)
{
    std::vector<AttributeValue> values;
    if (!list || list->is_null())
        return values;
    if (!list->is_array())
        throw Error::serialization("Unexpected value type in payload");
    for (const json::value& v : list->get_array())
        values.push_back(WireJson::decodeValue(v));
    return values;
}

bool typeAllowed(Op op, Type type)
{
    switch (op) {
    case Op::EQ:
    case Op::NE:
        return true;
    case Op::BEGINS_WITH:
        return type == Type::S || type == Type::B;
    default:
        return type == Type::S || type == Type::N || type == Type::B;
    }
}

// The argument checks shared by every legacy condition.
void checkArguments(Op op, const std::vector<AttributeValue>& values)
{
    std::size_t wanted = 1;
    if (op == Op::NUL || op == Op::NOT_NULL)
        wanted = 0;
    else if (op == Op::BETWEEN)
        wanted = 2;
    const bool countOk = op == Op::IN ? !values.empty() : values.size() == wanted;
    if (!countOk)
        throw Error::validation(std::string(kInvalid) + "Invalid number of argument(s) for the "
            + std::string(opName(op)) + " ComparisonOperator");
    for (const AttributeValue& v : values) {
        if (v.type() != values[0].type())
            throw Error::validation(
                std::string(kInvalid) + "AttributeValues inside AttributeValueList must be of same type");
    }
    for (const AttributeValue& v : values) {
        if (!typeAllowed(op, v.type()))
            throw Error::validation(std::string(kInvalid) + "ComparisonOperator " + std::string(opName(op))
                + " is not valid for " + std::string(AttributeValue::typeName(v.type())) + " AttributeValue type");
    }
    if (op == Op::BETWEEN) {
        const AttributeValue& lo = values[0];
        const AttributeValue& hi = values[1];
        const bool reversed = lo.type() == Type::N ? hi.num() < lo.num() : hi.str() < lo.str();
        if (reversed)
            throw Error::validation("The BETWEEN condition was provided a range where the lower bound is greater than "
                                    "the upper bound");
    }
}

Operand pathOperand(const std::string& attribute)
{
    Operand o;
    o.path.elements.push_back(PathElement { attribute, 0, false, false });
    return o;
}

Operand valueOperand(AttributeValue v)
{
    Operand o;
    o.kind = Operand::Kind::Value;
    o.value = std::move(v);
    return o;
}

Condition call(Function f, const std::string& attribute, std::vector<AttributeValue> values = {})
{
    Condition c;
    c.kind = Condition::Kind::Call;
    c.function = f;
    c.operands.push_back(pathOperand(attribute));
    for (AttributeValue& v : values)
        c.operands.push_back(valueOperand(std::move(v)));
    return c;
}

// The expression equivalent of one legacy condition.
Condition toCondition(const std::string& attribute, Op op, std::vector<AttributeValue> values)
{
    static constexpr std::array<Condition::Comparator, 6> kComparators = {
        Condition::Comparator::Equal,
        Condition::Comparator::NotEqual,
        Condition::Comparator::LessEqual,
        Condition::Comparator::Less,
        Condition::Comparator::GreaterEqual,
        Condition::Comparator::Greater,
    };
    Condition c;
    switch (op) {
    case Op::NUL:
        return call(Function::AttributeNotExists, attribute);
    case Op::NOT_NULL:
        return call(Function::AttributeExists, attribute);
    case Op::CONTAINS:
        return call(Function::Contains, attribute, std::move(values));
    case Op::BEGINS_WITH:
        return call(Function::BeginsWith, attribute, std::move(values));
    case Op::NOT_CONTAINS: {
        // An absent attribute does not satisfy NOT_CONTAINS.
        Condition negation;
        negation.kind = Condition::Kind::Not;
        negation.children.push_back(call(Function::Contains, attribute, std::move(values)));
        c.kind = Condition::Kind::And;
        c.children.push_back(call(Function::AttributeExists, attribute));
        c.children.push_back(std::move(negation));
        return c;
    }
    case Op::IN:
    case Op::BETWEEN:
        c.kind = op == Op::IN ? Condition::Kind::In : Condition::Kind::Between;
        break;
    default:
        c.kind = Condition::Kind::Compare;
        c.comparator = kComparators[static_cast<std::size_t>(op)];
        break;
    }
    c.operands.push_back(pathOperand(attribute));
    for (AttributeValue& v : values)
        c.operands.push_back(valueOperand(std::move(v)));
    return c;
}

// Joins the conditions with ConditionalOperator (AND by default); null
// when there are none.
std::shared_ptr<const Condition> join(
    std::vector<Condition> conditions, const std::optional<std::string>& conditionalOperator)
{
    bool isOr = false;
    if (conditionalOperator) {
        if (*conditionalOperator != "AND" && *conditionalOperator != "OR")
            throw Error::validation("1 validation error detected: Value '" + *conditionalOperator
                + "' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum "
                  "value set: [AND, OR]");
        if (conditions.empty())
            throw Error::validation("ConditionalOperator cannot be used without Filter or Expected");
        if (conditions.size() == 1)
            throw Error::validation("ConditionalOperator can only be used when Filter or Expected has two or more "
                                    "elements");
        isOr = *conditionalOperator == "OR";
    }
    if (conditions.empty())
        return nullptr;
    if (conditions.size() == 1)
        return std::make_shared<Condition>(std::move(conditions[0]));
    auto root = std::make_shared<Condition>();
    root->kind = isOr ? Condition::Kind::Or : Condition::Kind::And;
    root->children = std::move(conditions);
    return root;
}

std::string lowerFirst(std::string_view member)
{
    std::string path(member);
    if (!path.empty() && path[0] >= 'A' && path[0] <= 'Z')
        path[0] = static_cast<char>(path[0] - 'A' + 'a');
    return path;
}

struct LegacyCondition {
    std::string attribute;
    Op op = Op::EQ;
    std::vector<AttributeValue> values;
};

// The conditions of QueryFilter, ScanFilter or KeyConditions, in request
// order. The request's shape and enums are checked before the arguments.
std::vector<LegacyCondition> readConditions(const json::object& conditions, std::string_view member)
{
    std::vector<LegacyCondition> result;
    for (const auto& [key, v] : conditions) {
        if (v.is_null())
            continue; // refused below, after the request-wide checks
        const std::string path = lowerFirst(member) + "." + std::string(key) + ".member.comparisonOperator";
        const json::value* op = objectOf(v).if_contains("ComparisonOperator");
        if (!op || op->is_null())
            throw Error::validation("1 validation error detected: Value null at '" + path
                + "' failed to satisfy constraint: Member must not be null");
        result.push_back({ std::string(key), operatorOf(*op, path), {} });
    }
    auto condition = result.begin();
    for (const auto& [key, v] : conditions) {
        if (v.is_null())
            throw Error::validation("The filter condition for an attribute cannot be null: " + std::string(key));
        condition->values = valueList(v.get_object().if_contains("AttributeValueList"));
        checkArguments(condition->op, condition->values);
        ++condition;
    }
    return result;
}

const json::value* member(const json::object& object, std::string_view name)
{
    const json::value* v = object.if_contains(name);
    return v && !v->is_null() ? v : nullptr;
}

// One entry of Expected, checked in DynamoDB's order.
Condition expectedCondition(const std::string& attribute, const json::object& entry)
{
    const json::value* exists = member(entry, "Exists");
    const json::value* value = member(entry, "Value");
    const json::value* list = member(entry, "AttributeValueList");
    const json::value* opName = member(entry, "ComparisonOperator");
    const std::string where = " for Attribute: " + attribute;
    if (exists && !exists->is_bool())
        throw Error::serialization("Unexpected value type in payload");
    if (exists && opName)
        throw Error::validation(
            kInvalid + std::string("Exists and ComparisonOperator cannot be used together") + where);
    if (value && list)
        throw Error::validation(kInvalid + std::string("Value and AttributeValueList cannot be used together") + where);
    if (!opName && list)
        throw Error::validation(
            kInvalid + std::string("AttributeValueList can only be used with a ComparisonOperator") + where);
    if (exists && !exists->get_bool() && value)
        throw Error::validation(kInvalid + std::string("Value cannot be used when Exists is false") + where);
    const std::string path = "expected." + attribute + ".member.comparisonOperator";
    const std::optional<Op> op = opName ? std::optional(operatorOf(*opName, path)) : std::nullopt;
    if (!value && !list) {
        if (op && *op != Op::NUL && *op != Op::NOT_NULL)
            throw Error::validation(kInvalid
                + std::string("Value or AttributeValueList must be used with ComparisonOperator: ")
                + std::string(opName->get_string()) + where);
        if (!op && !exists)
            throw Error::validation(kInvalid + std::string("Value must be provided when Exists is null") + where);
        if (!op && exists->get_bool())
            throw Error::validation(kInvalid + std::string("Value must be provided when Exists is true") + where);
    }
    std::vector<AttributeValue> values;
    if (value)
        values.push_back(WireJson::decodeFieldValue(*value));
    else
        values = valueList(list);
    if (op) {
        checkArguments(*op, values);
        return toCondition(attribute, *op, std::move(values));
    }
    if (values.empty())
        return call(Function::AttributeNotExists, attribute);
    return toCondition(attribute, Op::EQ, std::move(values));
}

} // namespace

ConditionExpression LegacyConditions::expected(
    const json::object* expected, const std::optional<std::string>& conditionalOperator)
{
    std::vector<Condition> conditions;
    if (expected) {
        for (const auto& [key, v] : *expected) {
            if (v.is_null())
                throw Error::validation(kInvalid
                    + std::string("ExpectedAttributeValue must not be null for Attribute: ") + std::string(key));
            objectOf(v);
        }
        for (const auto& [key, v] : *expected)
            conditions.push_back(expectedCondition(std::string(key), v.get_object()));
    }
    return ConditionExpression(join(std::move(conditions), conditionalOperator));
}

ConditionExpression LegacyConditions::filter(
    const json::object* filter, const std::optional<std::string>& conditionalOperator, std::string_view member)
{
    std::vector<Condition> conditions;
    if (filter) {
        for (LegacyCondition& condition : readConditions(*filter, member))
            conditions.push_back(toCondition(condition.attribute, condition.op, std::move(condition.values)));
    }
    return ConditionExpression(join(std::move(conditions), conditionalOperator));
}

KeyCondition LegacyConditions::keyConditions(const json::object& conditions)
{
    static constexpr std::array<KeyCondition::Operator, 13> kOperators = {
        KeyCondition::Operator::EQ,
        KeyCondition::Operator::NE,
        KeyCondition::Operator::LE,
        KeyCondition::Operator::LT,
        KeyCondition::Operator::GE,
        KeyCondition::Operator::GT,
        KeyCondition::Operator::NOT_NULL,
        KeyCondition::Operator::NUL,
        KeyCondition::Operator::CONTAINS,
        KeyCondition::Operator::NOT_CONTAINS,
        KeyCondition::Operator::BEGINS_WITH,
        KeyCondition::Operator::IN,
        KeyCondition::Operator::BETWEEN,
    };
    KeyCondition result;
    for (LegacyCondition& condition : readConditions(conditions, "KeyConditions"))
        result.m_terms.push_back(
            { condition.attribute, kOperators[static_cast<std::size_t>(condition.op)], std::move(condition.values) });
    return result;
}

} // namespace dynoscope::expr
