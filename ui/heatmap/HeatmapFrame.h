// One refresh of the heatmap, built from the engine's answers off the GUI
// thread: an hour of per-second metrics is megabytes of JSON, too much to
// parse between two frames.
#pragma once

#include "heatmap/HeatmapGrid.h"

#include <QByteArray>
#include <QStringList>

namespace dynoscope::ui {

struct HeatmapFrame {
    HeatmapGrid grid;        // the chosen metric, with partition sizes
    QStringList diagnostics; // banner lines
    HeatmapGrid reads;       // consumed RCU and WCU, for the cost panel
    HeatmapGrid writes;

    // GetPartitionMetrics answers (the chosen metric, ThrottledRequests, and
    // consumed RCU and WCU) and DescribePartitions'. Thread-safe: it touches
    // no widget. Empty answers give empty grids.
    static HeatmapFrame build(const QByteArray& metric, const QByteArray& throttles, const QByteArray& partitions,
                              const QByteArray& reads = {}, const QByteArray& writes = {});
};

} // namespace dynoscope::ui
