// The engine's typed C++ API: DynamoDB's operations with C++ values instead
// of JSON text. Each call is the JSON operation of the same name (AWS API
// reference page in brackets) run with the same validation, semantics and
// errors; requests are built as JSON trees and never printed or parsed.
#pragma once

#include <dynoscope/AttributeValue.h>
#include <dynoscope/Engine.h>
#include <dynoscope/Error.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dynoscope {

// A result or the DynamoDB error that replaced it.
template <typename T>
struct Outcome {
    std::optional<Error> error;
    T value{};
    bool ok() const { return !error; }
};

// ExpressionAttributeNames and ExpressionAttributeValues.
struct ExpressionParameters {
    std::map<std::string, std::string> names;
    AttributeMap values;
};

struct KeySchemaElement {
    std::string name;
    AttributeValue::Type type = AttributeValue::Type::S; // S, N or B
};

struct CreateTableRequest {
    std::string tableName;
    KeySchemaElement partitionKey;
    std::optional<KeySchemaElement> sortKey;
    // Unset: on-demand (PAY_PER_REQUEST); set: provisioned (read, write).
    std::optional<std::pair<std::int64_t, std::int64_t>> provisioned;
};

struct TableSummary {
    std::string status;
    std::int64_t itemCount = 0;
    std::int64_t sizeBytes = 0;
    std::string arn;
};

enum class ReturnValues { None, AllOld, UpdatedOld, AllNew, UpdatedNew };

struct WriteOptions {
    std::string conditionExpression; // empty: none
    std::string updateExpression;    // UpdateItem only
    ExpressionParameters parameters;
    ReturnValues returnValues = ReturnValues::None;
};

struct ReadRequest {
    std::string tableName;
    std::string indexName;              // empty: the table
    std::string keyConditionExpression; // Query only
    std::string filterExpression;
    std::string projectionExpression;
    ExpressionParameters parameters;
    std::optional<std::int64_t> limit;
    bool scanIndexForward = true;
    bool consistentRead = false;
    std::optional<Item> exclusiveStartKey;
    std::optional<std::pair<std::int64_t, std::int64_t>> segment; // Scan: (segment, total segments)
};

struct ReadResult {
    std::vector<Item> items;
    std::int64_t count = 0;
    std::int64_t scannedCount = 0;
    std::optional<Item> lastEvaluatedKey;
};

class EngineClient {
public:
    // REQUIRES: engine outlives the client. Safe to use from many threads.
    explicit EngineClient(Engine& engine) : m_engine(engine) {}

    Outcome<TableSummary> createTable(const CreateTableRequest& request);     // [CreateTable]
    Outcome<TableSummary> describeTable(const std::string& tableName);        // [DescribeTable]
    Outcome<std::vector<std::string>> listTables();                           // [ListTables], all pages
    Outcome<TableSummary> deleteTable(const std::string& tableName);          // [DeleteTable]

    // The returned item is the one ReturnValues asks for, when there is one.
    Outcome<std::optional<Item>> putItem(const std::string& tableName, const Item& item,
                                         const WriteOptions& options = {});   // [PutItem]
    Outcome<std::optional<Item>> getItem(const std::string& tableName, const Item& key, bool consistentRead = false,
                                         const std::string& projectionExpression = {},
                                         const ExpressionParameters& parameters = {}); // [GetItem]
    Outcome<std::optional<Item>> updateItem(const std::string& tableName, const Item& key,
                                            const WriteOptions& options);     // [UpdateItem]
    Outcome<std::optional<Item>> deleteItem(const std::string& tableName, const Item& key,
                                            const WriteOptions& options = {}); // [DeleteItem]

    Outcome<ReadResult> query(const ReadRequest& request); // [Query], one page
    Outcome<ReadResult> scan(const ReadRequest& request);  // [Scan], one page

private:
    Engine& m_engine;
};

} // namespace dynoscope
