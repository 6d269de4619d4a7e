// Key conditions: extraction from an expression and the key schema checks of
// Query.
#include "expr/KeyCondition.h"

#include "expr/Ast.h"
#include "expr/ExpressionError.h"
#include "expr/Parser.h"
#include "expr/Translator.h"
#include "expr/Validator.h"

#include <dynoscope/Error.h>

namespace dynoscope::expr {

namespace {

using Type = AttributeValue::Type;

[[noreturn]] void invalidCondition(const std::string& why)
{
    throw Error::validation("Invalid condition in KeyConditionExpression: " + why);
}

// ":v < k" is "k > :v".
template <typename Op> Op reversed(Op op)
{
    switch (op) {
    case Op::LT:
        return Op::GT;
    case Op::GT:
        return Op::LT;
    case Op::LE:
        return Op::GE;
    case Op::GE:
        return Op::LE;
    default:
        return op;
    }
}

int compareValues(const AttributeValue& a, const AttributeValue& b)
{
    if (a.type() == Type::N) {
        const auto c = a.num() <=> b.num();
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    return a.str().compare(b.str());
}

} // namespace

bool SortKeyCondition::matches(const AttributeValue& sortKey) const
{
    if (sortKey.type() != value.type())
        return false;
    const int c = compareValues(sortKey, value);
    switch (op) {
    case Op::Equal:
        return c == 0;
    case Op::Less:
        return c < 0;
    case Op::LessEqual:
        return c <= 0;
    case Op::Greater:
        return c > 0;
    case Op::GreaterEqual:
        return c >= 0;
    case Op::Between:
        return c >= 0 && compareValues(sortKey, upper) <= 0;
    case Op::BeginsWith:
        return sortKey.type() != Type::N && sortKey.str().starts_with(value.str());
    }
    return false;
}

// Maps a condition to its ComparisonOperator; NOT (with *name set) for the
// operators a key condition cannot use.
KeyCondition::Operator KeyCondition::operatorOf(const Condition& c, std::string* name)
{
    switch (c.kind) {
    case Condition::Kind::Compare: {
        static constexpr Operator kOps[]
            = { Operator::EQ, Operator::NE, Operator::LT, Operator::LE, Operator::GT, Operator::GE };
        *name = comparatorText(c.comparator);
        const Operator op = kOps[static_cast<int>(c.comparator)];
        return op == Operator::NE ? Operator::NOT : op;
    }
    case Condition::Kind::Between:
        *name = "BETWEEN";
        return Operator::BETWEEN;
    case Condition::Kind::Call:
        *name = functionName(c.function);
        return c.function == Function::BeginsWith ? Operator::BEGINS_WITH : Operator::NOT;
    case Condition::Kind::In:
        *name = "IN";
        return Operator::NOT;
    case Condition::Kind::Not:
        *name = "NOT";
        return Operator::NOT;
    default:
        *name = "OR";
        return Operator::NOT;
    }
}

void KeyCondition::extract(const Condition& c, std::vector<Term>& terms)
{
    if (c.kind == Condition::Kind::And) {
        for (const Condition& child : c.children)
            extract(child, terms);
        return;
    }
    std::string name;
    Operator op = operatorOf(c, &name);
    if (op == Operator::NOT)
        throw Error::validation("Invalid operator used in KeyConditionExpression: " + name);
    Term term;
    bool haveAttribute = false;
    for (const Operand& operand : c.operands) {
        if (operand.kind == Operand::Kind::Path) {
            if (haveAttribute)
                invalidCondition("Multiple attribute names used in one condition");
            if (operand.path.elements.size() > 1)
                throw Error::validation("KeyConditionExpressions cannot have conditions on nested attributes");
            term.attribute = operand.path.elements[0].name;
            haveAttribute = true;
        } else if (operand.kind == Operand::Kind::Value) {
            if (!haveAttribute) {
                if (op == Operator::BETWEEN || op == Operator::BEGINS_WITH)
                    invalidCondition(name + " operator must have the key attribute as its first operand");
                op = reversed(op);
            }
            term.values.push_back(operand.value);
        } else {
            throw Error::validation("KeyConditionExpressions cannot contain nested operations");
        }
    }
    if (!haveAttribute)
        invalidCondition("No key attribute specified");
    for (const Term& other : terms) {
        if (other.attribute == term.attribute)
            throw Error::validation("KeyConditionExpressions must only contain one condition per key");
    }
    term.op = op;
    terms.push_back(std::move(term));
}

KeyCondition KeyCondition::parse(std::string_view text, ExpressionContext& context)
{
    Condition root;
    try {
        Parser::checkText(text, false);
        root = Parser(text).condition();
        Translator::check(root);
        Validator(context).condition(root);
    } catch (const ExpressionError& e) {
        throw Error::validation("Invalid KeyConditionExpression: " + e.message);
    }
    KeyCondition condition;
    extract(root, condition.m_terms);
    return condition;
}

const KeyCondition::Term* KeyCondition::find(std::string_view attribute) const
{
    for (const Term& term : m_terms) {
        if (term.attribute == attribute)
            return &term;
    }
    return nullptr;
}

KeyQuery KeyCondition::resolve(const KeyAttribute& partitionKey, const KeyAttribute* sortKey) const
{
    const auto indexable = [](Operator op) { return op <= Operator::BEGINS_WITH; };
    const auto checkTypes = [](const Term& term, Type type) {
        for (const AttributeValue& v : term.values) {
            if (v.type() != type)
                throw Error::validation(
                    "One or more parameter values were invalid: Condition parameter type does not match schema type");
        }
    };
    if (m_terms.empty() || m_terms.size() > 2)
        throw Error::validation("Conditions can be of length 1 or 2 only");
    if (m_terms.size() > (sortKey ? 2U : 1U))
        throw Error::validation("Query key condition not supported");
    const Term* hash = find(partitionKey.name);
    if (!hash)
        throw Error::validation("Query condition missed key schema element: " + partitionKey.name);
    if (!indexable(hash->op))
        throw Error::validation("Attempted conditional constraint is not an indexable operation");
    checkTypes(*hash, partitionKey.type);
    if (hash->op != Operator::EQ)
        throw Error::validation("Query key condition not supported");
    KeyQuery query;
    query.partitionValue = hash->values[0];
    if (!sortKey)
        return query;
    const Term* range = find(sortKey->name);
    if (!range) {
        if (m_terms.size() > 1)
            throw Error::validation("Query condition missed key schema element: " + sortKey->name);
        return query;
    }
    if (!indexable(range->op))
        throw Error::validation("Attempted conditional constraint is not an indexable operation");
    checkTypes(*range, sortKey->type);
    SortKeyCondition sort;
    sort.op = static_cast<SortKeyCondition::Op>(range->op);
    sort.value = range->values[0];
    if (range->op == Operator::BETWEEN)
        sort.upper = range->values[1];
    query.sort = std::move(sort);
    return query;
}

} // namespace dynoscope::expr
