// Everything DynamoDB tells about one table, gathered from DescribeTable,
// ListTagsOfResource and DescribeTimeToLive. The last two may be unknown
// (an endpoint that does not implement them, or a denied permission).
#pragma once

#include "tables/TableSpec.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace dynoscope::ui {

struct TableSnapshot {
    QJsonObject table; // DescribeTable's "Table"

    bool tagsKnown = false;
    QList<TableTag> tags;
    QString tagsError; // why the tags are unknown

    bool ttlKnown = false;
    QString ttlStatus;    // ENABLING, ENABLED, DISABLING or DISABLED
    QString ttlAttribute; // when enabled or enabling
    QString ttlError;     // why the TTL is unknown

    QString tableName() const { return table.value(QStringLiteral("TableName")).toString(); }
    // The TTL attribute in force (ENABLED or ENABLING), else empty.
    QString activeTtlAttribute() const;

    // Members of the responses; malformed input leaves the snapshot empty.
    void setDescribeTableResponse(const QByteArray& body);
    // Appends one page of ListTagsOfResource; returns its NextToken.
    QString addListTagsResponse(const QByteArray& body);
    void setDescribeTimeToLiveResponse(const QByteArray& body);
};

} // namespace dynoscope::ui

Q_DECLARE_METATYPE(dynoscope::ui::TableSnapshot)
