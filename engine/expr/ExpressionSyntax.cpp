// The public syntax API over the engine's lexer, parser and checks.
#include <dynoscope/ExpressionSyntax.h>

#include "expr/ConditionExpression.h"
#include "expr/ExpressionContext.h"
#include "expr/ExpressionError.h"
#include "expr/KeyCondition.h"
#include "expr/Lexer.h"
#include "expr/Parser.h"
#include "expr/ProjectionExpression.h"
#include "expr/ReservedWords.h"
#include "expr/Translator.h"
#include "expr/UpdateExpression.h"

#include <dynoscope/Error.h>

#include <boost/json.hpp>

#include <algorithm>
#include <array>
#include <set>

namespace dynoscope::ExpressionSyntax {

namespace {

using LexKind = expr::Token::Kind;

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        return lower(x) == lower(y);
    });
}

Token::Kind publicKind(const std::vector<expr::Token>& tokens, std::size_t i)
{
    switch (tokens[i].kind) {
    case LexKind::Whitespace:
        return Token::Kind::Whitespace;
    case LexKind::Comma:
    case LexKind::LeftParen:
    case LexKind::RightParen:
    case LexKind::Dot:
    case LexKind::LeftBracket:
    case LexKind::RightBracket:
        return Token::Kind::Punctuation;
    case LexKind::Equal:
    case LexKind::NotEqual:
    case LexKind::Less:
    case LexKind::LessEqual:
    case LexKind::Greater:
    case LexKind::GreaterEqual:
    case LexKind::Plus:
    case LexKind::Minus:
        return Token::Kind::Operator;
    case LexKind::In:
    case LexKind::Between:
    case LexKind::Not:
    case LexKind::And:
    case LexKind::Or:
    case LexKind::Set:
    case LexKind::Add:
    case LexKind::Delete:
    case LexKind::Remove:
        return Token::Kind::Keyword;
    case LexKind::Index:
        return Token::Kind::Number;
    case LexKind::Identifier: {
        // As in the grammar: a name directly followed by "(" is a call.
        std::size_t next = i + 1;
        while (tokens[next].kind == LexKind::Whitespace)
            ++next;
        return tokens[next].kind == LexKind::LeftParen ? Token::Kind::Function : Token::Kind::AttributeName;
    }
    case LexKind::NamePlaceholder:
        return Token::Kind::NamePlaceholder;
    case LexKind::ValuePlaceholder:
        return Token::Kind::ValuePlaceholder;
    case LexKind::Unknown:
    case LexKind::End:
        break;
    }
    return Token::Kind::Invalid;
}

// The stages that report problems in the text itself, before placeholders
// are resolved; throws ExpressionError.
void checkText(Kind kind, std::string_view text)
{
    expr::Parser::checkText(text, kind == Kind::Condition || kind == Kind::Filter);
    switch (kind) {
    case Kind::Condition:
    case Kind::Filter:
    case Kind::KeyCondition: {
        expr::Condition condition = expr::Parser(text).condition();
        expr::Translator::check(condition);
        break;
    }
    case Kind::Projection:
        expr::Translator::check(expr::Parser(text).projection());
        break;
    case Kind::Update: {
        std::vector<expr::UpdateAction> actions = expr::Parser(text).update();
        expr::Translator::check(actions);
        break;
    }
    }
}

// The engine's full parse of the parameter against a request's maps; throws
// Error.
void parseWithContext(Kind kind, std::string_view text, expr::ExpressionContext& context)
{
    switch (kind) {
    case Kind::Condition:
    case Kind::Filter:
        expr::ConditionExpression::parse(text, parameterName(kind), context);
        break;
    case Kind::KeyCondition:
        expr::KeyCondition::parse(text, context);
        break;
    case Kind::Projection:
        expr::ProjectionExpression::parse(text, context);
        break;
    case Kind::Update:
        expr::UpdateExpression::parse(text, context);
        break;
    }
}

