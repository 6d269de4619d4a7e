// Validation of expression trees.
#include "expr/Validator.h"

#include "expr/ExpressionContext.h"
#include "expr/ExpressionError.h"
#include "expr/Limits.h"

#include <array>

namespace dynoscope::expr {

namespace {

using Type = AttributeValue::Type;

// Sets of attribute types, one bit per AttributeValue::Type.
using TypeMask = unsigned;

constexpr TypeMask bit(Type t)
{
    return 1U << static_cast<unsigned>(t);
}
constexpr TypeMask kAllTypes = 0x3FF;
constexpr TypeMask kOrdered = bit(Type::S) | bit(Type::N) | bit(Type::B);
constexpr TypeMask kStringOrBinary = bit(Type::S) | bit(Type::B);
constexpr TypeMask kSized
    = bit(Type::S) | bit(Type::B) | bit(Type::SS) | bit(Type::NS) | bit(Type::BS) | bit(Type::L) | bit(Type::M);

// The types an operand may have, as DynamoDB infers them before evaluation.
TypeMask possibleTypes(const Operand& o)
{
    switch (o.kind) {
    case Operand::Kind::Value:
        return bit(o.value.type());
    case Operand::Kind::Call:
        if (o.function == Function::Size)
            return bit(Type::N);
        if (o.function == Function::ListAppend)
            return bit(Type::L);
        return kAllTypes; // if_not_exists: the translator admits no other call here
    case Operand::Kind::Plus:
    case Operand::Kind::Minus:
        return bit(Type::N);
    case Operand::Kind::Path:
        break;
    }
    return kAllTypes;
}

// DynamoDB names a single type by its symbol and any type by a set, listed in
// the order its service prints that set.
std::string typeText(TypeMask mask)
{
    if (mask == kAllTypes)
        return "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}";
    for (unsigned t = 0; t < 10; ++t) {
        if (mask == (1U << t))
            return std::string(AttributeValue::typeName(static_cast<Type>(t)));
    }
    return {};
}

TypeMask operandTypes(Function f)
{
    switch (f) {
    case Function::BeginsWith:
        return kStringOrBinary;
    case Function::Size:
        return kSized;
    case Function::ListAppend:
        return bit(Type::L);
    default:
        return kAllTypes;
    }
}

std::size_t arity(Function f)
{
    switch (f) {
    case Function::AttributeExists:
    case Function::AttributeNotExists:
    case Function::Size:
        return 1;
    default:
        return 2;
    }
}

[[noreturn]] void wrongType(std::string_view op, const Operand& operand)
{
    throw ExpressionError { "Incorrect operand type for operator or function; operator or function: " + std::string(op)
        + ", operand type: " + typeText(possibleTypes(operand)) };
}

void checkTypes(std::string_view op, const std::vector<Operand>& operands, TypeMask allowed)
{
    for (const Operand& operand : operands) {
        if ((possibleTypes(operand) & allowed) == 0)
            wrongType(op, operand);
    }
}

// Operators that take a path first refuse the same path again.
void checkDistinct(std::string_view op, const std::vector<Operand>& operands)
{
    if (operands.size() < 2 || operands[0].kind != Operand::Kind::Path)
        return;
    for (std::size_t i = 1; i < operands.size(); ++i) {
        if (operands[i].kind == Operand::Kind::Path && operands[i].path == operands[0].path)
            throw ExpressionError {
                "The first operand must be distinct from the remaining operands for this operator or "
                "function; operator: "
                + std::string(op) + ", first operand: " + operands[0].path.toString()
            };
    }
}

void checkPathOperand(Function f, const Operand& operand)
{
    if (operand.kind != Operand::Kind::Path)
        throw ExpressionError { "Operator or function requires a document path; operator or function: "
            + std::string(functionName(f)) };
}

void checkAttributeType(const Operand& typeOperand)
{
    if (typeOperand.kind != Operand::Kind::Value || typeOperand.value.type() != Type::S)
        wrongType("attribute_type", typeOperand);
    Type type {};
    if (!AttributeValue::typeFromName(typeOperand.value.str(), &type))
        throw ExpressionError { "Invalid attribute type name found; type: " + typeOperand.value.str()
            + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}" };
}

void checkBetweenBounds(const Operand& lower, const Operand& upper)
{
    if (lower.kind != Operand::Kind::Value || upper.kind != Operand::Kind::Value)
        return;
    const AttributeValue& lo = lower.value;
    const AttributeValue& hi = upper.value;
    const std::string bounds = "; lower bound operand: AttributeValue: " + valueText(lo)
        + ", upper bound operand: AttributeValue: " + valueText(hi);
    if (lo.type() != hi.type())
        throw ExpressionError { "The BETWEEN operator requires same data type for lower and upper bounds" + bounds };
    const bool reversed = lo.type() == Type::N ? hi.num() < lo.num() : hi.str() < lo.str();
    if (reversed)
        throw ExpressionError { "The BETWEEN operator requires upper bound to be greater than or equal to lower bound"
            + bounds };
}

void checkCall(Function f, const std::vector<Operand>& args)
{
    const std::string_view name = functionName(f);
    if (args.size() != arity(f))
        throw ExpressionError { "Incorrect number of operands for operator or function; operator or function: "
            + std::string(name) + ", number of operands: " + std::to_string(args.size()) };
    checkTypes(name, args, operandTypes(f));
    if (f != Function::ListAppend)
        checkDistinct(name, args);
    if (f == Function::AttributeExists || f == Function::AttributeNotExists || f == Function::IfNotExists)
        checkPathOperand(f, args[0]);
    else if (f == Function::AttributeType)
        checkAttributeType(args[1]);
}

// DynamoDB's own names of the types, used in ADD and DELETE messages.
std::string_view longTypeName(Type t)
{
    static constexpr std::array<std::string_view, 10> kNames = {
        "STRING",
        "NUMBER",
        "BINARY",
        "BOOLEAN",
        "NULL",
        "MAP",
        "LIST",
        "STRING_SET",
        "NUMBER_SET",
        "BINARY_SET",
    };
    return kNames[static_cast<std::size_t>(t)];
}

} // namespace

void Validator::condition(Condition& c)
{
    for (Operand& o : c.operands)
        operand(o);
    for (Condition& child : c.children)
        condition(child);
    switch (c.kind) {
    case Condition::Kind::Compare: {
        const std::string_view op = comparatorText(c.comparator);
        const bool ordered
            = c.comparator != Condition::Comparator::Equal && c.comparator != Condition::Comparator::NotEqual;
        checkTypes(op, c.operands, ordered ? kOrdered : kAllTypes);
        checkDistinct(op, c.operands);
        break;
    }
    case Condition::Kind::Between:
        checkTypes("BETWEEN", c.operands, kOrdered);
        checkDistinct("BETWEEN", c.operands);
        checkBetweenBounds(c.operands[1], c.operands[2]);
        break;
    case Condition::Kind::In:
        checkDistinct("IN", c.operands);
        if (c.operands.size() - 1 > kMaxInOperands)
            throw ExpressionError { "The IN operator is provided with too many operands; number of operands: "
                + std::to_string(c.operands.size() - 1) };
        break;
    case Condition::Kind::Call:
        checkCall(c.function, c.operands);
        break;
    case Condition::Kind::Not:
    case Condition::Kind::And:
    case Condition::Kind::Or:
        break;
    }
    countOperator();
}

void Validator::operand(Operand& o)
{
    switch (o.kind) {
    case Operand::Kind::Path:
        path(o.path);
        return;
    case Operand::Kind::Value:
        value(o);
        return;
    case Operand::Kind::Call:
        for (Operand& arg : o.args)
            operand(arg);
        checkCall(o.function, o.args);
        break;
    case Operand::Kind::Plus:
    case Operand::Kind::Minus:
        for (Operand& arg : o.args)
            operand(arg);
        checkTypes(o.kind == Operand::Kind::Plus ? "+" : "-", o.args, bit(Type::N));
        break;
    }
    countOperator();
}

void Validator::path(Path& p)
{
    if (p.elements.size() > kMaxPathDepth)
        throw ExpressionError { "The document path has too many nesting levels; nesting levels: "
            + std::to_string(p.elements.size()) };
    for (PathElement& element : p.elements) {
        if (!element.isPlaceholder)
            continue;
        const std::string* name = m_context.name(element.name);
        if (!name)
            throw ExpressionError { "An expression attribute name used in the document path is not defined; attribute "
                                    "name: "
                + element.name };
        element.name = *name;
        element.isPlaceholder = false;
    }
}

void Validator::value(Operand& o)
{
    const AttributeValue* v = m_context.value(o.placeholder);
    if (!v)
        throw ExpressionError { "An expression attribute value used in expression is not defined; attribute value: "
            + o.placeholder };
    o.value = *v;
}

void Validator::actionValue(const UpdateAction& action)
{
    const Type type = action.value.value.type();
    const bool isSet = type == Type::SS || type == Type::NS || type == Type::BS;
    if (action.kind == UpdateAction::Kind::Add && !isSet && type != Type::N)
        throw ExpressionError { "Incorrect operand type for operator or function; operator: ADD, operand type: "
            + std::string(longTypeName(type)) + ", typeSet: ALLOWED_FOR_ADD_OPERAND" };
    if (action.kind == UpdateAction::Kind::Delete && !isSet)
        throw ExpressionError { "Incorrect operand type for operator or function; operator: DELETE, operand type: "
            + std::string(longTypeName(type)) + ", typeSet: ALLOWED_FOR_DELETE_OPERAND" };
}

void Validator::countOperator()
{
    if (++m_operators > kMaxOperators)
        throw ExpressionError { "The expression contains too many operators; operator count: "
            + std::to_string(m_operators) };
}

} // namespace dynoscope::expr
