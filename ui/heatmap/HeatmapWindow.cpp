// Polling, estimate mode and the layout of the heatmap window.
#include "heatmap/HeatmapWindow.h"

#include "connection/Connection.h"
#include "heatmap/CostPanel.h"
#include "heatmap/HeatmapDiagnostics.h"
#include "heatmap/HeatmapFrame.h"
#include "heatmap/HeatmapView.h"
#include "heatmap/LoadPanel.h"
#include "heatmap/PartitionKeyHash.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <memory>

namespace dynoscope::ui {

namespace {

QJsonObject parse(const QByteArray& json) { return QJsonDocument::fromJson(json).object(); }

QByteArray compact(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

} // namespace

HeatmapWindow::HeatmapWindow(Connection& connection, QString tableName, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_tableName(std::move(tableName))
{
    setWindowTitle(tr("Partition Heatmap: %1").arg(m_tableName));
    m_view = new HeatmapView(this);
    m_metric = new QComboBox(this);
    m_metric->addItem(tr("Consumed RCU"), QStringLiteral("ConsumedReadCapacityUnits"));
    m_metric->addItem(tr("Consumed WCU"), QStringLiteral("ConsumedWriteCapacityUnits"));
    m_metric->addItem(tr("Requests"), QStringLiteral("RequestCount"));
    m_metric->addItem(tr("Throttled requests"), QStringLiteral("ThrottledRequests"));
    m_metric->addItem(tr("Average latency (ms)"), QStringLiteral("AverageLatency"));
    m_metric->setCurrentIndex(2);
    m_window = new QComboBox(this);
    m_window->addItem(tr("Last 5 minutes"), 300);
    m_window->addItem(tr("Last 15 minutes"), 900);
    m_window->addItem(tr("Last hour"), 3600);
    m_brightness = new QSlider(Qt::Horizontal, this);
    m_brightness->setRange(1, 100);
    m_brightness->setValue(25);
    m_brightness->setMaximumWidth(140);
    auto* sizes = new QCheckBox(tr("Size column in bytes"), this);
    auto* reset = new QPushButton(tr("Reset Zoom"), this);
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Metric:"), this));
    controls->addWidget(m_metric);
    controls->addWidget(m_window);
    controls->addWidget(new QLabel(tr("Brightness:"), this));
    controls->addWidget(m_brightness);
    controls->addWidget(sizes);
    controls->addStretch();
    controls->addWidget(reset);

    m_banners = new QLabel(this);
    m_banners->setWordWrap(true);
    m_banners->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; color: #4a3b00; padding: 6px; "
                                            "border: 1px solid #e0c060; border-radius: 3px; }"));
    m_banners->hide();

    m_hotKeys = new QListWidget(this);
    m_hotKeys->setToolTip(tr("Click a cell to list its partition's hot keys; double-click a key to open the item."));
    m_load = new LoadPanel(connection, m_tableName, this);
    m_cost = new CostPanel(this);
    auto* side = new QTabWidget(this);
    side->addTab(m_hotKeys, tr("Hot Keys"));
    side->addTab(m_load, tr("Load Simulator"));
    side->addTab(m_cost, tr("Cost"));
    auto* split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_banners);
    layout->addWidget(split, 1);
    resize(1100, 600);

    connect(m_brightness, &QSlider::valueChanged, m_view, &HeatmapView::setBrightness);
    connect(sizes, &QCheckBox::toggled, m_view, &HeatmapView::setStaticColumnShowsSize);
    connect(reset, &QPushButton::clicked, m_view, &HeatmapView::resetZoom);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &HeatmapWindow::refresh);
    connect(m_window, &QComboBox::currentIndexChanged, this, &HeatmapWindow::refresh);
    connect(m_view, &HeatmapView::cellClicked, this, &HeatmapWindow::listHotKeys);
    connect(m_hotKeys, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        emit openItemRequested(m_tableName, item->data(Qt::UserRole).toJsonObject());
    });
    connect(&m_connection, &Connection::replied, this, &HeatmapWindow::countOwnRequest);
    m_poll.setInterval(1500);
    connect(&m_poll, &QTimer::timeout, this, &HeatmapWindow::refresh);

    m_connection.send(QStringLiteral("DescribeTable"), compact({{QStringLiteral("TableName"), m_tableName}}), this,
                      [this](const Reply& reply) {
                          const QJsonObject table = parse(reply.body).value(QStringLiteral("Table")).toObject();
                          for (const auto& k : table.value(QStringLiteral("KeySchema")).toArray())
                              if (k[QStringLiteral("KeyType")].toString() == QLatin1String("HASH"))
                                  m_partitionKey = k[QStringLiteral("AttributeName")].toString();
                      });
}

void HeatmapWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_poll.start();
    refresh();
}

