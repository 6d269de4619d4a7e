// One item per JSON line, in either form of TransferFormat: DynamoDB JSON
// as DynamoDB's export to S3 writes it ({"Item":{...}}) or plain JSON (see
// items/ItemJson.h). Reading tells the forms apart line by line: a line is
// DynamoDB JSON when it is {"Item":{...}} or when every attribute is a type
// descriptor such as {"S":"x"} (a real item's key is never one in plain
// JSON); anything else is plain JSON.
#pragma once

#include "transfer/TransferFormat.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace dynoscope::ui {

class ItemLineCodec {
public:
    // The line (ending in '\n') holding item; empty (with *error set) when
    // item is not a valid DynamoDB-JSON item.
    // REQUIRES: format is not Csv.
    static QByteArray encode(const QJsonObject& item, TransferFormat format, QString* error);
    // The item of a line in DynamoDB JSON, checked as DynamoDB checks
    // attribute values (not against a table's key); sets *error and returns
    // an empty object when the line is not a valid item.
    static QJsonObject decode(QByteArrayView line, QString* error);
    // Why value is not a valid DynamoDB-JSON attribute value, or empty.
    static QString checkValue(const QJsonValue& value);
};

} // namespace dynoscope::ui
