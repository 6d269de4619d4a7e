// A saved query (a named access pattern) or a history entry: the exact
// DynamoDB request the query builder sent, so that opening, re-running or
// checking it needs nothing but the request. The Definition stored by the
// engine's PutSavedQuery / AddQueryHistory (or the QSettings fallback) is
// toJson(); the name travels beside it, not inside it.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace dynoscope::ui {

struct SavedQuery {
    QString name; // empty for a history entry
    QString operation; // "Query" or "Scan"
    QJsonObject request; // the DynamoDB request, with TableName
    int maxItems = 0; // stop after this many items in all; 0: no limit
    QDateTime savedAt; // when saved (or last replaced), or when it ran

    // {"Operation", "Request", "MaxItems", "SavedAt"}.
    QJsonObject toJson() const;
    // Reads a Definition; a missing or ill-typed member keeps its default.
    // Sets *error (cleared otherwise) when Operation or Request is missing.
    static SavedQuery fromJson(const QJsonObject& definition, const QString& name = {}, QString* error = nullptr);

    QString indexName() const; // the request's IndexName; empty: the table
    // "Query on GSI1", "Scan": for lists and the access-pattern check.
    QString summary() const;

    bool operator==(const SavedQuery&) const = default;
};

} // namespace dynoscope::ui

Q_DECLARE_METATYPE(dynoscope::ui::SavedQuery)
