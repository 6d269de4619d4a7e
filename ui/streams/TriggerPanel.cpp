// Lists of triggers and of their runs.
#include "streams/TriggerPanel.h"

#include "connection/Connection.h"
#include "streams/TriggerDialog.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dynoscope::ui {

namespace {

enum TriggerColumn { NameColumn, CommandColumn, StateColumn, DeliveredColumn };
enum InvocationColumn { TimeColumn, RecordsColumn, AttemptColumn, StatusColumn, DurationColumn };

constexpr int kInvocationRole = Qt::UserRole + 1;

} // namespace

TriggerPanel::TriggerPanel(Connection* connection, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
{
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_add = new QPushButton(tr("&Add Trigger…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_pause = new QPushButton(tr("&Pause"), this);
    m_retry = new QPushButton(tr("Retry &Now"), this);
    m_skip = new QPushButton(tr("S&kip Batch"), this);
    m_retry->setToolTip(tr("Run the command again on the batch that failed every attempt"));
    m_skip->setToolTip(tr("Drop the batch that failed every attempt and go on with the next records"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addSpacing(12);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_skip);
    buttons->addStretch(1);

    m_triggers = new QTreeWidget(this);
    m_triggers->setHeaderLabels({ tr("Trigger"), tr("Command"), tr("State"), tr("Delivered") });
    m_triggers->setRootIsDecorated(false);
    m_triggers->header()->setSectionResizeMode(CommandColumn, QHeaderView::Stretch);
    m_triggers->header()->setStretchLastSection(false);
    m_triggers->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_invocations = new QTreeWidget(this);
    m_invocations->setHeaderLabels({ tr("Started"), tr("Records"), tr("Attempt"), tr("Status"), tr("Duration") });
    m_invocations->setRootIsDecorated(false);
    m_invocations->setUniformRowHeights(true);
    m_output = new QPlainTextEdit(this);
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("The standard output and error of the selected run"));

    auto* runs = new QSplitter(Qt::Vertical, this);
    runs->addWidget(m_invocations);
    runs->addWidget(m_output);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_triggers);
    split->addWidget(runs);
    split->setSizes({ 120, 480 });
    runs->setSizes({ 200, 280 });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_add, &QPushButton::clicked, this, [this] {
        TriggerDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            addTrigger(dialog.config());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        TriggerRunner* runner = currentRunner();
        if (!runner)
            return;
        m_runners.removeOne(runner);
        delete m_triggers->currentItem();
        runner->deleteLater();
        showRunner();
    });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (TriggerRunner* runner = currentRunner())
            runner->state() == TriggerRunner::State::Paused ? runner->resume() : runner->pause();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (TriggerRunner* runner = currentRunner())
            runner->retryNow();
    });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        if (TriggerRunner* runner = currentRunner())
            runner->skipBatch();
    });
    connect(m_triggers, &QTreeWidget::currentItemChanged, this, &TriggerPanel::showRunner);
    connect(m_invocations, &QTreeWidget::currentItemChanged, this, &TriggerPanel::showInvocation);
    setStreamArn({});
}

void TriggerPanel::setStreamArn(const QString& streamArn)
{
    m_streamArn = streamArn;
    m_hint->setText(streamArn.isEmpty()
            ? tr("This table has no stream: enable one to attach triggers.")
            : tr("Triggers run a local command on batches of this stream's records, as a Lambda function "
                 "attached to the stream would. They run while this window is open."));
    updateButtons();
}

TriggerRunner* TriggerPanel::addTrigger(const TriggerConfig& config)
{
    auto* runner = new TriggerRunner(m_connection, m_streamArn, config, this);
    runner->reader()->setPollInterval(m_pollInterval);
    m_runners.append(runner);
    auto* row = new QTreeWidgetItem(m_triggers);
    row->setText(NameColumn, config.name);
    row->setText(CommandColumn, config.commandLine());
    row->setToolTip(CommandColumn, config.commandLine());
    row->setData(NameColumn, Qt::UserRole, QVariant::fromValue<QObject*>(runner));
    connect(runner, &TriggerRunner::stateChanged, this, [this, runner] { updateRunnerRow(runner); });
    connect(runner, &TriggerRunner::readFailed, this,
        [row](const QString& message) { row->setToolTip(StateColumn, message); });
    connect(runner, &TriggerRunner::invoked, this, [this, runner](const TriggerInvocation& invocation) {
        updateRunnerRow(runner);
        if (runner == currentRunner())
            appendInvocation(invocation);
    });
    m_triggers->setCurrentItem(row);
    runner->start();
    updateRunnerRow(runner);
    return runner;
}

