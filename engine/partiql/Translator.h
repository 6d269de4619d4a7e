// Turns a parsed PartiQL statement into the DynamoDB request that does its
// work: a SELECT into a Query (when the WHERE fixes the partition key with an
// equality) or a Scan with a FilterExpression, INSERT/UPDATE/DELETE into
// PutItem/UpdateItem/DeleteItem with condition expressions, EXISTS into a
// transaction's ConditionCheck. Names and values always go through
// ExpressionAttributeNames and ExpressionAttributeValues, so reserved words
// and odd characters need no care.
#pragma once

#include "model/TableInfo.h"
#include "partiql/Ast.h"

#include <boost/json.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dynoscope::partiql {

class Translator {
public:
    struct Request {
        std::string operation; // "Query", "Scan", "PutItem", ..., "ConditionCheck"
        boost::json::object body;
        // A Query of several partitions (WHERE pk IN [...] or pk = a OR
        // pk = b): the body is run once per value, in this order, with the
        // value in ExpressionAttributeValues[partitionPlaceholder].
        std::string partitionPlaceholder;
        std::vector<AttributeValue> partitions;
    };

    // REQUIRES: table is the statement's table and outlives the Translator.
    // One Translator per statement.
    explicit Translator(const TableInfo& table)
        : m_table(table)
    {
    }

    // Throws Error (ValidationException) for what DynamoDB refuses, e.g. an
    // UPDATE whose WHERE does not fix the whole primary key.
    Request translate(const Statement& statement);
    // A SELECT of one item by its full primary key on the table, as a
    // GetItem: what batches and transactions allow. Throws keyError or
    // indexError (ValidationException) for other SELECTs.
    Request keyRead(const Statement& statement, std::string_view keyError, std::string_view indexError);

private:
    Request select(const Statement& s);
    Request insert(const Statement& s);
    Request update(const Statement& s);
    Request remove(const Statement& s);
    Request exists(const Statement& s);

    // Splits the WHERE into the equalities on the table's key attributes
    // (returned) and the other conjuncts (*rest). Throws missingError when
    // an attribute of the key has no equality.
    Item keyFromWhere(const std::optional<Expr>& where, std::vector<const Expr*>* rest, std::string_view missingError);
    std::string name(const std::string& attribute);
    std::string value(const AttributeValue& v);
    std::string path(const Path& p);
    std::string condition(const Expr& e);
    std::string conjunction(const std::vector<const Expr*>& conjuncts);
    std::string operand(const Expr& e);
    std::string updateValue(const Expr& e);
    std::string updateExpression(const Statement& s);
    std::string projection(const Statement& s);
    void finish(boost::json::object& body);

    const TableInfo& m_table;
    std::map<std::string, std::string, std::less<>> m_names; // attribute -> "#n<i>"
    boost::json::object m_values; // ":v<i>" -> wire value
};

} // namespace dynoscope::partiql
