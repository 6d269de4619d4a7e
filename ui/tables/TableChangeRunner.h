// Sends planned table requests in order through a Connection, waiting for
// the table to be ACTIVE again where DynamoDB needs it, and stops at the
// first error.
#pragma once

#include "connection/Connection.h"
#include "tables/PlannedRequest.h"

#include <QTimer>

namespace dynoscope::ui {

class TableChangeRunner : public QObject {
    Q_OBJECT
public:
    // REQUIRES: connection outlives the runner.
    TableChangeRunner(Connection& connection, QList<PlannedRequest> requests, QObject* parent = nullptr);

    // Starts sending; call once.
    void start();
    // Stops after the request in flight; emits failed() with "Cancelled".
    void cancel();

    // How long to wait between DescribeTable calls while the table updates.
    void setPollInterval(int milliseconds) { m_pollInterval = milliseconds; }

    const QList<PlannedRequest>& requests() const { return m_requests; }
    bool isRunning() const { return m_running; }
    // The replies received so far, one per request sent.
    const QList<Reply>& replies() const { return m_replies; }

signals:
    void requestStarted(int index);
    void requestSucceeded(int index, const dynoscope::ui::Reply& reply);
    // "Waiting for the table to become ACTIVE" and the like.
    void statusChanged(const QString& text);
    // Every request succeeded.
    void finished();
    // Request index failed (or the wait after it); message is
    // "ErrorType: DynamoDB's message". Nothing after it was sent.
    void failed(int index, const QString& message);

private:
    void sendNext();
    void waitUntilActive();
    void fail(const Reply& reply);

    Connection& m_connection;
    QList<PlannedRequest> m_requests;
    QList<Reply> m_replies;
    int m_next = 0;    // the request to send next
    int m_current = 0; // the request sent or waited after
    int m_pollInterval = 2000;
    bool m_running = false;
    bool m_cancelled = false;
    quint64 m_inFlight = 0;
    QTimer m_poll;
};

} // namespace dynoscope::ui
