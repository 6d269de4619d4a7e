// The expression lexer.
#include "expr/Lexer.h"

#include <algorithm>
#include <array>
#include <utility>

namespace dynoscope::expr {

namespace {

using Kind = Token::Kind;

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isNameChar(char c)
{
    return isLetter(c) || isDigit(c) || c == '_';
}
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool equalsIgnoreCase(std::string_view a, std::string_view upper)
{
    if (a.size() != upper.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (c != upper[i])
            return false;
    }
    return true;
}

Kind wordKind(std::string_view word)
{
    static constexpr std::array<std::pair<std::string_view, Kind>, 9> kKeywords = { {
        { "IN", Kind::In },
        { "BETWEEN", Kind::Between },
        { "NOT", Kind::Not },
        { "AND", Kind::And },
        { "OR", Kind::Or },
        { "SET", Kind::Set },
        { "ADD", Kind::Add },
        { "DELETE", Kind::Delete },
        { "REMOVE", Kind::Remove },
    } };
    for (const auto& [keyword, kind] : kKeywords) {
        if (equalsIgnoreCase(word, keyword))
            return kind;
    }
    return Kind::Identifier;
}

// Length of the UTF-8 sequence starting with lead, so that a non-ASCII
// character is one Unknown token like the code point it encodes.
std::size_t utf8Length(unsigned char lead)
{
    if (lead >= 0xF0)
        return 4;
    if (lead >= 0xE0)
        return 3;
    if (lead >= 0xC0)
        return 2;
    return 1;
}

Kind punctuation(char c, char next, std::size_t* length)
{
    *length = 1;
    switch (c) {
    case ',':
        return Kind::Comma;
    case '(':
        return Kind::LeftParen;
    case ')':
        return Kind::RightParen;
    case '.':
        return Kind::Dot;
    case '[':
        return Kind::LeftBracket;
    case ']':
        return Kind::RightBracket;
    case '=':
        return Kind::Equal;
    case '+':
        return Kind::Plus;
    case '-':
        return Kind::Minus;
    case '<':
        if (next == '>' || next == '=') {
            *length = 2;
            return next == '>' ? Kind::NotEqual : Kind::LessEqual;
        }
        return Kind::Less;
    case '>':
        if (next == '=') {
            *length = 2;
            return Kind::GreaterEqual;
        }
        return Kind::Greater;
    default:
        return Kind::Unknown;
    }
}

} // namespace

std::vector<Token> Lexer::tokenize(std::string_view text)
{
    std::vector<Token> tokens;
    std::size_t i = 0;
    const auto take = [&](Kind kind, std::size_t end) {
        tokens.push_back(Token { kind, text.substr(i, end - i) });
        i = end;
    };
    while (i < text.size()) {
        const char c = text[i];
        std::size_t end = i + 1;
        if (isSpace(c)) {
            while (end < text.size() && isSpace(text[end]))
                ++end;
            take(Kind::Whitespace, end);
        } else if (isLetter(c)) {
            while (end < text.size() && isNameChar(text[end]))
                ++end;
            take(wordKind(text.substr(i, end - i)), end);
        } else if (isDigit(c)) {
            // No leading zeros: "007" is three tokens, as in DynamoDB.
            if (c != '0') {
                while (end < text.size() && isDigit(text[end]))
                    ++end;
            }
            take(Kind::Index, end);
        } else if ((c == '#' || c == ':') && end < text.size() && isNameChar(text[end])) {
            while (end < text.size() && isNameChar(text[end]))
                ++end;
            take(c == '#' ? Kind::NamePlaceholder : Kind::ValuePlaceholder, end);
        } else {
            std::size_t length = 1;
            const Kind kind = punctuation(c, i + 1 < text.size() ? text[i + 1] : '\0', &length);
            if (kind == Kind::Unknown)
                length = utf8Length(static_cast<unsigned char>(c));
            take(kind, std::min(text.size(), i + length));
        }
    }
    tokens.push_back(Token { Kind::End, {} });
    return tokens;
}

} // namespace dynoscope::expr
