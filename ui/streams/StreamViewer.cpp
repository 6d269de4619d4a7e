// Layout and wiring of the stream viewer.
#include "streams/StreamViewer.h"

#include "common/ErrorExplanation.h"
#include "connection/Connection.h"
#include "streams/StreamRecordDetail.h"
#include "streams/StreamRecordExport.h"
#include "streams/StreamRecordFilter.h"
#include "streams/StreamRecordModel.h"
#include "streams/StreamShardTree.h"
#include "streams/TriggerPanel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dynoscope::ui {

StreamViewer::StreamViewer(Connection* connection, const QString& tableName, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_tableName(tableName)
    , m_reader(new StreamReader(connection, this))
    , m_model(new StreamRecordModel(this))
    , m_filter(new StreamRecordFilter(this))
{
    m_filter->setSourceModel(m_model);

    m_stream = new QComboBox(this);
    m_stream->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_startBox = new QComboBox(this);
    m_startBox->addItem(tr("Oldest record"), int(StreamReader::StartPosition::TrimHorizon));
    m_startBox->addItem(tr("Now"), int(StreamReader::StartPosition::Latest));
    m_live = new QPushButton(tr("Live"), this);
    m_live->setCheckable(true);
    m_live->setToolTip(tr("Follow new records as they arrive"));
    m_event = new QComboBox(this);
    m_event->addItem(tr("All events"), QString());
    for (const char* name : { "INSERT", "MODIFY", "REMOVE" })
        m_event->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_key = new QLineEdit(this);
    m_key->setPlaceholderText(tr("Filter by key…"));
    m_key->setClearButtonEnabled(true);
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setToolTip(tr("Save the listed records as JSON Lines"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Stream:"), this));
    bar->addWidget(m_stream);
    bar->addWidget(new QLabel(tr("From:"), this));
    bar->addWidget(m_startBox);
    bar->addWidget(m_live);
    bar->addSpacing(12);
    bar->addWidget(m_event);
    bar->addWidget(m_key, 1);
    bar->addWidget(m_export);

    m_shards = new StreamShardTree(this);
    m_view = new QTableView(this);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(StreamRecordModel::KeysColumn, QHeaderView::Stretch);
    for (int column : { StreamRecordModel::TimeColumn, StreamRecordModel::EventColumn, StreamRecordModel::SizeColumn })
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(StreamRecordModel::SequenceColumn, QHeaderView::Interactive);
    m_view->setColumnHidden(StreamRecordModel::ShardColumn, true);
    m_view->setWordWrap(false);
    m_detail = new StreamRecordDetail(this);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_view);
    right->addWidget(m_detail);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_shards);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({ 340, 860 });

    auto* recordsPage = new QWidget(this);
    auto* recordsLayout = new QVBoxLayout(recordsPage);
    recordsLayout->addLayout(bar);
    recordsLayout->addWidget(split, 1);
    m_triggers = new TriggerPanel(connection, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(recordsPage, tr("Records"));
    m_tabs->addTab(m_triggers, tr("Triggers"));
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setContentsMargins(8, 2, 8, 4);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(m_reader, &StreamReader::recordsRead, this, &StreamViewer::appendRecords);
    connect(m_reader, &StreamReader::shardsChanged, m_shards, &StreamShardTree::setShards);
    connect(m_reader, &StreamReader::shardsChanged, this, &StreamViewer::updateStatus);
    connect(m_reader, &StreamReader::failed, this, [this](const QString& message) {
        m_lastError = message;
        updateStatus();
    });
    connect(m_stream, &QComboBox::activated, this, &StreamViewer::selectStream);
    connect(m_startBox, &QComboBox::activated, this,
        [this] { setStartPosition(StreamReader::StartPosition(m_startBox->currentData().toInt())); });
    connect(m_live, &QPushButton::toggled, this, [this](bool live) { setLive(live); });
    connect(m_event, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setEventName(m_event->currentData().toString());
        updateStatus();
    });
    connect(m_key, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setKeyText(text);
        updateStatus();
    });
    connect(m_export, &QPushButton::clicked, this, &StreamViewer::exportClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StreamViewer::showCurrentRecord);
    m_live->setChecked(true);
    findStream();
}

void StreamViewer::setPollInterval(int millis)
{
    m_reader->setPollInterval(millis);
    m_triggers->setPollInterval(millis);
}

void StreamViewer::setStartPosition(StreamReader::StartPosition start)
{
    m_start = start;
    m_startBox->setCurrentIndex(m_startBox->findData(int(start)));
    restart();
}

void StreamViewer::setLive(bool live)
{
    m_live->setChecked(live);
    m_live->setText(live ? tr("Live") : tr("Paused"));
    if (live)
        m_reader->start();
    else
        m_reader->stop();
    updateStatus();
}

