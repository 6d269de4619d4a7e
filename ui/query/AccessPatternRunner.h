// Runs a table's saved queries one after another, each through all its pages
// (LastEvaluatedKey) until it ends or reaches its maxItems, with
// ReturnConsumedCapacity TOTAL, and sums what each returned, read and
// consumed: what "Check access patterns" shows.
#pragma once

#include "query/SavedQuery.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace dynoscope::ui {

class Connection;
struct Reply;

struct AccessPatternResult {
    SavedQuery query;
    qint64 count = 0; // items returned (the sum of Count)
    qint64 scannedCount = 0; // items read (the sum of ScannedCount)
    double capacityUnits = 0; // ConsumedCapacity.CapacityUnits, summed
    int pages = 0;
    bool done = false;
    QString error; // "Type: message" when a page failed

    bool isScan() const { return query.operation == QLatin1String("Scan"); }
    // Returned / scanned, 1 when nothing was read.
    double returnedRatio() const { return scannedCount > 0 ? double(count) / double(scannedCount) : 1.0; }
    // Why this access pattern deserves a look; empty when it looks fine.
    QStringList warnings() const;
};

class AccessPatternRunner : public QObject {
    Q_OBJECT
public:
    // Below this returned/scanned ratio a filter discards most of what it reads.
    static constexpr double kLowRatio = 0.25;

    AccessPatternRunner(
        Connection* connection, const QString& tableName, const QList<SavedQuery>& queries, QObject* parent = nullptr);

    void start();
    // Stops after the call in flight, whose reply is dropped.
    void cancel();

    const QList<AccessPatternResult>& results() const { return m_results; }
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    int currentIndex() const { return m_index; }

signals:
    // After every page of query `index`, and when it ends.
    void progressed(int index);
    void finished();

private:
    void sendPage(const QJsonObject& startKey);
    void handle(const Reply& reply);
    void next();

    QPointer<Connection> m_connection;
    QString m_tableName;
    QList<AccessPatternResult> m_results;
    int m_index = -1;
    quint64 m_callId = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace dynoscope::ui
