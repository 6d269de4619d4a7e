// Saved queries through Dynoscope's operations, or QSettings.
#include "query/SavedQueryStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace dynoscope::ui {

namespace {

// Endpoints without Dynoscope's operations answer an unknown X-Amz-Target so.
bool lacksOperation(const Reply& reply)
{
    return reply.errorType == QLatin1String("UnknownOperationException");
}

QString replyError(const Reply& reply)
{
    return reply.errorType.isEmpty() ? reply.errorMessage
                                     : QStringLiteral("%1: %2").arg(reply.errorType, reply.errorMessage);
}

QDateTime fromEpochSeconds(const QJsonValue& value)
{
    return value.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble() * 1000.0), Qt::UTC) : QDateTime();
}

double epochSeconds(const QDateTime& time)
{
    return double(time.toMSecsSinceEpoch()) / 1000.0;
}

// A QSettings key part: '/' separates groups, so it must not appear raw.
QString keyPart(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

SavedQuery savedFromEntry(const QJsonObject& entry)
{
    SavedQuery query = SavedQuery::fromJson(
        entry.value(QStringLiteral("Definition")).toObject(), entry.value(QStringLiteral("Name")).toString());
    const QDateTime updated = fromEpochSeconds(entry.value(QStringLiteral("UpdatedAt")));
    if (updated.isValid())
        query.savedAt = updated;
    return query;
}

SavedQuery historyFromEntry(const QJsonObject& entry)
{
    SavedQuery query = SavedQuery::fromJson(entry.value(QStringLiteral("Definition")).toObject());
    const QDateTime ranAt = fromEpochSeconds(entry.value(QStringLiteral("RanAt")));
    if (ranAt.isValid())
        query.savedAt = ranAt;
    return query;
}

QList<SavedQuery> savedFromArray(const QJsonArray& entries)
{
    QList<SavedQuery> queries;
    for (const QJsonValue& entry : entries)
        queries.append(savedFromEntry(entry.toObject()));
    std::sort(queries.begin(), queries.end(),
        [](const SavedQuery& a, const SavedQuery& b) { return a.name.localeAwareCompare(b.name) < 0; });
    return queries;
}

QList<SavedQuery> historyFromArray(const QJsonArray& entries, int limit)
{
    QList<SavedQuery> queries;
    for (const QJsonValue& entry : entries) {
        if (queries.size() >= limit)
            break;
        queries.append(historyFromEntry(entry.toObject()));
    }
    return queries;
}

} // namespace

