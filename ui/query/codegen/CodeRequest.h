// What the code generators turn into code: one DynamoDB request exactly as
// the query builder sends it, plus how the generated code should page and
// where it should connect.
#pragma once

#include <QJsonObject>
#include <QString>

namespace dynoscope::ui {

struct CodeRequest {
    QString operation; // the DynamoDB operation name: "Query", "Scan", "GetItem", ...
    QJsonObject request; // its request in DynamoDB wire JSON (the one the builder sends)
    int maxItems = 0; // Query, Scan, ExecuteStatement: stop after this many items; 0: all
    // A Scan with TotalSegments > 1 and no Segment: read every segment in
    // parallel instead of the request's one segment.
    bool allSegments = false;
    QString endpointUrl; // empty for AWS itself; e.g. "http://127.0.0.1:8000"
    QString region; // empty: the SDK's default chain (profile, AWS_REGION, ...)
};

} // namespace dynoscope::ui
