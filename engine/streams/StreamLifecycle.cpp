// StreamSpecification rules and stream creation and retirement. The
// messages are DynamoDB's as observed on the service.
#include "streams/StreamLifecycle.h"

#include "ops/EngineImpl.h"
#include "streams/StreamFormat.h"
#include "streams/StreamStore.h"

#include <dynoscope/Error.h>

namespace dynoscope::streams {

namespace {

void invalid(const std::string& message)
{
    throw Error::validation("One or more parameter values were invalid: " + message);
}

void disableStream(EngineImpl& engine, storage::Database& db, const std::string& arn)
{
    auto stream = StreamStore::findStream(db, arn);
    if (!stream || stream->disabledAt)
        return;
    const std::int64_t now = engine.nowMillis();
    if (auto shard = StreamStore::openShard(db, stream->id))
        StreamStore::closeShard(db, shard->id, now);
    StreamStore::disableStream(db, stream->id, now);
}

} // namespace

std::optional<StreamRequest> StreamLifecycle::read(api::RequestReader& r)
{
    const auto* spec = r.objectMember("StreamSpecification");
    if (!spec)
        return std::nullopt;
    api::RequestReader s(*spec);
    StreamRequest request;
    const auto enabled = s.boolean("StreamEnabled");
    if (!enabled)
        r.violationNull("streamSpecification.streamEnabled");
    request.enabled = enabled.value_or(false);
    request.viewType = s.string("StreamViewType");
    r.checkEnum(request.viewType, "streamSpecification.streamViewType",
        { "OLD_IMAGE", "KEYS_ONLY", "NEW_AND_OLD_IMAGES", "NEW_IMAGE" });
    return request;
}

void StreamLifecycle::checkCreate(const StreamRequest& request)
{
    if (request.enabled && !request.viewType)
        invalid("Table is being created with a stream enabled, UpdateViewType is required");
    if (!request.enabled && request.viewType)
        invalid("Table is being created with a stream disabled, UpdateViewType should not be specified");
}

void StreamLifecycle::checkUpdate(const StreamRequest& request, const TableInfo& table)
{
    if (request.enabled && !request.viewType)
        invalid("If stream is being enabled then UpdateViewType is required");
    if (!request.enabled && request.viewType)
        invalid("If stream is being disabled, then UpdateViewType must not be specified");
    const bool hasStream = table.description.contains("StreamSpecification");
    if (request.enabled && hasStream)
        throw Error::validation("Table already has an enabled stream: TableName: " + table.name);
    if (!request.enabled && !hasStream)
        throw Error::validation("Table has no stream to disable: TableName: " + table.name);
}

void StreamLifecycle::enable(EngineImpl& engine, storage::Database& db, TableInfo& info, const std::string& viewType)
{
    boost::json::object& d = info.description;
    const std::int64_t now = engine.nowMillis();
    StreamRow stream;
    stream.tableName = info.name;
    stream.viewType = viewType;
    stream.keySchema = boost::json::serialize(d.at("KeySchema"));
    stream.createdAt = now;
    // Labels are times in milliseconds; a stream started in the same
    // millisecond as an earlier one of the same table name takes the next.
    for (std::int64_t at = now;; ++at) {
        stream.label = StreamFormat::label(at);
        stream.arn = std::string(d.at("TableArn").as_string()) + "/stream/" + stream.label;
        if (!StreamStore::findStream(db, stream.arn))
            break;
    }
    stream.id = StreamStore::insertStream(db, stream);
    StreamStore::createShard(db, stream, std::nullopt, now);
    d["StreamSpecification"] = { { "StreamEnabled", true }, { "StreamViewType", viewType } };
    d["LatestStreamLabel"] = stream.label;
    d["LatestStreamArn"] = stream.arn;
}

void StreamLifecycle::disable(EngineImpl& engine, storage::Database& db, TableInfo& info)
{
    disableStream(engine, db, std::string(info.description.at("LatestStreamArn").as_string()));
    info.description.erase("StreamSpecification");
}

void StreamLifecycle::tableDeleted(EngineImpl& engine, storage::Database& db, const TableInfo& info)
{
    if (info.description.contains("StreamSpecification"))
        disableStream(engine, db, std::string(info.description.at("LatestStreamArn").as_string()));
}

} // namespace dynoscope::streams
