// Monthly extrapolation of the metrics window.
#include "heatmap/CostModel.h"

#include <cmath>

namespace dynoscope::ui {

CostEstimate CostModel::estimate(double readUnits, double writeUnits, double windowSeconds, double peakReadPerSecond,
                                 double peakWritePerSecond, const CostPrices& prices)
{
    const double monthSeconds = kHoursPerMonth * 3600;
    const double scale = monthSeconds / windowSeconds;
    CostEstimate e;
    e.onDemandRead = readUnits * scale / 1e6 * prices.onDemandReadPerMillion;
    e.onDemandWrite = writeUnits * scale / 1e6 * prices.onDemandWritePerMillion;
    e.provisionedRcu = std::ceil(peakReadPerSecond);
    e.provisionedWcu = std::ceil(peakWritePerSecond);
    e.provisionedRead = e.provisionedRcu * kHoursPerMonth * prices.provisionedRcuHour;
    e.provisionedWrite = e.provisionedWcu * kHoursPerMonth * prices.provisionedWcuHour;
    return e;
}

} // namespace dynoscope::ui
