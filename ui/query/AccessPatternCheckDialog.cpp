// The access-pattern check's window.
#include "query/AccessPatternCheckDialog.h"

#include "query/AccessPatternRunner.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dynoscope::ui {

namespace {

const QColor kErrorColor(0xc4, 0x2b, 0x1c);
const QColor kWarningColor(0xa0, 0x5a, 0x00);

} // namespace

AccessPatternCheckDialog::AccessPatternCheckDialog(
    Connection* connection, const QString& tableName, const QList<SavedQuery>& queries, QWidget* parent)
    : QDialog(parent)
    , m_runner(new AccessPatternRunner(connection, tableName, queries, this))
{
    setWindowTitle(tr("Check Access Patterns of %1").arg(tableName));
    m_summary = new QLabel(
        tr("Runs every saved query of %1 through all its pages and measures what it costs.").arg(tableName), this);
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, int(queries.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m queries"));

    m_table = new QTreeWidget(this);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setHeaderLabels({ tr("Access pattern"), tr("Operation"), tr("Items"), tr("Scanned"), tr("Consumed RCU"),
        tr("Pages"), tr("Notes") });
    m_table->headerItem()->setToolTip(ItemsColumn, tr("Items returned (Count), after the filter"));
    m_table->headerItem()->setToolTip(ScannedColumn, tr("Items read (ScannedCount), before the filter"));
    m_table->headerItem()->setToolTip(CapacityColumn, tr("Read capacity units consumed by all pages"));
    for (int column : { ItemsColumn, ScannedColumn, CapacityColumn, PagesColumn })
        m_table->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    for (const SavedQuery& query : queries) {
        auto* row = new QTreeWidgetItem(m_table, { query.name, query.summary() });
        row->setToolTip(NameColumn, query.name);
        for (int column : { ItemsColumn, ScannedColumn, CapacityColumn, PagesColumn })
            row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(NotesColumn, tr("Waiting"));
        row->setSizeHint(NotesColumn, QSize(0, fontMetrics().height() + 10));
        row->setForeground(NotesColumn, palette().color(QPalette::PlaceholderText));
    }
    m_table->header()->setStretchLastSection(true);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(NotesColumn, QHeaderView::Stretch);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_cancel = m_buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_cancel->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(960, 420);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccessPatternCheckDialog::reject);
    connect(m_cancel, &QPushButton::clicked, m_runner, &AccessPatternRunner::cancel);
    connect(m_runner, &AccessPatternRunner::progressed, this, &AccessPatternCheckDialog::updateRow);
    connect(m_runner, &AccessPatternRunner::finished, this, &AccessPatternCheckDialog::finish);
}

void AccessPatternCheckDialog::start()
{
    m_cancel->setEnabled(true);
    m_runner->start();
    if (m_runner->isRunning())
        updateRow(m_runner->currentIndex());
}

void AccessPatternCheckDialog::reject()
{
    // Closing while it runs stops it: nothing else would show its results.
    m_runner->cancel();
    QDialog::reject();
}

void AccessPatternCheckDialog::updateRow(int index)
{
    QTreeWidgetItem* row = m_table->topLevelItem(index);
    if (!row || index >= m_runner->results().size())
        return;
    const AccessPatternResult& result = m_runner->results().at(index);
    const QLocale locale;
    row->setText(ItemsColumn, locale.toString(result.count));
    row->setText(ScannedColumn, locale.toString(result.scannedCount));
    row->setText(CapacityColumn, locale.toString(result.capacityUnits, 'f', 1));
    row->setText(PagesColumn, locale.toString(result.pages));
    if (!result.error.isEmpty()) {
        row->setText(NotesColumn, result.error);
        row->setToolTip(NotesColumn, result.error);
        row->setForeground(NotesColumn, kErrorColor);
    } else if (!result.done) {
        row->setText(NotesColumn, tr("Running…"));
        row->setForeground(NotesColumn, palette().color(QPalette::Text));
    } else {
        const QStringList warnings = result.warnings();
        row->setText(NotesColumn, warnings.isEmpty() ? tr("OK") : warnings.join(QStringLiteral("; ")));
        QStringList advice;
        if (result.isScan())
            advice.append(tr("A Scan reads the whole table or index and pays for every item it reads, so its cost "
                             "grows with the table. A Query on a key or an index reads only what it asks for."));
        if (result.scannedCount > 0 && result.returnedRatio() < AccessPatternRunner::kLowRatio)
            advice.append(tr("The filter discards most of the items after they were read and paid for: a key "
                             "condition, or an index on the filtered attribute, would read only the items "
                             "returned."));
        row->setToolTip(NotesColumn, advice.join(QStringLiteral("\n\n")));
        row->setForeground(NotesColumn, warnings.isEmpty() ? palette().color(QPalette::Text) : kWarningColor);
    }
    int done = 0;
    for (const AccessPatternResult& each : m_runner->results())
        done += each.done ? 1 : 0;
    m_progress->setValue(done);
}

void AccessPatternCheckDialog::finish()
{
    m_cancel->setEnabled(false);
    const QList<AccessPatternResult>& results = m_runner->results();
    int failed = 0;
    int flagged = 0;
    double capacity = 0;
    for (int i = 0; i < results.size(); ++i) {
        const AccessPatternResult& result = results.at(i);
        capacity += result.capacityUnits;
        failed += result.error.isEmpty() ? 0 : 1;
        flagged += result.done && result.error.isEmpty() && !result.warnings().isEmpty() ? 1 : 0;
        if (!result.done && m_runner->wasCancelled()) {
            QTreeWidgetItem* row = m_table->topLevelItem(i);
            row->setText(NotesColumn, tr("Stopped"));
            row->setForeground(NotesColumn, palette().color(QPalette::PlaceholderText));
        }
    }
    const QString total = tr("%1 RCU in all").arg(QLocale().toString(capacity, 'f', 1));
    if (m_runner->wasCancelled())
        m_summary->setText(tr("Stopped. %1 so far.").arg(total));
    else
        m_summary->setText(tr("Done: %n access pattern(s) checked, %1.", nullptr, int(results.size())).arg(total)
            + (flagged ? QLatin1Char(' ') + tr("%n deserve(s) a look.", nullptr, flagged) : QString())
            + (failed ? QLatin1Char(' ') + tr("%n failed.", nullptr, failed) : QString()));
}

} // namespace dynoscope::ui
