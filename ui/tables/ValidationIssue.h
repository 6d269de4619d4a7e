// One problem found in a TableSpec, tied to the field it belongs to so that
// the editor can show it next to that field.
#pragma once

#include <QList>
#include <QString>

namespace dynoscope::ui {

struct ValidationIssue {
    enum class Field {
        TableName,
        PartitionKey,
        SortKey,
        Capacity,
        Indexes,       // all secondary indexes together
        GlobalIndexes, // the list of global secondary indexes
        GlobalIndex,   // one of them: row
        LocalIndexes,
        LocalIndex,
        TimeToLive,
        Tags, // the list of tags
        Tag,  // one of them: row
    };

    Field field;
    int row = -1; // index in TableSpec's list, for GlobalIndex, LocalIndex and Tag
    QString message;

    bool operator==(const ValidationIssue&) const = default;
};

// The messages of issues about one field (and row).
inline QStringList messagesFor(const QList<ValidationIssue>& issues, ValidationIssue::Field field, int row = -1)
{
    QStringList out;
    for (const auto& issue : issues)
        if (issue.field == field && issue.row == row)
            out.append(issue.message);
    return out;
}

} // namespace dynoscope::ui
