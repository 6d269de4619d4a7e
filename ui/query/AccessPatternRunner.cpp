// The access-pattern check's calls.
#include "query/AccessPatternRunner.h"

#include "connection/Connection.h"

#include <QJsonDocument>
#include <QLocale>

namespace dynoscope::ui {

QStringList AccessPatternResult::warnings() const
{
    QStringList warnings;
    if (isScan())
        warnings.append(AccessPatternRunner::tr("Scan reads every item"));
    if (scannedCount > 0 && returnedRatio() < AccessPatternRunner::kLowRatio)
        warnings.append(AccessPatternRunner::tr("returns %1% of the items it reads")
                            .arg(QLocale().toString(returnedRatio() * 100.0, 'f', 1)));
    return warnings;
}

AccessPatternRunner::AccessPatternRunner(
    Connection* connection, const QString& tableName, const QList<SavedQuery>& queries, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_tableName(tableName)
{
    for (const SavedQuery& query : queries) {
        AccessPatternResult result;
        result.query = query;
        m_results.append(result);
    }
}

void AccessPatternRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_index = -1;
    next();
}

void AccessPatternRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_running = false;
    if (m_connection && m_callId)
        m_connection->cancel(m_callId);
    m_callId = 0;
    emit finished();
}

void AccessPatternRunner::next()
{
    ++m_index;
    if (m_index >= m_results.size()) {
        m_running = false;
        emit finished();
        return;
    }
    sendPage({});
}

void AccessPatternRunner::sendPage(const QJsonObject& startKey)
{
    AccessPatternResult& result = m_results[m_index];
    if (!m_connection) {
        result.error = tr("The connection was closed.");
        result.done = true;
        emit progressed(m_index);
        next();
        return;
    }
    QJsonObject request = result.query.request;
    if (!request.contains(QStringLiteral("TableName")))
        request.insert(QStringLiteral("TableName"), m_tableName);
    request.insert(QStringLiteral("ReturnConsumedCapacity"), QStringLiteral("TOTAL"));
    if (startKey.isEmpty())
        request.remove(QStringLiteral("ExclusiveStartKey"));
    else
        request.insert(QStringLiteral("ExclusiveStartKey"), startKey);
    m_callId = m_connection->send(result.query.operation, QJsonDocument(request).toJson(QJsonDocument::Compact), this,
        [this](const Reply& reply) { handle(reply); });
}

void AccessPatternRunner::handle(const Reply& reply)
{
    m_callId = 0;
    if (!m_running || reply.cancelled)
        return;
    AccessPatternResult& result = m_results[m_index];
    if (!reply.ok) {
        result.error = reply.errorType.isEmpty() ? reply.errorMessage
                                                 : QStringLiteral("%1: %2").arg(reply.errorType, reply.errorMessage);
        result.done = true;
        emit progressed(m_index);
        next();
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    ++result.pages;
    result.count += body.value(QStringLiteral("Count")).toInteger();
    result.scannedCount += body.value(QStringLiteral("ScannedCount")).toInteger();
    result.capacityUnits
        += body.value(QStringLiteral("ConsumedCapacity")).toObject().value(QStringLiteral("CapacityUnits")).toDouble();
    const QJsonObject lastKey = body.value(QStringLiteral("LastEvaluatedKey")).toObject();
    const bool reachedMax = result.query.maxItems > 0 && result.count >= result.query.maxItems;
    if (!lastKey.isEmpty() && !reachedMax) {
        emit progressed(m_index);
        sendPage(lastKey);
        return;
    }
    result.done = true;
    emit progressed(m_index);
    next();
}

} // namespace dynoscope::ui
