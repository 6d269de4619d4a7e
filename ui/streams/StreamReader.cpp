// The polling loop of a stream: one call in flight at a time, chained while
// there is something to read, then one pass per timer tick.
#include "streams/StreamReader.h"

#include "connection/Connection.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dynoscope::ui {

namespace {

// Shards are found again now and then even when none closed, in case one
// appeared that the reader has not seen close (a split, a re-enabled stream).
constexpr int kDescribeEveryTicks = 30;

} // namespace

StreamReader::StreamReader(Connection* connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &StreamReader::poll);
}

void StreamReader::reset(const QString& streamArn, StartPosition start)
{
    ++m_generation; // drops replies of calls made before
    m_streamArn = streamArn;
    m_start = start;
    m_busy = false;
    m_needDescribe = true;
    m_described = false;
    m_ticks = 0;
    m_shards.clear();
    m_positions.clear();
    m_idle.clear();
    emit shardsChanged(m_shards);
}

void StreamReader::start()
{
    if (m_streamArn.isEmpty())
        return;
    m_running = true;
    m_timer.start();
    m_idle.clear();
    step();
}

void StreamReader::stop()
{
    m_running = false;
    m_timer.stop();
}

void StreamReader::poll()
{
    ++m_ticks;
    m_idle.clear();
    if (m_ticks % kDescribeEveryTicks == 0 || !nextShard())
        m_needDescribe = true;
    step();
}

void StreamReader::step()
{
    if (!m_running || m_busy || !m_connection)
        return;
    if (m_needDescribe) {
        describe({}, {});
        return;
    }
    const StreamShard* shard = nextShard();
    if (!shard)
        return; // until the next poll
    if (m_positions.value(shard->shardId).iterator.isEmpty())
        fetchIterator(*shard);
    else
        fetchRecords(*shard);
}

const StreamShard* StreamReader::nextShard() const
{
    for (const StreamShard& shard : m_shards) {
        const Position position = m_positions.value(shard.shardId);
        if (position.finished || m_idle.contains(shard.shardId))
            continue;
        // A child waits for its parent, unless the parent is gone.
        const auto parent = m_positions.constFind(shard.parentShardId);
        if (!shard.parentShardId.isEmpty() && parent != m_positions.constEnd() && !parent->finished)
            continue;
        return &shard;
    }
    return nullptr;
}

void StreamReader::describe(const QString& exclusiveStart, StreamShardList found)
{
    QJsonObject request { { QStringLiteral("StreamArn"), m_streamArn } };
    if (!exclusiveStart.isEmpty())
        request.insert(QStringLiteral("ExclusiveStartShardId"), exclusiveStart);
    call(QStringLiteral("DescribeStream"), request, [this, found](const QJsonObject& response) mutable {
        const QJsonObject d = response.value(QLatin1String("StreamDescription")).toObject();
        for (const QJsonValue& shard : d.value(QLatin1String("Shards")).toArray())
            found.append(StreamShard::fromJson(shard.toObject()));
        const QString more = d.value(QLatin1String("LastEvaluatedShardId")).toString();
        if (!more.isEmpty()) {
            m_busy = false;
            describe(more, found);
            return;
        }
        mergeShards(found);
    });
}

void StreamReader::mergeShards(const StreamShardList& found)
{
    for (const StreamShard& shard : found) {
        if (m_positions.contains(shard.shardId))
            continue;
        Position position;
        // Reading from LATEST skips what the stream held when reading began.
        if (!m_described && m_start == StartPosition::Latest) {
            position.finished = !shard.isOpen();
            position.latest = shard.isOpen();
        }
        m_positions.insert(shard.shardId, position);
    }
    m_described = true;
    m_needDescribe = false;
    const bool changed = found.size() != m_shards.size()
        || std::equal(found.begin(), found.end(), m_shards.begin(),
               [](const auto& a, const auto& b) {
                   return a.shardId == b.shardId && a.endingSequenceNumber == b.endingSequenceNumber;
               })
            == false;
    m_shards = found;
    if (changed)
        emit shardsChanged(m_shards);
}