// Places a message that names what it is about ("...; reserved keyword:
// name", "...; attribute value: :v", "... KeyConditionExpression: OR") at the
// first token spelled that way; problems that name nothing in the text stay
// without a place.
void locate(std::string_view text, Problem& problem)
{
    static constexpr std::array<std::string_view, 7> kMarkers = { "reserved keyword: ", "function: ",
        "attribute name: ", "attribute value: ", "operator: ", "index: ", "used in KeyConditionExpression: " };
    std::string_view subject;
    std::size_t best = std::string::npos;
    for (const std::string_view marker : kMarkers) {
        const std::size_t at = problem.message.rfind(marker);
        if (at != std::string::npos && (best == std::string::npos || at > best)) {
            best = at;
            subject = std::string_view(problem.message).substr(at + marker.size());
        }
    }
    // "The BETWEEN operator requires ...", "The IN operator is provided ...".
    for (const std::string_view op : { std::string_view("BETWEEN"), std::string_view("IN") }) {
        if (best == std::string::npos
            && problem.message.find("The " + std::string(op) + " operator") != std::string::npos) {
            best = 0;
            subject = op;
        }
    }
    if (best == std::string::npos)
        return;
    subject = subject.substr(0, subject.find_first_of(", ;"));
    if (subject.size() > 2 && subject.front() == '[' && subject.back() == ']')
        subject = subject.substr(1, subject.size() - 2); // a list index
    if (subject.empty())
        return;
    const std::vector<expr::Token> tokens = expr::Lexer::tokenize(text);
    for (const expr::Token& token : tokens) {
        if (token.kind != LexKind::End && token.kind != LexKind::Whitespace && equalsIgnoreCase(token.text, subject)) {
            problem.offset = static_cast<std::size_t>(token.text.data() - text.data());
            problem.length = token.text.size();
            return;
        }
    }
}

std::optional<boost::json::object> jsonObject(const std::string& text, bool* valid)
{
    if (text.empty())
        return std::nullopt;
    boost::system::error_code ec;
    boost::json::value value = boost::json::parse(text, ec);
    if (ec || !value.is_object()) {
        *valid = false;
        return std::nullopt;
    }
    return std::move(value.as_object());
}

PathElement publicElement(const expr::PathElement& e)
{
    return PathElement { e.name, e.index, e.isIndex, e.isPlaceholder };
}

Path publicPath(const expr::Path& path)
{
    Path out;
    out.reserve(path.elements.size());
    for (const expr::PathElement& e : path.elements)
        out.push_back(publicElement(e));
    return out;
}

Operand publicOperand(const expr::Operand& o)
{
    Operand out;
    switch (o.kind) {
    case expr::Operand::Kind::Path:
        out.kind = Operand::Kind::Path;
        out.path = publicPath(o.path);
        break;
    case expr::Operand::Kind::Value:
        out.kind = Operand::Kind::Value;
        out.placeholder = o.placeholder;
        break;
    default: // calls; conditions have no arithmetic
        out.kind = Operand::Kind::Function;
        out.function = o.functionText;
        for (const expr::Operand& arg : o.args)
            out.args.push_back(publicOperand(arg));
        break;
    }
    return out;
}

ConditionNode publicCondition(const expr::Condition& c)
{
    ConditionNode out;
    out.kind = static_cast<ConditionNode::Kind>(c.kind);
    out.comparator = static_cast<ConditionNode::Comparator>(c.comparator);
    out.function = c.functionText;
    for (const expr::Operand& o : c.operands)
        out.operands.push_back(publicOperand(o));
    for (const expr::Condition& child : c.children)
        out.children.push_back(publicCondition(child));
    return out;
}

static_assert(static_cast<int>(expr::Condition::Kind::Call) == static_cast<int>(ConditionNode::Kind::Function));
static_assert(static_cast<int>(expr::Condition::Kind::Or) == static_cast<int>(ConditionNode::Kind::Or));
static_assert(static_cast<int>(expr::Condition::Comparator::GreaterEqual)
    == static_cast<int>(ConditionNode::Comparator::GreaterEqual));

Problem problemOf(Kind kind, const expr::ExpressionError& e)
{
    Problem p { "Invalid " + std::string(parameterName(kind)) + ": " + e.message, Problem::kNoOffset, 0 };
    if (e.offset != expr::ExpressionError::kNoOffset) {
        p.offset = e.offset;
        p.length = e.length;
    }
    return p;
}

} // namespace

std::string_view parameterName(Kind kind)
{
    switch (kind) {
    case Kind::Condition:
        return "ConditionExpression";
    case Kind::Filter:
        return "FilterExpression";
    case Kind::KeyCondition:
        return "KeyConditionExpression";
    case Kind::Projection:
        return "ProjectionExpression";
    case Kind::Update:
        return "UpdateExpression";
    }
    return {};
}

