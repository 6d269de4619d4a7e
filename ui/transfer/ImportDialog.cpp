// Import options, progress and report.
#include "transfer/ImportDialog.h"

#include "common/ErrorExplanation.h"
#include "transfer/FilePathEdit.h"
#include "transfer/TableImporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dynoscope::ui {

namespace {

enum FormatChoice { FromFileName, JsonLines, Csv };

} // namespace

ImportDialog::ImportDialog(Connection* connection, const QString& tableName, QWidget* parent)
    : TransferDialog(tr("Import into %1").arg(tableName), tr("Import"), parent)
    , m_connection(connection)
    , m_tableName(tableName)
    , m_path(new FilePathEdit(FilePathEdit::Mode::Open))
    , m_format(new QComboBox)
    , m_dryRun(new QCheckBox(tr("Only check the file (dry run): write nothing")))
    , m_report(new QTableWidget(0, 2))
{
    setObjectName(QStringLiteral("importDialog"));
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("From the file name (.csv is CSV, anything else JSON Lines)"), FromFileName);
    m_format->addItem(tr("JSON Lines: DynamoDB or plain JSON, told apart line by line"), JsonLines);
    m_format->addItem(tr("CSV with a header row"), Csv);
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_path->setFilters(tr("JSON Lines or CSV (*.jsonl *.json *.csv);;All files (*)"));
    form()->addRow(tr("&File:"), m_path);
    form()->addRow(tr("F&ormat:"), m_format);
    form()->addRow(QString(), m_dryRun);
    addNote(tr("Each record is checked against the table's key first: bad records are skipped and listed, good ones "
               "are written whole. An import is not a transaction: stopping it keeps the items written so far."));

    m_report->setObjectName(QStringLiteral("report"));
    m_report->setHorizontalHeaderLabels({ tr("Line"), tr("Why it was skipped") });
    m_report->horizontalHeader()->setStretchLastSection(true);
    m_report->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_report->verticalHeader()->hide();
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_report->setWordWrap(true);
    m_report->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_report->setMinimumHeight(160);
    m_report->hide();
    footer()->addWidget(m_report);
}

void ImportDialog::setPath(const QString& path)
{
    m_path->setPath(path);
}

void ImportDialog::setDryRun(bool dryRun)
{
    m_dryRun->setChecked(dryRun);
}

TransferFormat ImportDialog::chosenFormat() const
{
    switch (m_format->currentData().toInt()) {
    case JsonLines:
        return TransferFormat::DynamoDbJson;
    case Csv:
        return TransferFormat::Csv;
    default:
        return transferFormatForFile(m_path->path());
    }
}

bool ImportDialog::begin()
{
    const QString path = m_path->path();
    if (!QFileInfo(path).isFile()) {
        setStatus(path.isEmpty() ? tr("Choose the file to import.")
                                 : tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)),
            true);
        return false;
    }
    m_report->setRowCount(0);
    m_report->hide();
    const bool dryRun = m_dryRun->isChecked();
    m_importer = new TableImporter(*m_connection, m_tableName, path, chosenFormat(), this);
    m_importer->setDryRun(dryRun);
    connect(
        m_importer, &TableImporter::progress, this, [this, dryRun](qint64 bytesRead, qint64 written, qint64 skipped) {
            setProgress(bytesRead, m_importer->fileSize());
            setStatus(dryRun ? tr("%Ln good record(s)", nullptr, count(written)) + QStringLiteral(", ")
                        + tr("%Ln bad", nullptr, count(skipped))
                             : tr("%Ln item(s) written", nullptr, count(written)) + QStringLiteral(", ")
                        + tr("%Ln record(s) skipped", nullptr, count(skipped)));
        });
    connect(m_importer, &TableImporter::finished, this, [this, dryRun](qint64 written, qint64 skipped) {
        QString status = dryRun ? tr("Checked: %Ln record(s) would be written", nullptr, count(written))
                + QStringLiteral(", ") + tr("%Ln would be skipped. Nothing was written.", nullptr, count(skipped))
                                : tr("Imported %Ln item(s).", nullptr, count(written));
        if (!dryRun && skipped > 0)
            status += QLatin1Char(' ') + tr("%Ln record(s) skipped.", nullptr, count(skipped));
        if (!dryRun && written > 0)
            emit itemsImported(written);
        ended(status, false);
    });
    connect(m_importer, &TableImporter::failed, this, [this, dryRun](const QString& error) {
        const QString message = ErrorExplanation::withExplanation(error);
        const qint64 written = m_importer->writtenCount();
        if (!dryRun && written > 0)
            emit itemsImported(written);
        ended(dryRun ? tr("The check failed: %1").arg(message)
                     : tr("The import failed: %1").arg(message) + QLatin1Char('\n')
                    + tr("The %Ln item(s) written before stay in the table.", nullptr, count(written)),
            true);
    });
    connect(m_importer, &TableImporter::cancelled, this, [this, dryRun](qint64 written) {
        if (!dryRun && written > 0)
            emit itemsImported(written);
        ended(dryRun ? tr("Check stopped.")
                     : tr("Import stopped: the %Ln item(s) written so far stay in the table.", nullptr, count(written)),
            false);
    });
    setProgress(0, 0);
    setStatus(dryRun ? tr("Checking…") : tr("Importing…"));
    m_importer->start();
    return true;
}

void ImportDialog::ended(const QString& status, bool error)
{
    showReport();
    QString text = status;
    if (m_importer->skippedCount() > m_report->rowCount())
        text += QLatin1Char('\n') + tr("The first %1 skipped records are listed.").arg(m_report->rowCount());
    m_importer->deleteLater();
    finish(text, error);
}

void ImportDialog::showReport()
{
    const QList<ImportIssue> issues = m_importer->issues();
    m_report->setRowCount(int(issues.size()));
    for (int row = 0; row < issues.size(); ++row) {
        auto* line = new QTableWidgetItem(QLocale().toString(issues[row].line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* reason = new QTableWidgetItem(issues[row].reason);
        reason->setToolTip(issues[row].reason);
        m_report->setItem(row, 0, line);
        m_report->setItem(row, 1, reason);
    }
    m_report->setVisible(!issues.isEmpty());
    // Make room for the report rather than squeeze the buttons.
    resize(width(), qMax(height(), sizeHint().height()));
}

void ImportDialog::stop()
{
    if (m_importer)
        m_importer->cancel();
}

} // namespace dynoscope::ui
