// A recursive-descent parser for DynamoDB's PartiQL dialect: SELECT, INSERT,
// UPDATE, DELETE and, in transactions, EXISTS(SELECT ...). Parameters ('?')
// are bound to the request's Parameters in order while parsing.
#pragma once

#include "partiql/Ast.h"
#include "partiql/Token.h"

#include <string_view>
#include <vector>

namespace dynoscope::partiql {

class Parser {
public:
    // Throws Error (ValidationException with DynamoDB's messages) when text
    // is not one well formed statement of the dialect, uses what DynamoDB
    // does not support, or has more '?' than parameters.
    static Statement parse(std::string_view text, const std::vector<AttributeValue>& parameters);

private:
    Parser(std::vector<Token> tokens, const std::vector<AttributeValue>& parameters);

    Statement statement();
    void select(Statement& s);
    void insert(Statement& s);
    void update(Statement& s);
    void remove(Statement& s);
    void returning(Statement& s);
    void unsupportedClauses();

    Expr orExpr();
    Expr andExpr();
    Expr notExpr();
    Expr predicate();
    Expr additive();
    Expr primary();
    Expr function(const std::string& name);
    Path path();
    std::string name();
    AttributeValue literal();
    AttributeValue mapLiteral();
    AttributeValue listLiteral();
    AttributeValue setLiteral();
    bool startsLiteral() const;

    const Token& peek(std::size_t ahead = 0) const;
    const Token& next();
    bool isWord(std::string_view keyword, std::size_t ahead = 0) const;
    bool isSymbol(std::string_view symbol, std::size_t ahead = 0) const;
    bool acceptWord(std::string_view keyword);
    bool acceptSymbol(std::string_view symbol);
    void expectWord(std::string_view keyword);
    void expectSymbol(std::string_view symbol);
    [[noreturn]] void unexpected() const;
    void enter();
    void leave() { --m_depth; }

    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    const std::vector<AttributeValue>& m_parameters;
    std::size_t m_parametersUsed = 0;
    int m_depth = 0;
};

} // namespace dynoscope::partiql
