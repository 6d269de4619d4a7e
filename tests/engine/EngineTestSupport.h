// Shared helpers of the engine operation tests: an in-memory engine and
// calls that return parsed JSON or the DynamoDB error.
#pragma once

#include <dynoscope/Engine.h>

#include <boost/json.hpp>

#include <QtTest>

#include <memory>
#include <string>

namespace dynoscope::test {

inline std::unique_ptr<Engine> memoryEngine(std::function<std::int64_t()> clock = {})
{
    EngineOptions options;
    options.inMemory = true;
    options.clock = std::move(clock);
    std::string error;
    auto engine = Engine::open(options, &error);
    if (!engine)
        qFatal("cannot open engine: %s", error.c_str());
    return engine;
}

// Calls op and returns its parsed response; fails the test on error.
inline boost::json::object ok(Engine& engine, const std::string& op, const std::string& json)
{
    const Result r = engine.execute(op, json);
    if (!r.ok())
        qFatal("%s failed: %s: %s\nrequest: %s", op.c_str(), std::string(r.error->name()).c_str(),
               r.error->message().c_str(), json.c_str());
    return boost::json::parse(r.body).as_object();
}

// Calls op, which must fail; returns "Name: message".
inline QString fails(Engine& engine, const std::string& op, const std::string& json)
{
    const Result r = engine.execute(op, json);
    if (r.ok())
        qFatal("%s unexpectedly succeeded: %s\nrequest: %s", op.c_str(), r.body.c_str(), json.c_str());
    return QString::fromStdString(std::string(r.error->name()) + ": " + r.error->message());
}

inline void createTable(Engine& engine, const std::string& name, const std::string& sortKeyType = "",
                        const std::string& hashType = "S")
{
    std::string json = R"({"TableName":")" + name + R"(","BillingMode":"PAY_PER_REQUEST","KeySchema":[)"
                       R"({"AttributeName":"pk","KeyType":"HASH"})";
    if (!sortKeyType.empty())
        json += R"(,{"AttributeName":"sk","KeyType":"RANGE"})";
    json += R"(],"AttributeDefinitions":[{"AttributeName":"pk","AttributeType":")" + hashType + "\"}";
    if (!sortKeyType.empty())
        json += R"(,{"AttributeName":"sk","AttributeType":")" + sortKeyType + "\"}";
    json += "]}";
    ok(engine, "CreateTable", json);
}

inline std::string json(const boost::json::value& v) { return boost::json::serialize(v); }

// The Key of a table whose partition key is the string attribute pk.
inline std::string key(const std::string& pk) { return "{\"pk\":{\"S\":\"" + pk + "\"}}"; }

// Puts an item with partition key pk and extra members (",\"a\":{...}").
inline void put(Engine& engine, const std::string& table, const std::string& pk, const std::string& extra = "")
{
    ok(engine, "PutItem", "{\"TableName\":\"" + table + "\",\"Item\":{\"pk\":{\"S\":\"" + pk + "\"}" + extra + "}}");
}

} // namespace dynoscope::test
