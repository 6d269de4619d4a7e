// The checks DynamoDB applies to CreateTable, UpdateTable, UpdateTimeToLive
// and TagResource, run on a TableSpec before anything is sent, so that the
// editor can point at the offending field.
#pragma once

#include "tables/TableSpec.h"
#include "tables/ValidationIssue.h"

#include <QCoreApplication>

namespace dynoscope::ui {

class TableSpecValidator {
    Q_DECLARE_TR_FUNCTIONS(TableSpecValidator)
public:
    // DynamoDB's limits.
    static constexpr int maxGlobalIndexes = 20;
    static constexpr int maxLocalIndexes = 5;
    static constexpr int maxProjectedAttributes = 100; // NonKeyAttributes summed over all indexes
    static constexpr int maxTags = 50;
    static constexpr qint64 maxCapacityUnits = 1000000000000LL;

    // Every problem of spec, in form order; empty when DynamoDB would accept it.
    static QList<ValidationIssue> validate(const TableSpec& spec);

    // The problem with a table or index name, or an empty string.
    static QString nameProblem(const QString& name, bool isIndex);
};

} // namespace dynoscope::ui