void StreamReader::fetchIterator(const StreamShard& shard)
{
    const QString id = shard.shardId;
    const Position position = m_positions.value(id);
    QJsonObject request { { QStringLiteral("StreamArn"), m_streamArn }, { QStringLiteral("ShardId"), id } };
    if (!position.lastSequence.isEmpty()) {
        request.insert(QStringLiteral("ShardIteratorType"), QStringLiteral("AFTER_SEQUENCE_NUMBER"));
        request.insert(QStringLiteral("SequenceNumber"), position.lastSequence);
    } else {
        request.insert(QStringLiteral("ShardIteratorType"),
            position.latest ? QStringLiteral("LATEST") : QStringLiteral("TRIM_HORIZON"));
    }
    call(
        QStringLiteral("GetShardIterator"), request,
        [this, id](const QJsonObject& response) {
            m_positions[id].iterator = response.value(QLatin1String("ShardIterator")).toString();
        },
        [this, id](const QString& type) {
            if (type == QLatin1String("ResourceNotFoundException")) {
                m_positions[id].finished = true; // gone with its records
                return true;
            }
            if (type == QLatin1String("TrimmedDataAccessException")) {
                m_positions[id].lastSequence.clear(); // what follows it is still there
                m_positions[id].latest = false;
                return true;
            }
            return false;
        });
}

void StreamReader::fetchRecords(const StreamShard& shard)
{
    const QString id = shard.shardId;
    const QJsonObject request { { QStringLiteral("ShardIterator"), m_positions.value(id).iterator },
        { QStringLiteral("Limit"), m_pageLimit } };
    call(
        QStringLiteral("GetRecords"), request,
        [this, id](const QJsonObject& response) {
            Position& position = m_positions[id];
            StreamRecordList records;
            for (const QJsonValue& record : response.value(QLatin1String("Records")).toArray())
                records.append(StreamRecord::fromJson(record.toObject(), id));
            if (!records.isEmpty())
                position.lastSequence = records.last().sequenceNumber;
            const QJsonValue next = response.value(QLatin1String("NextShardIterator"));
            if (next.isString()) {
                position.iterator = next.toString();
                if (records.isEmpty())
                    m_idle.insert(id);
            } else {
                // Closed and read to its end: its children come next.
                position.finished = true;
                m_needDescribe = true;
            }
            if (!records.isEmpty())
                emit recordsRead(records);
        },
        [this, id](const QString& type) {
            if (type == QLatin1String("ExpiredIteratorException")) {
                m_positions[id].iterator.clear(); // a new one from the last record read
                return true;
            }
            if (type == QLatin1String("TrimmedDataAccessException")) {
                m_positions[id].iterator.clear();
                m_positions[id].lastSequence.clear();
                m_positions[id].latest = false;
                return true;
            }
            if (type == QLatin1String("ResourceNotFoundException")) {
                m_positions[id].finished = true;
                return true;
            }
            return false;
        });
}

void StreamReader::call(const QString& operation, const QJsonObject& request,
    std::function<void(const QJsonObject&)> done, std::function<bool(const QString& type)> recover)
{
    m_busy = true;
    const quint64 generation = m_generation;
    m_connection->send(
        operation, QJsonDocument(request).toJson(QJsonDocument::Compact), this,
        [this, generation, operation, done, recover](const Reply& reply) {
            if (generation != m_generation)
                return;
            m_busy = false;
            if (reply.cancelled)
                return;
            if (reply.ok) {
                done(QJsonDocument::fromJson(reply.body).object());
            } else if (!recover || !recover(reply.errorType)) {
                emit failed(tr("%1: %2").arg(operation, reply.errorMessage));
                // The pass ends here; the next poll tries again.
                for (const StreamShard& shard : m_shards)
                    m_idle.insert(shard.shardId);
                return;
            }
            step();
        },
        WireApi::Streams);
}

} // namespace dynoscope::ui
