// One DynamoDB request the table editor means to send, in the order it must
// be sent: the operation, its exact JSON, and what it does in words.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dynoscope::ui {

struct PlannedRequest {
    QString operation; // "CreateTable", "UpdateTable", "UpdateTimeToLive", "TagResource", ...
    QByteArray json;   // compact JSON, exactly what is sent
    QString summary;   // e.g. "Create the global secondary index 'byEmail'"
    // The table (and its indexes) must be ACTIVE again before the next
    // request: DynamoDB refuses most changes to a table that is updating.
    bool waitUntilActive = false;

    bool operator==(const PlannedRequest&) const = default;
};

// The requests as the editor's preview shows them: numbered, each with its
// summary as a comment and its JSON indented.
QString formatPlannedRequests(const QList<PlannedRequest>& requests);

} // namespace dynoscope::ui
