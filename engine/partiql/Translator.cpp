// PartiQL statements as DynamoDB requests (see Translator.h).
#include "partiql/Translator.h"

#include "model/WireJson.h"
#include "partiql/Errors.h"

#include <algorithm>
#include <cctype>

namespace dynoscope::partiql {

namespace {

// The most partitions one SELECT may read with IN or OR on the partition key.
constexpr std::size_t kMaxPartitions = 100;

void flatten(const Expr& e, std::vector<const Expr*>* out)
{
    if (e.kind == Expr::Kind::And) {
        for (const Expr& child : e.children)
            flatten(child, out);
    } else {
        out->push_back(&e);
    }
}

std::vector<const Expr*> conjunctsOf(const std::optional<Expr>& where)
{
    std::vector<const Expr*> out;
    if (where)
        flatten(*where, &out);
    return out;
}

bool isAttribute(const Expr& e, const std::string& attribute)
{
    return e.kind == Expr::Kind::Path && e.path.size() == 1 && e.path[0].index < 0 && e.path[0].name == attribute;
}

// The value of a conjunct "attribute = value" (either way round), or null.
const AttributeValue* equalityOn(const Expr& e, const std::string& attribute)
{
    if (e.kind != Expr::Kind::Compare || e.op != "=")
        return nullptr;
    if (isAttribute(e.children[0], attribute) && e.children[1].kind == Expr::Kind::Value)
        return &e.children[1].value;
    if (isAttribute(e.children[1], attribute) && e.children[0].kind == Expr::Kind::Value)
        return &e.children[0].value;
    return nullptr;
}

// Whether a conjunct can be a Query's sort-key condition on attribute.
bool isSortCondition(const Expr& e, const std::string& attribute)
{
    switch (e.kind) {
    case Expr::Kind::Compare:
        return e.op != "<>"
            && ((isAttribute(e.children[0], attribute) && e.children[1].kind == Expr::Kind::Value)
                || (isAttribute(e.children[1], attribute) && e.children[0].kind == Expr::Kind::Value));
    case Expr::Kind::Between:
        return isAttribute(e.children[0], attribute) && e.children[1].kind == Expr::Kind::Value
            && e.children[2].kind == Expr::Kind::Value;
    case Expr::Kind::Function:
        return e.op == "begins_with" && e.children.size() == 2 && isAttribute(e.children[0], attribute)
            && e.children[1].kind == Expr::Kind::Value;
    default:
        return false;
    }
}

// The partition key values a conjunct fixes: "pk = v", "pk IN [v, ...]" or
// "pk = v OR pk = w ...", each value once. False for other conjuncts.
bool partitionValues(const Expr& e, const std::string& attribute, std::vector<AttributeValue>* out)
{
    std::vector<AttributeValue> values;
    if (const AttributeValue* v = equalityOn(e, attribute)) {
        values.push_back(*v);
    } else if (e.kind == Expr::Kind::In && isAttribute(e.children[0], attribute)) {
        for (std::size_t i = 1; i < e.children.size(); ++i) {
            if (e.children[i].kind != Expr::Kind::Value)
                return false;
            values.push_back(e.children[i].value);
        }
    } else if (e.kind == Expr::Kind::Or) {
        for (const Expr& child : e.children) {
            const AttributeValue* v = equalityOn(child, attribute);
            if (!v)
                return false;
            values.push_back(*v);
        }
    } else {
        return false;
    }
    if (values.size() > kMaxPartitions)
        throw Error::validation("Too many decomposed read operations for a given query.");
    out->clear();
    for (AttributeValue& v : values)
        if (std::find(out->begin(), out->end(), v) == out->end())
            out->push_back(std::move(v));
    return true;
}

// Key order of partition key values (S and B by bytes, N numerically).
bool keyLess(const AttributeValue& a, const AttributeValue& b)
{
    if (a.type() != b.type())
        return a.type() < b.type();
    if (a.type() == AttributeValue::Type::N)
        return a.num() < b.num();
    if (a.type() == AttributeValue::Type::S || a.type() == AttributeValue::Type::B)
        return a.str() < b.str();
    return false;
}

bool samePath(const Path& a, const Path& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].name != b[i].name || a[i].index != b[i].index)
            return false;
    return true;
}

