// Names and suffixes of the transfer formats.
#include "transfer/TransferFormat.h"

#include <QCoreApplication>

namespace dynoscope::ui {

QString transferFormatName(TransferFormat format)
{
    switch (format) {
    case TransferFormat::DynamoDbJson:
        return QCoreApplication::translate("TransferFormat", "DynamoDB JSON Lines");
    case TransferFormat::PlainJson:
        return QCoreApplication::translate("TransferFormat", "Plain JSON Lines");
    case TransferFormat::Csv:
        return QCoreApplication::translate("TransferFormat", "CSV");
    }
    return {};
}

QString transferFormatSuffix(TransferFormat format)
{
    return format == TransferFormat::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl");
}

TransferFormat transferFormatForFile(const QString& path)
{
    return path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ? TransferFormat::Csv
                                                                      : TransferFormat::DynamoDbJson;
}

} // namespace dynoscope::ui
