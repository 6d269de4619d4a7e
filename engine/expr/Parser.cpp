// The expression parser.
#include "expr/Parser.h"

#include "expr/ExpressionError.h"
#include "expr/Lexer.h"
#include "expr/Limits.h"

#include <algorithm>
#include <cstdint>

namespace dynoscope::expr {

namespace {

using Kind = Token::Kind;

// Java's Integer.MAX_VALUE: DynamoDB parses list indexes as int.
constexpr std::uint64_t kMaxIndex = 2147483647;
// Parentheses nested deeper than this are refused as a syntax error at the
// token reached, bounding the parser's recursion; a 4 KB expression can only
// nest this deep with redundant parentheses.
constexpr int kMaxDepth = 500;

bool isComparator(Kind kind)
{
    return kind >= Kind::Equal && kind <= Kind::GreaterEqual;
}

Condition::Comparator comparatorOf(Kind kind)
{
    return static_cast<Condition::Comparator>(static_cast<int>(kind) - static_cast<int>(Kind::Equal));
}

bool isSectionKeyword(Kind kind)
{
    return kind >= Kind::Set && kind <= Kind::Remove;
}

Condition binary(Condition::Kind kind, Condition left, Condition right)
{
    Condition c;
    c.kind = kind;
    c.children.push_back(std::move(left));
    c.children.push_back(std::move(right));
    return c;
}

} // namespace

Parser::Parser(std::string_view text)
    : m_text(text)
    , m_tokens(Lexer::tokenize(text))
{
    for (std::size_t i = 0; i < m_tokens.size(); ++i) {
        if (m_tokens[i].kind != Kind::Whitespace)
            m_significant.push_back(i);
    }
}

void Parser::checkText(std::string_view text, bool reportLength)
{
    if (text.empty())
        throw ExpressionError { "The expression can not be empty;" };
    // Java counts UTF-16 code units: every byte but continuation bytes, and
    // two for a character beyond the BMP.
    std::size_t length = 0;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte & 0xC0) != 0x80)
            length += byte >= 0xF0 ? 2 : 1;
    }
    if (length > kMaxExpressionLength)
        throw ExpressionError { "Expression size has exceeded the maximum allowed size;"
            + (reportLength ? " expression size: " + std::to_string(length) : std::string()) };
}

Token::Kind Parser::peek(std::size_t ahead) const
{
    const std::size_t i = std::min(m_pos + ahead, m_significant.size() - 1);
    return m_tokens[m_significant[i]].kind;
}

void Parser::expect(Token::Kind kind)
{
    if (peek() != kind)
        fail();
    advance();
}

// The error covers the parentheses from the "(" at start to the ")" just read.
void Parser::redundantParentheses(std::size_t start) const
{
    const std::size_t begin = tokenOffset(m_tokens[m_significant[start]]);
    const Token& close = m_tokens[m_significant[m_pos - 1]];
    throw ExpressionError { "The expression has redundant parentheses;", begin,
        tokenOffset(close) + close.text.size() - begin };
}

template <typename First, typename Second> auto Parser::either(First first, Second second) -> decltype(first())
{
    const std::size_t start = m_pos;
    try {
        return first();
    } catch (const SyntaxFailure& a) {
        m_pos = start;
        try {
            return second();
        } catch (const SyntaxFailure& b) {
            throw SyntaxFailure { std::max(a.position, b.position) };
        }
    }
}

Parser::DepthGuard::DepthGuard(Parser& parser)
    : m_parser(parser)
{
    if (parser.m_depth >= kMaxDepth)
        parser.fail();
    ++parser.m_depth;
}

template <typename T, typename Rule> T Parser::memoized(std::unordered_map<std::size_t, Memo<T>>& memo, Rule rule)
{
    const std::size_t start = m_pos;
    if (const auto it = memo.find(start); it != memo.end()) {
        if (!it->second.parsed)
            throw SyntaxFailure { it->second.failure };
        m_pos = it->second.end;
        return it->second.result;
    }
    const DepthGuard guard(*this);
    try {
        T result = rule();
        memo.emplace(start, Memo<T> { true, result, m_pos, 0 });
        return result;
    } catch (const SyntaxFailure& failure) {
        memo.emplace(start, Memo<T> { false, T {}, 0, failure.position });
        throw;
    }
}

template <typename Rule> auto Parser::parseAll(Rule rule) -> decltype(rule())
{
    try {
        auto result = rule();
        expect(Kind::End);
        return result;
    } catch (const SyntaxFailure& failure) {
        const Token& token = m_tokens[m_significant[failure.position]];
        const std::size_t at = token.kind == Kind::End ? m_text.size() : tokenOffset(token);
        throw ExpressionError { syntaxMessage(failure.position), at, token.text.size() };
    }
}

