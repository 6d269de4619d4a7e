// The typed API over the operation handlers: C++ values to JSON trees, and
// JSON results back to C++ values.
#include <dynoscope/EngineClient.h>

#include "api/Dispatcher.h"
#include "model/WireJson.h"

namespace dynoscope {

namespace {

template <typename T>
Outcome<T> failure(const Result& result)
{
    Outcome<T> out;
    out.error = result.error;
    return out;
}

// Runs an operation; on success *body holds its parsed response.
Result call(Engine& engine, std::string_view operation, const boost::json::object& request, boost::json::object* body)
{
    Result result = api::run(engine.impl(), api::findHandler(Api::DynamoDB, operation), request);
    if (result.ok())
        *body = boost::json::parse(result.body).as_object();
    return result;
}

void addParameters(boost::json::object& request, const ExpressionParameters& parameters)
{
    if (!parameters.names.empty()) {
        boost::json::object names;
        for (const auto& [placeholder, name] : parameters.names)
            names[placeholder] = name;
        request["ExpressionAttributeNames"] = std::move(names);
    }
    if (!parameters.values.empty())
        request["ExpressionAttributeValues"] = WireJson::encodeItem(parameters.values);
}

void addIfSet(boost::json::object& request, std::string_view member, const std::string& text)
{
    if (!text.empty())
        request[member] = text;
}

const char* returnValuesName(ReturnValues value)
{
    switch (value) {
    case ReturnValues::AllOld: return "ALL_OLD";
    case ReturnValues::UpdatedOld: return "UPDATED_OLD";
    case ReturnValues::AllNew: return "ALL_NEW";
    case ReturnValues::UpdatedNew: return "UPDATED_NEW";
    case ReturnValues::None: break;
    }
    return "NONE";
}

TableSummary summary(const boost::json::object& description)
{
    TableSummary s;
    s.status = description.at("TableStatus").as_string().c_str();
    s.itemCount = description.at("ItemCount").to_number<std::int64_t>();
    s.sizeBytes = description.at("TableSizeBytes").to_number<std::int64_t>();
    s.arn = description.at("TableArn").as_string().c_str();
    return s;
}

Outcome<TableSummary> tableCall(Engine& engine, std::string_view operation, const boost::json::object& request,
                                std::string_view member)
{
    boost::json::object body;
    const Result result = call(engine, operation, request, &body);
    if (!result.ok())
        return failure<TableSummary>(result);
    return {std::nullopt, summary(body.at(member).as_object())};
}

Outcome<std::optional<Item>> itemCall(Engine& engine, std::string_view operation, const boost::json::object& request,
                                      std::string_view member)
{
    boost::json::object body;
    const Result result = call(engine, operation, request, &body);
    if (!result.ok())
        return failure<std::optional<Item>>(result);
    Outcome<std::optional<Item>> out;
    if (auto it = body.find(member); it != body.end())
        out.value = WireJson::decodeItem(it->value());
    return out;
}

boost::json::object writeRequest(const std::string& tableName, const WriteOptions& options)
{
    boost::json::object request{{"TableName", tableName}};
    addIfSet(request, "ConditionExpression", options.conditionExpression);
    addIfSet(request, "UpdateExpression", options.updateExpression);
    addParameters(request, options.parameters);
    if (options.returnValues != ReturnValues::None)
        request["ReturnValues"] = returnValuesName(options.returnValues);
    return request;
}

Outcome<ReadResult> read(Engine& engine, std::string_view operation, const ReadRequest& r)
{
    boost::json::object request{{"TableName", r.tableName}};
    addIfSet(request, "IndexName", r.indexName);
    addIfSet(request, "KeyConditionExpression", r.keyConditionExpression);
    addIfSet(request, "FilterExpression", r.filterExpression);
    addIfSet(request, "ProjectionExpression", r.projectionExpression);
    addParameters(request, r.parameters);
    if (r.limit)
        request["Limit"] = *r.limit;
    if (!r.scanIndexForward)
        request["ScanIndexForward"] = false;
    if (r.consistentRead)
        request["ConsistentRead"] = true;
    if (r.exclusiveStartKey)
        request["ExclusiveStartKey"] = WireJson::encodeItem(*r.exclusiveStartKey);
    if (r.segment) {
        request["Segment"] = r.segment->first;
        request["TotalSegments"] = r.segment->second;
    }
    boost::json::object body;
    const Result result = call(engine, operation, request, &body);
    if (!result.ok())
        return failure<ReadResult>(result);
    Outcome<ReadResult> out;
    for (const auto& item : body.at("Items").as_array())
        out.value.items.push_back(WireJson::decodeItem(item));
    out.value.count = body.at("Count").to_number<std::int64_t>();
    out.value.scannedCount = body.at("ScannedCount").to_number<std::int64_t>();
    if (auto it = body.find("LastEvaluatedKey"); it != body.end())
        out.value.lastEvaluatedKey = WireJson::decodeItem(it->value());
    return out;
}

} // namespace

Outcome<TableSummary> EngineClient::createTable(const CreateTableRequest& r)
{
    boost::json::array schema{{{"AttributeName", r.partitionKey.name}, {"KeyType", "HASH"}}};
    boost::json::array definitions{{{"AttributeName", r.partitionKey.name},
                                    {"AttributeType", AttributeValue::typeName(r.partitionKey.type)}}};
    if (r.sortKey) {
        schema.push_back({{"AttributeName", r.sortKey->name}, {"KeyType", "RANGE"}});
        definitions.push_back(
            {{"AttributeName", r.sortKey->name}, {"AttributeType", AttributeValue::typeName(r.sortKey->type)}});
    }
    boost::json::object request{{"TableName", r.tableName},
                                {"KeySchema", std::move(schema)},
                                {"AttributeDefinitions", std::move(definitions)}};
    if (r.provisioned)
        request["ProvisionedThroughput"] = {{"ReadCapacityUnits", r.provisioned->first},
                                            {"WriteCapacityUnits", r.provisioned->second}};
    else
        request["BillingMode"] = "PAY_PER_REQUEST";
    return tableCall(m_engine, "CreateTable", request, "TableDescription");
}

Outcome<TableSummary> EngineClient::describeTable(const std::string& tableName)
{
    return tableCall(m_engine, "DescribeTable", {{"TableName", tableName}}, "Table");
}

Outcome<TableSummary> EngineClient::deleteTable(const std::string& tableName)
{
    return tableCall(m_engine, "DeleteTable", {{"TableName", tableName}}, "TableDescription");
}

Outcome<std::vector<std::string>> EngineClient::listTables()
{
    Outcome<std::vector<std::string>> out;
    boost::json::object request;
    for (;;) {
        boost::json::object body;
        const Result result = call(m_engine, "ListTables", request, &body);
        if (!result.ok())
            return failure<std::vector<std::string>>(result);
        for (const auto& name : body.at("TableNames").as_array())
            out.value.emplace_back(name.as_string().c_str());
        auto last = body.find("LastEvaluatedTableName");
        if (last == body.end())
            return out;
        request["ExclusiveStartTableName"] = last->value();
    }
}

Outcome<std::optional<Item>> EngineClient::putItem(const std::string& tableName, const Item& item,
                                                   const WriteOptions& options)
{
    auto request = writeRequest(tableName, options);
    request["Item"] = WireJson::encodeItem(item);
    return itemCall(m_engine, "PutItem", request, "Attributes");
}

Outcome<std::optional<Item>> EngineClient::getItem(const std::string& tableName, const Item& key, bool consistentRead,
                                                   const std::string& projectionExpression,
                                                   const ExpressionParameters& parameters)
{
    boost::json::object request{{"TableName", tableName}, {"Key", WireJson::encodeItem(key)}};
    if (consistentRead)
        request["ConsistentRead"] = true;
    addIfSet(request, "ProjectionExpression", projectionExpression);
    addParameters(request, parameters);
    return itemCall(m_engine, "GetItem", request, "Item");
}

Outcome<std::optional<Item>> EngineClient::updateItem(const std::string& tableName, const Item& key,
                                                      const WriteOptions& options)
{
    auto request = writeRequest(tableName, options);
    request["Key"] = WireJson::encodeItem(key);
    return itemCall(m_engine, "UpdateItem", request, "Attributes");
}

Outcome<std::optional<Item>> EngineClient::deleteItem(const std::string& tableName, const Item& key,
                                                      const WriteOptions& options)
{
    auto request = writeRequest(tableName, options);
    request["Key"] = WireJson::encodeItem(key);
    return itemCall(m_engine, "DeleteItem", request, "Attributes");
}

Outcome<ReadResult> EngineClient::query(const ReadRequest& request) { return read(m_engine, "Query", request); }

Outcome<ReadResult> EngineClient::scan(const ReadRequest& request) { return read(m_engine, "Scan", request); }

} // namespace dynoscope
