// Streams API handlers. Reads run on a snapshot of a reader connection; a
// disabled stream, a closed shard and a record stay visible for 24 hours
// (whether or not the sweep has removed them yet), and an iterator whose
// position lies at or before a trimmed record fails as DynamoDB's does.
#include "ops/StreamOps.h"

#include "api/RequestReader.h"
#include "ops/EngineImpl.h"
#include "streams/ShardIterator.h"
#include "streams/StreamFormat.h"
#include "streams/StreamLimits.h"
#include "streams/StreamStore.h"

#include <dynoscope/Error.h>

#include <algorithm>

namespace dynoscope::ops {

namespace {

using api::RequestReader;
using streams::ShardRow;
using streams::StreamRow;
using streams::StreamStore;

constexpr std::size_t kMaxRecordsBytes = 1024 * 1024;
constexpr std::int64_t kMaxRecords = 1000;
constexpr std::int64_t kMaxListed = 100;

void checkLength(
    RequestReader& r, const std::optional<std::string>& value, std::string_view path, std::size_t min, std::size_t max)
{
    if (!value)
        return;
    if (value->size() < min)
        r.violation(*value, path, "Member must have length greater than or equal to " + std::to_string(min));
    if (value->size() > max)
        r.violation(*value, path, "Member must have length less than or equal to " + std::to_string(max));
}

std::optional<std::int64_t> readLimit(RequestReader& r)
{
    auto limit = r.integer("Limit");
    if (limit && *limit < 1)
        r.violation(std::to_string(*limit), "limit", "Member must have value greater than or equal to 1");
    return limit;
}

std::string requiredArn(RequestReader& r, std::string_view member, std::string_view path)
{
    auto arn = r.string(member);
    if (!arn)
        r.violationNull(path);
    checkLength(r, arn, path, 37, 1024);
    return arn.value_or("");
}

[[noreturn]] void streamNotFound(const std::string& arn)
{
    throw Error::resourceNotFound("Requested resource not found: Stream: " + arn + " not found");
}

[[noreturn]] void shardNotFound()
{
    throw Error::resourceNotFound("Requested resource not found: Shard does not exist");
}

bool live(const StreamRow& stream, std::int64_t now)
{
    return !stream.disabledAt || now - *stream.disabledAt < streams::kRetentionMillis;
}

bool live(const ShardRow& shard, std::int64_t now)
{
    return !shard.closedAt || now - *shard.closedAt < streams::kRetentionMillis;
}

StreamRow liveStream(storage::Database& db, const std::string& arn, std::int64_t now)
{
    auto stream = StreamStore::findStream(db, arn);
    if (!stream || !live(*stream, now))
        streamNotFound(arn);
    return *stream;
}

ShardRow liveShard(storage::Database& db, const StreamRow& stream, std::string_view shardId, std::int64_t now)
{
    auto shard = StreamStore::findShard(db, stream.id, shardId);
    if (!shard || !live(*shard, now))
        shardNotFound();
    return *shard;
}

// The highest sequence number of a record of the shard that is gone for its
// age, or 0.
std::int64_t trimmedThrough(storage::Database& db, const ShardRow& shard, std::int64_t now)
{
    return std::max(
        shard.trimmedThrough, StreamStore::lastRecordAtOrBefore(db, shard.id, now - streams::kRetentionMillis));
}

[[noreturn]] void trimmed()
{
    throw Error(Error::Code::TrimmedDataAccess, "The data you are trying to access has been trimmed");
}

boost::json::object shardJson(const ShardRow& shard)
{
    boost::json::object range { { "StartingSequenceNumber", StreamFormat::sequenceNumber(shard.startingSequence) } };
    if (shard.endingSequence)
        range["EndingSequenceNumber"] = StreamFormat::sequenceNumber(*shard.endingSequence);
    boost::json::object out;
    if (shard.parentShardId)
        out["ParentShardId"] = *shard.parentShardId;
    out["SequenceNumberRange"] = std::move(range);
    out["ShardId"] = shard.shardId;
    return out;
}

} // namespace

std::string listStreams(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const auto limit = readLimit(r);
    const auto tableName = r.string("TableName");
    r.checkName(tableName, "tableName");
    const auto start = r.string("ExclusiveStartStreamArn");
    checkLength(r, start, "exclusiveStartStreamArn", 37, 1024);
    r.throwViolations();
    const std::size_t max = std::size_t(std::min(limit.value_or(kMaxListed), kMaxListed));

    const std::int64_t now = engine.nowMillis();
    std::vector<StreamRow> rows;
    {
        storage::ReadLease lease(engine.store());
        rows = StreamStore::allStreams(lease.db());
    }
    boost::json::array list;
    boost::json::object out;
    for (const StreamRow& stream : rows) {
        if (!live(stream, now) || (tableName && stream.tableName != *tableName) || (start && stream.arn <= *start))
            continue;
        if (list.size() == max) {
            out["LastEvaluatedStreamArn"] = list.back().as_object().at("StreamArn");
            break;
        }
        list.push_back(
            { { "StreamArn", stream.arn }, { "StreamLabel", stream.label }, { "TableName", stream.tableName } });
    }
    out["Streams"] = std::move(list);
    return boost::json::serialize(out);
}

std::string describeStream(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const std::string arn = requiredArn(r, "StreamArn", "streamArn");
    const auto limit = readLimit(r);
    const auto start = r.string("ExclusiveStartShardId");
    checkLength(r, start, "exclusiveStartShardId", 28, 65);
    r.throwViolations();
    const std::size_t max = std::size_t(std::min(limit.value_or(kMaxListed), kMaxListed));

    const std::int64_t now = engine.nowMillis();
    StreamRow stream;
    std::vector<ShardRow> shards;
    {
        storage::ReadLease lease(engine.store());
        storage::Transaction snapshot(lease.db(), false);
        stream = liveStream(lease.db(), arn, now);
        shards = StreamStore::shards(lease.db(), stream.id);
        snapshot.commit();
    }
    boost::json::object d;
    d["CreationRequestDateTime"] = double(stream.createdAt) / 1000.0;
    d["KeySchema"] = boost::json::parse(stream.keySchema);
    boost::json::array list;
    std::optional<std::string> lastEvaluated;
    for (const ShardRow& shard : shards) {
        if (!live(shard, now) || (start && shard.shardId <= *start))
            continue;
        if (list.size() == max) {
            lastEvaluated = std::string(list.back().as_object().at("ShardId").as_string());
            break;
        }
        list.push_back(shardJson(shard));
    }
    if (lastEvaluated)
        d["LastEvaluatedShardId"] = *lastEvaluated;
    d["Shards"] = std::move(list);
    d["StreamArn"] = stream.arn;
    d["StreamLabel"] = stream.label;
    d["StreamStatus"] = stream.disabledAt ? "DISABLED" : "ENABLED";
    d["StreamViewType"] = stream.viewType;
    d["TableName"] = stream.tableName;
    return boost::json::serialize(boost::json::object { { "StreamDescription", std::move(d) } });
}

std::string getShardIterator(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const std::string arn = requiredArn(r, "StreamArn", "streamArn");
    const auto shardId = r.string("ShardId");
    if (!shardId)
        r.violationNull("shardId");
    checkLength(r, shardId, "shardId", 28, 65);
    const auto type = r.string("ShardIteratorType");
    if (!type)
        r.violationNull("shardIteratorType");
    r.checkEnum(type, "shardIteratorType", { "TRIM_HORIZON", "LATEST", "AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER" });
    const auto sequenceText = r.string("SequenceNumber");
    checkLength(r, sequenceText, "sequenceNumber", 21, 40);
    r.throwViolations();
    const bool atSequence = *type == "AT_SEQUENCE_NUMBER" || *type == "AFTER_SEQUENCE_NUMBER";
    if (atSequence != sequenceText.has_value())
        throw Error::validation("Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and "
                                "SequenceNumber or (2) TRIM_HORIZON or LATEST and no SequenceNumber. Request "
                                "specified "
            + *type + (atSequence ? " and no SequenceNumber." : " and a SequenceNumber."));

    const std::int64_t now = engine.nowMillis();
    streams::ShardIterator iterator;
    iterator.streamArn = arn;
    iterator.shardId = *shardId;
    iterator.createdAt = now;
    {
        storage::ReadLease lease(engine.store());
        storage::Transaction snapshot(lease.db(), false);
        storage::Database& db = lease.db();
        const StreamRow stream = liveStream(db, arn, now);
        const ShardRow shard = liveShard(db, stream, *shardId, now);
        const std::int64_t horizon = trimmedThrough(db, shard, now);
        const std::int64_t end = shard.endingSequence ? *shard.endingSequence : StreamStore::nextSequence(db) - 1;
        if (*type == "TRIM_HORIZON") {
            iterator.position = std::max(shard.startingSequence, horizon + 1);
        } else if (*type == "LATEST") {
            iterator.position = end + 1;
        } else {
            std::int64_t sequence = 0;
            if (!StreamFormat::parseSequenceNumber(*sequenceText, &sequence) || sequence < shard.startingSequence
                || sequence > end)
                throw Error::validation("Invalid SequenceNumber: " + *sequenceText + " is not in shard " + *shardId);
            if (sequence <= horizon)
                trimmed();
            iterator.position = *type == "AT_SEQUENCE_NUMBER" ? sequence : sequence + 1;
        }
        snapshot.commit();
    }
    return boost::json::serialize(boost::json::object { { "ShardIterator", iterator.encode() } });
}

std::string getRecords(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const auto text = r.string("ShardIterator");
    if (!text)
        r.violationNull("shardIterator");
    checkLength(r, text, "shardIterator", 1, 2048);
    const auto limit = readLimit(r);
    r.throwViolations();
    if (limit && *limit > kMaxRecords)
        throw Error::limitExceeded("Too many operations for a given subscriber.");
    streams::ShardIterator iterator;
    if (!streams::ShardIterator::decode(*text, &iterator))
        throw Error::validation("Invalid ShardIterator");
    const std::int64_t now = engine.nowMillis();
    if (now - iterator.createdAt > streams::kIteratorLifetimeMillis)
        throw Error(Error::Code::ExpiredIterator, "Shard iterator has expired");

    const std::size_t max = std::size_t(limit.value_or(kMaxRecords));
    std::string records;
    std::size_t count = 0;
    bool more = false;
    bool closed = false;
    std::int64_t next = iterator.position;
    {
        storage::ReadLease lease(engine.store());
        storage::Transaction snapshot(lease.db(), false);
        storage::Database& db = lease.db();
        const StreamRow stream = liveStream(db, iterator.streamArn, now);
        const ShardRow shard = liveShard(db, stream, iterator.shardId, now);
        if (iterator.position <= trimmedThrough(db, shard, now))
            trimmed();
        closed = shard.closedAt.has_value();
        StreamStore::readRecords(
            db, shard.id, iterator.position, [&](std::int64_t sequence, std::int64_t, std::string_view record) {
                if (count == max || (count > 0 && records.size() + record.size() > kMaxRecordsBytes)) {
                    more = true;
                    return false;
                }
                if (count++ > 0)
                    records += ',';
                records += record;
                next = sequence + 1;
                return true;
            });
        snapshot.commit();
    }
    std::string out = "{";
    if (!closed || more) {
        streams::ShardIterator following = iterator;
        following.position = next;
        following.createdAt = now;
        out += "\"NextShardIterator\":\"" + following.encode() + "\",";
    }
    out += "\"Records\":[" + records + "]}";
    return out;
}

} // namespace dynoscope::ops
