// Highlighting of DynamoDB's PartiQL for the PartiQL editor: keywords,
// functions, 'strings', numbers, "quoted identifiers", ? parameters,
// -- and /* */ comments, themed for light and dark palettes. The scanner is
// a pure function (scan()) so that it is tested without an editor.
#pragma once

#include <Qsci/qscilexercustom.h>

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace dynoscope::ui {

class PartiqlLexer : public QsciLexerCustom {
    Q_OBJECT
public:
    enum Style {
        Default = 0,
        Keyword,
        Function,
        String,
        Number,
        QuotedIdentifier,
        Parameter,
        Comment, // -- to the end of the line
        BlockComment, // /* ... */, possibly over several lines
        Operator,
        StyleCount
    };

    struct Run {
        int start = 0; // byte offset in the scanned text
        int length = 0; // bytes
        Style style = Default;
        bool operator==(const Run&) const = default;
    };

    explicit PartiqlLexer(QObject* parent = nullptr);

    const char* language() const override;
    QString description(int style) const override;
    QColor defaultColor(int style) const override;
    QFont defaultFont(int style) const override;
    void styleText(int start, int end) override;
    const char* wordCharacters() const override;

    // Re-reads the colours from a palette (light or dark).
    void applyPalette(const QPalette& palette);

    // Splits UTF-8 text into styled runs (whitespace is Default). When
    // inBlockComment, the text starts inside a /* comment.
    static QList<Run> scan(const QByteArray& text, bool inBlockComment = false);
    // DynamoDB PartiQL's keywords and functions, upper case.
    static const QStringList& keywords();
    static const QStringList& functions();

private:
    QColor m_colors[StyleCount];
};

} // namespace dynoscope::ui
