// Strict JSON parsing with positions.
#include "items/ItemJsonReader.h"

#include <cctype>

namespace dynoscope::ui {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool isWordChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '+' || c == '-';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Length of the valid UTF-8 sequence starting at text[pos], or 0 (overlong
// forms, surrogates and code points past U+10FFFF are invalid).
int utf8SequenceLength(QByteArrayView text, qsizetype pos)
{
    const auto at = [&](qsizetype i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
    const unsigned b0 = at(pos);
    const auto continuation = [&](qsizetype i) { return (at(i) & 0xC0) == 0x80; };
    if (b0 < 0x80)
        return 1;
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return continuation(pos + 1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        const unsigned b1 = at(pos + 1);
        if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 >= 0xA0))
            return 0;
        return continuation(pos + 1) && continuation(pos + 2) ? 3 : 0;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        const unsigned b1 = at(pos + 1);
        if ((b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 >= 0x90))
            return 0;
        return continuation(pos + 1) && continuation(pos + 2) && continuation(pos + 3) ? 4 : 0;
    }
    return 0;
}

void appendUtf8(QByteArray& out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

class Parser {
public:
    explicit Parser(QByteArrayView text)
        : m_text(text)
    {
    }

    std::optional<ItemJsonValue> run(ItemJsonError* error)
    {
        if (m_text.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        ItemJsonValue result;
        bool ok = value(result, 0);
        if (ok) {
            skipSpace();
            if (m_pos < m_text.size())
                ok = fail(m_pos, ItemJsonReader::tr("Unexpected text after the JSON value"), m_text.size() - m_pos);
        }
        if (ok)
            return result;
        if (error) {
            *error = m_error;
            error->locate(m_text);
        }
        return std::nullopt;
    }

private:
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    bool atEnd() const { return m_pos >= m_text.size(); }

    bool fail(qsizetype at, QString message, qsizetype length = 1)
    {
        m_error = ItemJsonError::at(at, std::move(message), length);
        return false;
    }
    bool failAtEnd() { return fail(m_text.size(), ItemJsonReader::tr("Unexpected end of text")); }

    void skipSpace()
    {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
    }

    qsizetype wordEnd(qsizetype from) const
    {
        qsizetype end = from;
        while (end < m_text.size() && isWordChar(m_text[end]))
            ++end;
        return std::max(end, from + 1);
    }

    // Bytes of the token at pos, so that a problem underlines all of it.
    qsizetype tokenLength(qsizetype pos) const
    {
        if (pos >= m_text.size())
            return 1;
        if (m_text[pos] == '"') {
            qsizetype end = pos + 1;
            while (end < m_text.size() && m_text[end] != '"' && m_text[end] != '\n')
                end += m_text[end] == '\\' ? 2 : 1;
            return std::min(end + 1, m_text.size()) - pos;
        }
        if (isWordChar(m_text[pos]))
            return wordEnd(pos) - pos;
        return std::max(utf8SequenceLength(m_text, pos), 1);
    }

    bool value(ItemJsonValue& out, int depth)
    {
        skipSpace();
        if (atEnd())
            return failAtEnd();
        const qsizetype start = m_pos;
        const char c = peek();
        bool ok = false;
        if (c == '{' || c == '[') {
            if (depth >= ItemJsonReader::kMaxDepth)
                return fail(start,
                    ItemJsonReader::tr("Nested too deeply (more than %1 levels)").arg(ItemJsonReader::kMaxDepth));
            ok = c == '{' ? object(out, depth + 1) : array(out, depth + 1);
        } else if (c == '"') {
            QString text;
            ok = string(text);
            out = ItemJsonValue::string(std::move(text));
        } else if (c == '-' || isDigit(c)) {
            ok = number(out);
        } else {
            ok = word(out);
        }
        out.setOffset(start);
        return ok;
    }

    bool object(ItemJsonValue& out, int depth)
    {
        out = ItemJsonValue::object();
        ++m_pos; // '{'
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            if (atEnd())
                return failAtEnd();
            const qsizetype nameOffset = m_pos;
            if (peek() != '"')
                return unexpectedInObject();
            QString name;
            if (!string(name))
                return false;
            skipSpace();
            if (peek() != ':')
                return atEnd()
                    ? failAtEnd()
                    : fail(m_pos, ItemJsonReader::tr("Expected “:” after the member name"), tokenLength(m_pos));
            ++m_pos;
            ItemJsonValue member;
            if (!value(member, depth))
                return false;
            out.members().push_back(ItemJsonValue::Member { std::move(name), std::move(member), nameOffset });
            skipSpace();
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            if (peek() != ',')
                return atEnd()
                    ? failAtEnd()
                    : fail(m_pos, ItemJsonReader::tr("Expected “,” or “}” after a member"), tokenLength(m_pos));
            const qsizetype comma = m_pos++;
            skipSpace();
            if (peek() == '}')
                return fail(comma, ItemJsonReader::tr("Trailing comma before “}”"));
        }
    }

    bool unexpectedInObject()
    {
        const char c = peek();
        if (c == '\'')
            return fail(m_pos, ItemJsonReader::tr("Member names need double quotes, not single quotes"));
        if (c == '/')
            return fail(m_pos, ItemJsonReader::tr("Comments are not allowed in JSON"));
        if (isWordChar(c)) {
            const qsizetype end = wordEnd(m_pos);
            return fail(m_pos,
                ItemJsonReader::tr("Member names need double quotes: \"%1\"")
                    .arg(QString::fromUtf8(m_text.sliced(m_pos, end - m_pos))),
                end - m_pos);
        }
        return fail(m_pos, ItemJsonReader::tr("Expected a member name in double quotes"), tokenLength(m_pos));
    }

    bool array(ItemJsonValue& out, int depth)
    {
        out = ItemJsonValue::array();
        ++m_pos; // '['
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            ItemJsonValue element;
            if (!value(element, depth))
                return false;
            out.append(std::move(element));
            skipSpace();
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            if (peek() != ',')
                return atEnd()
                    ? failAtEnd()
                    : fail(m_pos, ItemJsonReader::tr("Expected “,” or “]” after an element"), tokenLength(m_pos));
            const qsizetype comma = m_pos++;
            skipSpace();
            if (peek() == ']')
                return fail(comma, ItemJsonReader::tr("Trailing comma before “]”"));
        }
    }

    bool string(QString& out)
    {
        const qsizetype start = m_pos++;
        QByteArray bytes;
        while (true) {
            if (atEnd())
                return fail(start, ItemJsonReader::tr("Unterminated string"), m_pos - start);
            const char c = m_text[m_pos];
            const auto byte = static_cast<unsigned char>(c);
            if (c == '"') {
                ++m_pos;
                out = QString::fromUtf8(bytes);
                return true;
            }
            if (c == '\\') {
                if (!escape(bytes))
                    return false;
            } else if (byte < 0x20) {
                return fail(m_pos,
                    c == '\n' ? ItemJsonReader::tr("Unterminated string (a line break must be written \\n)")
                              : ItemJsonReader::tr("Control characters must be escaped in strings"));
            } else {
                const int length = utf8SequenceLength(m_text, m_pos);
                if (length == 0)
                    return fail(m_pos, ItemJsonReader::tr("Invalid UTF-8"));
                bytes += m_text.sliced(m_pos, length);
                m_pos += length;
            }
        }
    }

    bool escape(QByteArray& bytes)
    {
        const qsizetype start = m_pos++;
        if (atEnd())
            return failAtEnd();
        const char c = m_text[m_pos++];
        switch (c) {
        case '"':
            bytes += '"';
            return true;
        case '\\':
            bytes += '\\';
            return true;
        case '/':
            bytes += '/';
            return true;
        case 'b':
            bytes += '\b';
            return true;
        case 'f':
            bytes += '\f';
            return true;
        case 'n':
            bytes += '\n';
            return true;
        case 'r':
            bytes += '\r';
            return true;
        case 't':
            bytes += '\t';
            return true;
        case 'u':
            break;
        default:
            return fail(start, ItemJsonReader::tr("Invalid escape sequence “\\%1”").arg(QLatin1Char(c)), 2);
        }
        char32_t unit = 0;
        if (!hex4(start, &unit))
            return false;
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return fail(start, ItemJsonReader::tr("Unpaired surrogate in a \\u escape"), 6);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            char32_t low = 0;
            if (!m_text.sliced(m_pos).startsWith("\\u"))
                return fail(start, ItemJsonReader::tr("Unpaired surrogate in a \\u escape"), 6);
            const qsizetype lowStart = m_pos;
            m_pos += 2;
            if (!hex4(lowStart, &low))
                return false;
            if (low < 0xDC00 || low > 0xDFFF)
                return fail(start, ItemJsonReader::tr("Unpaired surrogate in a \\u escape"), 12);
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        }
        appendUtf8(bytes, unit);
        return true;
    }

