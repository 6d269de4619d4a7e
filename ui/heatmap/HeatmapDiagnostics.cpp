// Thresholds are deliberately coarse: a banner should mean "look here", so
// it fires only on patterns clear enough to be seen in the picture too.
#include "heatmap/HeatmapDiagnostics.h"

#include <algorithm>
#include <numeric>

namespace dynoscope::ui {

int HeatmapDiagnostics::hotPartition(const HeatmapGrid& grid)
{
    const QVector<double> totals = grid.partitionTotals();
    if (totals.size() < 2)
        return -1;
    const auto hottest = std::max_element(totals.begin(), totals.end());
    const double sum = std::accumulate(totals.begin(), totals.end(), 0.0);
    if (*hottest <= 0)
        return -1;
    const double othersMean = (sum - *hottest) / double(totals.size() - 1);
    return *hottest >= 4 * othersMean ? int(hottest - totals.begin()) : -1;
}

bool HeatmapDiagnostics::sequentialDiagonal(const HeatmapGrid& grid)
{
    if (grid.partitionCount() < 3)
        return false;
    // The dominant partition of each busy step.
    QVector<int> path;
    for (int t = 0; t < grid.timeCount(); ++t) {
        double sum = 0, best = 0;
        int at = -1;
        for (int p = 0; p < grid.partitionCount(); ++p) {
            sum += grid.value(t, p);
            if (grid.value(t, p) > best) {
                best = grid.value(t, p);
                at = p;
            }
        }
        if (at >= 0 && best >= 0.5 * sum)
            path << at;
    }
    int forward = 0, backward = 0;
    QVector<bool> visited(grid.partitionCount(), false);
    for (qsizetype i = 0; i < path.size(); ++i) {
        visited[path[i]] = true;
        if (i == 0 || path[i] == path[i - 1])
            continue;
        // Stepping off one end of the ring onto the other counts as moving on.
        const int last = grid.partitionCount() - 1;
        const bool wrapForward = path[i - 1] == last && path[i] == 0;
        const bool wrapBackward = path[i - 1] == 0 && path[i] == last;
        if ((path[i] > path[i - 1] && !wrapBackward) || wrapForward)
            ++forward;
        else
            ++backward;
    }
    const int moves = forward + backward;
    const int distinct = int(std::count(visited.begin(), visited.end(), true));
    return distinct >= 3 && moves >= 2 && std::max(forward, backward) >= 0.9 * moves;
}

double HeatmapDiagnostics::keySkew(const HeatmapGrid& grid)
{
    qint64 sum = 0, most = 0;
    for (const auto& p : grid.partitions()) {
        if (p.itemCount < 0)
            return 0;
        sum += p.itemCount;
        most = std::max(most, p.itemCount);
    }
    if (grid.partitionCount() < 2 || sum < 100)
        return 0;
    return double(most) / (double(sum) / grid.partitionCount());
}

QList<Diagnosis> HeatmapDiagnostics::diagnose(const HeatmapGrid& activity, const HeatmapGrid& throttles)
{
    QList<Diagnosis> out;
    if (const int hot = hotPartition(activity); hot >= 0)
        out << Diagnosis{Diagnosis::HotPartition,
                         tr("Hot partition: partition %1 takes most of the traffic. A few partition key values "
                            "are read or written far more than the rest; spread them (write sharding, caching).")
                             .arg(activity.partition(hot).id)};
    if (sequentialDiagonal(activity))
        out << Diagnosis{Diagnosis::SequentialKeys,
                         tr("Sequential keys: the hottest partition moves steadily along the key range over time, "
                            "as when keys grow with time (timestamps, counters). Each moment hits one partition.")};
    if (throttles.total() > 0)
        out << Diagnosis{Diagnosis::Throttling,
                         tr("Throttling: %n request(s) were throttled in this window.", nullptr,
                            int(throttles.total()))};
    if (const double skew = keySkew(activity); skew >= 2)
        out << Diagnosis{Diagnosis::UnevenKeys,
                         tr("Uneven key distribution: the fullest partition holds %1x the average number of items.")
                             .arg(skew, 0, 'f', 1)};
    return out;
}

} // namespace dynoscope::ui
