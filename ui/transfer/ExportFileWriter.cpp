// Temporary-file-then-rename writing of an export.
#include "transfer/ExportFileWriter.h"

#include "transfer/ItemLineCodec.h"
#include "transfer/TableKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace dynoscope::ui {

namespace {

// A named context, so that lupdate files these free functions' texts where
// the translator looks them up.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ExportFileWriter)
};

} // namespace

ExportFileWriter::ExportFileWriter(QString path, TransferFormat format, const TableKeys& keys)
    : m_path(std::move(path))
    , m_format(format)
    , m_columns(keys)
{
}

QString ExportFileWriter::open()
{
    const QFileInfo info(m_path);
    if (!info.dir().exists())
        return Text::tr("The folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath()));
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly))
        return Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString());
    if (m_format == TransferFormat::Csv) {
        m_spool = std::make_unique<QTemporaryFile>(info.absoluteFilePath() + QStringLiteral(".spool.XXXXXX"));
        if (!m_spool->open())
            return Text::tr("Cannot write a temporary file next to %1: %2")
                .arg(QDir::toNativeSeparators(m_path), m_spool->errorString());
    }
    return {};
}

QString ExportFileWriter::append(QIODevice& device, const QByteArray& data)
{
    if (device.write(data) != data.size())
        return Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), device.errorString());
    m_bytes += data.size();
    return {};
}

QString ExportFileWriter::write(const QJsonArray& items)
{
    QByteArray chunk;
    for (const auto& value : items) {
        const QJsonObject item = value.toObject();
        if (m_format == TransferFormat::Csv) {
            m_columns.observe(item);
            chunk += QJsonDocument(item).toJson(QJsonDocument::Compact);
            chunk += '\n';
        } else {
            QString error;
            const QByteArray line = ItemLineCodec::encode(item, m_format, &error);
            if (line.isEmpty())
                return Text::tr("Cannot write an item as %1: %2").arg(transferFormatName(m_format), error);
            chunk += line;
        }
    }
    return append(m_spool ? static_cast<QIODevice&>(*m_spool) : *m_file, chunk);
}

QString ExportFileWriter::writeCsv()
{
    if (QString error = append(*m_file, CsvWriter::format(m_columns.header())); !error.isEmpty())
        return error;
    if (!m_spool->seek(0))
        return Text::tr("Cannot read back %1: %2").arg(m_spool->fileName(), m_spool->errorString());
    QByteArray chunk;
    while (!m_spool->atEnd()) {
        const QJsonObject item = QJsonDocument::fromJson(m_spool->readLine()).object();
        chunk += CsvWriter::format(m_columns.row(item));
        if (chunk.size() >= (1 << 20) || m_spool->atEnd()) {
            if (QString error = append(*m_file, chunk); !error.isEmpty())
                return error;
            chunk.clear();
        }
    }
    m_spool.reset();
    return {};
}

QString ExportFileWriter::commit()
{
    if (m_spool) {
        if (QString error = writeCsv(); !error.isEmpty())
            return error;
    }
    m_fileSize = m_file->size();
    if (!m_file->commit())
        return Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString());
    m_file.reset();
    return {};
}

void ExportFileWriter::discard()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    m_spool.reset();
}

} // namespace dynoscope::ui
