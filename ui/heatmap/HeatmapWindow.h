// Table > Partition Heatmap: the heatmap of one table with its controls,
// diagnostic banners, hot keys, load simulator and cost panel. It polls the
// Dynoscope partition operations while visible; against endpoints without
// them it estimates partitions from a sampled Scan and the app's own requests.
#pragma once

#include "heatmap/HeatmapGrid.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QSlider;

namespace dynoscope::ui {

class Connection;
class CostPanel;
struct HeatmapFrame;
class HeatmapView;
class LoadPanel;
struct Reply;

class HeatmapWindow : public QWidget {
    Q_OBJECT
public:
    static constexpr int kEstimateBuckets = 8;

    HeatmapWindow(Connection& connection, QString tableName, QWidget* parent = nullptr);

    HeatmapView* view() const { return m_view; }
    LoadPanel* loadPanel() const { return m_load; }
    CostPanel* costPanel() const { return m_cost; }
    bool isEstimate() const { return m_estimating; }
    QString bannerText() const;

    // Shows metrics answers (GetPartitionMetrics of the chosen metric and of
    // ThrottledRequests, DescribePartitions) as if polled.
    void applyMetrics(const QByteArray& metric, const QByteArray& throttles, const QByteArray& partitions);
    void refresh();

signals:
    void openItemRequested(const QString& tableName, const QJsonObject& key);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QByteArray metricsRequest(const QString& metric) const;
    void pollDynoscope();
    void startEstimate();
    void countOwnRequest(const Reply& reply);
    void showEstimate();
    void showFrame(HeatmapFrame frame);
    void setBanners(const QList<QString>& lines);
    void listHotKeys(int time, int partition);
    void updateHotKeyTooltips(const QByteArray& hotKeys);
    std::optional<int> partitionOfKey(const QJsonObject& key) const;
    int windowSeconds() const;

    Connection& m_connection;
    QString m_tableName;
    QString m_partitionKey;
    HeatmapView* m_view;
    QComboBox* m_metric;
    QComboBox* m_window;
    QSlider* m_brightness;
    QLabel* m_banners;
    QListWidget* m_hotKeys;
    LoadPanel* m_load;
    CostPanel* m_cost;
    QTimer m_poll;
    int m_outstanding = 0;
    quint64 m_frameGeneration = 0; // the latest refresh; older ones still parsing are dropped
    bool m_estimating = false;
    QVector<HeatmapPartition> m_estimateRanges;
    QMap<qint64, QVector<float>> m_ownRequests; // second -> requests per bucket
};

} // namespace dynoscope::ui
