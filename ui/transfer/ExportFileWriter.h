// The file side of an export, used on the export's worker thread: writes
// items into a temporary file next to the chosen path and renames it into
// place only when the export completes, so a cancelled or failed export
// leaves no file (and an existing file stays as it was). A CSV export first
// spools the items (DynamoDB JSON, in the same directory) to learn the
// columns, then writes the header and the rows.
#pragma once

#include "transfer/CsvColumns.h"
#include "transfer/TransferFormat.h"

#include <QJsonArray>
#include <QSaveFile>
#include <QTemporaryFile>

#include <memory>

namespace dynoscope::ui {

class TableKeys;

class ExportFileWriter {
public:
    ExportFileWriter(QString path, TransferFormat format, const TableKeys& keys);

    // Each returns an error message, or an empty string.
    QString open();
    QString write(const QJsonArray& items);
    // Finishes the file and moves it to the chosen path.
    QString commit();
    // Removes the temporary files; the chosen path is left untouched.
    void discard();

    // Bytes written so far, spool included.
    qint64 bytesWritten() const { return m_bytes; }
    // The size of the committed file.
    qint64 fileSize() const { return m_fileSize; }

private:
    QString append(QIODevice& device, const QByteArray& data);
    QString writeCsv();

    QString m_path;
    TransferFormat m_format;
    CsvColumns m_columns;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QTemporaryFile> m_spool;
    qint64 m_bytes = 0;
    qint64 m_fileSize = 0;
};

} // namespace dynoscope::ui
