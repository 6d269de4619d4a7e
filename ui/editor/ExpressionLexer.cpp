// The expression lexer: the whole (short) expression is re-tokenized by the
// engine whenever QScintilla asks for styles, so that a change anywhere (e.g.
// typing "(" after a name, which makes it a function) restyles it correctly.
#include "editor/ExpressionLexer.h"

#include <dynoscope/ExpressionSyntax.h>

#include <Qsci/qsciscintilla.h>

#include <QFontDatabase>
#include <QPalette>
#include <QWidget>

#include <string_view>

namespace dynoscope::ui {

namespace {

int styleOf(const ExpressionSyntax::Token& token, std::string_view text)
{
    using Kind = ExpressionSyntax::Token::Kind;
    switch (token.kind) {
    case Kind::Keyword:
        return ExpressionLexer::Keyword;
    case Kind::Function:
        return ExpressionLexer::Function;
    case Kind::AttributeName:
        return ExpressionSyntax::isReservedWord(text.substr(token.offset, token.length))
            ? ExpressionLexer::ReservedWord
            : ExpressionLexer::AttributeName;
    case Kind::NamePlaceholder:
        return ExpressionLexer::NamePlaceholder;
    case Kind::ValuePlaceholder:
        return ExpressionLexer::ValuePlaceholder;
    case Kind::Number:
        return ExpressionLexer::Number;
    case Kind::Operator:
    case Kind::Punctuation:
        return ExpressionLexer::Operator;
    case Kind::Invalid:
        return ExpressionLexer::Invalid;
    case Kind::Whitespace:
        break;
    }
    return ExpressionLexer::Default;
}

} // namespace

ExpressionLexer::ExpressionLexer(QObject* parent)
    : QsciLexerCustom(parent)
{
}

QString ExpressionLexer::description(int style) const
{
    switch (style) {
    case Default:
        return tr("Default");
    case Keyword:
        return tr("Keyword");
    case Function:
        return tr("Function");
    case AttributeName:
        return tr("Attribute name");
    case ReservedWord:
        return tr("Reserved word");
    case NamePlaceholder:
        return tr("Name placeholder");
    case ValuePlaceholder:
        return tr("Value placeholder");
    case Number:
        return tr("Number");
    case Operator:
        return tr("Operator");
    case Invalid:
        return tr("Invalid character");
    default:
        return {};
    }
}

const char* ExpressionLexer::wordCharacters() const
{
    // Placeholders complete as one word with their "#" or ":".
    return "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_#:";
}

QList<int> ExpressionLexer::styles(const QByteArray& text)
{
    const std::string_view view(text.constData(), static_cast<std::size_t>(text.size()));
    QList<int> out;
    out.reserve(text.size());
    for (const ExpressionSyntax::Token& token : ExpressionSyntax::tokenize(view)) {
        const int style = styleOf(token, view);
        for (std::size_t i = 0; i < token.length; ++i)
            out.append(style);
    }
    return out;
}

void ExpressionLexer::styleText(int start, int end)
{
    Q_UNUSED(start);
    Q_UNUSED(end);
    QsciScintilla* edit = editor();
    if (!edit)
        return;
    const int length = static_cast<int>(edit->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
    const QByteArray text = edit->bytes(0, length).left(length); // bytes() adds a terminating NUL
    const QList<int> byteStyles = styles(text);
    startStyling(0);
    qsizetype i = 0;
    while (i < byteStyles.size()) {
        qsizetype run = i + 1;
        while (run < byteStyles.size() && byteStyles[run] == byteStyles[i])
            ++run;
        setStyling(static_cast<int>(run - i), byteStyles[i]);
        i = run;
    }
}

void ExpressionLexer::applyPalette(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (auto* widget = qobject_cast<QWidget*>(editor()))
        font.setPointSizeF(std::max(font.pointSizeF(), widget->font().pointSizeF()));
    setDefaultFont(font);
    setFont(font, -1);
    setDefaultPaper(palette.color(QPalette::Base));
    setPaper(palette.color(QPalette::Base), -1);
    // The same hues as JsonEditor: keywords like JSON keywords, names like
    // keys, values like strings, indexes like numbers.
    const QColor text = dark ? QColor(0xd4, 0xd4, 0xd4) : QColor(0x1f, 0x23, 0x28);
    setDefaultColor(text);
    setColor(text, -1);
    setColor(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xd0), Keyword);
    setColor(dark ? QColor(0xdc, 0xdc, 0xaa) : QColor(0x79, 0x5e, 0x26), Function);
    setColor(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x04, 0x51, 0xa5), AttributeName);
    setColor(dark ? QColor(0xf4, 0x87, 0x71) : QColor(0xcd, 0x31, 0x31), ReservedWord);
    setColor(dark ? QColor(0x4e, 0xc9, 0xb0) : QColor(0x26, 0x7f, 0x99), NamePlaceholder);
    setColor(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15), ValuePlaceholder);
    setColor(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58), Number);
    setColor(dark ? QColor(0xc8, 0xc8, 0xc8) : QColor(0x40, 0x40, 0x40), Operator);
    setColor(dark ? QColor(0xf4, 0x87, 0x71) : QColor(0xcd, 0x31, 0x31), Invalid);
    QFont bold = font;
    bold.setBold(true);
    setFont(bold, Keyword);
}

} // namespace dynoscope::ui
