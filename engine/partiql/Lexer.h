// Splits a PartiQL statement into tokens, skipping whitespace and the
// comments DynamoDB accepts (-- to the end of a line, /* ... */).
#pragma once

#include "partiql/Token.h"

#include <string_view>
#include <vector>

namespace dynoscope::partiql {

class Lexer {
public:
    // Every token of text, ending with one End token. Throws Error
    // (ValidationException "Statement wasn't well formed...") on an
    // unterminated literal or comment, or a character that starts no token.
    static std::vector<Token> tokenize(std::string_view text);
};

} // namespace dynoscope::partiql
