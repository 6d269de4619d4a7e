// The PartiQL scanner and its QScintilla styling.
#include "partiql/PartiqlLexer.h"

#include <Qsci/qsciscintilla.h>

#include <QFontDatabase>
#include <QPalette>
#include <QSet>

namespace dynoscope::ui {

namespace {

bool isIdentifierStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (static_cast<unsigned char>(c) >= 0x80);
}

bool isIdentifierPart(char c)
{
    return isIdentifierStart(c) || (c >= '0' && c <= '9');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

QSet<QByteArray> upperLatin1(const QStringList& words)
{
    QSet<QByteArray> set;
    for (const QString& word : words)
        set.insert(word.toLatin1());
    return set;
}

// Ends a quoted run: the quote doubled inside escapes it ('it''s').
int quotedEnd(const QByteArray& text, int from, char quote)
{
    int i = from + 1;
    while (i < text.size()) {
        if (text.at(i) == quote) {
            if (i + 1 < text.size() && text.at(i + 1) == quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return int(text.size()); // unterminated: to the end
}

} // namespace

PartiqlLexer::PartiqlLexer(QObject* parent)
    : QsciLexerCustom(parent)
{
    applyPalette(QPalette());
}

const char* PartiqlLexer::language() const
{
    return "PartiQL";
}

const char* PartiqlLexer::wordCharacters() const
{
    return "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
}

QString PartiqlLexer::description(int style) const
{
    switch (style) {
    case Default:
        return tr("Default");
    case Keyword:
        return tr("Keyword");
    case Function:
        return tr("Function");
    case String:
        return tr("String");
    case Number:
        return tr("Number");
    case QuotedIdentifier:
        return tr("Quoted identifier");
    case Parameter:
        return tr("Parameter");
    case Comment:
        return tr("Comment");
    case BlockComment:
        return tr("Block comment");
    case Operator:
        return tr("Operator");
    default:
        return {};
    }
}

QColor PartiqlLexer::defaultColor(int style) const
{
    return style >= 0 && style < StyleCount ? m_colors[style] : m_colors[Default];
}

QFont PartiqlLexer::defaultFont(int style) const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (style == Keyword)
        font.setBold(true);
    if (style == Comment || style == BlockComment)
        font.setItalic(true);
    return font;
}

void PartiqlLexer::applyPalette(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QColor text = palette.color(QPalette::Text);
    if (dark) {
        m_colors[Default] = text;
        m_colors[Keyword] = QColor(0x56, 0x9c, 0xd6);
        m_colors[Function] = QColor(0xdc, 0xdc, 0xaa);
        m_colors[String] = QColor(0xce, 0x91, 0x78);
        m_colors[Number] = QColor(0xb5, 0xce, 0xa8);
        m_colors[QuotedIdentifier] = QColor(0x9c, 0xdc, 0xfe);
        m_colors[Parameter] = QColor(0xd7, 0xba, 0x7d);
        m_colors[Comment] = QColor(0x6a, 0x99, 0x55);
        m_colors[Operator] = QColor(0xc8, 0xc8, 0xc8);
    } else {
        m_colors[Default] = text;
        m_colors[Keyword] = QColor(0x00, 0x00, 0xd0);
        m_colors[Function] = QColor(0x79, 0x5e, 0x26);
        m_colors[String] = QColor(0xa3, 0x15, 0x15);
        m_colors[Number] = QColor(0x09, 0x86, 0x58);
        m_colors[QuotedIdentifier] = QColor(0x04, 0x51, 0xa5);
        m_colors[Parameter] = QColor(0xaf, 0x00, 0xdb);
        m_colors[Comment] = QColor(0x6a, 0x73, 0x7d);
        m_colors[Operator] = QColor(0x40, 0x40, 0x40);
    }
    m_colors[BlockComment] = m_colors[Comment];
    for (int style = 0; style < StyleCount; ++style) {
        setColor(m_colors[style], style);
        setPaper(palette.color(QPalette::Base), style);
        setFont(defaultFont(style), style);
    }
    setDefaultPaper(palette.color(QPalette::Base));
    setDefaultColor(text);
}

const QStringList& PartiqlLexer::keywords()
{
    static const QStringList words {
        QStringLiteral("ALL"),
        QStringLiteral("AND"),
        QStringLiteral("AS"),
        QStringLiteral("ASC"),
        QStringLiteral("BETWEEN"),
        QStringLiteral("BY"),
        QStringLiteral("DELETE"),
        QStringLiteral("DESC"),
        QStringLiteral("EXISTS"),
        QStringLiteral("FALSE"),
        QStringLiteral("FROM"),
        QStringLiteral("IN"),
        QStringLiteral("INSERT"),
        QStringLiteral("INTO"),
        QStringLiteral("IS"),
        QStringLiteral("MISSING"),
        QStringLiteral("MODIFIED"),
        QStringLiteral("NEW"),
        QStringLiteral("NOT"),
        QStringLiteral("NULL"),
        QStringLiteral("OLD"),
        QStringLiteral("OR"),
        QStringLiteral("ORDER"),
        QStringLiteral("REMOVE"),
        QStringLiteral("RETURNING"),
        QStringLiteral("SELECT"),
        QStringLiteral("SET"),
        QStringLiteral("TRUE"),
        QStringLiteral("UPDATE"),
        QStringLiteral("VALUE"),
        QStringLiteral("WHERE"),
    };
    return words;
}

const QStringList& PartiqlLexer::functions()
{
    static const QStringList words {
        QStringLiteral("ATTRIBUTE_TYPE"),
        QStringLiteral("BEGINS_WITH"),
        QStringLiteral("CONTAINS"),
        QStringLiteral("LIST_APPEND"),
        QStringLiteral("SET_ADD"),
        QStringLiteral("SET_DELETE"),
        QStringLiteral("SIZE"),
    };
    return words;
}

QList<PartiqlLexer::Run> PartiqlLexer::scan(const QByteArray& text, bool inBlockComment)
{
    QList<Run> runs;
    const int size = int(text.size());
    const auto add = [&](int start, int end, Style style) {
        if (end <= start)
            return;
        if (!runs.isEmpty() && runs.last().style == style && runs.last().start + runs.last().length == start
            && style == Default) {
            runs.last().length += end - start;
            return;
        }
        runs.append({ start, end - start, style });
    };
    int i = 0;
    if (inBlockComment) {
        const int close = int(text.indexOf("*/"));
        const int end = close < 0 ? size : close + 2;
        add(0, end, BlockComment);
        i = end;
    }
    while (i < size) {
        const char c = text.at(i);
        const char next = i + 1 < size ? text.at(i + 1) : '\0';
        int end = i + 1;
        Style style = Default;
        if (c == '-' && next == '-') {
            end = int(text.indexOf('\n', i));
            end = end < 0 ? size : end;
            style = Comment;
        } else if (c == '/' && next == '*') {
            const int close = int(text.indexOf("*/", i + 2));
            end = close < 0 ? size : close + 2;
            style = BlockComment;
        } else if (c == '\'') {
            end = quotedEnd(text, i, '\'');
            style = String;
        } else if (c == '"') {
            end = quotedEnd(text, i, '"');
            style = QuotedIdentifier;
        } else if (c == '?') {
            style = Parameter;
        } else if (isDigit(c) || (c == '.' && isDigit(next))) {
            while (end < size && (isDigit(text.at(end)) || text.at(end) == '.'))
                ++end;
            if (end < size && (text.at(end) == 'e' || text.at(end) == 'E')) {
                int exponent = end + 1;
                if (exponent < size && (text.at(exponent) == '+' || text.at(exponent) == '-'))
                    ++exponent;
                if (exponent < size && isDigit(text.at(exponent))) {
                    end = exponent;
                    while (end < size && isDigit(text.at(end)))
                        ++end;
                }
            }
            style = Number;
        } else if (isIdentifierStart(c)) {
            while (end < size && isIdentifierPart(text.at(end)))
                ++end;
            const QByteArray word = text.mid(i, end - i).toUpper();
            static const QSet<QByteArray> keywordSet = upperLatin1(keywords());
            static const QSet<QByteArray> functionSet = upperLatin1(functions());
            if (keywordSet.contains(word))
                style = Keyword;
            else if (functionSet.contains(word))
                style = Function;
        } else if (QByteArrayView("=<>!+-*/%|,.;()[]{}:").contains(c)) {
            style = Operator;
        }
        add(i, end, style);
        i = end;
    }
    return runs;
}

void PartiqlLexer::styleText(int start, int end)
{
    QsciScintilla* scintilla = editor();
    if (!scintilla)
        return;
    // Restyle from the start of the line, and know whether it begins inside
    // a block comment from the style before it.
    const long line = scintilla->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, start);
    start = int(scintilla->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line));
    bool inBlockComment = false;
    if (start >= 2 && scintilla->SendScintilla(QsciScintilla::SCI_GETSTYLEAT, start - 1) == long(BlockComment)) {
        const char closing[] = { char(scintilla->SendScintilla(QsciScintilla::SCI_GETCHARAT, start - 2)),
            char(scintilla->SendScintilla(QsciScintilla::SCI_GETCHARAT, start - 1)) };
        inBlockComment = !(closing[0] == '*' && closing[1] == '/');
    }
    if (end <= start)
        return;
    QByteArray text(end - start + 1, '\0');
    scintilla->SendScintilla(QsciScintilla::SCI_GETTEXTRANGE, start, end, text.data());
    text.resize(end - start);
    startStyling(start);
    int styled = 0;
    for (const Run& run : scan(text, inBlockComment)) {
        if (run.start > styled)
            setStyling(run.start - styled, Default);
        setStyling(run.length, run.style);
        styled = run.start + run.length;
    }
    if (styled < end - start)
        setStyling(end - start - styled, Default);
}

} // namespace dynoscope::ui