    bool hex4(qsizetype escapeStart, char32_t* out)
    {
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(peek());
            if (h < 0)
                return fail(escapeStart, ItemJsonReader::tr("A \\u escape needs four hexadecimal digits"),
                    m_pos - escapeStart + 1);
            v = v * 16 + char32_t(h);
            ++m_pos;
        }
        *out = v;
        return true;
    }

    bool number(ItemJsonValue& out)
    {
        const qsizetype start = m_pos;
        const qsizetype end = wordEnd(start);
        const QString token = QString::fromLatin1(m_text.sliced(start, end - start));
        // The longest prefix the grammar accepts ends the number; anything
        // glued to it ("1.5x", "01") makes the whole token invalid.
        if (!ItemJsonReader::isJsonNumber(token))
            return fail(start, ItemJsonReader::tr("Invalid number “%1”").arg(token), end - start);
        m_pos = end;
        out = ItemJsonValue::number(token);
        return true;
    }

    bool word(ItemJsonValue& out)
    {
        const qsizetype start = m_pos;
        const char c = peek();
        if (c == '\'')
            return fail(start, ItemJsonReader::tr("Strings need double quotes, not single quotes"));
        if (c == '/')
            return fail(start, ItemJsonReader::tr("Comments are not allowed in JSON"));
        if (!isWordChar(c)) {
            const int length = std::max(utf8SequenceLength(m_text, start), 1);
            return fail(start,
                ItemJsonReader::tr("Unexpected “%1”: expected a value")
                    .arg(QString::fromUtf8(m_text.sliced(start, length))),
                length);
        }
        const qsizetype end = wordEnd(start);
        const QByteArrayView w = m_text.sliced(start, end - start);
        m_pos = end;
        if (w == "true" || w == "false") {
            out = ItemJsonValue::boolean(w == "true");
            return true;
        }
        if (w == "null") {
            out = ItemJsonValue();
            return true;
        }
        if (c == '+' || c == '.' || isDigit(c) || w == "NaN" || w == "Infinity")
            return fail(start, ItemJsonReader::tr("Invalid number “%1”").arg(QString::fromUtf8(w)), end - start);
        return fail(start,
            ItemJsonReader::tr("Unexpected word “%1”: strings need double quotes").arg(QString::fromUtf8(w)),
            end - start);
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    ItemJsonError m_error;
};

} // namespace

std::optional<ItemJsonValue> ItemJsonReader::parse(QByteArrayView text, ItemJsonError* error)
{
    return Parser(text).run(error);
}

bool ItemJsonReader::isJsonNumber(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto digit = [&](qsizetype at) { return at < n && text[at] >= u'0' && text[at] <= u'9'; };
    if (i < n && text[i] == u'-')
        ++i;
    if (!digit(i))
        return false;
    if (text[i] == u'0')
        ++i;
    else
        while (digit(i))
            ++i;
    if (i < n && text[i] == u'.') {
        if (!digit(++i))
            return false;
        while (digit(i))
            ++i;
    }
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        if (i < n && (text[i] == u'+' || text[i] == u'-'))
            ++i;
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
    }
    return i == n;
}

} // namespace dynoscope::ui
