// Turns a TableSpec into the DynamoDB requests that create the table, or
// the ordered requests that change an existing table into it.
#pragma once

#include "tables/PlannedRequest.h"
#include "tables/TableSpec.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dynoscope::ui {

class TableRequestPlanner {
    Q_DECLARE_TR_FUNCTIONS(TableRequestPlanner)
public:
    // CreateTable (with its indexes, stream and tags), then UpdateTimeToLive
    // when a TTL attribute is set: CreateTable cannot enable TTL. The
    // requests are built from an invalid spec too (the editor previews
    // drafts); DynamoDB accepts them only when TableSpecValidator does.
    static QList<PlannedRequest> planCreate(const TableSpec& spec);

    // The requests that turn current into wanted, in this order: deletion
    // protection, index deletions, billing and throughput, index creations
    // (one per UpdateTable, as DynamoDB allows one index creation or
    // deletion per call), stream, TTL, untagging, tagging. Empty when
    // nothing changes. Keys, name and local indexes cannot change.
    // REQUIRES: wanted came from current (same table, keys and local indexes).
    static QList<PlannedRequest> planChange(const TableSpec& current, const TableSpec& wanted);

    // The CreateTable request for spec.
    static QJsonObject createTableRequest(const TableSpec& spec);
};

} // namespace dynoscope::ui