SavedQueryStore::SavedQueryStore(Connection* connection, const QString& tableName, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_tableName(tableName)
{
}

QString SavedQueryStore::locationText() const
{
    switch (m_backend) {
    case Backend::Database:
        return tr("Saved queries and history are stored in the database, with the table.");
    case Backend::Settings:
        return tr("This endpoint cannot store queries: they are stored in this computer's settings, "
                  "for %1.")
            .arg(m_connection ? m_connection->displayName() : QString());
    case Backend::Unknown:
        break;
    }
    return {};
}

void SavedQueryStore::setBackend(Backend backend)
{
    if (m_backend == backend)
        return;
    m_backend = backend;
    emit backendChanged();
}

SavedQueryStore::DoneCallback SavedQueryStore::notifying(DoneCallback callback)
{
    return [this, callback = std::move(callback)](const QString& error) {
        if (error.isEmpty())
            emit changed();
        if (callback)
            callback(error);
    };
}

void SavedQueryStore::call(
    const QString& operation, QJsonObject request, ReplyHandler onReply, std::function<void()> fallback)
{
    if (m_backend == Backend::Settings || !m_connection) {
        setBackend(Backend::Settings);
        // Callbacks always run later, whichever backend serves them.
        QTimer::singleShot(0, this, std::move(fallback));
        return;
    }
    request.insert(QStringLiteral("TableName"), m_tableName);
    m_connection->send(
        operation, QJsonDocument(request).toJson(QJsonDocument::Compact), this,
        [this, onReply = std::move(onReply), fallback = std::move(fallback)](const Reply& reply) {
            if (lacksOperation(reply)) {
                setBackend(Backend::Settings);
                fallback();
                return;
            }
            // A transport error says nothing about the endpoint's operations.
            if (reply.ok || reply.httpStatus != 0)
                setBackend(Backend::Database);
            onReply(reply);
        },
        WireApi::Dynoscope);
}

void SavedQueryStore::listSaved(ListCallback callback)
{
    call(
        QStringLiteral("ListSavedQueries"), {},
        [callback](const Reply& reply) {
            if (!reply.ok)
                return callback({}, replyError(reply));
            const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
            callback(savedFromArray(body.value(QStringLiteral("SavedQueries")).toArray()), {});
        },
        [this, callback] { callback(savedFromArray(readSettings(QStringLiteral("saved"))), {}); });
}

void SavedQueryStore::listHistory(ListCallback callback, int limit)
{
    limit = std::clamp(limit, 1, kHistoryLimit);
    call(
        QStringLiteral("ListQueryHistory"), { { QStringLiteral("Limit"), limit } },
        [callback, limit](const Reply& reply) {
            if (!reply.ok)
                return callback({}, replyError(reply));
            const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
            callback(historyFromArray(body.value(QStringLiteral("QueryHistory")).toArray(), limit), {});
        },
        [this, callback, limit] { callback(historyFromArray(readSettings(QStringLiteral("history")), limit), {}); });
}

void SavedQueryStore::save(const SavedQuery& query, DoneCallback callback)
{
    auto done = notifying(std::move(callback));
    call(
        QStringLiteral("PutSavedQuery"),
        { { QStringLiteral("Name"), query.name }, { QStringLiteral("Definition"), query.toJson() } },
        [done](const Reply& reply) { done(reply.ok ? QString() : replyError(reply)); },
        [this, done, query] { done(settingsSave(query)); });
}

void SavedQueryStore::rename(const QString& from, const QString& to, DoneCallback callback)
{
    auto done = notifying(std::move(callback));
    call(
        QStringLiteral("RenameSavedQuery"), { { QStringLiteral("Name"), from }, { QStringLiteral("NewName"), to } },
        [done](const Reply& reply) { done(reply.ok ? QString() : replyError(reply)); },
        [this, done, from, to] { done(settingsRename(from, to)); });
}

void SavedQueryStore::remove(const QString& name, DoneCallback callback)
{
    auto done = notifying(std::move(callback));
    call(
        QStringLiteral("DeleteSavedQuery"), { { QStringLiteral("Name"), name } },
        [done](const Reply& reply) { done(reply.ok ? QString() : replyError(reply)); },
        [this, done, name] { done(settingsRemove(name)); });
}

void SavedQueryStore::addHistory(const SavedQuery& query, DoneCallback callback)
{
    auto done = notifying(std::move(callback));
    call(
        QStringLiteral("AddQueryHistory"), { { QStringLiteral("Definition"), query.toJson() } },
        [done](const Reply& reply) { done(reply.ok ? QString() : replyError(reply)); },
        [this, done, query] {
            settingsAddHistory(query);
            done({});
        });
}

QString SavedQueryStore::settingsKey(const QString& list) const
{
    const QString endpoint = m_connection ? m_connection->displayName() : QString();
    return QStringLiteral("savedQueries/%1/%2/%3").arg(keyPart(endpoint), keyPart(m_tableName), list);
}

QJsonArray SavedQueryStore::readSettings(const QString& list) const
{
    return QJsonDocument::fromJson(QSettings().value(settingsKey(list)).toByteArray()).array();
}

void SavedQueryStore::writeSettings(const QString& list, const QJsonArray& entries) const
{
    QSettings settings;
    if (entries.isEmpty())
        settings.remove(settingsKey(list));
    else
        settings.setValue(settingsKey(list), QJsonDocument(entries).toJson(QJsonDocument::Compact));
}

QString SavedQueryStore::settingsSave(const SavedQuery& query)
{
    if (query.name.trimmed().isEmpty())
        return tr("A saved query needs a name.");
    const double now = epochSeconds(QDateTime::currentDateTimeUtc());
    QJsonArray entries = readSettings(QStringLiteral("saved"));
    QJsonObject entry {
        { QStringLiteral("Name"), query.name },
        { QStringLiteral("Definition"), query.toJson() },
        { QStringLiteral("CreatedAt"), now },
        { QStringLiteral("UpdatedAt"), now },
    };
    bool replaced = false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject old = entries.at(i).toObject();
        if (old.value(QStringLiteral("Name")).toString() != query.name)
            continue;
        entry.insert(QStringLiteral("CreatedAt"), old.value(QStringLiteral("CreatedAt")));
        entries.replace(i, entry);
        replaced = true;
    }
    if (!replaced)
        entries.append(entry);
    writeSettings(QStringLiteral("saved"), entries);
    return {};
}

QString SavedQueryStore::settingsRename(const QString& from, const QString& to)
{
    if (to.trimmed().isEmpty())
        return tr("A saved query needs a name.");
    QJsonArray entries = readSettings(QStringLiteral("saved"));
    qsizetype found = -1;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString name = entries.at(i).toObject().value(QStringLiteral("Name")).toString();
        if (name == to && from != to)
            return tr("A saved query named \"%1\" already exists.").arg(to);
        if (name == from)
            found = i;
    }
    if (found < 0)
        return tr("There is no saved query named \"%1\".").arg(from);
    QJsonObject entry = entries.at(found).toObject();
    entry.insert(QStringLiteral("Name"), to);
    entry.insert(QStringLiteral("UpdatedAt"), epochSeconds(QDateTime::currentDateTimeUtc()));
    entries.replace(found, entry);
    writeSettings(QStringLiteral("saved"), entries);
    return {};
}

QString SavedQueryStore::settingsRemove(const QString& name)
{
    QJsonArray entries = readSettings(QStringLiteral("saved"));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).toObject().value(QStringLiteral("Name")).toString() == name) {
            entries.removeAt(i);
            writeSettings(QStringLiteral("saved"), entries);
            return {};
        }
    }
    return tr("There is no saved query named \"%1\".").arg(name);
}

void SavedQueryStore::settingsAddHistory(const SavedQuery& query)
{
    QJsonArray entries = readSettings(QStringLiteral("history"));
    SavedQuery entry = query;
    entry.name.clear();
    entries.prepend(QJsonObject {
        { QStringLiteral("Definition"), entry.toJson() },
        { QStringLiteral("RanAt"), epochSeconds(QDateTime::currentDateTimeUtc()) },
    });
    while (entries.size() > kHistoryLimit)
        entries.removeLast();
    writeSettings(QStringLiteral("history"), entries);
}

} // namespace dynoscope::ui
