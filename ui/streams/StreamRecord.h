// One DynamoDB Streams record as GetRecords returns it, with the fields the
// viewer and the triggers read from it. The record's JSON is kept whole: it
// is what is exported and what a trigger receives.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dynoscope::ui {

struct StreamRecord {
    QJsonObject json; // the record exactly as GetRecords returned it
    QString shardId; // the shard it was read from
    QString eventName; // INSERT, MODIFY or REMOVE
    QString sequenceNumber;
    QDateTime time; // ApproximateCreationDateTime (UTC)
    qint64 sizeBytes = 0;

    // REQUIRES: json is one element of GetRecords' "Records".
    static StreamRecord fromJson(const QJsonObject& json, const QString& shardId);

    QJsonObject keys() const;
    QJsonObject oldImage() const;
    QJsonObject newImage() const;
    // The keys on one line, "pk=Fred, sk=2", in the order of their names.
    QString keysText() const;
};

using StreamRecordList = QList<StreamRecord>;

} // namespace dynoscope::ui
