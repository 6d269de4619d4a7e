// The numbers behind the heatmap: one metric per (second or minute, partition)
// as GetPartitionMetrics returns it, plus each partition's hash range and,
// from DescribePartitions, its item count and size.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace dynoscope::ui {

struct HeatmapPartition {
    qint64 id = 0;
    quint64 rangeStart = 0; // ring positions (the partition key's XXH3 hash), inclusive
    quint64 rangeEnd = 0;
    qint64 itemCount = -1;  // -1: unknown
    qint64 sizeBytes = -1;
    bool contains(quint64 ringPosition) const { return ringPosition >= rangeStart && ringPosition <= rangeEnd; }
};

class HeatmapGrid {
public:
    HeatmapGrid() = default;
    // REQUIRES: values.size() == timestamps.size() * partitions.size(), time-major.
    HeatmapGrid(QVector<qint64> timestamps, QVector<HeatmapPartition> partitions, QVector<float> values);

    // A GetPartitionMetrics response; an empty grid when it is not one.
    static HeatmapGrid fromMetricsJson(const QByteArray& json);
    // Fills item counts and sizes from a DescribePartitions response.
    void setSizes(const QByteArray& describeJson);
    // N equal ranges of the hash ring, for estimates.
    static QVector<HeatmapPartition> equalRanges(int count);

    int timeCount() const { return int(m_timestamps.size()); }
    int partitionCount() const { return int(m_partitions.size()); }
    float value(int t, int p) const { return m_values[qsizetype(t) * m_partitions.size() + p]; }
    qint64 timestamp(int t) const { return m_timestamps[t]; }
    qint64 step() const { return m_timestamps.size() > 1 ? m_timestamps[1] - m_timestamps[0] : 1; }
    const HeatmapPartition& partition(int p) const { return m_partitions[p]; }
    const QVector<HeatmapPartition>& partitions() const { return m_partitions; }
    // The partition whose range holds a ring position, or -1.
    int partitionOf(quint64 ringPosition) const;
    double maxValue() const { return m_max; }
    double total() const;
    QVector<double> partitionTotals() const;

    static QString ringText(quint64 position);

private:
    QVector<qint64> m_timestamps;
    QVector<HeatmapPartition> m_partitions;
    QVector<float> m_values;
    double m_max = 0;
};

} // namespace dynoscope::ui
