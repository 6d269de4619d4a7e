// Painting, zoom/pan and tooltips of the heatmap.
#include "heatmap/HeatmapView.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace dynoscope::ui {

namespace {

constexpr int kAxisHeight = 18;

} // namespace

HeatmapView::HeatmapView(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(320, 160);
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
}

void HeatmapView::setGrid(HeatmapGrid grid)
{
    const bool sameShape = grid.partitionCount() == m_grid.partitionCount() && grid.timeCount() == m_grid.timeCount();
    m_grid = std::move(grid);
    rebuild();
    if (!sameShape || m_followLatest) {
        if (!sameShape)
            m_view = QRectF(0, 0, m_grid.timeCount(), m_grid.partitionCount());
        m_view.moveRight(m_grid.timeCount());
        clampView();
    }
    update();
}

void HeatmapView::setBrightness(int brightness)
{
    m_brightness = std::clamp(brightness, 1, 100);
    rebuild();
    update();
}

void HeatmapView::setHotKeys(QHash<qint64, QStringList> keysByPartition) { m_hotKeys = std::move(keysByPartition); }

void HeatmapView::setStaticColumnShowsSize(bool sizes)
{
    m_columnShowsSize = sizes;
    rebuild();
    update();
}

QRgb HeatmapView::colorFor(double fraction)
{
    // Dark blue through red to yellow-white: heat reads at a glance and zero stays distinct from "a little".
    static const QColor stops[] = {QColor(18, 22, 48), QColor(40, 60, 160), QColor(200, 40, 60), QColor(250, 170, 30),
                                   QColor(255, 250, 210)};
    const double f = std::clamp(fraction, 0.0, 1.0) * 4;
    const int i = std::min(int(f), 3);
    const double u = f - i;
    const QColor& a = stops[i];
    const QColor& b = stops[i + 1];
    return qRgb(int(a.red() + (b.red() - a.red()) * u), int(a.green() + (b.green() - a.green()) * u),
                int(a.blue() + (b.blue() - a.blue()) * u));
}

void HeatmapView::rebuild()
{
    const int times = m_grid.timeCount(), parts = m_grid.partitionCount();
    if (!times || !parts) {
        m_image = QImage();
        m_column = QImage();
        return;
    }
    m_image = QImage(times, parts, QImage::Format_RGB32);
    const double top = m_grid.maxValue() > 0 ? m_grid.maxValue() : 1;
    const double gain = m_brightness / 25.0 / top;
    for (int p = 0; p < parts; ++p) {
        auto* line = reinterpret_cast<QRgb*>(m_image.scanLine(p));
        for (int t = 0; t < times; ++t) {
            const float v = m_grid.value(t, p);
            // The square root keeps small but nonzero cells visible next to a hot one.
            line[t] = v > 0 ? colorFor(0.05 + 0.95 * std::sqrt(std::min(1.0, v * gain))) : colorFor(0);
        }
    }
    m_column = QImage(1, parts, QImage::Format_RGB32);
    qint64 most = 0;
    for (const auto& p : m_grid.partitions())
        most = std::max(most, m_columnShowsSize ? p.sizeBytes : p.itemCount);
    for (int p = 0; p < parts; ++p) {
        const auto& part = m_grid.partition(p);
        const qint64 v = m_columnShowsSize ? part.sizeBytes : part.itemCount;
        m_column.setPixel(0, p, v < 0 ? qRgb(90, 90, 90) : colorFor(most ? double(v) / double(most) : 0));
    }
}

QRectF HeatmapView::plotRect() const
{
    return QRectF(kColumnWidth + 4, 0, std::max(1, width() - kColumnWidth - 4), std::max(1, height() - kAxisHeight));
}

void HeatmapView::clampView()
{
    const double times = std::max(1, m_grid.timeCount()), parts = std::max(1, m_grid.partitionCount());
    m_view.setWidth(std::clamp(m_view.width(), std::min(4.0, times), times));
    m_view.setHeight(std::clamp(m_view.height(), std::min(1.0, parts), parts));
    m_view.moveLeft(std::clamp(m_view.left(), 0.0, times - m_view.width()));
    m_view.moveTop(std::clamp(m_view.top(), 0.0, parts - m_view.height()));
    m_followLatest = m_view.right() >= times - 0.5;
}

void HeatmapView::resetZoom()
{
    m_view = QRectF(0, 0, m_grid.timeCount(), m_grid.partitionCount());
    clampView();
    update();
}

QPoint HeatmapView::cellAt(QPoint position) const
{
    const QRectF plot = plotRect();
    if (m_image.isNull() || !plot.contains(position))
        return {-1, -1};
    const int t = int(m_view.left() + (position.x() - plot.left()) / plot.width() * m_view.width());
    const int p = int(m_view.top() + (position.y() - plot.top()) / plot.height() * m_view.height());
    if (t < 0 || p < 0 || t >= m_grid.timeCount() || p >= m_grid.partitionCount())
        return {-1, -1};
    return {t, p};
}

