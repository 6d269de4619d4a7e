// The partition heatmap: time on x, partitions in ring order on y, one
// colour per cell. The grid is coloured once into a QImage (one pixel per
// cell) and painting only scales the visible part of it, so an hour of
// seconds over dozens of partitions pans and zooms without redrawing cells.
#pragma once

#include "heatmap/HeatmapGrid.h"

#include <QHash>
#include <QImage>
#include <QStringList>
#include <QWidget>

namespace dynoscope::ui {

class HeatmapView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kColumnWidth = 40; // the static item-count column on the left

    explicit HeatmapView(QWidget* parent = nullptr);

    void setGrid(HeatmapGrid grid);
    const HeatmapGrid& grid() const { return m_grid; }
    // 1..100; 25 maps the grid's maximum to the hottest colour.
    void setBrightness(int brightness);
    // Top keys shown in a cell's tooltip, by partition id.
    void setHotKeys(QHash<qint64, QStringList> keysByPartition);
    // Whether the left column shows sizes in bytes instead of item counts.
    void setStaticColumnShowsSize(bool sizes);

    // The aggregated image (one pixel per cell) and a cell's colour.
    const QImage& image() const { return m_image; }
    QRgb cellColor(int t, int p) const { return m_image.pixel(t, p); }
    static QRgb colorFor(double fraction);
    // The cell under a widget position as (time, partition), or (-1, -1).
    QPoint cellAt(QPoint position) const;
    void resetZoom();

signals:
    void cellClicked(int time, int partition);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    void rebuild();
    QRectF plotRect() const;
    void clampView();

    HeatmapGrid m_grid;
    QImage m_image;
    QImage m_column;
    int m_brightness = 25;
    bool m_columnShowsSize = false;
    QHash<qint64, QStringList> m_hotKeys;
    QRectF m_view; // the visible part, in cells
    bool m_followLatest = true;
    QPoint m_dragFrom;
    QPoint m_pressAt;
    QRectF m_dragView;
};

} // namespace dynoscope::ui
