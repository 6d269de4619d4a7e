// Monthly cost of the observed consumption, on-demand vs provisioned, with
// editable prices (defaults: AWS us-east-1, cited in the panel).
#pragma once

#include "heatmap/CostModel.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;

namespace dynoscope::ui {

class HeatmapGrid;

class CostPanel : public QWidget {
    Q_OBJECT
public:
    explicit CostPanel(QWidget* parent = nullptr);
    // Consumed RCU and WCU grids over the same window.
    void setConsumption(const HeatmapGrid& reads, const HeatmapGrid& writes);
    CostPrices prices() const;
    const CostEstimate& estimate() const { return m_estimate; }

private:
    void recompute();

    QDoubleSpinBox* m_readPerMillion;
    QDoubleSpinBox* m_writePerMillion;
    QDoubleSpinBox* m_rcuHour;
    QDoubleSpinBox* m_wcuHour;
    QLabel* m_result;
    double m_readUnits = 0, m_writeUnits = 0, m_seconds = 0, m_peakRead = 0, m_peakWrite = 0;
    CostEstimate m_estimate;
};

} // namespace dynoscope::ui