void HeatmapWindow::hideEvent(QHideEvent* event)
{
    m_poll.stop(); // live updates only while someone can see them
    QWidget::hideEvent(event);
}

int HeatmapWindow::windowSeconds() const { return m_window->currentData().toInt(); }

QByteArray HeatmapWindow::metricsRequest(const QString& metric) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return compact({{QStringLiteral("TableName"), m_tableName},
                    {QStringLiteral("Metric"), metric},
                    {QStringLiteral("Resolution"), QStringLiteral("SECOND")},
                    {QStringLiteral("StartTime"), now - windowSeconds() + 1},
                    {QStringLiteral("EndTime"), now}});
}

void HeatmapWindow::refresh()
{
    if (m_estimating) {
        showEstimate();
        return;
    }
    if (m_outstanding == 0)
        pollDynoscope();
}

void HeatmapWindow::pollDynoscope()
{
    // Six answers make one picture; they are gathered and applied together.
    struct Round {
        QByteArray metric, throttles, partitions, reads, writes, hotKeys;
        bool unsupported = false;
    };
    auto round = std::make_shared<Round>();
    const QStringList names{m_metric->currentData().toString(), QStringLiteral("ThrottledRequests"),
                            QStringLiteral("ConsumedReadCapacityUnits"), QStringLiteral("ConsumedWriteCapacityUnits")};
    QByteArray* targets[] = {&round->metric, &round->throttles, &round->reads, &round->writes};
    const auto done = [this, round] {
        if (--m_outstanding > 0)
            return;
        if (round->unsupported) {
            startEstimate();
            return;
        }
        // Parsed on a worker thread; a later round supersedes one still parsing.
        const quint64 generation = ++m_frameGeneration;
        auto* watcher = new QFutureWatcher<HeatmapFrame>(this);
        connect(watcher, &QFutureWatcher<HeatmapFrame>::finished, this, [this, watcher, generation, round] {
            watcher->deleteLater();
            if (generation != m_frameGeneration)
                return;
            HeatmapFrame frame = watcher->result();
            m_cost->setConsumption(frame.reads, frame.writes);
            showFrame(std::move(frame));
            updateHotKeyTooltips(round->hotKeys);
        });
        watcher->setFuture(QtConcurrent::run([round] {
            return HeatmapFrame::build(round->metric, round->throttles, round->partitions, round->reads,
                                       round->writes);
        }));
    };
    const auto ask = [&](const QString& operation, const QByteArray& request, QByteArray* into) {
        ++m_outstanding;
        m_connection.send(
            operation, request, this,
            [round, into, done](const Reply& reply) {
                if (reply.ok)
                    *into = reply.body;
                else if (reply.errorType == QLatin1String("UnknownOperationException"))
                    round->unsupported = true;
                done();
            },
            WireApi::Dynoscope);
    };
    for (int i = 0; i < names.size(); ++i)
        ask(QStringLiteral("GetPartitionMetrics"), metricsRequest(names[i]), targets[i]);
    ask(QStringLiteral("DescribePartitions"), compact({{QStringLiteral("TableName"), m_tableName}}), &round->partitions);
    ask(QStringLiteral("GetHotKeys"),
        compact({{QStringLiteral("TableName"), m_tableName}, {QStringLiteral("Window"), 300},
                 {QStringLiteral("Limit"), 50}}),
        &round->hotKeys);
}

void HeatmapWindow::applyMetrics(const QByteArray& metric, const QByteArray& throttles, const QByteArray& partitions)
{
    ++m_frameGeneration; // a round still parsing would overwrite these
    showFrame(HeatmapFrame::build(metric, throttles, partitions));
}

void HeatmapWindow::showFrame(HeatmapFrame frame)
{
    m_view->setGrid(std::move(frame.grid));
    setBanners(frame.diagnostics);
}

void HeatmapWindow::setBanners(const QList<QString>& lines)
{
    m_banners->setText(lines.join(QLatin1Char('\n')));
    m_banners->setVisible(!lines.isEmpty());
}

QString HeatmapWindow::bannerText() const { return m_banners->isHidden() ? QString() : m_banners->text(); }

std::optional<int> HeatmapWindow::partitionOfKey(const QJsonObject& key) const
{
    const QJsonValue value = m_partitionKey.isEmpty() ? QJsonValue() : key.value(m_partitionKey);
    const auto position = PartitionKeyHash::ringPosition(value);
    if (!position)
        return std::nullopt;
    const int p = m_view->grid().partitionOf(*position);
    return p >= 0 ? std::optional<int>(p) : std::nullopt;
}

void HeatmapWindow::updateHotKeyTooltips(const QByteArray& hotKeys)
{
    QHash<qint64, QStringList> byPartition;
    for (const auto& entry : parse(hotKeys).value(QStringLiteral("MostAccessedItemKeys")).toArray()) {
        const QJsonObject key = entry[QStringLiteral("Key")].toObject();
        if (const auto p = partitionOfKey(key))
            byPartition[m_view->grid().partition(*p).id]
                << tr("%1 (%2)").arg(QString::fromUtf8(compact(key))).arg(entry[QStringLiteral("Count")].toInteger());
    }
    m_view->setHotKeys(std::move(byPartition));
}

