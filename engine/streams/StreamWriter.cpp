// Stream record assembly: the JSON a GetRecords returns for the record, built
// once at write time.
#include "streams/StreamWriter.h"

#include "model/ItemSize.h"
#include "model/WireJson.h"
#include "ops/EngineImpl.h"
#include "streams/StreamFormat.h"

namespace dynoscope::streams {

namespace {

Item keysOf(const TableInfo& table, const Item& item)
{
    Item keys;
    for (const auto& [name, value] : item)
        if (table.isKeyAttribute(name))
            keys.emplace(name, value);
    return keys;
}

void appendImage(std::string& out, std::string_view member, const Item& image, std::size_t& size)
{
    out += ",\"";
    out += member;
    out += "\":";
    WireJson::appendItemJson(out, image);
    size += ItemSize::itemSize(image);
}

} // namespace

StreamWriter::Target* StreamWriter::target(const TableInfo& table)
{
    // The catalog entry in force under the lease: the caller's TableInfo may
    // predate an UpdateTable that switched the stream on or off.
    auto current = m_engine.catalog().find(table.name);
    if (!current || current->id != table.id || !current->description.contains("StreamSpecification"))
        return nullptr;
    const std::string arn(current->description.at("LatestStreamArn").as_string());
    auto it = m_targets.find(arn);
    if (it == m_targets.end()) {
        auto stream = StreamStore::findStream(m_db, arn);
        auto shard = stream ? StreamStore::openShard(m_db, stream->id) : std::nullopt;
        if (!shard)
            return nullptr;
        it = m_targets.emplace(arn, Target { std::move(*stream), std::move(*shard) }).first;
    }
    Target& t = it->second;
    const std::int64_t now = m_engine.nowMillis();
    if (now - t.shard.createdAt >= m_engine.options().streamShardLifetimeMillis)
        t.shard = StreamStore::rollShard(m_db, t.stream, t.shard, now);
    return &t;
}

void StreamWriter::record(const TableInfo& table, const Item* old, const Item* next, bool byTimeToLive)
{
    if (old && next && *old == *next)
        return;
    Target* t = target(table);
    if (!t)
        return;
    const std::int64_t now = m_engine.nowMillis();
    const std::int64_t sequence = StreamStore::allocateSequence(m_db);
    const std::string& view = t->stream.viewType;
    const Item keys = keysOf(table, next ? *next : *old);

    std::string out = "{\"awsRegion\":";
    WireJson::appendStringJson(out, m_engine.options().region);
    out += ",\"dynamodb\":{\"ApproximateCreationDateTime\":" + std::to_string(now / 1000);
    std::size_t size = 0;
    appendImage(out, "Keys", keys, size);
    if (next && (view == "NEW_IMAGE" || view == "NEW_AND_OLD_IMAGES"))
        appendImage(out, "NewImage", *next, size);
    if (old && (view == "OLD_IMAGE" || view == "NEW_AND_OLD_IMAGES"))
        appendImage(out, "OldImage", *old, size);
    out += ",\"SequenceNumber\":\"" + StreamFormat::sequenceNumber(sequence) + "\"";
    out += ",\"SizeBytes\":" + std::to_string(size);
    out += ",\"StreamViewType\":\"" + view + "\"}";
    out += ",\"eventID\":\"" + StreamFormat::eventId(sequence, t->stream.arn) + "\"";
    out += ",\"eventName\":\"";
    out += !old ? "INSERT" : !next ? "REMOVE" : "MODIFY";
    out += "\",\"eventSource\":\"aws:dynamodb\",\"eventVersion\":\"1.1\"";
    if (byTimeToLive)
        out += ",\"userIdentity\":{\"PrincipalId\":\"dynamodb.amazonaws.com\",\"Type\":\"Service\"}";
    out += '}';
    StreamStore::appendRecord(m_db, t->shard.id, sequence, now, out);
}

} // namespace dynoscope::streams
