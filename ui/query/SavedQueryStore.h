// Where a table's saved queries and query history live. On an endpoint that
// serves Dynoscope's operations (the embedded engine, dynoscope-server) they
// are stored in the database file through PutSavedQuery and friends, so they
// travel with it. Other endpoints (AWS, DynamoDB Local, dynalite...) answer
// those with UnknownOperationException: the store then falls back, for good,
// to QSettings on this computer, keyed by the connection's displayName() and
// the table. Every call is asynchronous; its callback runs on the GUI thread
// unless the store was destroyed first.
#pragma once

#include "connection/Connection.h"
#include "query/SavedQuery.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace dynoscope::ui {

class SavedQueryStore : public QObject {
    Q_OBJECT
public:
    enum class Backend { Unknown, Database, Settings };
    // queries newest first for the history, by name for saved queries;
    // error empty on success.
    using ListCallback = std::function<void(const QList<dynoscope::ui::SavedQuery>& queries, const QString& error)>;
    using DoneCallback = std::function<void(const QString& error)>;

    // The history keeps this many entries per table, as the engine does.
    static constexpr int kHistoryLimit = 200;

    SavedQueryStore(Connection* connection, const QString& tableName, QObject* parent = nullptr);

    QString tableName() const { return m_tableName; }
    Backend backend() const { return m_backend; }
    // Where queries are kept, for the panel ("in the database file", ...).
    QString locationText() const;

    void listSaved(ListCallback callback);
    void listHistory(ListCallback callback, int limit = kHistoryLimit);
    // Creates the query or replaces the one of the same name.
    // REQUIRES: query.name is not empty.
    void save(const SavedQuery& query, DoneCallback callback);
    // Fails when `to` names another saved query.
    void rename(const QString& from, const QString& to, DoneCallback callback);
    void remove(const QString& name, DoneCallback callback);
    void addHistory(const SavedQuery& query, DoneCallback callback);

signals:
    void backendChanged();
    // After a successful save, rename, remove or history entry.
    void changed();

private:
    using ReplyHandler = std::function<void(const Reply&)>;
    // Sends a Dynoscope operation; when the endpoint lacks it, switches to
    // QSettings and runs fallback instead.
    void call(const QString& operation, QJsonObject request, ReplyHandler onReply, std::function<void()> fallback);
    void setBackend(Backend backend);
    DoneCallback notifying(DoneCallback callback);

    // The QSettings fallback.
    QString settingsKey(const QString& list) const;
    QJsonArray readSettings(const QString& list) const;
    void writeSettings(const QString& list, const QJsonArray& entries) const;
    QString settingsSave(const SavedQuery& query);
    QString settingsRename(const QString& from, const QString& to);
    QString settingsRemove(const QString& name);
    void settingsAddHistory(const SavedQuery& query);

    QPointer<Connection> m_connection;
    QString m_tableName;
    Backend m_backend = Backend::Unknown;
};

} // namespace dynoscope::ui
