// One shard of a stream as DescribeStream lists it.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dynoscope::ui {

struct StreamShard {
    QString shardId;
    QString parentShardId; // empty for a shard without a parent
    QString startingSequenceNumber;
    QString endingSequenceNumber; // empty while the shard is open

    bool isOpen() const { return endingSequenceNumber.isEmpty(); }

    // REQUIRES: json is one element of DescribeStream's "Shards".
    static StreamShard fromJson(const QJsonObject& json)
    {
        const QJsonObject range = json.value(QLatin1String("SequenceNumberRange")).toObject();
        return { json.value(QLatin1String("ShardId")).toString(), json.value(QLatin1String("ParentShardId")).toString(),
            range.value(QLatin1String("StartingSequenceNumber")).toString(),
            range.value(QLatin1String("EndingSequenceNumber")).toString() };
    }
};

using StreamShardList = QList<StreamShard>;

} // namespace dynoscope::ui
