// A token of DynamoDB's expression language, as its lexer splits the text.
#pragma once

#include <cstddef>
#include <string_view>

namespace dynoscope::expr {

struct Token {
    enum class Kind : unsigned char {
        Whitespace, // hidden from the parser; only quoted in syntax errors
        Comma,
        LeftParen,
        RightParen,
        Dot,
        LeftBracket,
        RightBracket,
        Equal,
        NotEqual,
        Less,
        LessEqual,
        Greater,
        GreaterEqual,
        Plus,
        Minus,
        In, // keywords are case-insensitive
        Between,
        Not,
        And,
        Or,
        Set,
        Add,
        Delete,
        Remove,
        Index, // "0" or digits without a leading zero
        Identifier, // [A-Za-z][A-Za-z0-9_]*
        NamePlaceholder, // #[A-Za-z0-9_]+
        ValuePlaceholder, // :[A-Za-z0-9_]+
        Unknown, // any other single character
        End,
    };

    Kind kind = Kind::End;
    std::string_view text; // a view into the expression; empty for End
};

} // namespace dynoscope::expr
