// Batched, retried, order-keeping puts.
#include "transfer/BatchWriter.h"

#include "transfer/TransferRetry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace dynoscope::ui {

namespace {

// DynamoDB's limit of requests in one BatchWriteItem.
constexpr int kBatchSize = 25;

const QString kPutRequest = QStringLiteral("PutRequest");
const QString kItem = QStringLiteral("Item");

} // namespace

BatchWriter::BatchWriter(Connection& connection, QString tableName, TableKeys keys, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_tableName(std::move(tableName))
    , m_keys(std::move(keys))
{
}

void BatchWriter::put(const QJsonObject& item, qint64 tag)
{
    if (m_stopped)
        return;
    m_queue.push_back({ item, tag, m_keys.identity(item), false });
    pump();
}

void BatchWriter::stop()
{
    m_stopped = true;
    m_queue.clear();
}

void BatchWriter::pump()
{
    // Until the first batch answers, one request finds out whether the
    // endpoint knows BatchWriteItem.
    const int maxInFlight = m_mode == Mode::Probing ? 1 : m_maxInFlight;
    while (!m_stopped && m_inFlight < maxInFlight && !m_queue.empty()) {
        if (m_mode == Mode::Put || m_queue.front().single) {
            if (m_busyKeys.contains(m_queue.front().identity))
                return;
            Entry entry = std::move(m_queue.front());
            m_queue.pop_front();
            m_busyKeys.insert(entry.identity);
            ++m_inFlight;
            ++m_pendingItems;
            sendPut(std::move(entry), 1);
            continue;
        }
        QList<Entry> batch;
        QSet<QByteArray> keys;
        while (!m_queue.empty() && batch.size() < kBatchSize) {
            const Entry& next = m_queue.front();
            // Two puts of one key may not share a batch, and a put waits for
            // the one before it.
            if (next.single || keys.contains(next.identity) || m_busyKeys.contains(next.identity))
                break;
            keys.insert(next.identity);
            batch.append(std::move(m_queue.front()));
            m_queue.pop_front();
        }
        if (batch.isEmpty())
            return;
        m_busyKeys.unite(keys);
        ++m_inFlight;
        m_pendingItems += batch.size();
        sendBatch(std::move(batch), 1);
    }
}

void BatchWriter::sendBatch(QList<Entry> batch, int attempt)
{
    QJsonArray requests;
    for (const Entry& entry : batch)
        requests.append(QJsonObject { { kPutRequest, QJsonObject { { kItem, entry.item } } } });
    const QJsonObject body { { QStringLiteral("RequestItems"), QJsonObject { { m_tableName, requests } } } };
    m_connection.send(QStringLiteral("BatchWriteItem"), QJsonDocument(body).toJson(QJsonDocument::Compact), this,
        [this, batch = std::move(batch), attempt](const Reply& reply) { onBatchReply(batch, attempt, reply); });
}

void BatchWriter::sendPut(Entry entry, int attempt)
{
    const QJsonObject body { { QStringLiteral("TableName"), m_tableName }, { kItem, entry.item } };
    m_connection.send(QStringLiteral("PutItem"), QJsonDocument(body).toJson(QJsonDocument::Compact), this,
        [this, entry = std::move(entry), attempt](const Reply& reply) { onPutReply(entry, attempt, reply); });
}

void BatchWriter::resendBatch(const QList<Entry>& batch, int attempt)
{
    if (m_stopped)
        abandon(batch);
    else
        sendBatch(batch, attempt);
}

void BatchWriter::onBatchReply(QList<Entry> batch, int attempt, const Reply& reply)
{
    if (reply.ok) {
        if (m_mode == Mode::Probing)
            m_mode = Mode::Batch;
        const QJsonArray unprocessed = QJsonDocument::fromJson(reply.body)
                                           .object()
                                           .value(QStringLiteral("UnprocessedItems"))
                                           .toObject()
                                           .value(m_tableName)
                                           .toArray();
        QSet<QByteArray> again;
        for (const auto& request : unprocessed)
            again.insert(m_keys.identity(request.toObject().value(kPutRequest).toObject().value(kItem).toObject()));
        QList<Entry> retry;
        QList<Entry> done;
        for (Entry& entry : batch)
            (again.contains(entry.identity) ? retry : done).append(std::move(entry));
        m_written += done.size();
        m_pendingItems -= done.size();
        release(done);
        if (retry.isEmpty()) {
            --m_inFlight;
        } else if (m_stopped || attempt >= TransferRetry::kMaxAttempts) {
            // Unwritten items of a stopped writer are simply not written.
            m_pendingItems -= retry.size();
            release(retry);
            --m_inFlight;
            if (!m_stopped) {
                Reply exhausted = reply;
                exhausted.errorMessage
                    = tr("%n item(s) stayed unprocessed after %1 attempts", nullptr, int(retry.size())).arg(attempt);
                fail(exhausted);
            }
        } else {
            QTimer::singleShot(TransferRetry::backoffMs(attempt), this,
                [this, retry = std::move(retry), attempt] { resendBatch(retry, attempt + 1); });
        }
        emit progressed();
        pump();
        settle();
        return;
    }
    --m_inFlight;
    m_pendingItems -= batch.size();
    release(batch);
    if (m_stopped) {
        settle();
        return;
    }
    if (reply.errorType == QLatin1String("UnknownOperationException") && m_mode != Mode::Put) {
        m_mode = Mode::Put;
        requeue(batch, false);
    } else if (TransferRetry::isRetryable(reply) && attempt < TransferRetry::kMaxAttempts) {
        ++m_inFlight;
        m_pendingItems += batch.size();
        for (const Entry& entry : std::as_const(batch))
            m_busyKeys.insert(entry.identity);
        QTimer::singleShot(TransferRetry::backoffMs(attempt), this,
            [this, batch = std::move(batch), attempt] { resendBatch(batch, attempt + 1); });
        return;
    } else if (reply.errorType == QLatin1String("ValidationException")) {
        // Some item is bad; find out which by writing them one at a time.
        if (m_mode == Mode::Probing)
            m_mode = Mode::Batch;
        requeue(batch, true);
    } else {
        fail(reply);
    }
    emit progressed();
    pump();
    settle();
}

void BatchWriter::onPutReply(Entry entry, int attempt, const Reply& reply)
{
    if (!reply.ok && !m_stopped && TransferRetry::isRetryable(reply) && attempt < TransferRetry::kMaxAttempts) {
        QTimer::singleShot(TransferRetry::backoffMs(attempt), this, [this, entry = std::move(entry), attempt] {
            if (m_stopped)
                abandon({ entry });
            else
                sendPut(entry, attempt + 1);
        });
        return;
    }
    --m_inFlight;
    --m_pendingItems;
    m_busyKeys.remove(entry.identity);
    if (reply.ok) {
        ++m_written;
    } else if (!m_stopped && reply.errorType == QLatin1String("ValidationException")) {
        ++m_rejected;
        emit rejected(entry.tag, reply.errorMessage);
    } else if (!m_stopped) {
        fail(reply);
    }
    emit progressed();
    pump();
    settle();
}

void BatchWriter::requeue(const QList<Entry>& entries, bool single)
{
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        m_queue.push_front(*it);
        m_queue.front().single = single;
    }
}

void BatchWriter::release(const QList<Entry>& entries)
{
    for (const Entry& entry : entries)
        m_busyKeys.remove(entry.identity);
}

void BatchWriter::abandon(const QList<Entry>& entries)
{
    --m_inFlight;
    m_pendingItems -= entries.size();
    release(entries);
    settle();
}

void BatchWriter::fail(const Reply& reply)
{
    if (m_failed)
        return;
    m_failed = true;
    m_stopped = true;
    m_queue.clear();
    emit failed(TransferRetry::describe(reply));
}

void BatchWriter::settle()
{
    if (isIdle())
        emit idle();
}

} // namespace dynoscope::ui
