// A table's schema as a CreateTable request, made from what DescribeTable
// says about another table: key schema and attribute definitions, billing
// mode and provisioned throughput, global and local secondary indexes with
// their projections, stream and table class. What describes the table's
// state rather than its shape (status, sizes, counts, ARNs, dates) is left
// out, and so are settings bound to an account or asked for separately:
// encryption keys, tags, TTL, deletion protection.
#pragma once

#include <QJsonObject>
#include <QString>

namespace dynoscope::ui {

class TableSchema {
public:
    // table: DescribeTable's "Table"; tableName: the new table's name.
    static QJsonObject createTableRequest(const QJsonObject& table, const QString& tableName);
    // True when the table and all its global indexes are ACTIVE.
    static bool isActive(const QJsonObject& table);
};

} // namespace dynoscope::ui
