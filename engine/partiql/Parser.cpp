// PartiQL grammar, as DynamoDB accepts it:
//   SELECT (* | path, ...) FROM name[.name] [WHERE cond] [ORDER BY name [ASC|DESC]]
//   INSERT INTO name VALUE {...}
//   UPDATE name (SET path = value, ... | REMOVE path, ...)+ [WHERE cond] [RETURNING ...]
//   DELETE FROM name [WHERE cond] [RETURNING ALL OLD *]
//   EXISTS(SELECT ...)                      (ExecuteTransaction only)
#include "partiql/Parser.h"

#include "partiql/Errors.h"
#include "partiql/Lexer.h"
#include "partiql/ReservedWords.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace dynoscope::partiql {

namespace {

// Nesting of parentheses, function calls and literals; deeper statements are
// refused before they can exhaust the stack.
constexpr int kMaxDepth = 64;

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
    });
}

std::string lower(std::string text)
{
    for (char& c : text)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string upper(std::string text)
{
    for (char& c : text)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

Expr node(Expr::Kind kind, std::string op = {})
{
    Expr e;
    e.kind = kind;
    e.op = std::move(op);
    return e;
}

} // namespace

Statement Parser::parse(std::string_view text, const std::vector<AttributeValue>& parameters)
{
    Parser parser(Lexer::tokenize(text), parameters);
    Statement s = parser.statement();
    if (parser.m_parametersUsed > parameters.size())
        throw Error::validation(std::string(kParameterCount));
    return s;
}

Parser::Parser(std::vector<Token> tokens, const std::vector<AttributeValue>& parameters)
    : m_tokens(std::move(tokens))
    , m_parameters(parameters)
{
}

const Token& Parser::peek(std::size_t ahead) const
{
    return m_tokens[std::min(m_pos + ahead, m_tokens.size() - 1)];
}

const Token& Parser::next()
{
    const Token& token = peek();
    if (m_pos < m_tokens.size() - 1)
        ++m_pos;
    return token;
}

bool Parser::isWord(std::string_view keyword, std::size_t ahead) const
{
    const Token& token = peek(ahead);
    return token.kind == Token::Kind::Word && equalsIgnoreCase(token.text, keyword);
}

bool Parser::isSymbol(std::string_view symbol, std::size_t ahead) const
{
    const Token& token = peek(ahead);
    return token.kind == Token::Kind::Symbol && token.text == symbol;
}

bool Parser::acceptWord(std::string_view keyword)
{
    if (!isWord(keyword))
        return false;
    next();
    return true;
}

bool Parser::acceptSymbol(std::string_view symbol)
{
    if (!isSymbol(symbol))
        return false;
    next();
    return true;
}

void Parser::expectWord(std::string_view keyword)
{
    if (!acceptWord(keyword))
        unexpected();
}

void Parser::expectSymbol(std::string_view symbol)
{
    if (!acceptSymbol(symbol))
        unexpected();
}

void Parser::unexpected() const
{
    const Token& token = peek();
    if (token.kind == Token::Kind::End)
        throw malformed("Unexpected end of statement");
    std::string shown = token.text;
    if (token.kind == Token::Kind::String)
        shown = "'" + shown + "'";
    else if (token.kind == Token::Kind::QuotedName)
        shown = "\"" + shown + "\"";
    throw malformed("Unexpected token " + shown + " at position " + std::to_string(token.position + 1));
}

void Parser::enter()
{
    if (++m_depth > kMaxDepth)
        throw malformed("Statement nesting exceeds " + std::to_string(kMaxDepth) + " levels");
}

Statement Parser::statement()
{
    Statement s;
    if (acceptWord("SELECT")) {
        s.kind = Statement::Kind::Select;
        select(s);
    } else if (acceptWord("INSERT")) {
        s.kind = Statement::Kind::Insert;
        insert(s);
    } else if (acceptWord("UPDATE")) {
        s.kind = Statement::Kind::Update;
        update(s);
    } else if (acceptWord("DELETE")) {
        s.kind = Statement::Kind::Delete;
        remove(s);
    } else if (acceptWord("EXISTS")) {
        s.kind = Statement::Kind::Exists;
        expectSymbol("(");
        expectWord("SELECT");
        select(s);
        expectSymbol(")");
    } else {
        unexpected();
    }
    acceptSymbol(";");
    if (peek().kind != Token::Kind::End) {
        if (isWord("SELECT") || isWord("INSERT") || isWord("UPDATE") || isWord("DELETE"))
            throw Error::validation("Only one operation is allowed in a statement.");
        unexpected();
    }
    return s;
}

void Parser::unsupportedClauses()
{
    for (std::string_view clause : { "LIMIT", "OFFSET", "HAVING" })
        if (isWord(clause))
            throw Error::validation("Unsupported clause: " + upper(std::string(clause)));
    if (isWord("GROUP") && isWord("BY", 1))
        throw Error::validation("Unsupported clause: GROUP BY");
}

void Parser::select(Statement& s)
{
    if (acceptSymbol("*")) {
        if (isSymbol(","))
            throw Error::validation("Other attributes should not be present in the projection when '*' is used.");
    } else {
        std::set<std::string> seen;
        do {
            if (isSymbol("*"))
                throw Error::validation("Other attributes should not be present in the projection when '*' is used.");
            Path p = path();
            if (isWord("AS") || (peek().kind == Token::Kind::Word && !isWord("FROM")))
                throw Error::validation("Aliasing is not supported");
            const PathStep& last = p.back();
            const std::string shown = last.index >= 0 ? "[" + std::to_string(last.index) + "]" : last.name;
            if (p.size() == 1 && !seen.insert(shown).second)
                throw Error::validation("Duplicate identifiers in select clause: " + shown);
            s.projection.push_back(std::move(p));
        } while (acceptSymbol(","));
    }
    expectWord("FROM");
    s.table = name();
    if (acceptSymbol(".")) {
        s.index = name();
        if (isSymbol("."))
            throw Error::validation("A path may contain at most 2 components in the FROM clause");
    }
    if (isSymbol(","))
        throw Error::validation("Only select from a single table or index is supported.");
    if (isWord("AS")
        || (peek().kind == Token::Kind::Word && !isWord("WHERE") && !isWord("ORDER") && !isWord("LIMIT")
            && !isWord("GROUP") && !isWord("OFFSET") && !isWord("HAVING")))
        throw Error::validation("Aliasing is not supported");
    if (acceptWord("WHERE"))
        s.where = orExpr();
    unsupportedClauses();
    if (acceptWord("ORDER")) {
        expectWord("BY");
        s.orderBy = name();
        if (acceptWord("DESC"))
            s.descending = true;
        else
            acceptWord("ASC");
        if (isSymbol(","))
            throw Error::validation("Unsupported clause: ORDER BY with more than one attribute");
    }
    unsupportedClauses();
}

void Parser::insert(Statement& s)
{
    expectWord("INTO");
    s.table = name();
    if (isSymbol("."))
        throw Error::validation("FROM clause may only contain a single table name in data manipulation statements");
    if (acceptWord("VALUES") || isSymbol("<<"))
        throw Error::validation("Unsupported operation: Inserting multiple items in a single statement is not "
                                "supported, use \"INSERT INTO tableName VALUE item\" instead");
    expectWord("VALUE");
    if (!isSymbol("{")) {
        if (startsLiteral())
            throw Error::validation("Unsupported format in item expression. Please use struct format {...} to "
                                    "express item values for insert statement.");
        unexpected();
    }
    s.item = literal().map();
    if (isWord("AT"))
        throw Error::validation("AT is not supported in insert statements.");
    if (isWord("RETURNING"))
        throw Error::validation("RETURNING is not supported in INSERT");
    if (isWord("FROM") || isWord("WHERE"))
        throw Error::validation("Unsupported FROM ... WHERE ... clause in INSERT statement.");
}

void Parser::update(Statement& s)
{
    s.table = name();
    if (isSymbol("."))
        throw Error::validation("FROM clause may only contain a single table name in data manipulation statements");
    bool any = false;
    for (;;) {
        if (acceptWord("SET")) {
            do {
                Path target = path();
                expectSymbol("=");
                s.sets.emplace_back(std::move(target), additive());
            } while (acceptSymbol(","));
        } else if (acceptWord("REMOVE")) {
            do
                s.removes.push_back(path());
            while (acceptSymbol(","));
        } else {
            break;
        }
        any = true;
    }
    if (!any) {
        if (peek().kind == Token::Kind::Word && !isWord("WHERE"))
            throw Error::validation("Only SET and REMOVE are supported in update expressions at this time");
        unexpected();
    }
    if (acceptWord("WHERE"))
        s.where = orExpr();
    returning(s);
}

void Parser::remove(Statement& s)
{
    expectWord("FROM");
    s.table = name();
    if (isSymbol("."))
        throw Error::validation("FROM clause may only contain a single table name in data manipulation statements");
    if (acceptWord("WHERE"))
        s.where = orExpr();
    returning(s);
    if (!s.returning.empty() && s.returning != "ALL_OLD") {
        std::string shown = s.returning;
        std::replace(shown.begin(), shown.end(), '_', ' ');
        if (shown.starts_with("UPDATED"))
            shown.replace(0, 7, "MODIFIED");
        throw Error::validation("Invalid returning clause: RETURNING " + shown
            + " *. Only RETURNING ALL OLD * is allowed in DELETE statements.");
    }
}

void Parser::returning(Statement& s)
{
    if (!acceptWord("RETURNING"))
        return;
    std::string scope;
    if (acceptWord("ALL"))
        scope = "ALL_";
    else if (acceptWord("MODIFIED"))
        scope = "UPDATED_";
    else
        unexpected();
    if (acceptWord("NEW"))
        s.returning = scope + "NEW";
    else if (acceptWord("OLD"))
        s.returning = scope + "OLD";
    else
        unexpected();
    if (!acceptSymbol("*"))
        throw Error::validation("Expected '*' after ( MODIFIED | ALL ) ( NEW | OLD ) in RETURNING clause");
    if (isSymbol(","))
        throw Error::validation("Invalid syntax with multiple returning elements in RETURNING clause");
}

std::string Parser::name()
{
    const Token& token = peek();
    if (token.kind == Token::Kind::QuotedName) {
        if (token.text.empty())
            throw Error::validation("Path component cannot be an empty string");
        return next().text;
    }
    if (token.kind == Token::Kind::Word && !ReservedWords::contains(token.text))
        return next().text;
    unexpected();
}

Path Parser::path()
{
    Path p;
    p.push_back({ name(), -1 });
    for (;;) {
        if (acceptSymbol(".")) {
            if (isSymbol("*"))
                throw Error::validation("Unpivot path component like a.*.b are not supported");
            p.push_back({ name(), -1 });
        } else if (acceptSymbol("[")) {
            const Token& token = peek();
            if (token.kind == Token::Kind::String) {
                p.push_back({ next().text, -1 });
            } else if (token.kind == Token::Kind::Number) {
                const std::string& digits = token.text;
                if (digits.find_first_not_of("0123456789") != std::string::npos)
                    unexpected();
                if (digits.size() > 9)
                    throw Error::validation("List index is not within the allowable range; index: [" + digits + "]");
                p.push_back({ std::string(), std::stol(digits) });
                next();
            } else if (isSymbol("*")) {
                throw Error::validation("Wildcard path component like a[*].b are not supported");
            } else {
                unexpected();
            }
            expectSymbol("]");
        } else {
            return p;
        }
    }
}

Expr Parser::orExpr()
{
    enter();
    Expr left = andExpr();
    if (isWord("OR")) {
        Expr e = node(Expr::Kind::Or);
        e.children.push_back(std::move(left));
        while (acceptWord("OR"))
            e.children.push_back(andExpr());
        left = std::move(e);
    }
    leave();
    return left;
}

Expr Parser::andExpr()
{
    Expr left = notExpr();
    if (isWord("AND")) {
        Expr e = node(Expr::Kind::And);
        e.children.push_back(std::move(left));
        while (acceptWord("AND"))
            e.children.push_back(notExpr());
        left = std::move(e);
    }
    return left;
}

Expr Parser::notExpr()
{
    if (!acceptWord("NOT"))
        return predicate();
    enter();
    Expr e = node(Expr::Kind::Not);
    e.children.push_back(notExpr());
    leave();
    return e;
}

Expr Parser::predicate()
{
    if (isWord("MISSING"))
        throw Error::validation("MISSING must be compared using IS operator");
    Expr left = additive();
    static constexpr std::string_view kComparisons[] = { "=", "<>", "!=", "<", "<=", ">", ">=" };
    for (std::string_view op : kComparisons) {
        if (!acceptSymbol(op))
            continue;
        if (isWord("MISSING"))
            throw Error::validation("MISSING must be compared using IS operator");
        Expr e = node(Expr::Kind::Compare, op == "!=" ? "<>" : std::string(op));
        e.children.push_back(std::move(left));
        e.children.push_back(additive());
        return e;
    }
    if (acceptWord("IS")) {
        const bool negated = acceptWord("NOT");
        Expr e;
        if (acceptWord("MISSING"))
            e = node(Expr::Kind::IsMissing);
        else if (acceptWord("NULL"))
            e = node(Expr::Kind::IsNull);
        else if (peek().kind == Token::Kind::Word)
            throw Error::validation("Unsupported data type for IS operator: " + upper(peek().text)
                + ". Supported data types are [MISSING, NULL, BOOLEAN, BLOB, STRING, NUMERIC, "
                  "STRUCT, TUPLE, LIST]");
        else
            unexpected();
        if (left.kind != Expr::Kind::Path && left.kind != Expr::Kind::Value)
            throw Error::validation("The left hand side argument to IS must be a Variable Reference, Literal, or Path");
        e.negated = negated;
        e.children.push_back(std::move(left));
        return e;
    }
    bool negated = false;
    if (isWord("NOT") && (isWord("BETWEEN", 1) || isWord("IN", 1))) {
        next();
        negated = true;
    }
    Expr e;
    if (acceptWord("BETWEEN")) {
        e = node(Expr::Kind::Between);
        e.children.push_back(std::move(left));
        e.children.push_back(additive());
        expectWord("AND");
        e.children.push_back(additive());
    } else if (acceptWord("IN")) {
        e = node(Expr::Kind::In);
        if (left.kind != Expr::Kind::Path)
            throw Error::validation("IN operator must have a left hand argument of type Variable Reference and right "
                                    "hand argument of type Seq with at least one member");
        e.children.push_back(std::move(left));
        std::string close;
        if (acceptSymbol("["))
            close = "]";
        else if (acceptSymbol("("))
            close = ")";
        else
            throw Error::validation("IN operator must have a left hand argument of type Variable Reference and right "
                                    "hand argument of type Seq with at least one member");
        if (isSymbol(close))
            throw Error::validation("IN operator must have a left hand argument of type Variable Reference and right "
                                    "hand argument of type Seq with at least one member");
        do
            e.children.push_back(additive());
        while (acceptSymbol(","));
        expectSymbol(close);
    } else {
        return left;
    }
    if (!negated)
        return e;
    Expr n = node(Expr::Kind::Not);
    n.children.push_back(std::move(e));
    return n;
}

Expr Parser::additive()
{
    Expr left = primary();
    while (isSymbol("+") || isSymbol("-")) {
        Expr e = node(Expr::Kind::Arithmetic, next().text);
        e.children.push_back(std::move(left));
        e.children.push_back(primary());
        left = std::move(e);
    }
    return left;
}

bool Parser::startsLiteral() const
{
    const Token& token = peek();
    if (token.kind == Token::Kind::String || token.kind == Token::Kind::Number)
        return true;
    if (token.kind == Token::Kind::Symbol)
        return token.text == "?" || token.text == "{" || token.text == "[" || token.text == "<<"
            || (token.text == "-" && peek(1).kind == Token::Kind::Number);
    return isWord("TRUE") || isWord("FALSE") || isWord("NULL");
}

Expr Parser::primary()
{
    if (acceptSymbol("(")) {
        Expr e = orExpr();
        expectSymbol(")");
        return e;
    }
    if (startsLiteral()) {
        Expr e = node(Expr::Kind::Value);
        e.value = literal();
        return e;
    }
    // Function names may be keywords (SIZE); NOT and EXISTS are handled elsewhere.
    if (peek().kind == Token::Kind::Word && isSymbol("(", 1) && !isWord("NOT") && !isWord("EXISTS")) {
        const std::string fn = next().text;
        next();
        return function(fn);
    }
    if (isWord("EXISTS"))
        throw Error::validation("EXISTS can only be used in ExecuteTransaction write requests.");
    Expr e = node(Expr::Kind::Path);
    e.path = path();
    return e;
}

Expr Parser::function(const std::string& name)
{
    static constexpr std::string_view kFunctions[] = {
        "begins_with",
        "contains",
        "attribute_type",
        "size",
        "attribute_exists",
        "attribute_not_exists",
        "list_append",
        "if_not_exists",
        "set_add",
        "set_delete",
    };
    const std::string fn = lower(name);
    if (std::find(std::begin(kFunctions), std::end(kFunctions), fn) == std::end(kFunctions))
        throw Error::validation("Unrecognized function: " + name);
    enter();
    Expr e = node(Expr::Kind::Function, fn);
    if (!isSymbol(")")) {
        do
            e.children.push_back(additive());
        while (acceptSymbol(","));
    }
    expectSymbol(")");
    leave();
    return e;
}

AttributeValue Parser::literal()
{
    const Token& token = peek();
    if (token.kind == Token::Kind::String)
        return AttributeValue::string(next().text);
    if (token.kind == Token::Kind::Number)
        return AttributeValue::number(Number::parse(next().text));
    if (isSymbol("-") && peek(1).kind == Token::Kind::Number) {
        next();
        return AttributeValue::number(Number::parse("-" + next().text));
    }
    if (acceptWord("TRUE"))
        return AttributeValue::boolean(true);
    if (acceptWord("FALSE"))
        return AttributeValue::boolean(false);
    if (acceptWord("NULL"))
        return AttributeValue::null();
    if (acceptSymbol("?")) {
        const std::size_t index = m_parametersUsed++;
        return index < m_parameters.size() ? m_parameters[index] : AttributeValue::null();
    }
    if (isSymbol("{"))
        return mapLiteral();
    if (isSymbol("["))
        return listLiteral();
    if (isSymbol("<<"))
        return setLiteral();
    unexpected();
}

AttributeValue Parser::mapLiteral()
{
    enter();
    expectSymbol("{");
    AttributeMap map;
    if (!isSymbol("}")) {
        do {
            const Token& key = peek();
            if (key.kind != Token::Kind::String) {
                if (key.kind == Token::Kind::QuotedName || key.kind == Token::Kind::Word)
                    throw Error::validation("Tuple keys must be of type String. Actual type: identifier");
                unexpected();
            }
            std::string name = next().text;
            expectSymbol(":");
            AttributeValue value = literal();
            if (map.contains(name))
                throw Error::validation("Duplicate keys in tuple. Key: " + name);
            map.emplace(std::move(name), std::move(value));
        } while (acceptSymbol(","));
    }
    expectSymbol("}");
    leave();
    return AttributeValue::map(std::move(map));
}

AttributeValue Parser::listLiteral()
{
    enter();
    expectSymbol("[");
    AttributeList list;
    if (!isSymbol("]")) {
        do
            list.push_back(literal());
        while (acceptSymbol(","));
    }
    expectSymbol("]");
    leave();
    return AttributeValue::list(std::move(list));
}

AttributeValue Parser::setLiteral()
{
    expectSymbol("<<");
    const char* mixed = "Unsupported data type in Bag. DynamoDB only supports either numbers or strings in bags";
    if (isSymbol(">>"))
        throw Error::validation("Empty bags are not supported");
    std::vector<std::string> strings;
    std::vector<Number> numbers;
    do {
        const Token& token = peek();
        if (token.kind == Token::Kind::String) {
            strings.push_back(next().text);
        } else if (token.kind == Token::Kind::Number || (isSymbol("-") && peek(1).kind == Token::Kind::Number)) {
            numbers.push_back(literal().num());
        } else if (isSymbol("?") || isSymbol("{") || isSymbol("[") || isSymbol("<<") || isWord("TRUE")
            || isWord("FALSE") || isWord("NULL")) {
            throw Error::validation(mixed);
        } else {
            unexpected();
        }
    } while (acceptSymbol(","));
    expectSymbol(">>");
    if (!strings.empty() && !numbers.empty())
        throw Error::validation(mixed);
    const auto duplicates = [](auto values) {
        std::sort(values.begin(), values.end());
        return std::adjacent_find(values.begin(), values.end()) != values.end();
    };
    if (strings.empty() ? duplicates(numbers) : duplicates(strings))
        throw Error::validation("Input collection contains duplicates");
    return strings.empty() ? AttributeValue::numberSet(std::move(numbers))
                           : AttributeValue::stringSet(std::move(strings));
}

} // namespace dynoscope::partiql
