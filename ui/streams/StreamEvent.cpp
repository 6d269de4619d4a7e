// Building a DynamoDBStreamEvent.
#include "streams/StreamEvent.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dynoscope::ui {

QByteArray StreamEvent::lambdaEvent(const StreamRecordList& records, const QString& streamArn)
{
    QJsonArray list;
    for (const StreamRecord& r : records) {
        QJsonObject record = r.json;
        record.insert(QStringLiteral("eventSourceARN"), streamArn);
        list.append(record);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("Records"), list } }).toJson(QJsonDocument::Compact);
}

} // namespace dynoscope::ui