std::vector<Token> tokenize(std::string_view text)
{
    const std::vector<expr::Token> tokens = expr::Lexer::tokenize(text);
    std::vector<Token> out;
    out.reserve(tokens.size());
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        out.push_back(Token { publicKind(tokens, i), static_cast<std::size_t>(tokens[i].text.data() - text.data()),
            tokens[i].text.size() });
    }
    return out;
}

bool isReservedWord(std::string_view word)
{
    return expr::ReservedWords::contains(word);
}

std::optional<Problem> check(Kind kind, std::string_view text, const Placeholders* placeholders)
{
    try {
        checkText(kind, text);
    } catch (const expr::ExpressionError& e) {
        Problem p = problemOf(kind, e);
        if (p.offset == Problem::kNoOffset)
            locate(text, p);
        return p;
    }
    if (!placeholders)
        return std::nullopt;
    bool valid = true;
    const std::optional<boost::json::object> names = jsonObject(placeholders->namesJson, &valid);
    const std::optional<boost::json::object> values = jsonObject(placeholders->valuesJson, &valid);
    if (!valid)
        return std::nullopt; // the map editor reports its own syntax
    try {
        expr::ExpressionContext context(names ? &*names : nullptr, values ? &*values : nullptr);
        try {
            parseWithContext(kind, text, context);
        } catch (const Error& e) {
            Problem p { e.message(), Problem::kNoOffset, 0 };
            locate(text, p);
            return p;
        }
    } catch (const Error& e) {
        return Problem { e.message(), Problem::kNoOffset, 0 };
    }
    return std::nullopt;
}

std::optional<std::string> unusedPlaceholders(
    const std::vector<std::string_view>& expressions, const Placeholders& placeholders)
{
    bool valid = true;
    const std::optional<boost::json::object> names = jsonObject(placeholders.namesJson, &valid);
    const std::optional<boost::json::object> values = jsonObject(placeholders.valuesJson, &valid);
    if (!valid)
        return std::nullopt;
    std::set<std::string_view> used;
    for (const std::string_view text : expressions) {
        for (const expr::Token& token : expr::Lexer::tokenize(text)) {
            if (token.kind == LexKind::NamePlaceholder || token.kind == LexKind::ValuePlaceholder)
                used.insert(token.text);
        }
    }
    const auto unused = [&used](const std::optional<boost::json::object>& map) {
        std::string keys;
        if (!map)
            return keys;
        for (const auto& entry : *map) {
            if (used.count(std::string_view(entry.key())))
                continue;
            if (!keys.empty())
                keys.append(", ");
            keys.append(entry.key());
        }
        return keys;
    };
    if (std::string keys = unused(names); !keys.empty())
        return "Value provided in ExpressionAttributeNames unused in expressions: keys: {" + keys + "}";
    if (std::string keys = unused(values); !keys.empty())
        return "Value provided in ExpressionAttributeValues unused in expressions: keys: {" + keys + "}";
    return std::nullopt;
}

std::optional<ConditionNode> parseCondition(Kind kind, std::string_view text, Problem* problem)
{
    try {
        expr::Parser::checkText(text, kind == Kind::Condition || kind == Kind::Filter);
        expr::Condition condition = expr::Parser(text).condition();
        expr::Translator::check(condition);
        return publicCondition(condition);
    } catch (const expr::ExpressionError& e) {
        if (problem) {
            *problem = problemOf(kind, e);
            if (problem->offset == Problem::kNoOffset)
                locate(text, *problem);
        }
    }
    return std::nullopt;
}

std::optional<std::vector<Path>> parseProjection(std::string_view text, Problem* problem)
{
    try {
        expr::Parser::checkText(text, false);
        const std::vector<expr::Path> paths = expr::Parser(text).projection();
        expr::Translator::check(paths);
        std::vector<Path> out;
        for (const expr::Path& path : paths)
            out.push_back(publicPath(path));
        return out;
    } catch (const expr::ExpressionError& e) {
        if (problem) {
            *problem = problemOf(Kind::Projection, e);
            if (problem->offset == Problem::kNoOffset)
                locate(text, *problem);
        }
    }
    return std::nullopt;
}

} // namespace dynoscope::ExpressionSyntax
