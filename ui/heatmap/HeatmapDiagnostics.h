// Recognises the access patterns worth a banner above the heatmap: a hot
// partition, a sequential-key diagonal, throttling, and unequal item counts.
#pragma once

#include "heatmap/HeatmapGrid.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dynoscope::ui {

struct Diagnosis {
    enum Kind { HotPartition, SequentialKeys, Throttling, UnevenKeys };
    Kind kind;
    QString message;
};

class HeatmapDiagnostics {
    Q_DECLARE_TR_FUNCTIONS(HeatmapDiagnostics)
public:
    // activity: the shown metric; throttles: ThrottledRequests over the same
    // window (may be empty); item counts come from activity's partitions.
    static QList<Diagnosis> diagnose(const HeatmapGrid& activity, const HeatmapGrid& throttles);

    // Index of a partition carrying at least 4x the mean of the others, or -1.
    static int hotPartition(const HeatmapGrid& grid);
    // True when the hottest partition walks steadily along the ring over time.
    static bool sequentialDiagonal(const HeatmapGrid& grid);
    // Largest item count divided by the mean, or 0 when unknown or too few items.
    static double keySkew(const HeatmapGrid& grid);
};

} // namespace dynoscope::ui
