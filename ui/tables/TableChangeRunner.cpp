// The request sequence of a table change.
#include "tables/TableChangeRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dynoscope::ui {

namespace {

QString tableNameOf(const PlannedRequest& request)
{
    return QJsonDocument::fromJson(request.json).object().value(QStringLiteral("TableName")).toString();
}

// True when DescribeTable shows the table and every global index ACTIVE.
bool isActive(const QByteArray& describeTableResponse)
{
    const auto table =
        QJsonDocument::fromJson(describeTableResponse).object().value(QStringLiteral("Table")).toObject();
    if (table.value(QStringLiteral("TableStatus")).toString() != QLatin1String("ACTIVE"))
        return false;
    for (const auto& index : table.value(QStringLiteral("GlobalSecondaryIndexes")).toArray())
        if (index.toObject().value(QStringLiteral("IndexStatus")).toString(QStringLiteral("ACTIVE")) !=
            QLatin1String("ACTIVE"))
            return false;
    return true;
}

} // namespace

TableChangeRunner::TableChangeRunner(Connection& connection, QList<PlannedRequest> requests, QObject* parent)
    : QObject(parent), m_connection(connection), m_requests(std::move(requests))
{
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &TableChangeRunner::waitUntilActive);
}

void TableChangeRunner::start()
{
    m_running = true;
    sendNext();
}

void TableChangeRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_poll.stop();
    if (m_inFlight)
        m_connection.cancel(m_inFlight);
    else {
        Reply reply;
        reply.cancelled = true;
        fail(reply);
    }
}

void TableChangeRunner::sendNext()
{
    if (m_next >= m_requests.size()) {
        m_running = false;
        emit statusChanged(tr("Done"));
        emit finished();
        return;
    }
    const int index = m_current = m_next;
    const PlannedRequest& request = m_requests[index];
    emit requestStarted(index);
    emit statusChanged(tr("%1/%2: %3").arg(index + 1).arg(m_requests.size()).arg(request.summary));
    m_inFlight = m_connection.send(request.operation, request.json, this, [this, index](const Reply& reply) {
        m_inFlight = 0;
        if (!reply.ok || reply.cancelled || m_cancelled) {
            fail(reply);
            return;
        }
        m_replies.append(reply);
        emit requestSucceeded(index, reply);
        ++m_next;
        if (m_requests[index].waitUntilActive && m_next < m_requests.size())
            waitUntilActive();
        else
            sendNext();
    });
}

void TableChangeRunner::waitUntilActive()
{
    m_current = m_next - 1;
    const QString tableName = tableNameOf(m_requests[m_current]);
    emit statusChanged(tr("Waiting for the table '%1' to become active…").arg(tableName));
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("TableName"), tableName}}).toJson(
        QJsonDocument::Compact);
    m_inFlight = m_connection.send(QStringLiteral("DescribeTable"), json, this, [this](const Reply& reply) {
        m_inFlight = 0;
        if (!reply.ok || reply.cancelled || m_cancelled) {
            fail(reply);
            return;
        }
        if (isActive(reply.body))
            sendNext();
        else
            m_poll.start(m_pollInterval);
    });
}

void TableChangeRunner::fail(const Reply& reply)
{
    m_running = false;
    QString message;
    if (reply.cancelled || m_cancelled)
        message = tr("Cancelled");
    else if (reply.errorType.isEmpty())
        message = reply.errorMessage;
    else
        message = QStringLiteral("%1: %2").arg(reply.errorType, reply.errorMessage);
    emit statusChanged(message);
    emit failed(m_current, message);
}

} // namespace dynoscope::ui
