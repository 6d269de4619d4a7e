// Helpers of the Streams and TTL tests: an engine on a clock the test moves,
// with the background sweep off, and calls of the Streams API.
#pragma once

#include "EngineTestSupport.h"

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace dynoscope::test {

// 2024-01-02T03:04:05.678Z
inline constexpr std::int64_t kStartMillis = 1704164645678;
inline constexpr std::int64_t kMinute = 60 * 1000;
inline constexpr std::int64_t kHour = 60 * kMinute;

struct TestClock {
    std::shared_ptr<std::atomic<std::int64_t>> now = std::make_shared<std::atomic<std::int64_t>>(kStartMillis);
    void advance(std::int64_t millis) { *now += millis; }
};

inline std::unique_ptr<Engine> clockEngine(const TestClock& clock, std::int64_t shardLifetime = 4 * 3600 * 1000)
{
    EngineOptions options;
    options.inMemory = true;
    options.clock = [now = clock.now] { return now->load(); };
    options.streamShardLifetimeMillis = shardLifetime;
    options.sweepIntervalMillis = 0;
    std::string error;
    auto engine = Engine::open(options, &error);
    if (!engine)
        qFatal("cannot open engine: %s", error.c_str());
    return engine;
}

inline boost::json::object streamsOk(Engine& engine, const std::string& op, const std::string& json)
{
    const Result r = engine.execute(Api::Streams, op, json);
    if (!r.ok())
        qFatal("%s failed: %s: %s\nrequest: %s", op.c_str(), std::string(r.error->name()).c_str(),
            r.error->message().c_str(), json.c_str());
    return boost::json::parse(r.body).as_object();
}

inline QString streamsFails(Engine& engine, const std::string& op, const std::string& json)
{
    const Result r = engine.execute(Api::Streams, op, json);
    if (r.ok())
        qFatal("%s unexpectedly succeeded: %s\nrequest: %s", op.c_str(), r.body.c_str(), json.c_str());
    return QString::fromStdString(std::string(r.error->name()) + ": " + r.error->message());
}

// A table keyed by pk (S) with the given stream view type ("" for none).
inline void createStreamTable(Engine& engine, const std::string& name, const std::string& viewType)
{
    std::string json = R"({"TableName":")" + name
        + R"(","BillingMode":"PAY_PER_REQUEST",)"
          R"("KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],)"
          R"("AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}])";
    if (!viewType.empty())
        json += R"(,"StreamSpecification":{"StreamEnabled":true,"StreamViewType":")" + viewType + "\"}";
    ok(engine, "CreateTable", json + "}");
}

inline std::string latestStreamArn(Engine& engine, const std::string& table)
{
    auto d = ok(engine, "DescribeTable", R"({"TableName":")" + table + "\"}").at("Table").as_object();
    return std::string(d.at("LatestStreamArn").as_string());
}

inline boost::json::array shardsOf(Engine& engine, const std::string& arn)
{
    return streamsOk(engine, "DescribeStream", R"({"StreamArn":")" + arn + "\"}")
        .at("StreamDescription")
        .at("Shards")
        .as_array();
}

inline std::string shardIterator(Engine& engine, const std::string& arn, const std::string& shardId,
    const std::string& type, const std::string& sequence = "")
{
    std::string json
        = R"({"StreamArn":")" + arn + R"(","ShardId":")" + shardId + R"(","ShardIteratorType":")" + type + "\"";
    if (!sequence.empty())
        json += R"(,"SequenceNumber":")" + sequence + "\"";
    return std::string(streamsOk(engine, "GetShardIterator", json + "}").at("ShardIterator").as_string());
}

inline boost::json::object getRecords(Engine& engine, const std::string& iterator, int limit = 0)
{
    std::string json = R"({"ShardIterator":")" + iterator + "\"";
    if (limit)
        json += R"(,"Limit":)" + std::to_string(limit);
    return streamsOk(engine, "GetRecords", json + "}");
}

// Every record of the table's latest stream, over all its shards, in order.
inline std::vector<boost::json::object> allRecords(Engine& engine, const std::string& table)
{
    const std::string arn = latestStreamArn(engine, table);
    std::vector<boost::json::object> out;
    for (const auto& shard : shardsOf(engine, arn)) {
        auto page = getRecords(
            engine, shardIterator(engine, arn, std::string(shard.at("ShardId").as_string()), "TRIM_HORIZON"));
        for (const auto& record : page.at("Records").as_array())
            out.push_back(record.as_object());
    }
    return out;
}

} // namespace dynoscope::test
