// Deletes every item of a table through a Connection: scans the key
// attributes page by page and sends one DeleteItem per item, a few at a
// time, retrying throttled deletes. Reports progress; can be cancelled.
#pragma once

#include "connection/Connection.h"

#include <QJsonObject>
#include <QQueue>

namespace dynoscope::ui {

class TablePurger : public QObject {
    Q_OBJECT
public:
    // REQUIRES: connection outlives the purger.
    TablePurger(Connection& connection, QString tableName, QObject* parent = nullptr);

    // Starts purging; call once.
    void start();
    // Stops sending; cancelled() follows once the requests in flight return.
    void cancel();

    // DeleteItem requests in flight at once (default 8).
    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }

    bool isRunning() const { return m_running; }
    qint64 deletedCount() const { return m_deleted; }
    // DynamoDB's approximate ItemCount, raised when more items turn up.
    qint64 expectedCount() const { return m_expected; }

signals:
    void progress(qint64 deleted, qint64 expected);
    void finished(qint64 deleted);
    // "ErrorType: DynamoDB's message"; nothing more is sent.
    void failed(const QString& message, qint64 deleted);
    void cancelled(qint64 deleted);

private:
    void scanNext();
    void pump();
    void sendDelete(const QJsonObject& key, int attempt);
    void fail(const Reply& reply);
    void settleIfIdle();
    void reportProgress();

    Connection& m_connection;
    QString m_tableName;
    QStringList m_keyNames;
    QJsonObject m_lastEvaluatedKey;
    QQueue<QJsonObject> m_keys;
    int m_maxInFlight = 8;
    int m_inFlight = 0;   // deletes sent or waiting to be retried
    bool m_scanning = false;
    bool m_scanDone = false;
    bool m_running = false;
    bool m_stopping = false; // cancelled or failed: send nothing more
    bool m_cancelled = false;
    qint64 m_deleted = 0;
    qint64 m_expected = 0;
};

} // namespace dynoscope::ui
