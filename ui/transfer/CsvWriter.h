// Writes CSV records (RFC 4180, CRLF line ends). A field is either absent
// (nullopt: written as nothing) or present (written as its text, quoted when
// it must be, and always quoted when empty so that "" and absent differ).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace dynoscope::ui {

using CsvRecord = QList<std::optional<QString>>;

class CsvWriter {
public:
    // One record as UTF-8, with its line end.
    static QByteArray format(const CsvRecord& record);
};

} // namespace dynoscope::ui
