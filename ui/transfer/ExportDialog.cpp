// Export options and progress.
#include "transfer/ExportDialog.h"

#include "common/ErrorExplanation.h"
#include "transfer/FilePathEdit.h"
#include "transfer/TableExporter.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSpinBox>
#include <QStandardPaths>

namespace dynoscope::ui {

ExportDialog::ExportDialog(Connection* connection, const QString& tableName, QWidget* parent)
    : TransferDialog(tr("Export %1").arg(tableName), tr("Export"), parent)
    , m_connection(connection)
    , m_tableName(tableName)
    , m_path(new FilePathEdit(FilePathEdit::Mode::Save))
    , m_format(new QComboBox)
    , m_segments(new QSpinBox)
{
    setObjectName(QStringLiteral("exportDialog"));
    m_format->setObjectName(QStringLiteral("format"));
    for (TransferFormat f : { TransferFormat::DynamoDbJson, TransferFormat::PlainJson, TransferFormat::Csv })
        m_format->addItem(transferFormatName(f), int(f));
    m_segments->setObjectName(QStringLiteral("segments"));
    m_segments->setRange(1, 64);
    m_segments->setToolTip(tr("Scan the table in this many segments at once (a parallel scan). "
                              "More segments read a large table faster and use more read capacity."));
    m_path->setFilters(tr("JSON Lines (*.jsonl *.json);;CSV (*.csv);;All files (*)"));

    form()->addRow(tr("&File:"), m_path);
    form()->addRow(tr("F&ormat:"), m_format);
    m_formatHint = addNote(QString());
    form()->addRow(tr("&Parallel scan:"), m_segments);
    m_segments->setSuffix(tr(" segment(s)"));

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setPath(QDir(folder).filePath(m_tableName + QStringLiteral(".jsonl")));
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_path, &FilePathEdit::browsed, this, [this](const QString& path) { m_confirmedPath = path; });
    onFormatChanged();
    setStatus(tr("Every item of the table is written; the file appears once the export is complete."));
}

void ExportDialog::setPath(const QString& path)
{
    m_path->setPath(path);
}

void ExportDialog::setFormat(TransferFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

TransferFormat ExportDialog::format() const
{
    return TransferFormat(m_format->currentData().toInt());
}

void ExportDialog::onFormatChanged()
{
    switch (format()) {
    case TransferFormat::DynamoDbJson:
        m_formatHint->setText(tr("One {\"Item\": …} per line in DynamoDB JSON, as DynamoDB's export to Amazon S3 "
                                 "writes it."));
        break;
    case TransferFormat::PlainJson:
        m_formatHint->setText(tr("One plain JSON object per line. Numbers keep every digit; sets and binaries are "
                                 "marked ({\"$SS\": […]}, {\"$B\": \"…\"})."));
        break;
    case TransferFormat::Csv:
        m_formatHint->setText(tr("A header of name:TYPE columns, then one item per row. Maps, lists and sets are "
                                 "written as JSON; an empty cell is a missing attribute."));
        break;
    }
    // Follow the format with the file's suffix.
    const QString path = m_path->path();
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("csv")) {
        m_path->setPath(path.left(path.size() - suffix.size()) + transferFormatSuffix(format()));
    }
}

bool ExportDialog::begin()
{
    const QString path = m_path->path();
    if (path.isEmpty() || QFileInfo(path).isDir()) {
        setStatus(tr("Choose the file to export to."), true);
        return false;
    }
    if (QFileInfo::exists(path) && path != m_confirmedPath
        && QMessageBox::question(this, windowTitle(), tr("%1 exists. Replace it?").arg(QDir::toNativeSeparators(path)))
            != QMessageBox::Yes)
        return false;
    m_exporter = new TableExporter(*m_connection, m_tableName, path, format(), this);
    m_exporter->setSegments(m_segments->value());
    connect(m_exporter, &TableExporter::progress, this, [this](qint64 items, qint64 bytes) {
        setProgress(items, qMax(items, m_exporter->expectedItems()));
        setStatus(tr("%Ln item(s) written (%1)", nullptr, count(items)).arg(QLocale().formattedDataSize(bytes)));
    });
    connect(m_exporter, &TableExporter::finished, this, [this, path](qint64 items, qint64 bytes) {
        setProgress(1, 1);
        finish(tr("Exported %Ln item(s) to %1 (%2).", nullptr, count(items))
                   .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(bytes)),
            false);
        m_exporter->deleteLater();
    });
    connect(m_exporter, &TableExporter::failed, this, [this](const QString& message) {
        finish(tr("The export failed: %1\nNo file was written.").arg(ErrorExplanation::withExplanation(message)), true);
        m_exporter->deleteLater();
    });
    connect(m_exporter, &TableExporter::cancelled, this, [this] {
        finish(tr("Export stopped. No file was written."), false);
        m_exporter->deleteLater();
    });
    setProgress(0, 0);
    setStatus(tr("Reading %1…").arg(m_tableName));
    m_exporter->start();
    return true;
}

void ExportDialog::stop()
{
    if (m_exporter)
        m_exporter->cancel();
}

} // namespace dynoscope::ui
