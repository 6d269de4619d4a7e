// The event a Lambda function attached to a DynamoDB stream receives (the
// DynamoDBStreamEvent of aws-lambda-events): {"Records":[...]}, each record
// as GetRecords returns it plus the stream's ARN as eventSourceARN.
#pragma once

#include "streams/StreamRecord.h"

#include <QByteArray>

namespace dynoscope::ui {

struct StreamEvent {
    static QByteArray lambdaEvent(const StreamRecordList& records, const QString& streamArn);
};

} // namespace dynoscope::ui
