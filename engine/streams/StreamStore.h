// The persistent state of DynamoDB Streams (tables streams, stream_shards and
// stream_records of schema migration 2): streams, their shards and records,
// and the sequence number counter shared by every stream.
#pragma once

#include "storage/Database.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dynoscope::streams {

struct StreamRow {
    std::int64_t id = 0;
    std::string arn;
    std::string tableName;
    std::string label;
    std::string viewType;
    std::string keySchema; // the table's KeySchema as JSON text
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> disabledAt;
};

struct ShardRow {
    std::int64_t id = 0;
    std::int64_t streamId = 0;
    std::string shardId;
    std::optional<std::string> parentShardId;
    std::int64_t createdAt = 0;
    std::int64_t startingSequence = 0;
    std::optional<std::int64_t> endingSequence; // set once closed
    std::optional<std::int64_t> closedAt;
    std::int64_t trimmedThrough = 0;
};

// Visits a record: (sequence, creation time, record JSON); false stops.
using RecordVisitor = std::function<bool(std::int64_t, std::int64_t, std::string_view)>;

// Writers REQUIRE the write lease and a write transaction on db.
class StreamStore {
public:
    static std::int64_t allocateSequence(storage::Database& db);
    // The sequence number the next record will get.
    static std::int64_t nextSequence(storage::Database& db);

    static std::int64_t insertStream(storage::Database& db, const StreamRow& row);
    static std::optional<StreamRow> findStream(storage::Database& db, std::string_view arn);
    // Every stream, in ARN order.
    static std::vector<StreamRow> allStreams(storage::Database& db);
    static void disableStream(storage::Database& db, std::int64_t streamId, std::int64_t now);
    // Removes the stream with its shards and records.
    static void deleteStream(storage::Database& db, std::int64_t streamId);

    // The shards of a stream, in shard id (creation) order.
    static std::vector<ShardRow> shards(storage::Database& db, std::int64_t streamId);
    static std::optional<ShardRow> findShard(storage::Database& db, std::int64_t streamId, std::string_view shardId);
    static std::optional<ShardRow> openShard(storage::Database& db, std::int64_t streamId);
    // Opens a shard; its starting sequence number is allocated now.
    static ShardRow createShard(storage::Database& db, const StreamRow& stream,
        const std::optional<std::string>& parentShardId, std::int64_t now);
    // Closes a shard; its ending sequence number is allocated now.
    static void closeShard(storage::Database& db, std::int64_t shardRowId, std::int64_t now);
    // Closes the shard and opens its child; returns the child.
    static ShardRow rollShard(storage::Database& db, const StreamRow& stream, const ShardRow& shard, std::int64_t now);
    // Removes a shard and its records.
    static void deleteShard(storage::Database& db, std::int64_t shardRowId);

    static void appendRecord(storage::Database& db, std::int64_t shardRowId, std::int64_t sequence, std::int64_t now,
        std::string_view record);
    // The shard's records from fromSequence on, in order.
    static void readRecords(
        storage::Database& db, std::int64_t shardRowId, std::int64_t fromSequence, const RecordVisitor& visit);
    // The highest sequence number of the shard's records created at or
    // before cutoff (0 when none).
    static std::int64_t lastRecordAtOrBefore(storage::Database& db, std::int64_t shardRowId, std::int64_t cutoff);
    // Deletes the records created at or before cutoff, oldest first (records
    // are created in sequence order), raising their shards' trimmed_through.
    static void trimRecords(storage::Database& db, std::int64_t cutoff);
};

} // namespace dynoscope::streams