std::string upperName(std::string text)
{
    for (char& c : text)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

} // namespace

Translator::Request Translator::translate(const Statement& statement)
{
    switch (statement.kind) {
    case Statement::Kind::Select:
        return select(statement);
    case Statement::Kind::Insert:
        return insert(statement);
    case Statement::Kind::Update:
        return update(statement);
    case Statement::Kind::Delete:
        return remove(statement);
    case Statement::Kind::Exists:
        return exists(statement);
    }
    throw Error::internal("unknown statement kind");
}

std::string Translator::name(const std::string& attribute)
{
    auto it = m_names.find(attribute);
    if (it == m_names.end())
        it = m_names.emplace(attribute, "#n" + std::to_string(m_names.size())).first;
    return it->second;
}

std::string Translator::value(const AttributeValue& v)
{
    std::string placeholder = ":v" + std::to_string(m_values.size());
    m_values[placeholder] = WireJson::encodeValue(v);
    return placeholder;
}

std::string Translator::path(const Path& p)
{
    std::string out;
    for (const PathStep& step : p) {
        if (step.index >= 0) {
            out += "[" + std::to_string(step.index) + "]";
        } else {
            if (!out.empty())
                out += '.';
            out += name(step.name);
        }
    }
    return out;
}

std::string Translator::operand(const Expr& e)
{
    switch (e.kind) {
    case Expr::Kind::Path:
        if (e.path.front().index >= 0)
            throw Error::validation("A path cannot start with a list index");
        return path(e.path);
    case Expr::Kind::Value:
        return value(e.value);
    case Expr::Kind::Function:
        if (e.op == "size") {
            if (e.children.size() != 1 || e.children[0].kind != Expr::Kind::Path)
                throw Error::validation("Unsupported operation: size takes one path");
            return "size(" + path(e.children[0].path) + ")";
        }
        throw Error::validation("Unsupported operator in Condition Expression. Operator: " + upperName(e.op));
    case Expr::Kind::Arithmetic:
        throw Error::validation("Unsupported operator in Condition Expression. Operator: " + e.op);
    default:
        throw Error::validation("WHERE clause must contain an expression that resolves to a boolean");
    }
}

std::string Translator::condition(const Expr& e)
{
    switch (e.kind) {
    case Expr::Kind::Compare:
        return "(" + operand(e.children[0]) + " " + e.op + " " + operand(e.children[1]) + ")";
    case Expr::Kind::And:
    case Expr::Kind::Or: {
        std::string out = "(";
        for (const Expr& child : e.children) {
            if (out.size() > 1)
                out += e.kind == Expr::Kind::And ? " AND " : " OR ";
            out += condition(child);
        }
        return out + ")";
    }
    case Expr::Kind::Not:
        return "(NOT " + condition(e.children[0]) + ")";
    case Expr::Kind::Between:
        return "(" + operand(e.children[0]) + " BETWEEN " + operand(e.children[1]) + " AND " + operand(e.children[2])
            + ")";
    case Expr::Kind::In: {
        std::string out = "(" + operand(e.children[0]) + " IN (";
        for (std::size_t i = 1; i < e.children.size(); ++i)
            out += (i > 1 ? ", " : "") + operand(e.children[i]);
        return out + "))";
    }
    case Expr::Kind::IsMissing:
    case Expr::Kind::IsNull: {
        const Expr& subject = e.children[0];
        if (subject.kind != Expr::Kind::Path)
            throw Error::validation("Unsupported operation: IS on a literal");
        const std::string p = operand(subject);
        if (e.kind == Expr::Kind::IsMissing)
            return (e.negated ? "attribute_exists(" : "attribute_not_exists(") + p + ")";
        // In PartiQL a missing attribute IS NULL too.
        const std::string type = value(AttributeValue::string("NULL"));
        if (e.negated)
            return "(attribute_exists(" + p + ") AND NOT attribute_type(" + p + ", " + type + "))";
        return "(attribute_not_exists(" + p + ") OR attribute_type(" + p + ", " + type + "))";
    }
    case Expr::Kind::Function: {
        static constexpr std::string_view kConditions[]
            = { "begins_with", "contains", "attribute_type", "attribute_exists", "attribute_not_exists" };
        if (std::find(std::begin(kConditions), std::end(kConditions), e.op) == std::end(kConditions))
            return operand(e); // size() alone is not a condition; operand() says why
        std::string out = e.op + "(";
        for (std::size_t i = 0; i < e.children.size(); ++i)
            out += (i ? ", " : "") + operand(e.children[i]);
        return out + ")";
    }
    default:
        throw Error::validation("WHERE clause must contain an expression that resolves to a boolean");
    }
}

