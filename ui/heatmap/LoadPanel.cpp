// Load simulator form.
#include "heatmap/LoadPanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>

namespace dynoscope::ui {

LoadPanel::LoadPanel(Connection& connection, QString tableName, QWidget* parent)
    : QWidget(parent), m_simulator(connection), m_tableName(std::move(tableName))
{
    m_readPercent = new QSpinBox(this);
    m_readPercent->setRange(0, 100);
    m_readPercent->setValue(50);
    m_readPercent->setSuffix(tr(" % reads"));
    m_rate = new QDoubleSpinBox(this);
    m_rate->setRange(1, 20000);
    m_rate->setValue(200);
    m_rate->setSuffix(tr(" req/s"));
    m_itemSize = new QSpinBox(this);
    m_itemSize->setRange(64, 400 * 1024);
    m_itemSize->setValue(512);
    m_itemSize->setSuffix(tr(" bytes"));
    m_distribution = new QComboBox(this);
    m_distribution->addItem(tr("Uniform"), LoadSettings::Uniform);
    m_distribution->addItem(tr("Zipf (skewed)"), LoadSettings::Zipf);
    m_distribution->addItem(tr("Sequential"), LoadSettings::Sequential);
    m_distribution->addItem(tr("Single hot key"), LoadSettings::SingleHotKey);
    m_keySpace = new QSpinBox(this);
    m_keySpace->setRange(1, 10'000'000);
    m_keySpace->setValue(10000);
    m_duration = new QSpinBox(this);
    m_duration->setRange(1, 3600);
    m_duration->setValue(60);
    m_duration->setSuffix(tr(" s"));
    m_start = new QPushButton(tr("Start"), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_status = new QLabel(tr("Idle"), this);
    m_status->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Mix:"), m_readPercent);
    form->addRow(tr("Rate:"), m_rate);
    form->addRow(tr("Item size:"), m_itemSize);
    form->addRow(tr("Keys:"), m_distribution);
    form->addRow(tr("Distinct keys:"), m_keySpace);
    form->addRow(tr("Duration:"), m_duration);
    form->addRow(m_start);
    form->addRow(m_progress);
    form->addRow(m_status);
    connect(m_start, &QPushButton::clicked, this, &LoadPanel::toggle);
    connect(&m_simulator, &LoadSimulator::progressed, this, &LoadPanel::showStats);
    connect(&m_simulator, &LoadSimulator::finished, this, [this] { m_start->setText(tr("Start")); });
}

LoadSettings LoadPanel::settings() const
{
    LoadSettings s;
    s.tableName = m_tableName;
    s.readFraction = m_readPercent->value() / 100.0;
    s.rate = m_rate->value();
    s.itemSizeBytes = m_itemSize->value();
    s.distribution = LoadSettings::Distribution(m_distribution->currentData().toInt());
    s.keySpace = m_keySpace->value();
    s.durationSeconds = m_duration->value();
    return s;
}

void LoadPanel::toggle()
{
    if (m_simulator.isRunning()) {
        m_simulator.stop();
        return;
    }
    m_start->setText(tr("Stop"));
    m_simulator.start(settings());
}

void LoadPanel::showStats(const LoadStats& stats)
{
    m_progress->setValue(int(m_simulator.progress() * 1000));
    m_start->setText(m_simulator.isRunning() ? tr("Stop") : tr("Start"));
    QString text = tr("%1 sent (%2 reads, %3 writes), %4 ok, <b>%5 throttled</b>, %6 failed; latency %7 ms")
                       .arg(stats.sent)
                       .arg(stats.reads)
                       .arg(stats.writes)
                       .arg(stats.succeeded)
                       .arg(stats.throttled)
                       .arg(stats.failed)
                       .arg(stats.averageLatencyMs, 0, 'f', 2);
    if (!stats.lastError.isEmpty())
        text += QStringLiteral("<br>") + stats.lastError.toHtmlEscaped();
    m_status->setText(text);
}

} // namespace dynoscope::ui
