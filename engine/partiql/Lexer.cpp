// PartiQL tokens: names, quoted names, string and number literals, symbols.
#include "partiql/Lexer.h"

#include "partiql/Errors.h"

namespace dynoscope::partiql {

namespace {

bool isWordStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isWordPart(char c)
{
    return isWordStart(c) || isDigit(c);
}

// Reads a literal closed by quote, where a doubled quote stands for one.
std::string quoted(std::string_view text, std::size_t* pos, char quote)
{
    std::string out;
    std::size_t i = *pos + 1;
    while (i < text.size()) {
        if (text[i] == quote) {
            if (i + 1 < text.size() && text[i + 1] == quote) {
                out += quote;
                i += 2;
                continue;
            }
            *pos = i + 1;
            return out;
        }
        out += text[i++];
    }
    throw malformed(quote == '\'' ? "Unterminated string literal" : "Unterminated quoted identifier");
}

std::string number(std::string_view text, std::size_t* pos)
{
    std::size_t i = *pos;
    while (i < text.size() && isDigit(text[i]))
        ++i;
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && isDigit(text[i]))
            ++i;
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        std::size_t j = i + 1;
        if (j < text.size() && (text[j] == '+' || text[j] == '-'))
            ++j;
        if (j < text.size() && isDigit(text[j])) {
            i = j;
            while (i < text.size() && isDigit(text[i]))
                ++i;
        }
    }
    if (i < text.size() && isWordPart(text[i]))
        throw malformed("Invalid number literal at position " + std::to_string(*pos + 1));
    std::string out(text.substr(*pos, i - *pos));
    *pos = i;
    return out;
}

} // namespace

std::vector<Token> Lexer::tokenize(std::string_view text)
{
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            ++i;
            continue;
        }
        if (c == '-' && i + 1 < text.size() && text[i + 1] == '-') {
            while (i < text.size() && text[i] != '\n')
                ++i;
            continue;
        }
        if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
            const std::size_t end = text.find("*/", i + 2);
            if (end == std::string_view::npos)
                throw malformed("Unterminated comment");
            i = end + 2;
            continue;
        }
        Token token;
        token.position = i;
        if (isWordStart(c)) {
            std::size_t j = i;
            while (j < text.size() && isWordPart(text[j]))
                ++j;
            token.kind = Token::Kind::Word;
            token.text = std::string(text.substr(i, j - i));
            i = j;
        } else if (c == '"' || c == '\'') {
            token.kind = c == '"' ? Token::Kind::QuotedName : Token::Kind::String;
            token.text = quoted(text, &i, c);
        } else if (isDigit(c) || (c == '.' && i + 1 < text.size() && isDigit(text[i + 1]))) {
            token.kind = Token::Kind::Number;
            token.text = number(text, &i);
        } else {
            static constexpr std::string_view kTwoChar[] = { "<>", "!=", "<=", ">=", "<<", ">>" };
            token.kind = Token::Kind::Symbol;
            for (std::string_view symbol : kTwoChar)
                if (text.substr(i, 2) == symbol)
                    token.text = std::string(symbol);
            if (token.text.empty()) {
                if (std::string_view("()[]{},.:;?*=<>+-").find(c) == std::string_view::npos)
                    throw malformed(
                        "Unexpected character '" + std::string(1, c) + "' at position " + std::to_string(i + 1));
                token.text = std::string(1, c);
            }
            i += token.text.size();
        }
        tokens.push_back(std::move(token));
    }
    Token end;
    end.position = text.size();
    tokens.push_back(end);
    return tokens;
}

} // namespace dynoscope::partiql
