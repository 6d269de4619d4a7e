// A KeyConditionExpression (or the legacy KeyConditions, see
// LegacyConditions): parsed with the condition grammar, reduced to one
// condition per key attribute, then checked against the key schema of the
// table or index queried.
//
//   KeyCondition condition = KeyCondition::parse(text, context);  // before the table is known
//   KeyQuery query = condition.resolve(table.hashKey, table.rangeKey ? &*table.rangeKey : nullptr);
#pragma once

#include "model/TableInfo.h"

#include <dynoscope/AttributeValue.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dynoscope::expr {

class ExpressionContext;
struct Condition;

// The condition on a sort key.
struct SortKeyCondition {
    enum class Op : unsigned char { Equal, Less, LessEqual, Greater, GreaterEqual, Between, BeginsWith };

    Op op = Op::Equal;
    AttributeValue value;
    AttributeValue upper; // BETWEEN's upper bound

    // True when a sort key value satisfies the condition.
    bool matches(const AttributeValue& sortKey) const;
};

// What a Query reads: one partition, optionally a range of sort keys.
struct KeyQuery {
    AttributeValue partitionValue;
    std::optional<SortKeyCondition> sort;
};

class KeyCondition {
public:
    // Throws Error (ValidationException) for an invalid expression, or one
    // that is not a conjunction of key conditions.
    static KeyCondition parse(std::string_view text, ExpressionContext& context);

    // Checks the conditions against the key schema (sortKey null when there
    // is none). Throws Error (ValidationException) with DynamoDB's messages.
    KeyQuery resolve(const KeyAttribute& partitionKey, const KeyAttribute* sortKey) const;

private:
    friend class LegacyConditions;

    // The legacy ComparisonOperators; expressions only yield the first seven.
    enum class Operator : unsigned char {
        EQ,
        LT,
        LE,
        GT,
        GE,
        BETWEEN,
        BEGINS_WITH,
        NE,
        IN,
        NUL,
        NOT_NULL,
        CONTAINS,
        NOT_CONTAINS,
        NOT
    };
    struct Term {
        std::string attribute;
        Operator op = Operator::EQ;
        std::vector<AttributeValue> values;
    };

    // Splits a validated condition into one term per attribute, as DynamoDB
    // does, walking the ANDs. Throws Error.
    static void extract(const Condition& condition, std::vector<Term>& terms);
    static Operator operatorOf(const Condition& condition, std::string* name);
    const Term* find(std::string_view attribute) const;

    std::vector<Term> m_terms;
};

} // namespace dynoscope::expr
