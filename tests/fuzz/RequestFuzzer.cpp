// libFuzzer target for request decoding and validation: the first byte of an
// input picks an operation, the rest is its JSON request, run on a fresh
// in-memory engine holding one table with a GSI, an LSI and a stream. Every
// input must come back as a response or a DynamoDB error; anything else (crash,
// sanitizer report, escaped exception, malformed response) is a finding.
// Built and run by run-fuzzers.sh.
#include <dynoscope/Engine.h>

#include <boost/json.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

using namespace dynoscope;

namespace {

// Appended only: an input's first byte keeps naming the same operation.
constexpr std::array<std::string_view, 19> kOperations {
    "PutItem", "GetItem", "UpdateItem", "DeleteItem", "Query", "Scan", "BatchWriteItem", "BatchGetItem",
    "TransactWriteItems", "TransactGetItems", "CreateTable", "UpdateTable", "DescribeTable", "DeleteTable",
    "UpdateTimeToLive", "TagResource", "ExecuteStatement", "BatchExecuteStatement", "ExecuteTransaction",
};

constexpr const char* kTable
    = R"({"TableName":"tab","BillingMode":"PAY_PER_REQUEST",)"
      R"("KeySchema":[{"AttributeName":"p","KeyType":"HASH"},{"AttributeName":"s","KeyType":"RANGE"}],)"
      R"("AttributeDefinitions":[{"AttributeName":"p","AttributeType":"S"},{"AttributeName":"s","AttributeType":"N"},)"
      R"({"AttributeName":"g","AttributeType":"S"},{"AttributeName":"l","AttributeType":"B"}],)"
      R"("GlobalSecondaryIndexes":[{"IndexName":"gsi","KeySchema":[{"AttributeName":"g","KeyType":"HASH"}],)"
      R"("Projection":{"ProjectionType":"ALL"}}],)"
      R"("LocalSecondaryIndexes":[{"IndexName":"lsi","KeySchema":[{"AttributeName":"p","KeyType":"HASH"},)"
      R"({"AttributeName":"l","KeyType":"RANGE"}],"Projection":{"ProjectionType":"KEYS_ONLY"}}],)"
      R"("StreamSpecification":{"StreamEnabled":true,"StreamViewType":"NEW_AND_OLD_IMAGES"}})";

constexpr const char* kItem = R"({"TableName":"tab","Item":{"p":{"S":"a"},"s":{"N":"1"},"g":{"S":"x"},)"
                              R"("l":{"B":"AQ=="},"m":{"M":{"k":{"L":[{"N":"2"},{"SS":["u","v"]}]}}}}})";

std::unique_ptr<Engine> freshEngine()
{
    EngineOptions options;
    options.inMemory = true;
    options.sweepIntervalMillis = 0;
    options.clock = [] { return std::int64_t(1700000000000); };
    std::string error;
    auto engine = Engine::open(options, &error);
    if (!engine || !engine->execute("CreateTable", kTable).ok() || !engine->execute("PutItem", kItem).ok())
        std::abort();
    return engine;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    // A fresh engine per input keeps every finding reproducible from its input alone.
    const auto engine = freshEngine();
    const std::string_view request(reinterpret_cast<const char*>(data) + 1, size - 1);
    const Result result = engine->execute(kOperations[data[0] % kOperations.size()], request);
    // Both answers must be JSON objects a client can parse.
    const std::string body = result.ok() ? result.body : result.errorBody();
    boost::system::error_code ec;
    const boost::json::value parsed = boost::json::parse(body, ec);
    if (ec || !parsed.is_object())
        std::abort();
    // The engine must still answer after whatever the input did.
    if (!engine->execute("ListTables", "{}").ok())
        std::abort();
    return 0;
}
