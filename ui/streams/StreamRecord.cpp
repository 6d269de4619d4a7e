// Reading the fields of a stream record.
#include "streams/StreamRecord.h"

#include "items/AttributeFormat.h"

#include <QStringList>

namespace dynoscope::ui {

StreamRecord StreamRecord::fromJson(const QJsonObject& json, const QString& shardId)
{
    StreamRecord r;
    r.json = json;
    r.shardId = shardId;
    r.eventName = json.value(QLatin1String("eventName")).toString();
    const QJsonObject dynamodb = json.value(QLatin1String("dynamodb")).toObject();
    r.sequenceNumber = dynamodb.value(QLatin1String("SequenceNumber")).toString();
    // Seconds since the epoch, possibly with a fraction.
    const double seconds = dynamodb.value(QLatin1String("ApproximateCreationDateTime")).toDouble();
    r.time = QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000.0), Qt::UTC);
    r.sizeBytes = dynamodb.value(QLatin1String("SizeBytes")).toInteger();
    return r;
}

QJsonObject StreamRecord::keys() const
{
    return json.value(QLatin1String("dynamodb")).toObject().value(QLatin1String("Keys")).toObject();
}

QJsonObject StreamRecord::oldImage() const
{
    return json.value(QLatin1String("dynamodb")).toObject().value(QLatin1String("OldImage")).toObject();
}

QJsonObject StreamRecord::newImage() const
{
    return json.value(QLatin1String("dynamodb")).toObject().value(QLatin1String("NewImage")).toObject();
}

QString StreamRecord::keysText() const
{
    const QJsonObject k = keys();
    QStringList parts;
    for (auto it = k.begin(); it != k.end(); ++it)
        parts << it.key() + QLatin1Char('=') + AttributeFormat::display(it.value());
    return parts.join(QLatin1String(", "));
}

} // namespace dynoscope::ui
