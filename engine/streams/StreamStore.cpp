// SQL of the streams tables.
#include "streams/StreamStore.h"

#include "storage/TableAccess.h"
#include "streams/StreamFormat.h"

#include <map>

namespace dynoscope::streams {

using storage::Database;
using storage::Statement;

namespace {

constexpr const char* kStreamColumns = "id, arn, table_name, label, view_type, key_schema, created_at, disabled_at";
constexpr const char* kShardColumns = "id, stream_id, shard_id, parent_shard_id, created_at, starting_sequence, "
                                      "ending_sequence, closed_at, trimmed_through";

std::optional<std::int64_t> optionalInt(const Statement& st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return st.int64(column);
}

StreamRow streamRow(const Statement& st)
{
    return { st.int64(0), std::string(st.text(1)), std::string(st.text(2)), std::string(st.text(3)),
        std::string(st.text(4)), std::string(st.text(5)), st.int64(6), optionalInt(st, 7) };
}

ShardRow shardRow(const Statement& st)
{
    ShardRow row;
    row.id = st.int64(0);
    row.streamId = st.int64(1);
    row.shardId = st.text(2);
    if (!st.isNull(3))
        row.parentShardId = std::string(st.text(3));
    row.createdAt = st.int64(4);
    row.startingSequence = st.int64(5);
    row.endingSequence = optionalInt(st, 6);
    row.closedAt = optionalInt(st, 7);
    row.trimmedThrough = st.int64(8);
    return row;
}

std::vector<ShardRow> selectShards(
    Database& db, const std::string& where, std::int64_t streamId, std::string_view text = {})
{
    auto& st = db.cached(
        std::string("SELECT ") + kShardColumns + " FROM stream_shards WHERE " + where + " ORDER BY shard_id");
    st.bind(1, streamId);
    if (!text.empty())
        st.bind(2, text);
    std::vector<ShardRow> rows;
    storage::visitRows(st, [&] {
        rows.push_back(shardRow(st));
        return true;
    });
    return rows;
}

} // namespace

std::int64_t StreamStore::nextSequence(Database& db)
{
    auto& st = db.cached("SELECT CAST(value AS INTEGER) FROM settings WHERE key='stream_sequence'");
    const std::int64_t next = st.step() ? st.int64(0) : 1;
    st.reset();
    return next;
}

std::int64_t StreamStore::allocateSequence(Database& db)
{
    const std::int64_t sequence = nextSequence(db);
    auto& save = db.cached("INSERT OR REPLACE INTO settings(key, value) VALUES('stream_sequence', ?)");
    save.bind(1, std::to_string(sequence + 1)).exec();
    return sequence;
}

std::int64_t StreamStore::insertStream(Database& db, const StreamRow& row)
{
    auto& st = db.cached("INSERT INTO streams(arn, table_name, label, view_type, key_schema, created_at) "
                         "VALUES(?, ?, ?, ?, ?, ?)");
    st.bind(1, std::string_view(row.arn))
        .bind(2, std::string_view(row.tableName))
        .bind(3, std::string_view(row.label))
        .bind(4, std::string_view(row.viewType))
        .bind(5, std::string_view(row.keySchema))
        .bind(6, row.createdAt)
        .exec();
    auto& id = db.cached("SELECT last_insert_rowid()");
    id.step();
    const std::int64_t streamId = id.int64(0);
    id.reset();
    return streamId;
}

std::optional<StreamRow> StreamStore::findStream(Database& db, std::string_view arn)
{
    auto& st = db.cached(std::string("SELECT ") + kStreamColumns + " FROM streams WHERE arn=?");
    st.bind(1, arn);
    std::optional<StreamRow> row;
    storage::visitRows(st, [&] {
        row = streamRow(st);
        return false;
    });
    return row;
}

std::vector<StreamRow> StreamStore::allStreams(Database& db)
{
    auto& st = db.cached(std::string("SELECT ") + kStreamColumns + " FROM streams ORDER BY arn");
    std::vector<StreamRow> rows;
    storage::visitRows(st, [&] {
        rows.push_back(streamRow(st));
        return true;
    });
    return rows;
}

void StreamStore::disableStream(Database& db, std::int64_t streamId, std::int64_t now)
{
    auto& st = db.cached("UPDATE streams SET disabled_at=? WHERE id=?");
    st.bind(1, now).bind(2, streamId).exec();
}

void StreamStore::deleteStream(Database& db, std::int64_t streamId)
{
    for (const ShardRow& shard : shards(db, streamId))
        deleteShard(db, shard.id);
    auto& st = db.cached("DELETE FROM streams WHERE id=?");
    st.bind(1, streamId).exec();
}

std::vector<ShardRow> StreamStore::shards(Database& db, std::int64_t streamId)
{
    return selectShards(db, "stream_id=?", streamId);
}

std::optional<ShardRow> StreamStore::findShard(Database& db, std::int64_t streamId, std::string_view shardId)
{
    if (shardId.empty())
        return std::nullopt;
    auto rows = selectShards(db, "stream_id=? AND shard_id=?", streamId, shardId);
    return rows.empty() ? std::nullopt : std::optional<ShardRow>(rows.front());
}

std::optional<ShardRow> StreamStore::openShard(Database& db, std::int64_t streamId)
{
    auto rows = selectShards(db, "stream_id=? AND closed_at IS NULL", streamId);
    return rows.empty() ? std::nullopt : std::optional<ShardRow>(rows.back());
}

ShardRow StreamStore::createShard(
    Database& db, const StreamRow& stream, const std::optional<std::string>& parentShardId, std::int64_t now)
{
    ShardRow row;
    row.streamId = stream.id;
    row.parentShardId = parentShardId;
    row.createdAt = now;
    row.startingSequence = allocateSequence(db);
    row.shardId
        = StreamFormat::shardId(now, StreamFormat::hash32(stream.arn + "/" + std::to_string(row.startingSequence)));
    auto& st = db.cached("INSERT INTO stream_shards(stream_id, shard_id, parent_shard_id, created_at, "
                         "starting_sequence) VALUES(?, ?, ?, ?, ?)");
    st.bind(1, row.streamId).bind(2, std::string_view(row.shardId));
    if (parentShardId)
        st.bind(3, std::string_view(*parentShardId));
    else
        st.bindNull(3);
    st.bind(4, now).bind(5, row.startingSequence).exec();
    auto& id = db.cached("SELECT last_insert_rowid()");
    id.step();
    row.id = id.int64(0);
    id.reset();
    return row;
}

void StreamStore::closeShard(Database& db, std::int64_t shardRowId, std::int64_t now)
{
    const std::int64_t ending = allocateSequence(db);
    auto& st = db.cached("UPDATE stream_shards SET ending_sequence=?, closed_at=? WHERE id=?");
    st.bind(1, ending).bind(2, now).bind(3, shardRowId).exec();
}

ShardRow StreamStore::rollShard(Database& db, const StreamRow& stream, const ShardRow& shard, std::int64_t now)
{
    closeShard(db, shard.id, now);
    return createShard(db, stream, shard.shardId, now);
}

void StreamStore::deleteShard(Database& db, std::int64_t shardRowId)
{
    auto& records = db.cached("DELETE FROM stream_records WHERE shard=?");
    records.bind(1, shardRowId).exec();
    auto& st = db.cached("DELETE FROM stream_shards WHERE id=?");
    st.bind(1, shardRowId).exec();
}

void StreamStore::appendRecord(
    Database& db, std::int64_t shardRowId, std::int64_t sequence, std::int64_t now, std::string_view record)
{
    auto& st = db.cached("INSERT INTO stream_records(sequence, shard, created_at, record) VALUES(?, ?, ?, ?)");
    st.bind(1, sequence).bind(2, shardRowId).bind(3, now).bind(4, record).exec();
}

void StreamStore::readRecords(
    Database& db, std::int64_t shardRowId, std::int64_t fromSequence, const RecordVisitor& visit)
{
    auto& st = db.cached("SELECT sequence, created_at, record FROM stream_records WHERE shard=? AND sequence>=? "
                         "ORDER BY sequence");
    st.bind(1, shardRowId).bind(2, fromSequence);
    storage::visitRows(st, [&] { return visit(st.int64(0), st.int64(1), st.text(2)); });
}

std::int64_t StreamStore::lastRecordAtOrBefore(Database& db, std::int64_t shardRowId, std::int64_t cutoff)
{
    auto& st = db.cached("SELECT coalesce(max(sequence), 0) FROM stream_records WHERE shard=? AND created_at<=?");
    st.bind(1, shardRowId).bind(2, cutoff);
    const std::int64_t last = st.step() ? st.int64(0) : 0;
    st.reset();
    return last;
}

void StreamStore::trimRecords(Database& db, std::int64_t cutoff)
{
    std::map<std::int64_t, std::int64_t> trimmed; // shard -> highest trimmed sequence
    std::int64_t through = 0;
    auto& st = db.cached("SELECT sequence, shard, created_at FROM stream_records ORDER BY sequence");
    storage::visitRows(st, [&] {
        if (st.int64(2) > cutoff)
            return false;
        through = st.int64(0);
        trimmed[st.int64(1)] = through;
        return true;
    });
    if (trimmed.empty())
        return;
    auto& remove = db.cached("DELETE FROM stream_records WHERE sequence<=?");
    remove.bind(1, through).exec();
    auto& mark = db.cached("UPDATE stream_shards SET trimmed_through=max(trimmed_through, ?) WHERE id=?");
    for (const auto& [shard, sequence] : trimmed)
        mark.bind(1, sequence).bind(2, shard).exec();
}

} // namespace dynoscope::streams
