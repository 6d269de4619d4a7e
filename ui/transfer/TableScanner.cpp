// Paged (parallel) Scan of a whole table.
#include "transfer/TableScanner.h"

#include "transfer/TransferRetry.h"

#include <QJsonDocument>
#include <QTimer>

namespace dynoscope::ui {

TableScanner::TableScanner(Connection& connection, QString tableName, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_tableName(std::move(tableName))
{
}

void TableScanner::setSegments(int segments)
{
    m_totalSegments = qBound(1, segments, 1000000);
}

void TableScanner::start()
{
    m_running = true;
    m_segments = QList<Segment>(m_totalSegments);
    for (int i = 0; i < m_totalSegments; ++i)
        request(i);
}

void TableScanner::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused || !m_running || m_stopping)
        return;
    for (int i = 0; i < m_segments.size(); ++i) {
        const Segment& s = m_segments[i];
        if (!s.inFlight && !s.done && !s.waiting)
            request(i);
    }
}

void TableScanner::cancel()
{
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    settle();
}

void TableScanner::request(int segment)
{
    if (m_paused || m_stopping)
        return;
    QJsonObject body { { QStringLiteral("TableName"), m_tableName } };
    if (m_totalSegments > 1) {
        body.insert(QStringLiteral("Segment"), segment);
        body.insert(QStringLiteral("TotalSegments"), m_totalSegments);
    }
    if (m_consistentRead)
        body.insert(QStringLiteral("ConsistentRead"), true);
    const QJsonObject& start = m_segments[segment].lastEvaluatedKey;
    if (!start.isEmpty())
        body.insert(QStringLiteral("ExclusiveStartKey"), start);
    m_segments[segment].inFlight = true;
    m_connection.send(QStringLiteral("Scan"), QJsonDocument(body).toJson(QJsonDocument::Compact), this,
        [this, segment](const Reply& reply) { onReply(segment, reply); });
}

void TableScanner::onReply(int segment, const Reply& reply)
{
    Segment& s = m_segments[segment];
    s.inFlight = false;
    if (m_stopping) {
        settle();
        return;
    }
    if (!reply.ok) {
        if (TransferRetry::isRetryable(reply) && s.attempt < TransferRetry::kMaxAttempts) {
            s.waiting = true;
            QTimer::singleShot(TransferRetry::backoffMs(++s.attempt), this, [this, segment] {
                m_segments[segment].waiting = false;
                if (m_stopping)
                    settle();
                else
                    request(segment);
            });
            return;
        }
        m_stopping = true;
        m_running = false;
        emit failed(TransferRetry::describe(reply));
        return;
    }
    s.attempt = 0;
    const QJsonObject response = QJsonDocument::fromJson(reply.body).object();
    s.lastEvaluatedKey = response.value(QStringLiteral("LastEvaluatedKey")).toObject();
    s.done = s.lastEvaluatedKey.isEmpty();
    const QJsonArray items = response.value(QStringLiteral("Items")).toArray();
    // The consumer may pause or cancel from its page() slot.
    emit page(items);
    if (m_stopping) {
        settle();
        return;
    }
    if (!s.done) {
        request(segment);
        return;
    }
    for (const Segment& other : std::as_const(m_segments)) {
        if (!other.done)
            return;
    }
    m_running = false;
    emit finished();
}

void TableScanner::settle()
{
    if (!m_running)
        return;
    for (const Segment& s : std::as_const(m_segments)) {
        if (s.inFlight || s.waiting)
            return;
    }
    m_running = false;
    emit cancelled();
}

} // namespace dynoscope::ui