TriggerRunner* TriggerPanel::currentRunner() const
{
    const QTreeWidgetItem* row = m_triggers->currentItem();
    return row ? qobject_cast<TriggerRunner*>(row->data(NameColumn, Qt::UserRole).value<QObject*>()) : nullptr;
}

void TriggerPanel::updateRunnerRow(TriggerRunner* runner)
{
    for (int i = 0; i < m_triggers->topLevelItemCount(); ++i) {
        QTreeWidgetItem* row = m_triggers->topLevelItem(i);
        if (row->data(NameColumn, Qt::UserRole).value<QObject*>() != runner)
            continue;
        row->setText(StateColumn, runner->stateText());
        row->setForeground(StateColumn,
            runner->state() == TriggerRunner::State::Halted ? QColor(0xc4, 0x2b, 0x1c)
                                                            : palette().color(QPalette::Text));
        QString delivered = QLocale().toString(runner->deliveredCount());
        if (runner->skippedCount() > 0)
            delivered += tr(" (%n skipped)", nullptr, int(runner->skippedCount()));
        row->setText(DeliveredColumn, delivered);
    }
    updateButtons();
}

void TriggerPanel::updateButtons()
{
    const TriggerRunner* runner = currentRunner();
    m_add->setEnabled(!m_streamArn.isEmpty() && m_connection);
    m_remove->setEnabled(runner);
    m_pause->setEnabled(runner);
    m_pause->setText(runner && runner->state() == TriggerRunner::State::Paused ? tr("Res&ume") : tr("&Pause"));
    const bool halted = runner && runner->state() == TriggerRunner::State::Halted;
    m_retry->setEnabled(halted);
    m_skip->setEnabled(halted);
}

void TriggerPanel::showRunner()
{
    m_invocations->clear();
    m_output->clear();
    if (const TriggerRunner* runner = currentRunner())
        for (const TriggerInvocation& invocation : runner->invocations())
            appendInvocation(invocation);
    updateButtons();
}

void TriggerPanel::appendInvocation(const TriggerInvocation& invocation)
{
    auto* row = new QTreeWidgetItem(m_invocations);
    row->setText(TimeColumn, invocation.startedAt.toString(QStringLiteral("HH:mm:ss.zzz")));
    row->setText(RecordsColumn, QString::number(invocation.recordCount));
    row->setText(AttemptColumn, QString::number(invocation.attempt));
    row->setText(StatusColumn, invocation.statusText());
    row->setText(DurationColumn, tr("%1 ms").arg(invocation.durationMillis));
    row->setToolTip(RecordsColumn,
        tr("Sequence numbers %1 to %2").arg(invocation.firstSequenceNumber, invocation.lastSequenceNumber));
    if (!invocation.error.isEmpty())
        row->setToolTip(StatusColumn, invocation.error);
    row->setForeground(StatusColumn, invocation.succeeded() ? QColor(0x11, 0x8a, 0x3e) : QColor(0xc4, 0x2b, 0x1c));
    row->setData(TimeColumn, kInvocationRole, int(m_invocations->topLevelItemCount() - 1));
    if (!m_invocations->currentItem()
        || m_invocations->currentItem() == m_invocations->topLevelItem(m_invocations->topLevelItemCount() - 2))
        m_invocations->setCurrentItem(row); // follow the newest run unless the user picked another
}

void TriggerPanel::showInvocation()
{
    const TriggerRunner* runner = currentRunner();
    const QTreeWidgetItem* row = m_invocations->currentItem();
    if (!runner || !row) {
        m_output->clear();
        return;
    }
    const TriggerInvocation& invocation = runner->invocations().value(row->data(TimeColumn, kInvocationRole).toInt());
    QString text;
    if (!invocation.error.isEmpty())
        text += invocation.error + QLatin1String("\n\n");
    text += tr("── standard output ──\n") + QString::fromUtf8(invocation.standardOutput);
    text += tr("\n── standard error ──\n") + QString::fromUtf8(invocation.standardError);
    m_output->setPlainText(text);
}

} // namespace dynoscope::ui
