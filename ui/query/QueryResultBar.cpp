// The query result bar.
#include "query/QueryResultBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace dynoscope::ui {

QueryResultBar::QueryResultBar(QWidget* parent)
    : QWidget(parent), m_title(new QLabel), m_summary(new QLabel), m_warning(new QLabel), m_error(new QLabel),
      m_progress(new QProgressBar), m_stop(new QPushButton(tr("Stop"))), m_back(new QPushButton(tr("Back to All Items")))
{
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; font-weight: bold; }"));
    m_warning->setToolTip(tr("A filter is applied after the items are read, and every item read consumes "
                             "capacity. A key condition, or an index keyed on what you filter, reads only "
                             "what it returns."));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0); // busy: the number of pages is not known in advance
    m_progress->setMaximumWidth(90);
    m_progress->setMaximumHeight(m_stop->sizeHint().height() / 2);
    m_progress->setTextVisible(false);
    m_stop->setToolTip(tr("Stop reading pages; the items read so far stay"));
    m_back->setToolTip(tr("Leave the query result and browse the table again"));
    auto* line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(m_title);
    line->addWidget(m_summary);
    line->addWidget(m_warning);
    line->addStretch();
    line->addWidget(m_progress);
    line->addWidget(m_stop);
    line->addWidget(m_back);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(line);
    layout->addWidget(m_error);
    connect(m_stop, &QPushButton::clicked, this, &QueryResultBar::stopRequested);
    connect(m_back, &QPushButton::clicked, this, &QueryResultBar::backRequested);
    setResult({});
}

void QueryResultBar::setResult(const QueryResult& result)
{
    m_result = result;
    QString state;
    if (!result.errorType.isEmpty() || !result.errorMessage.isEmpty())
        state = tr("failed");
    else if (result.loading)
        state = tr("reading…");
    else if (result.stopped)
        state = tr("stopped");
    else if (!result.complete)
        state = tr("more when you scroll");
    m_title->setText(state.isEmpty() ? tr("<b>%1 result</b>").arg(result.operation)
                                     : tr("<b>%1 result</b> (%2)").arg(result.operation, state));
    m_summary->setText(result.summary());
    const QString warning = result.filterWarning();
    m_warning->setText(warning.isEmpty() ? QString() : QStringLiteral("⚠ ") + warning);
    m_warning->setVisible(!warning.isEmpty());
    m_error->setText(tr("%1: %2").arg(result.errorType, result.errorMessage));
    m_error->setVisible(!result.errorType.isEmpty() || !result.errorMessage.isEmpty());
    m_progress->setVisible(result.loading);
    m_stop->setVisible(result.loading);
}

} // namespace dynoscope::ui
