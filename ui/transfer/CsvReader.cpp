// A small CSV parser: a state machine over the characters of a record,
// pulling more lines while a quoted field is open.
#include "transfer/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace dynoscope::ui {

CsvReader::CsvReader(QIODevice* device)
    : m_device(device)
{
}

bool CsvReader::readLine(QString* line)
{
    if (m_device->atEnd())
        return false;
    QByteArray bytes = m_device->readLine();
    if (m_linesRead == 0 && bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    ++m_linesRead;
    *line = QString::fromUtf8(bytes);
    return true;
}

bool CsvReader::next()
{
    m_record.clear();
    m_error.clear();
    QString line;
    do {
        if (!readLine(&line))
            return false;
    } while (line.trimmed().isEmpty());
    m_lineNumber = m_linesRead;

    QString field;
    bool quoted = false; // the current field started with a quote
    bool inQuotes = false; // inside its quotes
    bool afterQuote = false; // its closing quote was seen
    qsizetype i = 0;
    const auto endField = [&] {
        m_record.append(quoted || !field.isEmpty() ? std::optional<QString>(field) : std::nullopt);
        field.clear();
        quoted = inQuotes = afterQuote = false;
    };
    for (;;) {
        if (i >= line.size()) {
            if (!inQuotes)
                break;
            // A quoted field goes on on the next line.
            if (!readLine(&line)) {
                m_error = QCoreApplication::translate("CsvReader", "A quoted field is not closed");
                m_record.clear();
                return true;
            }
            i = 0;
            continue;
        }
        const QChar c = line[i++];
        if (inQuotes) {
            if (c != QLatin1Char('"')) {
                field += c;
            } else if (i < line.size() && line[i] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else {
                inQuotes = false;
                afterQuote = true;
            }
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n')
            || (c == QLatin1Char('\r') && i < line.size() && line[i] == QLatin1Char('\n'))) {
            break;
        } else if (afterQuote) {
            m_error = QCoreApplication::translate("CsvReader", "Unexpected text after the closing quote of field %1")
                          .arg(m_record.size() + 1);
            m_record.clear();
            return true;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty()) {
                m_error = QCoreApplication::translate("CsvReader", "A quote inside the unquoted field %1")
                              .arg(m_record.size() + 1);
                m_record.clear();
                return true;
            }
            quoted = inQuotes = true;
        } else {
            field += c;
        }
    }
    endField();
    return true;
}

} // namespace dynoscope::ui
