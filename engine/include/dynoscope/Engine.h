// The embedded DynamoDB engine: one SQLite file (or memory) holding many
// tables. Its entry point takes an operation name and the JSON request of
// DynamoDB's wire protocol and returns DynamoDB's JSON response or error.
//
// Thread safety: an Engine may be called from many threads at once. Reads
// run concurrently; each write is atomic.
#pragma once

#include <dynoscope/Error.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace dynoscope {

class EngineImpl;

// Which API a target belongs to on the wire.
enum class Api : unsigned char {
    DynamoDB,  // X-Amz-Target: DynamoDB_20120810.<Op>
    Streams,   // X-Amz-Target: DynamoDBStreams_20120810.<Op>
    Dynoscope, // X-Amz-Target: Dynoscope_20241101.<Op>: Dynoscope's own simulations
};

struct EngineOptions {
    // Database file; created when missing. Ignored when inMemory.
    std::string path;
    bool inMemory = false;
    // Opens the file read-only (SQLite's SQLITE_OPEN_READONLY): reads work and
    // every operation that could change the database answers a
    // ValidationException. Engine::open also falls back to read-only when the
    // file is not writable (or a lock held by another process refuses writers);
    // options().readOnly then tells the caller. Ignored when inMemory.
    bool readOnly = false;
    // Region and account used in ARNs.
    std::string region = "us-east-1";
    std::string accountId = "000000000000";
    // Wall clock in milliseconds since the epoch; injectable for tests.
    std::function<std::int64_t()> clock;
    // How long a DynamoDB Streams shard takes records before it closes and
    // hands over to a child shard (DynamoDB rolls shards about every 4 hours).
    std::int64_t streamShardLifetimeMillis = 4 * 3600 * 1000;
    // Period of the background sweep that deletes expired TTL items and rolls,
    // trims and retires stream shards. 0: no background thread (tests run the
    // sweep themselves).
    std::int64_t sweepIntervalMillis = 5000;
    // The size an item collection (a partition key's items and their local
    // secondary index entries) may reach: DynamoDB's 10 GB.
    std::int64_t itemCollectionLimitBytes = std::int64_t(10) << 30;
    // The size at which a simulated partition splits in two (DynamoDB's is
    // about 10 GB; a few MB makes splits visible with little data).
    std::int64_t partitionSizeLimitBytes = std::int64_t(10) << 30;
};

struct Result {
    std::optional<Error> error; // set when the call failed
    std::string body;           // the JSON response when it succeeded

    bool ok() const { return !error; }
    // DynamoDB's error body: {"__type":"...","message":"..."} (plus extras).
    // REQUIRES: !ok()
    std::string errorBody() const;
};

class Engine {
public:
    // Opens or creates the database. Returns null and sets *errorMessage
    // when the file cannot be opened or is not a Dynoscope database.
    static std::unique_ptr<Engine> open(const EngineOptions& options, std::string* errorMessage);
    ~Engine();

    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // Runs one operation, e.g. execute(Api::DynamoDB, "PutItem", R"({...})").
    // Never throws: every failure is a DynamoDB error in the Result.
    Result execute(Api api, std::string_view operation, std::string_view requestJson);
    Result execute(std::string_view operation, std::string_view requestJson)
    {
        return execute(Api::DynamoDB, operation, requestJson);
    }

    // True when the API implements the operation.
    static bool supports(Api api, std::string_view operation);

    const EngineOptions& options() const;

    // Internal: the implementation behind the public API (ops/, streams/).
    EngineImpl& impl() { return *m_impl; }

private:
    explicit Engine(std::unique_ptr<EngineImpl> impl);
    std::unique_ptr<EngineImpl> m_impl;
};

} // namespace dynoscope
