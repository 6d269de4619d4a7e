// CreateTable x3 -> UpdateTimeToLive -> BatchWriteItem.
#include "demo/DemoData.h"

#include "app/MainWindow.h"
#include "connection/EmbeddedConnection.h"
#include "demo/DemoDataset.h"
#include "transfer/BatchWriter.h"
#include "transfer/TableCreator.h"
#include "transfer/TableKeys.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStatusBar>

#include <memory>

namespace dynoscope::ui {

DemoData::DemoData(Connection& connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_seed(DemoDataset::kDefaultSeed)
{
}

qint64 DemoData::writtenItems() const
{
    qint64 written = 0;
    for (const BatchWriter* writer : m_writers)
        written += writer->writtenCount();
    return written;
}

void DemoData::start()
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    // Shared by the creators' callbacks; released once all tables are filled.
    auto tables = std::make_shared<QList<DemoTable>>(DemoDataset::build(m_seed, now));
    m_tablesPending = int(tables->size());
    for (const DemoTable& table : std::as_const(*tables))
        m_total += table.items.size();
    for (qsizetype i = 0; i < tables->size(); ++i) {
        auto* creator = new TableCreator(m_connection, (*tables)[i].createTableRequest, this);
        connect(creator, &TableCreator::failed, this, &DemoData::fail);
        connect(creator, &TableCreator::ready, this, [this, tables, i](const QJsonObject& description) {
            if (m_done)
                return; // another table failed
            const DemoTable& table = (*tables)[i];
            const QString name = table.createTableRequest.value(QStringLiteral("TableName")).toString();
            if (!table.ttlAttribute.isEmpty())
                enableTtl(name, table.ttlAttribute);
            auto* writer = new BatchWriter(m_connection, name, TableKeys::fromDescription(description), this);
            m_writers.append(writer);
            connect(writer, &BatchWriter::progressed, this, [this] { emit progress(writtenItems(), m_total); });
            connect(writer, &BatchWriter::failed, this, &DemoData::fail);
            connect(writer, &BatchWriter::idle, this, &DemoData::onWriterIdle);
            for (const QJsonObject& item : table.items)
                writer->put(item, 0);
            onTableReady();
        });
        creator->start();
    }
}

DemoData* DemoData::fillNewScratch(MainWindow& window)
{
    EmbeddedConnection* scratch = window.newScratch();
    if (!scratch)
        return nullptr; // the window said why
    auto* demo = new DemoData(*scratch, &window);
    connect(demo, &DemoData::tablesCreated, &window, &MainWindow::refresh);
    connect(demo, &DemoData::progress, &window, [&window](qint64 written, qint64 total) {
        window.statusBar()->showMessage(tr("Loading demo data: %1 of %2 items").arg(written).arg(total));
    });
    connect(demo, &DemoData::finished, &window, [&window, demo] {
        window.statusBar()->showMessage(tr("Demo data loaded: %1 items in 3 tables").arg(demo->totalItems()), 10000);
        window.refresh();
        demo->deleteLater();
    });
    connect(demo, &DemoData::failed, &window, [&window, demo](const QString& message) {
        window.statusBar()->showMessage(tr("Loading demo data failed: %1").arg(message));
        demo->deleteLater();
    });
    demo->start();
    return demo;
}

void DemoData::onTableReady()
{
    if (--m_tablesPending == 0)
        emit tablesCreated();
}

void DemoData::enableTtl(const QString& tableName, const QString& attribute)
{
    const QJsonObject request { { QStringLiteral("TableName"), tableName },
        { QStringLiteral("TimeToLiveSpecification"),
            QJsonObject { { QStringLiteral("Enabled"), true }, { QStringLiteral("AttributeName"), attribute } } } };
    // Best effort: an endpoint without TTL (UnknownOperationException) keeps
    // the attribute as plain data.
    m_connection.send(QStringLiteral("UpdateTimeToLive"), QJsonDocument(request).toJson(QJsonDocument::Compact), this,
        [](const Reply&) {});
}

void DemoData::onWriterIdle()
{
    if (m_done || m_tablesPending > 0)
        return;
    for (const BatchWriter* writer : std::as_const(m_writers)) {
        if (!writer->isIdle())
            return;
    }
    m_done = true;
    emit progress(writtenItems(), m_total);
    emit finished();
}

void DemoData::fail(const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    for (BatchWriter* writer : std::as_const(m_writers))
        writer->stop();
    emit failed(message);
}

} // namespace dynoscope::ui