// DynamoDB quotes the offending token and the text from the token before it
// to the token after it, whitespace included; the end of the text is "<EOF>"
// and contributes no text.
template <typename Rule> auto Parser::grouped(Rule rule) -> decltype(rule())
{
    const std::size_t start = m_pos;
    expect(Kind::LeftParen);
    auto result = rule();
    expect(Kind::RightParen);
    if (result.parenthesized)
        redundantParentheses(start);
    result.parenthesized = true;
    return result;
}

std::string Parser::syntaxMessage(std::size_t position) const
{
    const Token& token = m_tokens[m_significant[position]];
    const auto offset = [this](const Token& t) { return tokenOffset(t); };
    const std::size_t begin = position > 0 ? offset(m_tokens[m_significant[position - 1]]) : 0;
    std::size_t end = m_text.size();
    if (token.kind != Kind::End && position + 1 < m_significant.size()) {
        const Token& next = m_tokens[m_significant[position + 1]];
        if (next.kind != Kind::End)
            end = offset(next) + next.text.size();
    }
    const std::string_view shown = token.kind == Kind::End ? std::string_view("<EOF>") : token.text;
    return "Syntax error; token: \"" + std::string(shown) + "\", near: \""
        + std::string(m_text.substr(begin, end - begin)) + "\"";
}

Condition Parser::condition()
{
    return parseAll([this] { return orCondition(); });
}

Condition Parser::orCondition()
{
    Condition left = andCondition();
    while (peek() == Kind::Or) {
        advance();
        left = binary(Condition::Kind::Or, std::move(left), andCondition());
    }
    return left;
}

Condition Parser::andCondition()
{
    Condition left = unaryCondition();
    while (peek() == Kind::And) {
        advance();
        left = binary(Condition::Kind::And, std::move(left), unaryCondition());
    }
    return left;
}

// NOT binds tighter than AND and OR. A run of NOTs is counted rather than
// recursed into, so that it cannot exhaust the stack.
Condition Parser::unaryCondition()
{
    std::size_t nots = 0;
    for (; peek() == Kind::Not; ++nots)
        advance();
    Condition c = primaryCondition();
    for (; nots > 0; --nots) {
        Condition negation;
        negation.kind = Condition::Kind::Not;
        negation.children.push_back(std::move(c));
        c = std::move(negation);
    }
    return c;
}

Condition Parser::primaryCondition()
{
    return memoized(m_primaryMemo, [this] { return parsePrimaryCondition(); });
}

// "(" starts either a grouped condition or a parenthesized operand. A grouped
// condition only wins when what follows can follow a condition, so that
// "(size(a)) > :v" reads as a comparison, as DynamoDB's full-context
// prediction reads it.
Condition Parser::parsePrimaryCondition()
{
    if (peek() != Kind::LeftParen)
        return operandCondition();
    const std::size_t start = m_pos;
    std::size_t failure = 0;
    try {
        Condition c = groupedCondition();
        const Kind next = peek();
        if (next == Kind::And || next == Kind::Or || next == Kind::RightParen || next == Kind::End)
            return c;
        failure = m_pos;
    } catch (const SyntaxFailure& f) {
        failure = f.position;
    }
    m_pos = start;
    try {
        return operandCondition();
    } catch (const SyntaxFailure& f) {
        throw SyntaxFailure { std::max(failure, f.position) };
    }
}

Condition Parser::groupedCondition()
{
    return grouped([this] { return orCondition(); });
}

// A comparison, BETWEEN, IN or a function call used as a condition.
Condition Parser::operandCondition()
{
    Condition c;
    Operand left = operand();
    const Kind kind = peek();
    if (isComparator(kind)) {
        advance();
        c.kind = Condition::Kind::Compare;
        c.comparator = comparatorOf(kind);
        c.operands.push_back(std::move(left));
        c.operands.push_back(operand());
    } else if (kind == Kind::Between) {
        advance();
        c.kind = Condition::Kind::Between;
        c.operands.push_back(std::move(left));
        c.operands.push_back(operand());
        expect(Kind::And);
        c.operands.push_back(operand());
    } else if (kind == Kind::In) {
        advance();
        c.kind = Condition::Kind::In;
        c.operands.push_back(std::move(left));
        expect(Kind::LeftParen);
        c.operands.push_back(operand());
        while (peek() == Kind::Comma) {
            advance();
            c.operands.push_back(operand());
        }
        expect(Kind::RightParen);
    } else if (left.kind == Operand::Kind::Call && !left.parenthesized) {
        c.kind = Condition::Kind::Call;
        c.functionText = std::move(left.functionText);
        c.operands = std::move(left.args);
    } else {
        fail();
    }
    return c;
}

Operand Parser::operand()
{
    return memoized(m_operandMemo, [this] { return parseOperand(); });
}

