// A token of DynamoDB's PartiQL dialect as the Lexer splits a statement.
#pragma once

#include <cstddef>
#include <string>

namespace dynoscope::partiql {

struct Token {
    enum class Kind : unsigned char {
        Word, // a bare identifier or keyword; keywords are case-insensitive
        QuotedName, // "name", with "" for a quote inside
        String, // 'text', with '' for a quote inside
        Number, // 12, 1.5, 1e3 (a leading sign is an operator)
        Symbol, // ( ) [ ] { } , . : ; ? * = <> != < <= > >= + - << >>
        End,
    };

    Kind kind = Kind::End;
    std::string text; // unquoted for QuotedName and String
    std::size_t position = 0; // byte offset in the statement
};

} // namespace dynoscope::partiql
