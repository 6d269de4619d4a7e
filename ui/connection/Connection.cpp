// Bookkeeping of pending calls and delivery of their replies.
#include "connection/Connection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>

namespace dynoscope::ui {

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
    if (reply.tableName.isEmpty()) {
        const auto request = QJsonDocument::fromJson(reply.request).object();
        reply.tableName = request.value(QStringLiteral("TableName")).toString();
    }
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