Operand Parser::parseOperand()
{
    switch (peek()) {
    case Kind::LeftParen:
        return grouped([this] { return operand(); });
    case Kind::ValuePlaceholder: {
        Operand o;
        o.kind = Operand::Kind::Value;
        o.placeholder = std::string(current().text);
        advance();
        return o;
    }
    case Kind::Identifier:
        if (peek(1) == Kind::LeftParen)
            return call();
        [[fallthrough]];
    case Kind::NamePlaceholder: {
        Operand o;
        o.path = path();
        return o;
    }
    default:
        fail();
    }
}

Operand Parser::call()
{
    Operand o;
    o.kind = Operand::Kind::Call;
    o.functionText = std::string(current().text);
    advance();
    expect(Kind::LeftParen);
    o.args.push_back(operand());
    while (peek() == Kind::Comma) {
        advance();
        o.args.push_back(operand());
    }
    expect(Kind::RightParen);
    return o;
}

Path Parser::path()
{
    Path p;
    const auto name = [&] {
        if (peek() != Kind::Identifier && peek() != Kind::NamePlaceholder)
            fail();
        p.elements.push_back(PathElement { std::string(current().text), 0, false, peek() == Kind::NamePlaceholder });
        advance();
    };
    name();
    for (;;) {
        if (peek() == Kind::Dot) {
            advance();
            name();
        } else if (peek() == Kind::LeftBracket) {
            advance();
            if (peek() != Kind::Index)
                fail();
            const std::string_view digits = current().text;
            std::uint64_t index = 0;
            for (const char c : digits) {
                index = std::min<std::uint64_t>(index * 10 + std::uint64_t(c - '0'), kMaxIndex + 1);
            }
            if (index > kMaxIndex && p.outOfRangeIndex.empty())
                p.outOfRangeIndex = "[" + std::string(digits) + "]";
            p.elements.push_back(PathElement { {}, static_cast<std::uint32_t>(index), true, false });
            advance();
            expect(Kind::RightBracket);
        } else {
            return p;
        }
    }
}

std::vector<UpdateAction> Parser::update()
{
    return parseAll([this] {
        std::vector<UpdateAction> actions;
        int index = 0;
        do {
            if (!isSectionKeyword(peek()))
                fail();
            section(peek(), index++, &actions);
        } while (isSectionKeyword(peek()));
        return actions;
    });
}

void Parser::section(Token::Kind keyword, int index, std::vector<UpdateAction>* actions)
{
    advance();
    do {
        UpdateAction action;
        action.section = index;
        action.path = path();
        switch (keyword) {
        case Kind::Set:
            action.kind = UpdateAction::Kind::Set;
            expect(Kind::Equal);
            action.value = setValue();
            break;
        case Kind::Remove:
            action.kind = UpdateAction::Kind::Remove;
            break;
        default:
            action.kind = keyword == Kind::Add ? UpdateAction::Kind::Add : UpdateAction::Kind::Delete;
            if (peek() != Kind::ValuePlaceholder)
                fail();
            action.value.kind = Operand::Kind::Value;
            action.value.placeholder = std::string(current().text);
            advance();
            break;
        }
        actions->push_back(std::move(action));
        if (peek() != Kind::Comma)
            return;
        advance();
    } while (true);
}

// set_value: an operand, "operand + operand", "operand - operand", or the
// latter in parentheses.
Operand Parser::setValue()
{
    if (peek() == Kind::LeftParen)
        return either([this] { return groupedArithmetic(); }, [this] { return plainSetValue(); });
    return plainSetValue();
}

Operand Parser::plainSetValue()
{
    Operand left = operand();
    if (peek() != Kind::Plus && peek() != Kind::Minus)
        return left;
    Operand o;
    o.kind = peek() == Kind::Plus ? Operand::Kind::Plus : Operand::Kind::Minus;
    advance();
    o.args.push_back(std::move(left));
    o.args.push_back(operand());
    return o;
}

Operand Parser::arithmetic()
{
    if (peek() == Kind::LeftParen)
        return either([this] { return groupedArithmetic(); }, [this] { return sum(); });
    return sum();
}

Operand Parser::groupedArithmetic()
{
    const DepthGuard guard(*this);
    return grouped([this] { return arithmetic(); });
}

Operand Parser::sum()
{
    Operand left = operand();
    if (peek() != Kind::Plus && peek() != Kind::Minus)
        fail();
    Operand o;
    o.kind = peek() == Kind::Plus ? Operand::Kind::Plus : Operand::Kind::Minus;
    advance();
    o.args.push_back(std::move(left));
    o.args.push_back(operand());
    return o;
}

std::vector<Path> Parser::projection()
{
    return parseAll([this] {
        std::vector<Path> paths;
        paths.push_back(path());
        while (peek() == Kind::Comma) {
            advance();
            paths.push_back(path());
        }
        return paths;
    });
}

} // namespace dynoscope::expr
