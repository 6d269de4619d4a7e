// Follows one stream as a Lambda event source mapping does: reads every
// shard with GetShardIterator and GetRecords, a child shard only after its
// parent is read to its end, polls the open shards on a timer, and finds new
// shards with DescribeStream when one closes. Records come out in order.
#pragma once

#include "streams/StreamRecord.h"
#include "streams/StreamShard.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace dynoscope::ui {

class Connection;

class StreamReader : public QObject {
    Q_OBJECT
public:
    enum class StartPosition { TrimHorizon, Latest };

    explicit StreamReader(Connection* connection, QObject* parent = nullptr);

    // Forgets every position and reads the stream from start on the next start().
    void reset(const QString& streamArn, StartPosition start);
    const QString& streamArn() const { return m_streamArn; }

    void setPollInterval(int millis) { m_timer.setInterval(millis); }
    int pollInterval() const { return m_timer.interval(); }
    // Records per GetRecords call (1 to 1000).
    void setPageLimit(int limit) { m_pageLimit = limit; }

    // Starts or resumes reading where it stopped; stop() keeps the positions.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    const StreamShardList& shards() const { return m_shards; }

signals:
    void shardsChanged(const dynoscope::ui::StreamShardList& shards);
    void recordsRead(const dynoscope::ui::StreamRecordList& records);
    // A call failed; reading goes on at the next poll.
    void failed(const QString& message);

private:
    struct Position {
        QString iterator;
        QString lastSequence; // of the last record read
        bool latest = false; // start at LATEST: open when reading began from LATEST
        bool finished = false;
    };

    void poll();
    void step();
    void describe(const QString& exclusiveStart, StreamShardList found);
    void mergeShards(const StreamShardList& found);
    const StreamShard* nextShard() const;
    void fetchIterator(const StreamShard& shard);
    void fetchRecords(const StreamShard& shard);
    void call(const QString& operation, const QJsonObject& request, std::function<void(const QJsonObject&)> done,
        std::function<bool(const QString& type)> recover = {});

    QPointer<Connection> m_connection;
    QString m_streamArn;
    StartPosition m_start = StartPosition::TrimHorizon;
    int m_pageLimit = 1000;
    QTimer m_timer;
    bool m_running = false;
    bool m_busy = false;
    bool m_needDescribe = true;
    bool m_described = false; // the first DescribeStream came back
    int m_ticks = 0;
    quint64 m_generation = 0;
    StreamShardList m_shards;
    QHash<QString, Position> m_positions;
    QSet<QString> m_idle; // open shards that had nothing new in this poll
};

} // namespace dynoscope::ui
