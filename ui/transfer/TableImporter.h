// Imports a file of items into a table through a Connection: JSON Lines
// (DynamoDB or plain JSON, told apart line by line) or CSV (see
// CsvColumns.h). Every record is checked first (JSON, attribute values, the
// table's key attributes and types from DescribeTable); a bad record is
// skipped and reported with its line, the good ones are written whole with
// BatchWriteItem (PutItem where there is none). An item is never written in
// part, but an import is not one transaction: a cancelled or failed import
// leaves the items written so far. A dry run reads and checks the whole file
// and writes nothing.
#pragma once

#include "connection/Connection.h"
#include "transfer/ImportIssue.h"
#include "transfer/TableKeys.h"
#include "transfer/TransferFormat.h"
#include "transfer/TransferWorker.h"

#include <memory>

namespace dynoscope::ui {

class BatchWriter;
class ImportFileReader;

class TableImporter : public QObject {
    Q_OBJECT
public:
    // Issues kept for the report; the count goes on past it.
    static constexpr int kMaxIssues = 1000;

    // REQUIRES: connection outlives the importer.
    TableImporter(
        Connection& connection, QString tableName, QString filePath, TransferFormat format, QObject* parent = nullptr);
    ~TableImporter() override;

    // Checks every record without writing any. Set before start().
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }

    // Starts the import; call once.
    void start();
    // Stops reading and writing; cancelled() follows once the writes in
    // flight return. The items written so far stay in the table.
    void cancel();

    bool isRunning() const { return m_running; }
    qint64 fileSize() const { return m_fileSize; }
    // Items written (for a dry run: items that would be written).
    qint64 writtenCount() const;
    // Records skipped: bad in the file, or rejected by DynamoDB.
    qint64 skippedCount() const { return m_skipped; }
    // The first kMaxIssues skipped records, by line.
    QList<ImportIssue> issues() const;

signals:
    void progress(qint64 bytesRead, qint64 written, qint64 skipped);
    void finished(qint64 written, qint64 skipped);
    // The import stopped: the file cannot be read, or a write failed for
    // good. Items written before stay.
    void failed(const QString& message);
    void cancelled(qint64 written);

private:
    void onDescribed(const Reply& reply);
    void readMore();
    void onChunk(const QList<ImportIssue>& issues, qint64 position, bool atEnd);
    void addIssue(const ImportIssue& issue);
    void onWriterProgress();
    void settle();
    void stop(const QString& error);
    void emitProgress();

    Connection& m_connection;
    QString m_tableName;
    QString m_filePath;
    TransferFormat m_format;
    bool m_dryRun = false;
    TableKeys m_keys;
    std::shared_ptr<ImportFileReader> m_reader;
    BatchWriter* m_writer = nullptr;
    QList<ImportIssue> m_issues;
    qint64 m_skipped = 0;
    qint64 m_valid = 0;
    qint64 m_fileSize = 0;
    qint64 m_position = 0;
    bool m_reading = false;
    bool m_readAll = false;
    bool m_running = false;
    bool m_stopping = false;
    QString m_error; // why the import stops, empty for a cancel
    TransferWorker m_worker; // last: destroyed first
};

} // namespace dynoscope::ui