void StreamViewer::findStream()
{
    if (!m_connection)
        return;
    m_status->setText(tr("Looking for the stream of %1…").arg(m_tableName));
    const QByteArray describe
        = QJsonDocument(QJsonObject { { QStringLiteral("TableName"), m_tableName } }).toJson(QJsonDocument::Compact);
    m_connection->send(QStringLiteral("DescribeTable"), describe, this, [this, describe](const Reply& reply) {
        if (!reply.ok) {
            const QString explanation = ErrorExplanation::explain(reply.errorType, reply.errorMessage);
            m_status->setText(
                explanation.isEmpty() ? reply.errorMessage : reply.errorMessage + QLatin1Char(' ') + explanation);
            emit streamFound({});
            return;
        }
        const QString latest = QJsonDocument::fromJson(reply.body)
                                   .object()
                                   .value(QLatin1String("Table"))
                                   .toObject()
                                   .value(QLatin1String("LatestStreamArn"))
                                   .toString();
        m_connection->send(
            QStringLiteral("ListStreams"), describe, this,
            [this, latest](const Reply& listed) {
                // A remote endpoint without the Streams API still has the latest stream.
                const QJsonArray streams = listed.ok
                    ? QJsonDocument::fromJson(listed.body).object().value(QLatin1String("Streams")).toArray()
                    : QJsonArray();
                showStreams(streams, latest);
            },
            WireApi::Streams);
    });
}

void StreamViewer::showStreams(const QJsonArray& streams, const QString& latest)
{
    m_stream->clear();
    for (const QJsonValue& s : streams) {
        const QString arn = s.toObject().value(QLatin1String("StreamArn")).toString();
        const QString label = s.toObject().value(QLatin1String("StreamLabel")).toString();
        m_stream->addItem(arn == latest ? tr("%1 (latest)").arg(label) : label, arn);
    }
    if (!latest.isEmpty() && m_stream->findData(latest) < 0)
        m_stream->addItem(tr("%1 (latest)").arg(latest.section(QLatin1Char('/'), -1)), latest);
    m_stream->setEnabled(m_stream->count() > 1);
    if (m_stream->count() == 0) {
        m_status->setText(tr("%1 has no stream. Enable one in Table > Change Table.").arg(m_tableName));
        m_triggers->setStreamArn({});
        emit streamFound({});
        return;
    }
    const int index = latest.isEmpty() ? m_stream->count() - 1 : m_stream->findData(latest);
    m_stream->setCurrentIndex(index);
    selectStream(index);
}

void StreamViewer::selectStream(int index)
{
    const QString arn = m_stream->itemData(index).toString();
    m_reader->reset(arn, m_start);
    m_triggers->setStreamArn(arn);
    restart();
    emit streamFound(arn);
}

void StreamViewer::restart()
{
    if (m_reader->streamArn().isEmpty())
        return;
    m_reader->reset(m_reader->streamArn(), m_start);
    m_model->clear();
    m_detail->clear();
    m_lastError.clear();
    if (m_live->isChecked())
        m_reader->start();
    updateStatus();
}

void StreamViewer::appendRecords(const StreamRecordList& records)
{
    // The tail follows new rows while the view is at its end.
    const QScrollBar* bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    m_model->append(records);
    if (atEnd)
        m_view->scrollToBottom();
    updateStatus();
}

void StreamViewer::showCurrentRecord()
{
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    if (current.isValid())
        m_detail->setRecord(m_model->record(current.row()));
    else
        m_detail->clear();
}

QString StreamViewer::exportRecords(const QString& path) const
{
    StreamRecordList listed;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        listed.append(m_model->record(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    QString error;
    return StreamRecordExport::writeJsonLines(path, listed, &error) ? QString() : error;
}

void StreamViewer::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Stream Records"), m_tableName + QLatin1String("-stream.jsonl"), tr("JSON Lines (*.jsonl)"));
    if (path.isEmpty())
        return;
    const QString error = exportRecords(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Stream Records"), tr("Could not write %1: %2").arg(path, error));
}

void StreamViewer::updateStatus()
{
    if (m_reader->streamArn().isEmpty())
        return;
    QString text = tr("%n shard(s), ", nullptr, int(m_reader->shards().size()))
        + tr("%n record(s)", nullptr, m_model->rowCount());
    if (m_filter->rowCount() != m_model->rowCount())
        text += tr(", %n listed", nullptr, m_filter->rowCount());
    text += m_reader->isRunning() ? tr(" · following new records") : tr(" · paused");
    if (!m_lastError.isEmpty())
        text += QLatin1String(" · ") + m_lastError;
    m_status->setText(text);
}

} // namespace dynoscope::ui