void HeatmapWindow::listHotKeys(int time, int partition)
{
    m_hotKeys->clear();
    if (m_estimating) {
        m_hotKeys->addItem(tr("Hot keys need Dynoscope's GetHotKeys; this endpoint does not offer it."));
        return;
    }
    // GetHotKeys counts over a trailing window: the one reaching back to the clicked second.
    const qint64 back = QDateTime::currentSecsSinceEpoch() - m_view->grid().timestamp(time);
    const qint64 window = std::clamp<qint64>(back, 60, 3600);
    const qint64 id = m_view->grid().partition(partition).id;
    const QByteArray request = compact({{QStringLiteral("TableName"), m_tableName},
                                        {QStringLiteral("Window"), window},
                                        {QStringLiteral("Limit"), 100}});
    m_connection.send(
        QStringLiteral("GetHotKeys"), request, this,
        [this, id](const Reply& reply) {
            m_hotKeys->clear();
            for (const auto& entry : parse(reply.body).value(QStringLiteral("MostAccessedItemKeys")).toArray()) {
                const QJsonObject key = entry[QStringLiteral("Key")].toObject();
                const auto p = partitionOfKey(key);
                if (!p || m_view->grid().partition(*p).id != id)
                    continue;
                auto* item = new QListWidgetItem(
                    tr("%1 — %2 accesses").arg(QString::fromUtf8(compact(key))).arg(entry[QStringLiteral("Count")].toInteger()),
                    m_hotKeys);
                item->setData(Qt::UserRole, key);
            }
            if (m_hotKeys->count() == 0)
                m_hotKeys->addItem(tr("No hot keys recorded for partition %1 in this window.").arg(id));
        },
        WireApi::Dynoscope);
}

void HeatmapWindow::startEstimate()
{
    m_estimating = true;
    m_estimateRanges = HeatmapGrid::equalRanges(kEstimateBuckets);
    // One sampled page of the table stands in for DescribePartitions' item counts.
    m_connection.send(QStringLiteral("Scan"),
                      compact({{QStringLiteral("TableName"), m_tableName}, {QStringLiteral("Limit"), 1000}}), this,
                      [this](const Reply& reply) {
                          for (auto& range : m_estimateRanges)
                              range.itemCount = 0;
                          for (const auto& item : parse(reply.body).value(QStringLiteral("Items")).toArray()) {
                              const auto position =
                                  PartitionKeyHash::ringPosition(item.toObject().value(m_partitionKey));
                              for (auto& range : m_estimateRanges)
                                  if (position && range.contains(*position))
                                      ++range.itemCount;
                          }
                          showEstimate();
                      });
}

void HeatmapWindow::countOwnRequest(const Reply& reply)
{
    if (!m_estimating || reply.tableName != m_tableName || m_partitionKey.isEmpty())
        return;
    const QJsonObject request = parse(reply.request);
    const QJsonObject key = request.contains(QStringLiteral("Key")) ? request.value(QStringLiteral("Key")).toObject()
                                                                     : request.value(QStringLiteral("Item")).toObject();
    const auto position = PartitionKeyHash::ringPosition(key.value(m_partitionKey));
    if (!position)
        return;
    auto& counts = m_ownRequests[QDateTime::currentSecsSinceEpoch()];
    counts.resize(kEstimateBuckets);
    for (int b = 0; b < kEstimateBuckets; ++b)
        if (m_estimateRanges[b].contains(*position))
            counts[b] += 1;
}

void HeatmapWindow::showEstimate()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 start = now - windowSeconds() + 1;
    m_ownRequests.erase(m_ownRequests.begin(), m_ownRequests.lowerBound(start));
    QVector<qint64> timestamps;
    QVector<float> values;
    for (qint64 t = start; t <= now; ++t) {
        timestamps << t;
        const QVector<float> counts = m_ownRequests.value(t, QVector<float>(kEstimateBuckets, 0.0f));
        values += counts;
    }
    HeatmapGrid grid(timestamps, m_estimateRanges, values);
    QStringList lines{tr("Estimate: this endpoint has no Dynoscope partition operations. Rows are %1 equal hash "
                         "ranges, item counts come from a sample of up to 1000 scanned items, and activity counts "
                         "only this app's own requests.")
                          .arg(kEstimateBuckets)};
    for (const auto& d : HeatmapDiagnostics::diagnose(grid, HeatmapGrid()))
        lines << d.message;
    m_view->setGrid(std::move(grid));
    setBanners(lines);
}

} // namespace dynoscope::ui
