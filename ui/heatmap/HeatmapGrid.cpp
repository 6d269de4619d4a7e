// Parsing of the Dynoscope partition operations' answers into a flat grid.
#include "heatmap/HeatmapGrid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace dynoscope::ui {

namespace {

HeatmapPartition partitionFromJson(const QJsonObject& o)
{
    HeatmapPartition p;
    p.id = o.value(QStringLiteral("PartitionId")).toInteger();
    p.rangeStart = o.value(QStringLiteral("RangeStart")).toString().toULongLong(nullptr, 16);
    p.rangeEnd = o.value(QStringLiteral("RangeEnd")).toString().toULongLong(nullptr, 16);
    if (o.contains(QStringLiteral("ItemCount")))
        p.itemCount = o.value(QStringLiteral("ItemCount")).toInteger();
    if (o.contains(QStringLiteral("SizeBytes")))
        p.sizeBytes = o.value(QStringLiteral("SizeBytes")).toInteger();
    return p;
}

} // namespace

HeatmapGrid::HeatmapGrid(QVector<qint64> timestamps, QVector<HeatmapPartition> partitions, QVector<float> values)
    : m_timestamps(std::move(timestamps)), m_partitions(std::move(partitions)), m_values(std::move(values))
{
    for (float v : m_values)
        m_max = std::max(m_max, double(v));
}

HeatmapGrid HeatmapGrid::fromMetricsJson(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QVector<qint64> timestamps;
    for (const auto& t : o.value(QStringLiteral("Timestamps")).toArray())
        timestamps << t.toInteger();
    QVector<HeatmapPartition> partitions;
    for (const auto& p : o.value(QStringLiteral("Partitions")).toArray())
        partitions << partitionFromJson(p.toObject());
    const QJsonArray rows = o.value(QStringLiteral("Values")).toArray();
    if (rows.size() != timestamps.size())
        return {};
    QVector<float> values(timestamps.size() * partitions.size(), 0.0f);
    for (qsizetype t = 0; t < rows.size(); ++t) {
        const QJsonArray row = rows[t].toArray();
        for (qsizetype p = 0; p < std::min(row.size(), partitions.size()); ++p)
            values[t * partitions.size() + p] = float(row[p].toDouble());
    }
    return HeatmapGrid(std::move(timestamps), std::move(partitions), std::move(values));
}

void HeatmapGrid::setSizes(const QByteArray& describeJson)
{
    const QJsonArray list = QJsonDocument::fromJson(describeJson).object().value(QStringLiteral("Partitions")).toArray();
    for (const auto& value : list) {
        const HeatmapPartition described = partitionFromJson(value.toObject());
        for (auto& p : m_partitions)
            if (p.id == described.id) {
                p.itemCount = described.itemCount;
                p.sizeBytes = described.sizeBytes;
            }
    }
}

QVector<HeatmapPartition> HeatmapGrid::equalRanges(int count)
{
    QVector<HeatmapPartition> out;
    const quint64 width = std::numeric_limits<quint64>::max() / quint64(count);
    for (int i = 0; i < count; ++i) {
        HeatmapPartition p;
        p.id = i + 1;
        p.rangeStart = quint64(i) * width;
        p.rangeEnd = i == count - 1 ? std::numeric_limits<quint64>::max() : quint64(i + 1) * width - 1;
        out << p;
    }
    return out;
}

int HeatmapGrid::partitionOf(quint64 ringPosition) const
{
    for (int p = 0; p < partitionCount(); ++p)
        if (m_partitions[p].contains(ringPosition))
            return p;
    return -1;
}

double HeatmapGrid::total() const
{
    double sum = 0;
    for (float v : m_values)
        sum += v;
    return sum;
}

QVector<double> HeatmapGrid::partitionTotals() const
{
    QVector<double> totals(m_partitions.size(), 0.0);
    for (qsizetype i = 0; i < m_values.size(); ++i)
        totals[i % m_partitions.size()] += m_values[i];
    return totals;
}

QString HeatmapGrid::ringText(quint64 position) { return QStringLiteral("%1").arg(position, 16, 16, QLatin1Char('0')); }

} // namespace dynoscope::ui
