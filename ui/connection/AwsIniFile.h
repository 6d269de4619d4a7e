// Reads the INI dialect of the AWS shared config and credentials files:
// "[section]" headers, "key = value" settings, full-line comments (# or ;),
// and indented sub-settings under a key with an empty value, as the
// "services" sections use:
//     [services local]
//     dynamodb =
//       endpoint_url = http://localhost:8000
// A sub-setting is stored under "key.subkey" ("dynamodb.endpoint_url").
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace dynoscope::ui {

class AwsIniFile {
public:
    using Settings = QHash<QString, QString>;

    AwsIniFile() = default;
    // A missing or unreadable file reads as empty, as the AWS tools treat it.
    static AwsIniFile read(const QString& path);
    static AwsIniFile parse(const QString& text);

    // Section names as written between the brackets, whitespace trimmed, in file order.
    const QStringList& sections() const { return m_order; }
    bool hasSection(const QString& name) const { return m_sections.contains(name); }
    // Setting names are lowercase, as the AWS tools match them.
    Settings section(const QString& name) const { return m_sections.value(name); }

private:
    QStringList m_order;
    QHash<QString, Settings> m_sections;
};

} // namespace dynoscope::ui
