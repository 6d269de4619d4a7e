// DescribeTable -> read and check chunks on the worker -> BatchWriter.
#include "transfer/TableImporter.h"

#include "transfer/BatchWriter.h"
#include "transfer/ImportFileReader.h"
#include "transfer/TransferRetry.h"

#include <QJsonDocument>

#include <algorithm>

namespace dynoscope::ui {

namespace {

// Records read per chunk, and the writer backlog below which the next
// chunk is read: enough to keep the writer busy, little memory.
constexpr int kChunkRecords = 500;
constexpr int kLowWater = 250;

} // namespace

TableImporter::TableImporter(
    Connection& connection, QString tableName, QString filePath, TransferFormat format, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_tableName(std::move(tableName))
    , m_filePath(std::move(filePath))
    , m_format(format)
{
}

TableImporter::~TableImporter()
{
    // The reader's file belongs to the worker thread: close it there.
    if (m_reader)
        m_worker.post([reader = std::move(m_reader)] {});
}

qint64 TableImporter::writtenCount() const
{
    return m_dryRun ? m_valid : m_writer ? m_writer->writtenCount() : 0;
}

QList<ImportIssue> TableImporter::issues() const
{
    QList<ImportIssue> sorted = m_issues;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const ImportIssue& a, const ImportIssue& b) { return a.line < b.line; });
    return sorted;
}

void TableImporter::start()
{
    m_running = true;
    const QJsonObject request { { QStringLiteral("TableName"), m_tableName } };
    m_connection.send(QStringLiteral("DescribeTable"), QJsonDocument(request).toJson(QJsonDocument::Compact), this,
        [this](const Reply& reply) { onDescribed(reply); });
}

void TableImporter::onDescribed(const Reply& reply)
{
    if (m_stopping) {
        settle();
        return;
    }
    if (!reply.ok) {
        stop(TransferRetry::describe(reply));
        return;
    }
    m_keys = TableKeys::fromDescription(
        QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("Table")).toObject());
    if (!m_dryRun) {
        m_writer = new BatchWriter(m_connection, m_tableName, m_keys, this);
        connect(m_writer, &BatchWriter::progressed, this, &TableImporter::onWriterProgress);
        connect(m_writer, &BatchWriter::idle, this, &TableImporter::settle);
        connect(m_writer, &BatchWriter::failed, this, &TableImporter::stop);
        connect(m_writer, &BatchWriter::rejected, this, [this](qint64 line, const QString& reason) {
            addIssue({ line, reason });
        });
    }
    m_reader = std::make_shared<ImportFileReader>(m_filePath, m_format, m_keys);
    m_reading = true;
    m_worker.post([this, reader = m_reader] {
        const QString error = reader->open();
        const qint64 size = reader->size();
        QMetaObject::invokeMethod(
            this,
            [this, error, size] {
                m_reading = false;
                m_fileSize = size;
                if (!error.isEmpty())
                    stop(error);
                else
                    readMore();
                settle();
            },
            Qt::QueuedConnection);
    });
}

void TableImporter::readMore()
{
    if (m_reading || m_readAll || m_stopping)
        return;
    m_reading = true;
    m_worker.post([this, reader = m_reader] {
        ImportFileReader::Chunk chunk = reader->read(kChunkRecords);
        QMetaObject::invokeMethod(
            this,
            [this, chunk = std::move(chunk)] {
                m_reading = false;
                if (!m_stopping) {
                    for (const ImportFileReader::Record& record : chunk.records) {
                        if (m_writer)
                            m_writer->put(record.item, record.line);
                    }
                    m_valid += chunk.records.size();
                }
                onChunk(chunk.issues, chunk.position, chunk.atEnd);
            },
            Qt::QueuedConnection);
    });
}

void TableImporter::onChunk(const QList<ImportIssue>& issues, qint64 position, bool atEnd)
{
    if (!m_stopping) {
        for (const ImportIssue& issue : issues)
            addIssue(issue);
        m_position = position;
        m_readAll = atEnd;
        emitProgress();
        if (!m_writer || m_writer->backlog() < kLowWater)
            readMore();
    }
    settle();
}

void TableImporter::addIssue(const ImportIssue& issue)
{
    ++m_skipped;
    if (m_issues.size() < kMaxIssues)
        m_issues.append(issue);
}

void TableImporter::onWriterProgress()
{
    if (m_stopping)
        return;
    emitProgress();
    if (m_writer->backlog() < kLowWater)
        readMore();
}

void TableImporter::emitProgress()
{
    emit progress(m_position, writtenCount(), m_skipped);
}

void TableImporter::settle()
{
    if (!m_running || m_reading || (m_writer && !m_writer->isIdle()))
        return;
    if (m_stopping) {
        m_running = false;
        if (m_error.isEmpty())
            emit cancelled(writtenCount());
        else
            emit failed(m_error);
    } else if (m_readAll) {
        m_running = false;
        emitProgress();
        emit finished(writtenCount(), m_skipped);
    }
}

void TableImporter::cancel()
{
    if (m_running)
        stop(QString());
}

void TableImporter::stop(const QString& error)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_error = error;
    if (m_writer)
        m_writer->stop();
    settle();
}

} // namespace dynoscope::ui
