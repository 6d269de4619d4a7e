// Fit-or-break layout of code literals, shared by every generator.
#include "query/codegen/CodeLiteral.h"

#include <QStringList>

#include <algorithm>

namespace dynoscope::ui {

CodeLiteral CodeLiteral::scalar(const QString& text)
{
    CodeLiteral literal;
    literal.m_text = text;
    return literal;
}

CodeLiteral CodeLiteral::group(const QString& open, const QString& close, bool padded)
{
    CodeLiteral literal;
    literal.m_text = open;
    literal.m_close = close;
    literal.m_group = true;
    literal.m_padded = padded;
    return literal;
}

CodeLiteral& CodeLiteral::add(const QString& key, const CodeLiteral& value)
{
    m_entries.append({ key, value });
    return *this;
}

QString CodeLiteral::oneLine() const
{
    if (!m_group)
        return m_text;
    if (m_entries.isEmpty())
        return m_text + m_close;
    QStringList parts;
    for (const auto& [key, value] : m_entries)
        parts.append(key + value.oneLine());
    const QString pad = m_padded ? QStringLiteral(" ") : QString();
    return m_text + pad + parts.join(QStringLiteral(", ")) + pad + m_close;
}

int CodeLiteral::indentWidth(const Layout& layout, int level) const
{
    int width = 0;
    for (const QChar c : layout.indent)
        width += c == QLatin1Char('\t') ? layout.tabWidth : 1;
    return width * level;
}

QString CodeLiteral::render(const Layout& layout, int indentLevel, int startColumn) const
{
    const QString flat = oneLine();
    // A scalar never breaks; a group breaks when it is too wide or holds a
    // line break of its own (a multi-line string stays readable that way).
    if (!m_group || m_entries.isEmpty()
        || (startColumn + flat.size() <= layout.width && !flat.contains(QLatin1Char('\n'))))
        return flat;

    if (layout.hugSoleArgument && m_text.endsWith(QLatin1Char('(')) && m_entries.size() == 1
        && m_entries.first().first.isEmpty() && m_entries.first().second.isGroup()) {
        const int column = startColumn + int(m_text.size() + m_close.size());
        return m_text + m_entries.first().second.render(layout, indentLevel, column) + m_close;
    }

    const QString inner = layout.indent.repeated(indentLevel + 1);
    const int innerColumn = indentWidth(layout, indentLevel + 1);
    // gofmt lines up the values of consecutive one-line entries; a
    // multi-line entry stands alone and ends the run.
    QList<QString> rendered;
    QList<bool> multiLine;
    for (const auto& [key, value] : m_entries) {
        // + 1: the comma after the entry.
        rendered.append(value.render(layout, indentLevel + 1, innerColumn + int(key.size()) + 1));
        multiLine.append(rendered.last().contains(QLatin1Char('\n')));
    }
    QString text = m_text + QLatin1Char('\n');
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        QString key = m_entries.at(i).first;
        if (layout.alignKeys && !multiLine.at(i)) {
            qsizetype runEnd = i;
            qsizetype runStart = i;
            while (runStart > 0 && !multiLine.at(runStart - 1))
                --runStart;
            while (runEnd + 1 < m_entries.size() && !multiLine.at(runEnd + 1))
                ++runEnd;
            qsizetype widest = 0;
            for (qsizetype j = runStart; j <= runEnd; ++j)
                widest = std::max(widest, m_entries.at(j).first.size());
            key = key.leftJustified(widest);
        }
        text += inner + key + rendered.at(i) + QStringLiteral(",\n");
    }
    return text + layout.indent.repeated(indentLevel) + m_close;
}

QString CodeLiteral::doubleQuoted(const QString& text, LoneSurrogate loneSurrogate)
{
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else if (c.unicode() == 0x2028 || c.unicode() == 0x2029) // line breaks to older JavaScript
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate())
            out += loneSurrogate == LoneSurrogate::Escape
                ? QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'))
                : QStringLiteral("\\uFFFD");
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

} // namespace dynoscope::ui
