// Highlighting for DynamoDB expressions in QScintilla: the engine's own
// tokens (dynoscope/ExpressionSyntax.h) styled as keywords, function names,
// attribute names (reserved words stand out), #name and :value placeholders,
// list indexes and operators, in colours matching JsonEditor's themes.
#pragma once

#include <Qsci/qscilexercustom.h>

class QPalette;

namespace dynoscope::ui {

class ExpressionLexer : public QsciLexerCustom {
    Q_OBJECT
public:
    enum Style {
        Default = 0,
        Keyword,
        Function,
        AttributeName,
        ReservedWord, // an attribute name DynamoDB reserves: it needs a #placeholder
        NamePlaceholder,
        ValuePlaceholder,
        Number,
        Operator,
        Invalid,
    };

    explicit ExpressionLexer(QObject* parent = nullptr);

    const char* language() const override { return "DynamoDB expression"; }
    QString description(int style) const override;
    void styleText(int start, int end) override;
    const char* wordCharacters() const override;

    // Sets fonts and colours for the palette (light or dark, as JsonEditor).
    void applyPalette(const QPalette& palette);

    // The style of each byte of a UTF-8 expression, as styleText() applies it.
    static QList<int> styles(const QByteArray& text);
};

} // namespace dynoscope::ui