std::string Translator::conjunction(const std::vector<const Expr*>& conjuncts)
{
    std::string out;
    for (const Expr* e : conjuncts)
        out += (out.empty() ? "" : " AND ") + condition(*e);
    return out;
}

Item Translator::keyFromWhere(
    const std::optional<Expr>& where, std::vector<const Expr*>* rest, std::string_view missingError)
{
    *rest = conjunctsOf(where);
    Item key;
    for (const KeyAttribute* attribute : { &m_table.hashKey, m_table.rangeKey ? &*m_table.rangeKey : nullptr }) {
        if (!attribute)
            continue;
        auto it = rest->begin();
        for (; it != rest->end(); ++it)
            if (const AttributeValue* v = equalityOn(**it, attribute->name)) {
                key[attribute->name] = *v;
                break;
            }
        if (it == rest->end())
            throw Error::validation(std::string(missingError));
        rest->erase(it);
        for (const Expr* other : *rest)
            if (equalityOn(*other, attribute->name))
                throw Error::validation("Multiple conditions on same key " + attribute->name
                    + ". Only single item Update/Insert/Delete are supported");
    }
    return key;
}

std::string Translator::projection(const Statement& s)
{
    std::string out;
    for (const Path& p : s.projection) {
        if (p.front().index >= 0)
            throw Error::validation("A path cannot start with a list index");
        out += (out.empty() ? "" : ", ") + path(p);
    }
    return out;
}

void Translator::finish(boost::json::object& body)
{
    if (!m_names.empty()) {
        boost::json::object names;
        for (const auto& [attribute, placeholder] : m_names)
            names[placeholder] = attribute;
        body["ExpressionAttributeNames"] = std::move(names);
    }
    if (!m_values.empty())
        body["ExpressionAttributeValues"] = m_values;
}

