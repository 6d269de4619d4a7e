// The load simulator's controls: workload settings, start/stop, progress
// and the running throttle and latency figures.
#pragma once

#include "heatmap/LoadSimulator.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace dynoscope::ui {

class LoadPanel : public QWidget {
    Q_OBJECT
public:
    LoadPanel(Connection& connection, QString tableName, QWidget* parent = nullptr);
    LoadSimulator& simulator() { return m_simulator; }
    LoadSettings settings() const;

private:
    void toggle();
    void showStats(const LoadStats& stats);

    LoadSimulator m_simulator;
    QString m_tableName;
    QSpinBox* m_readPercent;
    QDoubleSpinBox* m_rate;
    QSpinBox* m_itemSize;
    QComboBox* m_distribution;
    QSpinBox* m_keySpace;
    QSpinBox* m_duration;
    QPushButton* m_start;
    QProgressBar* m_progress;
    QLabel* m_status;
};

} // namespace dynoscope::ui
