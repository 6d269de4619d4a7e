// The recursive-descent parser of DynamoDB's expression grammar (the grammar
// of DynamoDB's own ANTLR parser: conditions, update sections, projections).
// It reports syntax errors as DynamoDB does, naming the offending token and
// the text around it, and rejects redundant parentheses while parsing.
//
// Where the grammar has two alternatives starting with "(" the parser tries
// both and reports the failure that got furthest, which is the token DynamoDB's
// adaptive prediction names.
#pragma once

#include "expr/Ast.h"
#include "expr/Token.h"

#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dynoscope::expr {

class Parser {
public:
    // REQUIRES: text outlives the parser.
    explicit Parser(std::string_view text);

    // Refuses an empty or too long expression, with the length in the message
    // when reportLength (DynamoDB adds it for conditions and filters only).
    // Throws ExpressionError.
    static void checkText(std::string_view text, bool reportLength);

    // Each parses the whole text or throws ExpressionError.
    Condition condition();
    std::vector<UpdateAction> update();
    std::vector<Path> projection();

private:
    struct SyntaxFailure {
        std::size_t position;
    };
    // The outcome of a rule at a position, kept so that trying both
    // alternatives of nested parentheses stays linear instead of exponential.
    template <typename T> struct Memo {
        bool parsed = false;
        T result {};
        std::size_t end = 0; // where the rule stopped when parsed
        std::size_t failure = 0; // where it failed otherwise
    };

    Token::Kind peek(std::size_t ahead = 0) const;
    const Token& current() const { return m_tokens[m_significant[m_pos]]; }
    void advance() { ++m_pos; }
    void expect(Token::Kind kind);
    [[noreturn]] void fail() const { throw SyntaxFailure { m_pos }; }
    [[noreturn]] void redundantParentheses(std::size_t start) const;
    std::size_t tokenOffset(const Token& token) const
    {
        return static_cast<std::size_t>(token.text.data() - m_text.data());
    }
    // Runs whichever of two alternatives parses; when both fail, the failure
    // that got further wins.
    template <typename First, typename Second> auto either(First first, Second second) -> decltype(first());
    // Parses the whole text with rule, turning a syntax failure into
    // DynamoDB's message.
    template <typename Rule> auto parseAll(Rule rule) -> decltype(rule());
    // "(" rule ")": marks the result parenthesized, and refuses parentheses
    // around what already had its own.
    template <typename Rule> auto grouped(Rule rule) -> decltype(rule());
    // Counts one more level of parentheses for the lifetime of the guard.
    class DepthGuard {
    public:
        explicit DepthGuard(Parser& parser);
        ~DepthGuard() { --m_parser.m_depth; }
        DepthGuard(const DepthGuard&) = delete;
        DepthGuard& operator=(const DepthGuard&) = delete;

    private:
        Parser& m_parser;
    };
    template <typename T, typename Rule> T memoized(std::unordered_map<std::size_t, Memo<T>>& memo, Rule rule);
    std::string syntaxMessage(std::size_t position) const;

    Condition orCondition();
    Condition andCondition();
    Condition unaryCondition();
    Condition primaryCondition();
    Condition parsePrimaryCondition();
    Condition groupedCondition();
    Condition operandCondition();
    Operand operand();
    Operand parseOperand();
    Operand call();
    Path path();
    void section(Token::Kind keyword, int index, std::vector<UpdateAction>* actions);
    Operand setValue();
    Operand plainSetValue();
    Operand arithmetic();
    Operand groupedArithmetic();
    Operand sum();

    std::string_view m_text;
    std::vector<Token> m_tokens;
    std::vector<std::size_t> m_significant; // indexes of non-whitespace tokens, End last
    std::size_t m_pos = 0; // index into m_significant
    int m_depth = 0; // nesting of parenthesized rules
    std::unordered_map<std::size_t, Memo<Condition>> m_primaryMemo;
    std::unordered_map<std::size_t, Memo<Operand>> m_operandMemo;
};

} // namespace dynoscope::expr
