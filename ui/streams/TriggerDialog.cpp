// The trigger form.
#include "streams/TriggerDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace dynoscope::ui {

namespace {

QSpinBox* spinBox(QWidget* parent, int min, int max, int value, const QString& suffix = {})
{
    auto* box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

} // namespace

TriggerDialog::TriggerDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add Trigger"));
    const TriggerConfig defaults;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. audit log"));
    m_program = new QLineEdit(this);
    m_program->setPlaceholderText(tr("e.g. python3"));
    auto* browse = new QToolButton(this);
    browse->setText(tr("…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Program"));
        if (!path.isEmpty())
            m_program->setText(path);
    });
    auto* programRow = new QHBoxLayout;
    programRow->addWidget(m_program, 1);
    programRow->addWidget(browse);
    m_arguments = new QLineEdit(this);
    m_arguments->setPlaceholderText(tr("e.g. handler.py --verbose"));
    m_directory = new QLineEdit(this);
    m_directory->setPlaceholderText(tr("the application's"));
    m_batchSize = spinBox(this, 1, 10000, defaults.batchSize);
    m_start = new QComboBox(this);
    m_start->addItem(tr("Latest (new records only)"), int(StreamReader::StartPosition::Latest));
    m_start->addItem(tr("Trim horizon (oldest record)"), int(StreamReader::StartPosition::TrimHorizon));
    m_attempts = spinBox(this, 1, 100, defaults.maxAttempts);
    m_retryDelay = spinBox(this, 0, 3600000, defaults.retryDelayMillis, tr(" ms"));
    m_retryDelay->setSingleStep(100);
    m_timeout = spinBox(this, 1, 3600, defaults.timeoutMillis / 1000, tr(" s"));

    auto* hint = new QLabel(tr("The command receives each batch on standard input as the DynamoDB stream event "
                               "a Lambda function receives: {\"Records\": [...]}. Exit status 0 means the batch "
                               "was handled; anything else retries it."),
        this);
    hint->setWordWrap(true);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Program:"), programRow);
    form->addRow(tr("&Arguments:"), m_arguments);
    form->addRow(tr("&Working directory:"), m_directory);
    form->addRow(tr("&Batch size:"), m_batchSize);
    form->addRow(tr("&Starting position:"), m_start);
    form->addRow(tr("Attempts per &batch:"), m_attempts);
    form->addRow(tr("First &retry after:"), m_retryDelay);
    form->addRow(tr("&Timeout:"), m_timeout);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_program, &QLineEdit::textChanged, this, &TriggerDialog::updateOk);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    updateOk();
    resize(520, sizeHint().height());
}

void TriggerDialog::updateOk()
{
    m_ok->setEnabled(!m_program->text().trimmed().isEmpty());
}

TriggerConfig TriggerDialog::config() const
{
    TriggerConfig c;
    c.program = m_program->text().trimmed();
    c.name = m_name->text().trimmed().isEmpty() ? QFileInfo(c.program).fileName() : m_name->text().trimmed();
    c.arguments = QProcess::splitCommand(m_arguments->text());
    c.workingDirectory = m_directory->text().trimmed();
    c.batchSize = m_batchSize->value();
    c.startPosition = StreamReader::StartPosition(m_start->currentData().toInt());
    c.maxAttempts = m_attempts->value();
    c.retryDelayMillis = m_retryDelay->value();
    c.timeoutMillis = m_timeout->value() * 1000;
    return c;
}

} // namespace dynoscope::ui
