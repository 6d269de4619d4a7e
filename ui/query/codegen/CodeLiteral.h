// A value written as source code, laid out the way the languages' own
// formatters (black, prettier, gofmt) would: a bracketed group goes on one
// line when it fits, otherwise one entry per line with a trailing comma.
// The generators build these from a request; render() does the layout.
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace dynoscope::ui {

class CodeLiteral {
public:
    struct Layout {
        QString indent = QStringLiteral("    "); // one level
        int width = 88; // the column a one-line group must fit in
        int tabWidth = 4; // how wide a tab in indent counts
        bool alignKeys = false; // gofmt: line up the values of one-line entries
        bool hugSoleArgument = false; // prettier: f({ ... }) breaks inside the braces
    };

    CodeLiteral() = default;
    // A scalar: written as is.
    static CodeLiteral scalar(const QString& text);
    // A group between open and close, e.g. "{" "}", "paginate(" ")",
    // "&types.AttributeValueMemberS{" "}". padded: "{ a: 1 }" on one line.
    static CodeLiteral group(const QString& open, const QString& close, bool padded = false);

    // Adds an entry: key is written before the value ("\"a\": ", "TableName=", or empty).
    CodeLiteral& add(const QString& key, const CodeLiteral& value);
    bool isGroup() const { return m_group; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // The literal starting at column startColumn of a line indented
    // indentLevel levels; continuation lines carry their own indentation.
    QString render(const Layout& layout, int indentLevel = 0, int startColumn = 0) const;
    // The one-line form.
    QString oneLine() const;

    // What a language does with a UTF-16 surrogate without its pair.
    enum class LoneSurrogate {
        Escape,  // "\udXXX" (Python)
        Replace, // "\uFFFD" (Go: strings hold UTF-8, where it has no encoding)
    };
    // text in double quotes with C-style escapes (\" \\ \n \r \t \xHH, and
    // \u2028 \u2029 for older JavaScript), valid in Python, JavaScript and Go.
    static QString doubleQuoted(const QString& text, LoneSurrogate loneSurrogate);

private:
    int indentWidth(const Layout& layout, int level) const;

    QString m_text; // a scalar's text, or the opening bracket
    QString m_close;
    bool m_group = false;
    bool m_padded = false;
    QList<std::pair<QString, CodeLiteral>> m_entries;
};

} // namespace dynoscope::ui
