// Chunked reading and checking of an import file.
#include "transfer/ImportFileReader.h"

#include "transfer/ItemLineCodec.h"

#include <QCoreApplication>
#include <QDir>

namespace dynoscope::ui {

namespace {

// A named context, so that lupdate files these free functions' texts where
// the translator looks them up.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ImportFileReader)
};

} // namespace

ImportFileReader::ImportFileReader(QString path, TransferFormat format, TableKeys keys)
    : m_path(std::move(path))
    , m_format(format)
    , m_keys(std::move(keys))
    , m_file(m_path)
{
}

QString ImportFileReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return Text::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), m_file.errorString());
    if (m_format != TransferFormat::Csv)
        return {};
    m_csv = std::make_unique<CsvReader>(&m_file);
    if (!m_csv->next())
        return Text::tr("The file is empty: a CSV file starts with a header of attribute names");
    if (!m_csv->error().isEmpty())
        return Text::tr("Line %1 (the header): %2").arg(m_csv->lineNumber()).arg(m_csv->error());
    QString error;
    m_columns = CsvColumns::fromHeader(m_csv->record(), m_keys, &error);
    if (!error.isEmpty())
        return Text::tr("Line %1 (the header): %2").arg(m_csv->lineNumber()).arg(error);
    return {};
}

ImportFileReader::Chunk ImportFileReader::read(int maxRecords)
{
    Chunk chunk;
    while (chunk.records.size() < maxRecords && !m_file.atEnd()) {
        if (m_csv)
            readCsvRecord(chunk);
        else
            readJsonLine(chunk);
    }
    chunk.position = m_file.pos();
    chunk.atEnd = m_file.atEnd();
    return chunk;
}

void ImportFileReader::readJsonLine(Chunk& chunk)
{
    const QByteArray line = m_file.readLine();
    ++m_line;
    if (line.trimmed().isEmpty())
        return;
    QString error;
    QJsonObject item = ItemLineCodec::decode(line, &error);
    accept(chunk, std::move(item), m_line, error);
}

void ImportFileReader::readCsvRecord(Chunk& chunk)
{
    if (!m_csv->next())
        return;
    QString error = m_csv->error();
    QJsonObject item;
    if (error.isEmpty())
        item = m_columns.item(m_csv->record(), &error);
    accept(chunk, std::move(item), m_csv->lineNumber(), error);
}

void ImportFileReader::accept(Chunk& chunk, QJsonObject item, qint64 line, const QString& error)
{
    const QString problem = error.isEmpty() ? m_keys.check(item) : error;
    if (problem.isEmpty())
        chunk.records.append({ std::move(item), line });
    else
        chunk.issues.append({ line, problem });
}

} // namespace dynoscope::ui
