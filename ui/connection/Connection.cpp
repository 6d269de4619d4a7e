// Bookkeeping of pending calls and delivery of their replies.
#include "connection/Connection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>

namespace dynoscope::ui {

namespace {

// The table(s) a request acts on: TableName, or the tables of a batch
// (RequestItems) or a transaction (TransactItems), for the request log.
QString tablesOf(const QByteArray& requestJson)
{
    const QJsonObject request = QJsonDocument::fromJson(requestJson).object();
    if (request.contains(QStringLiteral("TableName")))
        return request.value(QStringLiteral("TableName")).toString();
    QStringList tables = request.value(QStringLiteral("RequestItems")).toObject().keys();
    for (const auto& action : request.value(QStringLiteral("TransactItems")).toArray()) {
        const QJsonObject typed = action.toObject();
        if (!typed.isEmpty()) {
            const QString table = typed.begin().value().toObject().value(QStringLiteral("TableName")).toString();
            if (!tables.contains(table))
                tables << table;
        }
    }
    return tables.join(QStringLiteral(", "));
}

} // namespace

quint64 Connection::send(const QString& operation, const QByteArray& requestJson, QObject* context,
                         Callback callback, WireApi api)
{
    const quint64 id = m_nextId++;
    m_pending.insert(id, Pending{context, std::move(callback)});
    start(id, api, operation, requestJson);
    return id;
}

void Connection::complete(Reply reply)
{
    if (reply.tableName.isEmpty())
        reply.tableName = tablesOf(reply.request);
    // Hop to the connection's own (GUI) thread, where the pending table lives.
    QMetaObject::invokeMethod(
        this,
        [this, reply = std::move(reply)]() {
            emit replied(reply);
            const auto pending = m_pending.take(reply.id);
            if (pending.callback && pending.context)
                pending.callback(reply);
        },
        Qt::QueuedConnection);
}

} // namespace dynoscope::ui
