// Builds a heatmap refresh from the engine's answers.
#include "heatmap/HeatmapFrame.h"

#include "heatmap/HeatmapDiagnostics.h"

namespace dynoscope::ui {

HeatmapFrame HeatmapFrame::build(const QByteArray& metric, const QByteArray& throttles, const QByteArray& partitions,
                                 const QByteArray& reads, const QByteArray& writes)
{
    HeatmapFrame frame;
    frame.grid = HeatmapGrid::fromMetricsJson(metric);
    frame.grid.setSizes(partitions);
    for (const auto& diagnosis : HeatmapDiagnostics::diagnose(frame.grid, HeatmapGrid::fromMetricsJson(throttles)))
        frame.diagnostics << diagnosis.message;
    frame.reads = HeatmapGrid::fromMetricsJson(reads);
    frame.writes = HeatmapGrid::fromMetricsJson(writes);
    return frame;
}

} // namespace dynoscope::ui
