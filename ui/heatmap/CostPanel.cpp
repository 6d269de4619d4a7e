// The cost form and its summary.
#include "heatmap/CostPanel.h"

#include "heatmap/HeatmapGrid.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace dynoscope::ui {

namespace {

QDoubleSpinBox* priceBox(double value, int decimals, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setDecimals(decimals);
    box->setRange(0, 1000);
    box->setSingleStep(std::pow(10.0, -decimals + 1));
    box->setPrefix(QStringLiteral("$"));
    box->setValue(value);
    return box;
}

// Per-second totals over all partitions, and their peak.
double peakSecond(const HeatmapGrid& grid)
{
    double peak = 0;
    for (int t = 0; t < grid.timeCount(); ++t) {
        double sum = 0;
        for (int p = 0; p < grid.partitionCount(); ++p)
            sum += grid.value(t, p);
        peak = std::max(peak, sum / double(grid.step()));
    }
    return peak;
}

double activeSeconds(const HeatmapGrid& grid)
{
    for (int t = 0; t < grid.timeCount(); ++t)
        for (int p = 0; p < grid.partitionCount(); ++p)
            if (grid.value(t, p) > 0)
                return double(grid.timeCount() - t) * double(grid.step());
    return 0;
}

} // namespace

CostPanel::CostPanel(QWidget* parent) : QWidget(parent)
{
    const CostPrices defaults;
    m_readPerMillion = priceBox(defaults.onDemandReadPerMillion, 3, this);
    m_writePerMillion = priceBox(defaults.onDemandWritePerMillion, 3, this);
    m_rcuHour = priceBox(defaults.provisionedRcuHour, 5, this);
    m_wcuHour = priceBox(defaults.provisionedWcuHour, 5, this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    auto* source = new QLabel(
        tr("Defaults: AWS us-east-1 list prices from <a href=\"https://aws.amazon.com/dynamodb/pricing/on-demand/\">"
           "Pricing for On-Demand Capacity</a> and <a href=\"https://aws.amazon.com/dynamodb/pricing/provisioned/\">"
           "Pricing for Provisioned Capacity</a>. Storage, backups and free tier are not included."),
        this);
    source->setWordWrap(true);
    source->setOpenExternalLinks(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("On-demand, per million read request units:"), m_readPerMillion);
    form->addRow(tr("On-demand, per million write request units:"), m_writePerMillion);
    form->addRow(tr("Provisioned, per RCU-hour:"), m_rcuHour);
    form->addRow(tr("Provisioned, per WCU-hour:"), m_wcuHour);
    form->addRow(m_result);
    form->addRow(source);
    for (auto* box : {m_readPerMillion, m_writePerMillion, m_rcuHour, m_wcuHour})
        connect(box, &QDoubleSpinBox::valueChanged, this, &CostPanel::recompute);
    recompute();
}

CostPrices CostPanel::prices() const
{
    return {m_writePerMillion->value(), m_readPerMillion->value(), m_wcuHour->value(), m_rcuHour->value()};
}

void CostPanel::setConsumption(const HeatmapGrid& reads, const HeatmapGrid& writes)
{
    m_readUnits = reads.total();
    m_writeUnits = writes.total();
    // From the first second with any consumption: a window that is mostly
    // before the table saw traffic would dilute the monthly figure.
    m_seconds = std::max(activeSeconds(reads), activeSeconds(writes));
    m_peakRead = peakSecond(reads);
    m_peakWrite = peakSecond(writes);
    recompute();
}

void CostPanel::recompute()
{
    if (m_seconds <= 0) {
        m_result->setText(tr("No consumption observed yet."));
        return;
    }
    m_estimate = CostModel::estimate(m_readUnits, m_writeUnits, m_seconds, m_peakRead, m_peakWrite, prices());
    const QLocale locale;
    const auto money = [&](double v) { return QStringLiteral("$") + locale.toString(v, 'f', 2); };
    m_result->setText(
        tr("Observed %1 RCU and %2 WCU in %3 s, extrapolated to a month (730 h):<br>"
           "<b>On-demand: %4/month</b> (reads %5, writes %6)<br>"
           "<b>Provisioned: %7/month</b> for %8 RCU and %9 WCU, the busiest second's consumption")
            .arg(locale.toString(m_readUnits, 'f', 1), locale.toString(m_writeUnits, 'f', 1),
                 locale.toString(m_seconds, 'f', 0), money(m_estimate.onDemand()), money(m_estimate.onDemandRead),
                 money(m_estimate.onDemandWrite), money(m_estimate.provisioned()))
            .arg(m_estimate.provisionedRcu)
            .arg(m_estimate.provisionedWcu));
}

} // namespace dynoscope::ui