void HeatmapView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const QRectF plot = plotRect();
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No metrics yet"));
        return;
    }
    painter.drawImage(plot, m_image, m_view);
    painter.drawImage(QRectF(0, plot.top(), kColumnWidth, plot.height()), m_column,
                      QRectF(0, m_view.top(), 1, m_view.height()));
    // Partition boundaries once they are tall enough to tell apart.
    const double rowHeight = plot.height() / m_view.height();
    if (rowHeight >= 6) {
        painter.setPen(QColor(0, 0, 0, 90));
        for (int p = int(std::ceil(m_view.top())); p < m_view.bottom(); ++p) {
            const double y = plot.top() + (p - m_view.top()) * rowHeight;
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        }
    }
    // Time axis: the window's first and last visible timestamps.
    painter.setPen(palette().color(QPalette::Text));
    const auto label = [&](double cell) {
        const int t = std::clamp(int(cell), 0, m_grid.timeCount() - 1);
        return QDateTime::fromSecsSinceEpoch(m_grid.timestamp(t)).toString(QStringLiteral("HH:mm:ss"));
    };
    const QRectF axis(plot.left(), plot.bottom() + 2, plot.width(), kAxisHeight - 2);
    painter.drawText(axis, Qt::AlignLeft | Qt::AlignVCenter, label(m_view.left()));
    painter.drawText(axis, Qt::AlignRight | Qt::AlignVCenter, label(m_view.right() - 1));
    painter.drawText(QRectF(0, plot.bottom() + 2, kColumnWidth + 4, kAxisHeight - 2), Qt::AlignCenter,
                     m_columnShowsSize ? tr("size") : tr("items"));
}

void HeatmapView::wheelEvent(QWheelEvent* event)
{
    const QRectF plot = plotRect();
    const double factor = std::pow(0.85, event->angleDelta().y() / 120.0);
    const QPointF at = event->position();
    // Plain wheel zooms time, Shift or Ctrl the partitions, around the pointer.
    if (event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)) {
        const double anchor = m_view.top() + (at.y() - plot.top()) / plot.height() * m_view.height();
        const double height = m_view.height() * factor;
        m_view.setTop(anchor - (anchor - m_view.top()) * factor);
        m_view.setHeight(height);
    } else {
        const double anchor = m_view.left() + (at.x() - plot.left()) / plot.width() * m_view.width();
        const double width = m_view.width() * factor;
        m_view.setLeft(anchor - (anchor - m_view.left()) * factor);
        m_view.setWidth(width);
    }
    clampView();
    update();
    event->accept();
}

void HeatmapView::mousePressEvent(QMouseEvent* event)
{
    m_dragFrom = m_pressAt = event->position().toPoint();
    m_dragView = m_view;
}

void HeatmapView::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QRectF plot = plotRect();
    const QPointF delta = event->position() - m_dragFrom;
    m_view = m_dragView.translated(-delta.x() / plot.width() * m_view.width(),
                                   -delta.y() / plot.height() * m_view.height());
    clampView();
    update();
}

void HeatmapView::mouseReleaseEvent(QMouseEvent* event)
{
    if ((event->position().toPoint() - m_pressAt).manhattanLength() > 4)
        return;
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell.x() >= 0)
        emit cellClicked(cell.x(), cell.y());
}

bool HeatmapView::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    const QPoint cell = cellAt(help->pos());
    if (cell.x() < 0) {
        QToolTip::hideText();
        return true;
    }
    const HeatmapPartition& p = m_grid.partition(cell.y());
    const QLocale locale;
    QString text = tr("<b>Partition %1</b><br>Range %2 – %3<br>%4: <b>%5</b>")
                       .arg(p.id)
                       .arg(HeatmapGrid::ringText(p.rangeStart), HeatmapGrid::ringText(p.rangeEnd),
                            QDateTime::fromSecsSinceEpoch(m_grid.timestamp(cell.x())).toString(QStringLiteral("HH:mm:ss")),
                            locale.toString(m_grid.value(cell.x(), cell.y()), 'g', 6));
    if (p.itemCount >= 0)
        text += tr("<br>Items: %1, size: %2").arg(locale.toString(p.itemCount), locale.formattedDataSize(p.sizeBytes));
    QStringList keys = m_hotKeys.value(p.id).mid(0, 5);
    for (auto& key : keys)
        key = key.toHtmlEscaped();
    if (!keys.isEmpty())
        text += tr("<br>Top keys:<br>%1").arg(keys.join(QStringLiteral("<br>")));
    QToolTip::showText(help->globalPos(), text, this);
    return true;
}

} // namespace dynoscope::ui
