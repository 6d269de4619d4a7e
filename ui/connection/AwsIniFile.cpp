// The AWS CLI reads these files with Python's configparser (keys lowercased,
// later duplicates win); the SDKs follow the same shape.
#include "connection/AwsIniFile.h"

#include <QFile>

namespace dynoscope::ui {

AwsIniFile AwsIniFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return parse(QString::fromUtf8(file.readAll()));
}

AwsIniFile AwsIniFile::parse(const QString& text)
{
    AwsIniFile ini;
    Settings* current = nullptr;
    QString parentKey; // the key an indented line belongs to, when it had an empty value
    for (const QString& rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            const qsizetype close = line.indexOf(QLatin1Char(']'));
            if (close < 0) {
                current = nullptr;
                continue;
            }
            const QString name = line.mid(1, close - 1).simplified();
            if (!ini.m_sections.contains(name))
                ini.m_order.append(name);
            current = &ini.m_sections[name];
            parentKey.clear();
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (!current || equals <= 0)
            continue;
        const QString key = line.left(equals).trimmed().toLower();
        const QString value = line.mid(equals + 1).trimmed();
        const bool indented = rawLine.front().isSpace();
        if (indented && !parentKey.isEmpty()) {
            current->insert(parentKey + QLatin1Char('.') + key, value);
            continue;
        }
        current->insert(key, value);
        parentKey = value.isEmpty() ? key : QString();
    }
    return ini;
}

} // namespace dynoscope::ui
