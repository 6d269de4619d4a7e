// Splits an expression into tokens with the rules of DynamoDB's lexer: the
// longest match wins, keywords beat identifiers of the same length, and any
// character that starts no token is a token of its own.
#pragma once

#include "expr/Token.h"

#include <string_view>
#include <vector>

namespace dynoscope::expr {

class Lexer {
public:
    // Every token of text, whitespace included, ending with one End token.
    // The tokens are views into text, which must outlive them.
    static std::vector<Token> tokenize(std::string_view text);
};

} // namespace dynoscope::expr
