// Reads every item of a table through a Connection: Scan page after page,
// optionally as a parallel scan of several segments, retrying throttled
// pages with backoff. The consumer may pause it while it catches up.
#pragma once

#include "connection/Connection.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace dynoscope::ui {

class TableScanner : public QObject {
    Q_OBJECT
public:
    // REQUIRES: connection outlives the scanner.
    TableScanner(Connection& connection, QString tableName, QObject* parent = nullptr);

    // Parallel scan segments (1 to 1000000; default 1). Set before start().
    void setSegments(int segments);
    // Asks for strongly consistent reads (default false).
    void setConsistentRead(bool consistent) { m_consistentRead = consistent; }

    // Starts scanning; call once.
    void start();
    // While paused no new page is asked for; pages in flight still arrive.
    void setPaused(bool paused);
    // Stops asking; cancelled() follows once the pages in flight return.
    void cancel();

    bool isRunning() const { return m_running; }

signals:
    // One page of items in DynamoDB JSON.
    void page(const QJsonArray& items);
    void finished();
    // "ErrorType: message"; nothing more is asked for.
    void failed(const QString& message);
    void cancelled();

private:
    struct Segment {
        QJsonObject lastEvaluatedKey;
        bool inFlight = false;
        bool done = false;
        bool waiting = false; // a retry is scheduled
        int attempt = 0;
    };
    void request(int segment);
    void onReply(int segment, const Reply& reply);
    void settle();

    Connection& m_connection;
    QString m_tableName;
    QList<Segment> m_segments;
    int m_totalSegments = 1;
    bool m_consistentRead = false;
    bool m_running = false;
    bool m_paused = false;
    bool m_stopping = false;
};

} // namespace dynoscope::ui
