// The file formats of import and export. All three hold one item per record
// and round-trip every attribute exactly:
// - DynamoDbJson: JSON Lines of {"Item":{...}} in DynamoDB JSON, the format
//   of DynamoDB's export to S3.
// - PlainJson: JSON Lines of plain JSON objects (ItemJson's lossless form).
// - Csv: see CsvColumns.h for the header and cell rules.
#pragma once

#include <QString>

namespace dynoscope::ui {

enum class TransferFormat { DynamoDbJson, PlainJson, Csv };

// "DynamoDB JSON Lines", for menus.
QString transferFormatName(TransferFormat format);
// The usual file suffix, without the dot: "jsonl" or "csv".
QString transferFormatSuffix(TransferFormat format);
// Csv for "*.csv" (any case), else DynamoDbJson: a JSON Lines import detects
// DynamoDB or plain JSON line by line anyway.
TransferFormat transferFormatForFile(const QString& path);

} // namespace dynoscope::ui
