// Scan -> worker thread -> temporary file -> rename.
#include "transfer/TableExporter.h"

#include "transfer/ExportFileWriter.h"
#include "transfer/TableScanner.h"
#include "transfer/TransferRetry.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dynoscope::ui {

namespace {

// Pages handed to the worker before the scan waits for it.
constexpr int kMaxPagesPending = 2;

} // namespace

TableExporter::TableExporter(
    Connection& connection, QString tableName, QString filePath, TransferFormat format, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_tableName(std::move(tableName))
    , m_filePath(std::move(filePath))
    , m_format(format)
{
}

TableExporter::~TableExporter()
{
    // The writer is a worker-thread object: let it go there, after the work
    // queued before (an unfinished export discards its temporary file).
    if (m_writer)
        m_worker.post([writer = std::move(m_writer)] { writer->discard(); });
}

void TableExporter::start()
{
    m_running = true;
    const QJsonObject request { { QStringLiteral("TableName"), m_tableName } };
    m_connection.send(QStringLiteral("DescribeTable"), QJsonDocument(request).toJson(QJsonDocument::Compact), this,
        [this](const Reply& reply) { onDescribed(reply); });
}

void TableExporter::onDescribed(const Reply& reply)
{
    if (m_stopping)
        return;
    if (!reply.ok) {
        abort(TransferRetry::describe(reply));
        return;
    }
    const QJsonObject table = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("Table")).toObject();
    m_keys = TableKeys::fromDescription(table);
    m_expected = table.value(QStringLiteral("ItemCount")).toInteger();
    m_writer = std::make_shared<ExportFileWriter>(m_filePath, m_format, m_keys);
    onWorker([](ExportFileWriter& writer) { return writer.open(); },
        [this](const QString& error) {
            if (m_stopping)
                return;
            if (!error.isEmpty()) {
                abort(error);
                return;
            }
            m_scanner = new TableScanner(m_connection, m_tableName, this);
            m_scanner->setSegments(m_segments);
            connect(m_scanner, &TableScanner::page, this, &TableExporter::onPage);
            connect(m_scanner, &TableScanner::finished, this, [this] {
                m_scanDone = true;
                finishIfDone();
            });
            connect(m_scanner, &TableScanner::failed, this, &TableExporter::abort);
            m_scanner->start();
        });
}

void TableExporter::onPage(const QJsonArray& items)
{
    if (m_stopping)
        return;
    if (++m_pagesPending >= kMaxPagesPending)
        m_scanner->setPaused(true);
    const qsizetype count = items.size();
    auto writer = m_writer;
    m_worker.post([this, writer, items, count] {
        const QString error = writer->write(items);
        const qint64 bytes = writer->bytesWritten();
        QMetaObject::invokeMethod(
            this, [this, error, count, bytes] { onWritten(error, count, bytes); }, Qt::QueuedConnection);
    });
}

void TableExporter::onWritten(const QString& error, qsizetype items, qint64 bytes)
{
    --m_pagesPending;
    if (m_stopping)
        return;
    if (!error.isEmpty()) {
        abort(error);
        return;
    }
    m_items += items;
    m_bytes = bytes;
    emit progress(m_items, m_bytes);
    m_scanner->setPaused(false);
    finishIfDone();
}

void TableExporter::finishIfDone()
{
    if (!m_scanDone || m_pagesPending > 0 || m_stopping)
        return;
    m_stopping = true; // nothing more to stop: the commit decides
    onWorker(
        [](ExportFileWriter& writer) {
            const QString error = writer.commit();
            if (!error.isEmpty())
                writer.discard();
            return error;
        },
        [this](const QString& error) {
            m_running = false;
            if (!error.isEmpty()) {
                emit failed(error);
                return;
            }
            m_bytes = m_writer->fileSize();
            emit progress(m_items, m_bytes);
            emit finished(m_items, m_bytes);
        });
}

void TableExporter::cancel()
{
    if (m_running && !m_stopping)
        abort(QString());
}

void TableExporter::abort(const QString& error)
{
    m_stopping = true;
    if (m_scanner)
        m_scanner->cancel();
    const auto report = [this, error] {
        m_running = false;
        if (error.isEmpty())
            emit cancelled();
        else
            emit failed(error);
    };
    if (!m_writer) {
        report();
        return;
    }
    onWorker(
        [](ExportFileWriter& writer) {
            writer.discard();
            return QString();
        },
        [report](const QString&) { report(); });
}

void TableExporter::onWorker(std::function<QString(ExportFileWriter&)> work, std::function<void(const QString&)> done)
{
    m_worker.post([this, writer = m_writer, work = std::move(work), done = std::move(done)] {
        const QString result = work(*writer);
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
    });
}

} // namespace dynoscope::ui
