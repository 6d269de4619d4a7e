// The frame of the transfer dialogs.
#include "transfer/TransferDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace dynoscope::ui {

TransferDialog::TransferDialog(const QString& title, const QString& startText, QWidget* parent)
    : QDialog(parent)
    , m_options(new QWidget)
    , m_form(new QFormLayout(m_options))
    , m_footer(new QVBoxLayout)
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_start(new QPushButton(startText))
    , m_close(new QPushButton(tr("Close")))
{
    setWindowTitle(title);
    setMinimumWidth(560);
    m_form->setContentsMargins(0, 0, 0, 0);
    // Spare height goes to the footer (the import's report), not the form.
    m_options->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setDefault(true);
    m_close->setObjectName(QStringLiteral("close"));
    m_close->setAutoDefault(false);

    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_start, &QPushButton::clicked, this, &TransferDialog::startTransfer);
    // While running the button stops without closing, so that the result
    // stays readable.
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_state == State::Idle)
            QDialog::reject();
        else
            requestStop();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_options);
    layout->addSpacing(4);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(m_footer, 1);
    // Takes spare height while the footer is empty, so that the form's rows
    // keep their spacing.
    layout->addStretch(0);
    layout->addWidget(buttons);
}

QLabel* TransferDialog::addNote(const QString& text)
{
    auto* note = new QLabel(text);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    // The form may give a wrapped label more height than it needs: keep the
    // text next to the row above.
    note->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->addRow(QString(), note);
    return note;
}

void TransferDialog::startTransfer()
{
    if (m_state != State::Idle)
        return;
    setStatus(QString());
    setState(State::Running);
    if (!begin())
        setState(State::Idle);
}

void TransferDialog::reject()
{
    if (m_state == State::Idle) {
        QDialog::reject();
        return;
    }
    // Close once the transfer has stopped.
    m_closeWhenStopped = true;
    requestStop();
}

void TransferDialog::requestStop()
{
    if (m_state != State::Running)
        return;
    setState(State::Stopping);
    setStatus(tr("Stopping…"));
    stop();
}

void TransferDialog::setProgress(qint64 value, qint64 maximum)
{
    if (maximum <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    // QProgressBar counts in int: scale large totals down.
    const qint64 scale = maximum > 1000000 ? maximum / 1000000 + 1 : 1;
    m_progress->setRange(0, int(maximum / scale));
    m_progress->setValue(int(qMin(value, maximum) / scale));
}

void TransferDialog::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void TransferDialog::finish(const QString& status, bool error)
{
    setStatus(status, error);
    setState(State::Idle);
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    if (m_closeWhenStopped)
        QDialog::reject();
}

void TransferDialog::setState(State state)
{
    m_state = state;
    m_options->setEnabled(state == State::Idle);
    m_start->setEnabled(state == State::Idle);
    m_close->setEnabled(state != State::Stopping);
    m_close->setText(state == State::Idle ? tr("Close") : tr("Stop"));
}

} // namespace dynoscope::ui