Translator::Request Translator::select(const Statement& s)
{
    Request request;
    request.body["TableName"] = m_table.name;
    const KeyAttribute* hashKey = &m_table.hashKey;
    const KeyAttribute* rangeKey = m_table.rangeKey ? &*m_table.rangeKey : nullptr;
    if (s.index) {
        const IndexInfo* index = m_table.index(*s.index);
        if (!index)
            throw Error::validation("The table does not have the specified index: " + *s.index);
        request.body["IndexName"] = *s.index;
        hashKey = &index->hashKey;
        rangeKey = index->rangeKey ? &*index->rangeKey : nullptr;
    }
    if (!s.projection.empty())
        request.body["ProjectionExpression"] = projection(s);

    std::vector<const Expr*> rest = conjunctsOf(s.where);
    std::vector<AttributeValue> partitions;
    auto hashCondition = rest.end();
    for (auto it = rest.begin(); it != rest.end() && hashCondition == rest.end(); ++it)
        if (partitionValues(**it, hashKey->name, &partitions))
            hashCondition = it;
    if (s.orderBy) {
        if (!s.where)
            throw Error::validation("Must have WHERE clause in the statement when using ORDER BY clause.");
        if (*s.orderBy != hashKey->name && !(rangeKey && *s.orderBy == rangeKey->name))
            throw Error::validation(
                "Variable reference " + *s.orderBy + " in ORDER BY clause must be part of the primary key");
        if (hashCondition == rest.end())
            throw Error::validation("Must have at least one non-optional hash key condition in WHERE clause when "
                                    "using ORDER BY clause.");
        if (partitions.size() > 1 && *s.orderBy != hashKey->name)
            throw Error::validation("Must have hash key in ORDER BY clause when more than one hash key condition "
                                    "specified in WHERE clause.");
    }
    if (hashCondition == rest.end()) {
        request.operation = "Scan";
        if (s.where)
            request.body["FilterExpression"] = condition(*s.where);
        finish(request.body);
        return request;
    }

    request.operation = "Query";
    const std::string placeholder = value(partitions.front());
    std::string keyCondition = name(hashKey->name) + " = " + placeholder;
    rest.erase(hashCondition);
    if (rangeKey) {
        for (auto it = rest.begin(); it != rest.end(); ++it) {
            if (isSortCondition(**it, rangeKey->name)) {
                keyCondition += " AND " + condition(**it);
                rest.erase(it);
                break;
            }
        }
    }
    request.body["KeyConditionExpression"] = keyCondition;
    if (!rest.empty())
        request.body["FilterExpression"] = conjunction(rest);
    if (s.descending)
        request.body["ScanIndexForward"] = false;
    if (partitions.size() > 1) {
        if (s.orderBy)
            std::stable_sort(
                partitions.begin(), partitions.end(), [&](const AttributeValue& a, const AttributeValue& b) {
                    return s.descending ? keyLess(b, a) : keyLess(a, b);
                });
        request.partitionPlaceholder = placeholder;
        request.partitions = std::move(partitions);
    }
    finish(request.body);
    return request;
}

Translator::Request Translator::keyRead(const Statement& s, std::string_view keyError, std::string_view indexError)
{
    if (s.kind != Statement::Kind::Select)
        throw Error::internal("keyRead of a write");
    if (s.index)
        throw Error::validation(std::string(indexError));
    std::vector<const Expr*> rest;
    Item key = keyFromWhere(s.where, &rest, keyError);
    if (!rest.empty() || s.orderBy)
        throw Error::validation(std::string(keyError));
    Request request;
    request.operation = "GetItem";
    request.body["TableName"] = m_table.name;
    request.body["Key"] = WireJson::encodeItem(key);
    if (!s.projection.empty())
        request.body["ProjectionExpression"] = projection(s);
    finish(request.body);
    return request;
}

Translator::Request Translator::insert(const Statement& s)
{
    for (const KeyAttribute* attribute : { &m_table.hashKey, m_table.rangeKey ? &*m_table.rangeKey : nullptr }) {
        if (!attribute)
            continue;
        auto it = s.item.find(attribute->name);
        if (it == s.item.end())
            throw Error::validation("Key attribute should be present in the item: Key " + attribute->name);
        if (it->second.type() != attribute->type)
            throw Error::validation(
                "Key attribute's data type should match its data type in table's schema: Key " + attribute->name);
    }
    Request request;
    request.operation = "PutItem";
    request.body["TableName"] = m_table.name;
    request.body["Item"] = WireJson::encodeItem(s.item);
    request.body["ConditionExpression"] = "attribute_not_exists(" + name(m_table.hashKey.name) + ")";
    finish(request.body);
    return request;
}

std::string Translator::updateValue(const Expr& e)
{
    switch (e.kind) {
    case Expr::Kind::Path:
    case Expr::Kind::Value:
        return operand(e);
    case Expr::Kind::Arithmetic:
        return updateValue(e.children[0]) + " " + e.op + " " + updateValue(e.children[1]);
    case Expr::Kind::Function:
        if (e.op == "list_append" || e.op == "if_not_exists") {
            if (e.children.size() != 2)
                throw Error::validation("Unsupported operation: " + upperName(e.op) + " takes two arguments");
            return e.op + "(" + updateValue(e.children[0]) + ", " + updateValue(e.children[1]) + ")";
        }
        throw Error::validation("Unsupported operator in Update Expression. Operator: " + upperName(e.op));
    case Expr::Kind::IsMissing:
    case Expr::Kind::IsNull:
        throw Error::validation("IS operator is not supported in update expressions");
    default:
        throw Error::validation("Unsupported operator in Update Expression. Operator: " + e.op);
    }
}

