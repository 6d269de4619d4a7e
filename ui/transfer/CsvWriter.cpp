// CSV quoting.
#include "transfer/CsvWriter.h"

namespace dynoscope::ui {

namespace {

bool needsQuotes(const QString& text)
{
    if (text.isEmpty())
        return true;
    // Leading or trailing spaces are kept by quoting, as some readers trim.
    if (text.front().isSpace() || text.back().isSpace())
        return true;
    for (const QChar c : text) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            return true;
    }
    return false;
}

} // namespace

QByteArray CsvWriter::format(const CsvRecord& record)
{
    QString line;
    for (qsizetype i = 0; i < record.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        if (!record[i])
            continue;
        const QString& text = *record[i];
        if (needsQuotes(text)) {
            QString escaped = text;
            escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            line += QLatin1Char('"') + escaped + QLatin1Char('"');
        } else {
            line += text;
        }
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

} // namespace dynoscope::ui
