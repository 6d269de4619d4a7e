// Writes whole items into a table through a Connection: BatchWriteItem with
// up to 25 puts per request (UnprocessedItems retried with backoff), or one
// PutItem per item when the endpoint has no BatchWriteItem. Each item is
// written whole or not at all. Writes of the same key keep their order:
// a later put of a key waits for the earlier one. When DynamoDB rejects a
// batch as invalid, its items are sent one by one so that only the bad ones
// are rejected, each with DynamoDB's reason.
#pragma once

#include "connection/Connection.h"
#include "transfer/TableKeys.h"

#include <QJsonObject>
#include <QSet>

#include <deque>

namespace dynoscope::ui {

class BatchWriter : public QObject {
    Q_OBJECT
public:
    // REQUIRES: connection outlives the writer; keys are the table's.
    BatchWriter(Connection& connection, QString tableName, TableKeys keys, QObject* parent = nullptr);

    // Requests in flight at once (default 4).
    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }

    // Queues a put of item (DynamoDB JSON); tag names it in rejected().
    // REQUIRES: item carries the table's key (see TableKeys::check).
    void put(const QJsonObject& item, qint64 tag);
    // Drops what is queued; idle() follows once the requests in flight
    // return (what they wrote counts).
    void stop();

    // Items queued, in flight or waiting for a retry.
    qsizetype backlog() const { return qsizetype(m_queue.size()) + m_pendingItems; }
    bool isIdle() const { return m_queue.empty() && m_inFlight == 0; }
    qint64 writtenCount() const { return m_written; }
    qint64 rejectedCount() const { return m_rejected; }
    bool hasFailed() const { return m_failed; }

signals:
    // After every reply: counts or backlog changed.
    void progressed();
    void rejected(qint64 tag, const QString& reason);
    // Nothing queued or in flight any more.
    void idle();
    // A write failed for good (e.g. the table is gone): "ErrorType: message".
    // Nothing more is sent; idle() still follows.
    void failed(const QString& message);

private:
    struct Entry {
        QJsonObject item;
        qint64 tag = 0;
        QByteArray identity;
        bool single = false; // send it alone with PutItem
    };
    enum class Mode { Probing, Batch, Put };

    void pump();
    void sendBatch(QList<Entry> batch, int attempt);
    void sendPut(Entry entry, int attempt);
    // A retry after its backoff, unless the writer stopped meanwhile.
    void resendBatch(const QList<Entry>& batch, int attempt);
    void onBatchReply(QList<Entry> batch, int attempt, const Reply& reply);
    void onPutReply(Entry entry, int attempt, const Reply& reply);
    // Puts entries back at the front of the queue, in order.
    void requeue(const QList<Entry>& entries, bool single);
    void release(const QList<Entry>& entries);
    // Forgets a request of a stopped writer that waited for a retry.
    void abandon(const QList<Entry>& entries);
    void fail(const Reply& reply);
    void settle();

    Connection& m_connection;
    QString m_tableName;
    TableKeys m_keys;
    std::deque<Entry> m_queue;
    QSet<QByteArray> m_busyKeys; // keys being written
    Mode m_mode = Mode::Probing;
    int m_maxInFlight = 4;
    int m_inFlight = 0; // requests sent or waiting for a retry
    qsizetype m_pendingItems = 0; // items in those requests
    bool m_stopped = false;
    bool m_failed = false;
    qint64 m_written = 0;
    qint64 m_rejected = 0;
};

} // namespace dynoscope::ui
