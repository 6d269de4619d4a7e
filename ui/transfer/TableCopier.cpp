// DescribeTable (source) -> CreateTable (target) -> Scan -> BatchWriteItem.
#include "transfer/TableCopier.h"

#include "transfer/BatchWriter.h"
#include "transfer/TableCreator.h"
#include "transfer/TableKeys.h"
#include "transfer/TableScanner.h"
#include "transfer/TableSchema.h"
#include "transfer/TransferRetry.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dynoscope::ui {

namespace {

// Items queued for the target before the scan waits, and the backlog at
// which it goes on.
constexpr qsizetype kHighWater = 1000;
constexpr qsizetype kLowWater = 250;

} // namespace

TableCopier::TableCopier(
    Connection& source, QString sourceTable, Connection& target, QString targetTable, QObject* parent)
    : QObject(parent)
    , m_source(source)
    , m_sourceTable(std::move(sourceTable))
    , m_target(target)
    , m_targetTable(std::move(targetTable))
{
}

qint64 TableCopier::copiedCount() const
{
    return m_writer ? m_writer->writtenCount() : 0;
}

void TableCopier::setStage(Stage stage)
{
    m_stage = stage;
    emit stageChanged(stage);
}

void TableCopier::start()
{
    m_running = true;
    setStage(Stage::Describing);
    const QJsonObject request { { QStringLiteral("TableName"), m_sourceTable } };
    m_source.send(QStringLiteral("DescribeTable"), QJsonDocument(request).toJson(QJsonDocument::Compact), this,
        [this](const Reply& reply) { onDescribed(reply); });
}

void TableCopier::onDescribed(const Reply& reply)
{
    if (m_stopping) {
        settle();
        return;
    }
    if (!reply.ok) {
        stop(TransferRetry::describe(reply));
        return;
    }
    const QJsonObject table = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("Table")).toObject();
    m_expected = table.value(QStringLiteral("ItemCount")).toInteger();
    setStage(Stage::Creating);
    m_creator = new TableCreator(m_target, TableSchema::createTableRequest(table, m_targetTable), this);
    connect(m_creator, &TableCreator::failed, this, &TableCopier::stop);
    connect(m_creator, &TableCreator::ready, this, &TableCopier::copyItems);
    m_creator->start();
}

void TableCopier::copyItems(const QJsonObject& targetTable)
{
    m_creator = nullptr;
    if (!m_copyItems) {
        m_running = false;
        setStage(Stage::Done);
        emit finished(0);
        return;
    }
    setStage(Stage::CopyingItems);
    emit progress(0, m_expected);
    m_writer = new BatchWriter(m_target, m_targetTable, TableKeys::fromDescription(targetTable), this);
    connect(m_writer, &BatchWriter::progressed, this, &TableCopier::onWriterProgress);
    connect(m_writer, &BatchWriter::idle, this, &TableCopier::settle);
    connect(m_writer, &BatchWriter::failed, this, &TableCopier::stop);
    connect(m_writer, &BatchWriter::rejected, this, [this](qint64, const QString& reason) {
        if (m_rejected++ == 0)
            m_firstRejection = reason;
    });
    m_scanner = new TableScanner(m_source, m_sourceTable, this);
    m_scanner->setSegments(m_segments);
    connect(m_scanner, &TableScanner::page, this, &TableCopier::onPage);
    connect(m_scanner, &TableScanner::finished, this, [this] {
        m_scanDone = true;
        settle();
    });
    connect(m_scanner, &TableScanner::failed, this, &TableCopier::stop);
    connect(m_scanner, &TableScanner::cancelled, this, &TableCopier::settle);
    m_scanner->start();
}

void TableCopier::onPage(const QJsonArray& items)
{
    if (m_stopping)
        return;
    for (const auto& item : items)
        m_writer->put(item.toObject(), 0);
    if (m_writer->backlog() >= kHighWater)
        m_scanner->setPaused(true);
    settle();
}

void TableCopier::onWriterProgress()
{
    m_expected = qMax(m_expected, copiedCount());
    emit progress(copiedCount(), m_expected);
    if (m_scanner && m_writer->backlog() < kLowWater)
        m_scanner->setPaused(false);
}

void TableCopier::settle()
{
    if (!m_running || m_creator)
        return;
    if (m_writer && !m_writer->isIdle())
        return;
    if (m_stopping) {
        if (m_scanner && m_scanner->isRunning())
            return;
        m_running = false;
        if (m_error.isEmpty())
            emit cancelled(copiedCount());
        else
            emit failed(m_error);
        return;
    }
    if (m_scanDone) {
        m_running = false;
        setStage(Stage::Done);
        emit finished(copiedCount());
    }
}

void TableCopier::cancel()
{
    if (m_running)
        stop(QString());
}

void TableCopier::stop(const QString& error)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_error = error;
    if (m_creator) {
        m_creator->cancel();
        m_creator = nullptr;
    }
    if (m_scanner)
        m_scanner->cancel();
    if (m_writer)
        m_writer->stop();
    settle();
}

} // namespace dynoscope::ui
