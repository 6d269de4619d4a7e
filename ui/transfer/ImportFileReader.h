// The file side of an import, used on the import's worker thread: reads
// records in chunks, turns each into a DynamoDB-JSON item and checks it
// against the table's key, setting aside the bad ones with their line.
#pragma once

#include "transfer/CsvColumns.h"
#include "transfer/CsvReader.h"
#include "transfer/ImportIssue.h"
#include "transfer/TableKeys.h"
#include "transfer/TransferFormat.h"

#include <QFile>
#include <QJsonObject>

#include <memory>

namespace dynoscope::ui {

class ImportFileReader {
public:
    struct Record {
        QJsonObject item;
        qint64 line = 0;
    };
    struct Chunk {
        QList<Record> records;
        QList<ImportIssue> issues;
        qint64 position = 0; // bytes read so far
        bool atEnd = false;
        QString error; // the file cannot be read at all
    };

    // format: Csv, or either JSON form (the lines say which).
    ImportFileReader(QString path, TransferFormat format, TableKeys keys);

    // Opens the file (and reads a CSV header); returns the error or empty.
    QString open();
    qint64 size() const { return m_file.size(); }
    // Reads up to maxRecords good records (and the bad ones among them).
    Chunk read(int maxRecords);

private:
    void readJsonLine(Chunk& chunk);
    void readCsvRecord(Chunk& chunk);
    void accept(Chunk& chunk, QJsonObject item, qint64 line, const QString& error);

    QString m_path;
    TransferFormat m_format;
    TableKeys m_keys;
    QFile m_file;
    std::unique_ptr<CsvReader> m_csv;
    CsvColumns m_columns;
    qint64 m_line = 0; // JSON Lines: lines read
};

} // namespace dynoscope::ui