std::string Translator::updateExpression(const Statement& s)
{
    std::string sets;
    std::string adds;
    std::string deletes;
    for (const auto& [target, expr] : s.sets) {
        if (target.front().index >= 0)
            throw Error::validation("A path cannot start with a list index");
        if (expr.kind == Expr::Kind::Function && (expr.op == "set_add" || expr.op == "set_delete")) {
            const std::string fn = upperName(expr.op.substr(4));
            if (expr.children.size() != 2)
                throw Error::validation("SET_" + fn + " must have exactly two arguments");
            if (expr.children[0].kind != Expr::Kind::Path || !samePath(expr.children[0].path, target))
                throw Error::validation("The first argument to SET_" + fn + " must equal the assignment value");
            if (expr.children[1].kind != Expr::Kind::Value || !expr.children[1].value.isSet())
                throw Error::validation("The second argument to SET_" + fn + " must be a value with type SET");
            std::string& clause = expr.op == "set_add" ? adds : deletes;
            clause += (clause.empty() ? "" : ", ") + path(target) + " " + value(expr.children[1].value);
            continue;
        }
        sets += (sets.empty() ? "" : ", ") + path(target) + " = " + updateValue(expr);
    }
    std::string removes;
    for (const Path& p : s.removes) {
        if (p.front().index >= 0)
            throw Error::validation("A path cannot start with a list index");
        removes += (removes.empty() ? "" : ", ") + path(p);
    }
    std::string out;
    for (const auto& [keyword, clause] : { std::pair { "SET ", &sets }, std::pair { "ADD ", &adds },
             std::pair { "DELETE ", &deletes }, std::pair { "REMOVE ", &removes } })
        if (!clause->empty())
            out += (out.empty() ? "" : " ") + std::string(keyword) + *clause;
    return out;
}

Translator::Request Translator::update(const Statement& s)
{
    std::vector<const Expr*> rest;
    Item key = keyFromWhere(s.where, &rest, kIncompleteKey);
    Request request;
    request.operation = "UpdateItem";
    request.body["TableName"] = m_table.name;
    request.body["Key"] = WireJson::encodeItem(key);
    request.body["UpdateExpression"] = updateExpression(s);
    // UPDATE changes an existing item only.
    std::string check = "attribute_exists(" + name(m_table.hashKey.name) + ")";
    if (!rest.empty())
        check += " AND " + conjunction(rest);
    request.body["ConditionExpression"] = check;
    if (!s.returning.empty())
        request.body["ReturnValues"] = s.returning;
    finish(request.body);
    return request;
}

Translator::Request Translator::remove(const Statement& s)
{
    std::vector<const Expr*> rest;
    Item key = keyFromWhere(s.where, &rest, kIncompleteKey);
    Request request;
    request.operation = "DeleteItem";
    request.body["TableName"] = m_table.name;
    request.body["Key"] = WireJson::encodeItem(key);
    if (!rest.empty())
        request.body["ConditionExpression"] = conjunction(rest);
    if (!s.returning.empty())
        request.body["ReturnValues"] = s.returning;
    finish(request.body);
    return request;
}

Translator::Request Translator::exists(const Statement& s)
{
    if (s.index)
        throw Error::validation("Operations on indices are not supported in transactions");
    if (!s.projection.empty() || s.orderBy)
        throw Error::validation("EXISTS() must contain a single item read with additional condition");
    std::vector<const Expr*> rest;
    Item key = keyFromWhere(s.where, &rest, "EXISTS() must contain a single item read with additional condition");
    Request request;
    request.operation = "ConditionCheck";
    request.body["TableName"] = m_table.name;
    request.body["Key"] = WireJson::encodeItem(key);
    std::string check = "attribute_exists(" + name(m_table.hashKey.name) + ")";
    if (!rest.empty())
        check += " AND " + conjunction(rest);
    request.body["ConditionExpression"] = check;
    finish(request.body);
    return request;
}

} // namespace dynoscope::partiql
