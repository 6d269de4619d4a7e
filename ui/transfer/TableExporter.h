// Exports every item of a table through a Connection into a file: JSON
// Lines (DynamoDB or plain JSON) or CSV (see TransferFormat). The scan runs
// on the connection, the encoding and writing on a thread of their own. The
// file appears at the chosen path only when the export completes: until
// then it is a temporary file in the same folder, removed on cancel or
// failure.
#pragma once

#include "connection/Connection.h"
#include "transfer/TableKeys.h"
#include "transfer/TransferFormat.h"
#include "transfer/TransferWorker.h"

#include <memory>

namespace dynoscope::ui {

class ExportFileWriter;
class TableScanner;

class TableExporter : public QObject {
    Q_OBJECT
public:
    // REQUIRES: connection outlives the exporter.
    TableExporter(
        Connection& connection, QString tableName, QString filePath, TransferFormat format, QObject* parent = nullptr);
    ~TableExporter() override;

    // Parallel scan segments (default 1). Set before start().
    void setSegments(int segments) { m_segments = segments; }

    // Starts the export; call once.
    void start();
    // Stops; cancelled() follows once the temporary file is removed.
    void cancel();

    bool isRunning() const { return m_running; }
    // DynamoDB's ItemCount of the table (approximate on AWS), once known.
    qint64 expectedItems() const { return m_expected; }

signals:
    void progress(qint64 items, qint64 bytes);
    // The file is in place.
    void finished(qint64 items, qint64 bytes);
    // No file was left behind.
    void failed(const QString& message);
    void cancelled();

private:
    void onDescribed(const Reply& reply);
    void onPage(const QJsonArray& items);
    void onWritten(const QString& error, qsizetype items, qint64 bytes);
    void finishIfDone();
    // Stops everything and removes the temporary file; then emits failed
    // (when error is set) or cancelled.
    void abort(const QString& error);
    // Runs work on the worker thread and hands its result to done here.
    void onWorker(std::function<QString(ExportFileWriter&)> work, std::function<void(const QString&)> done);

    Connection& m_connection;
    QString m_tableName;
    QString m_filePath;
    TransferFormat m_format;
    int m_segments = 1;
    TableKeys m_keys;
    TableScanner* m_scanner = nullptr;
    std::shared_ptr<ExportFileWriter> m_writer;
    int m_pagesPending = 0; // pages handed to the worker, not yet written
    bool m_scanDone = false;
    bool m_running = false;
    bool m_stopping = false;
    qint64 m_expected = 0;
    qint64 m_items = 0;
    qint64 m_bytes = 0;
    // Declared last: destroyed first, it finishes the work in flight while
    // the members above still exist.
    TransferWorker m_worker;
};

} // namespace dynoscope::ui
