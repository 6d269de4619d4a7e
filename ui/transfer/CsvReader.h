// Reads CSV records (RFC 4180; LF or CRLF line ends; quoted fields may span
// lines) from a device, one record at a time, keeping the line number each
// record starts on. An unquoted empty field reads as absent (nullopt), a
// quoted one as the empty string. Blank lines and a UTF-8 BOM are skipped.
#pragma once

#include "transfer/CsvWriter.h"

class QIODevice;

namespace dynoscope::ui {

class CsvReader {
public:
    // REQUIRES: device is open for reading and outlives the reader.
    explicit CsvReader(QIODevice* device);

    // Reads the next record; false at the end of the input. A malformed
    // record (a stray quote, an unterminated quoted field) is still
    // returned, with error() saying why and record() empty.
    bool next();

    const CsvRecord& record() const { return m_record; }
    const QString& error() const { return m_error; }
    // The line the last record started on (1-based).
    qint64 lineNumber() const { return m_lineNumber; }

private:
    bool readLine(QString* line);

    QIODevice* m_device;
    CsvRecord m_record;
    QString m_error;
    qint64 m_lineNumber = 0;
    qint64 m_linesRead = 0;
};

} // namespace dynoscope::ui
