// ExecuteStatement, BatchExecuteStatement and ExecuteTransaction over the
// item, read and transaction operations.
#include "ops/PartiqlOps.h"

#include "model/WireDecoder.h"
#include "model/WireJson.h"
#include "ops/CapacityByTable.h"
#include "ops/EngineImpl.h"
#include "ops/ItemOps.h"
#include "ops/OpsCommon.h"
#include "ops/ReadOps.h"
#include "ops/RequestMembers.h"
#include "ops/TransactionOps.h"
#include "partiql/Errors.h"
#include "partiql/NextToken.h"
#include "partiql/Parser.h"
#include "partiql/Translator.h"
#include "storage/Store.h"

#include <dynoscope/Error.h>

#include <algorithm>
#include <optional>
#include <string_view>
#include <variant>

namespace dynoscope::ops {

namespace {

using api::RequestReader;
using partiql::Statement;
using partiql::Translator;

constexpr std::size_t kMaxStatementLength = 8192;
constexpr std::size_t kMaxNextTokenLength = 32768;
constexpr std::size_t kMaxBatchStatements = 25;
constexpr std::size_t kMaxTransactionStatements = 100;
constexpr std::size_t kMaxTokenLength = 36;
// A SELECT of several partitions ends its page after the query that passes
// DynamoDB's 1 MB.
constexpr std::size_t kPageBytes = 1024 * 1024;

const char kBatchKeyError[]
    = "Select statements within BatchExecuteStatement must specify the primary key in the where clause.";
const char kTransactionKeyError[]
    = "Select statements within ExecuteTransaction must specify the primary key in the where clause.";

// The members of one statement: ExecuteStatement's, or a
// BatchStatementRequest's or ParameterizedStatement's.
struct StatementRequest {
    std::string text;
    const boost::json::value* parametersJson = nullptr;
    std::vector<AttributeValue> parameters;
    std::optional<bool> consistentRead;
    std::optional<std::string> returnValuesOnFailure;
};

// Length in characters (code points), as DynamoDB's constraints count.
std::size_t characters(std::string_view utf8)
{
    std::size_t count = 0;
    for (char c : utf8)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

// Reads Statement, Parameters and ReturnValuesOnConditionCheckFailure of
// body, recording violations under path ("" at the top level).
StatementRequest readStatement(RequestReader& r, const boost::json::object& body, const std::string& path)
{
    RequestReader b(body);
    StatementRequest s;
    const std::string prefix = path.empty() ? "" : path + ".";
    auto text = b.string("Statement");
    if (!text)
        r.violationNull(prefix + "statement");
    else if (text->empty())
        r.violation(*text, prefix + "statement", "Member must have length greater than or equal to 1");
    else if (characters(*text) > kMaxStatementLength)
        r.violation(*text, prefix + "statement", "Member must have length less than or equal to 8192");
    s.text = text.value_or("");
    if (const boost::json::array* parameters = b.arrayMember("Parameters")) {
        if (parameters->empty())
            r.violation("[]", prefix + "parameters", "Member must have length greater than or equal to 1");
        s.parametersJson = &body.at("Parameters");
        WireDecoder decoder;
        for (const boost::json::value& parameter : *parameters)
            s.parameters.push_back(decoder.member(parameter));
        decoder.finish();
    }
    s.returnValuesOnFailure = b.string("ReturnValuesOnConditionCheckFailure");
    r.checkEnum(s.returnValuesOnFailure, prefix + "returnValuesOnConditionCheckFailure", { "ALL_OLD", "NONE" });
    return s;
}

bool validTableName(const std::string& name)
{
    if (name.size() < 3 || name.size() > 255)
        return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '.'))
            return false;
    return true;
}

Statement parse(const StatementRequest& request)
{
    Statement s = partiql::Parser::parse(request.text, request.parameters);
    if (!validTableName(s.table))
        throw Error::validation("Table name should be within the length [3, 255] and only contain 'a-z', 'A-Z', "
                                "'0-9', '-', '_', '.'.");
    return s;
}

boost::json::object run(EngineImpl& engine, const Translator::Request& request)
{
    std::string response;
    const std::string& op = request.operation;
    if (op == "Query")
        response = query(engine, request.body);
    else if (op == "Scan")
        response = scan(engine, request.body);
    else if (op == "GetItem")
        response = getItem(engine, request.body);
    else if (op == "PutItem")
        response = putItem(engine, request.body);
    else if (op == "UpdateItem")
        response = updateItem(engine, request.body);
    else if (op == "DeleteItem")
        response = deleteItem(engine, request.body);
    else
        throw Error::internal("no operation " + op);
    return boost::json::parse(response).as_object();
}

// Runs a write statement; an INSERT of an existing key is a
// DuplicateItemException.
boost::json::object runWrite(EngineImpl& engine, const Statement& s, const Translator::Request& request)
{
    try {
        return run(engine, request);
    } catch (const Error& e) {
        if (s.kind == Statement::Kind::Insert && e.code() == Error::Code::ConditionalCheckFailed)
            throw Error(Error::Code::DuplicateItem, std::string(partiql::kDuplicateItem));
        throw;
    }
}

// One page of a SELECT from position (a NextToken's; empty for the first
// page). Sets *next to where the following page starts; leaves it empty on
// the last page. A SELECT of several partitions queries them in turn, Limit
// counting the items read in all of them.
boost::json::object selectPage(EngineImpl& engine, Translator::Request call, const boost::json::object& position,
    std::optional<std::int64_t> limit, boost::json::object* next)
{
    const auto invalid = [] { return Error::validation("Invalid NextToken"); };
    std::optional<boost::json::value> startKey;
    if (const auto* k = position.if_contains("k")) {
        if (!k->is_object())
            throw invalid();
        startKey = *k;
    }
    const std::size_t partitions = std::max<std::size_t>(call.partitions.size(), 1);
    std::size_t partition = 0;
    if (const auto* p = position.if_contains("p")) {
        if (!p->is_int64() || p->get_int64() < 0 || std::size_t(p->get_int64()) >= partitions)
            throw invalid();
        partition = std::size_t(p->get_int64());
    }

    boost::json::array items;
    std::optional<boost::json::value> lastKey;
    std::optional<boost::json::value> consumed;
    double units = 0;
    std::size_t bytes = 0;
    std::optional<std::int64_t> remaining = limit;
    for (; partition < partitions; ++partition) {
        Translator::Request query = call;
        if (!call.partitions.empty())
            query.body["ExpressionAttributeValues"].as_object()[call.partitionPlaceholder]
                = WireJson::encodeValue(call.partitions[partition]);
        if (remaining)
            query.body["Limit"] = *remaining;
        if (startKey) {
            query.body["ExclusiveStartKey"] = *startKey;
            startKey.reset();
        }
        boost::json::object response = run(engine, query);
        boost::json::array& page = response["Items"].as_array();
        bytes += boost::json::serialize(page).size();
        for (boost::json::value& item : page)
            items.push_back(std::move(item));
        if (const auto* c = response.if_contains("ConsumedCapacity")) {
            consumed = *c;
            units += c->at("CapacityUnits").to_number<double>();
        }
        if (remaining)
            *remaining -= response.at("ScannedCount").to_number<std::int64_t>();
        if (const auto* last = response.if_contains("LastEvaluatedKey")) {
            lastKey = *last;
            (*next)["k"] = *last;
            if (!call.partitions.empty())
                (*next)["p"] = partition;
            break;
        }
        if (partition + 1 < partitions && ((remaining && *remaining <= 0) || bytes >= kPageBytes)) {
            (*next)["p"] = partition + 1;
            break;
        }
    }

    boost::json::object out;
    out["Items"] = std::move(items);
    if (lastKey)
        out["LastEvaluatedKey"] = std::move(*lastKey);
    if (consumed && !call.partitions.empty()) // the sum of the partitions' queries
        out["ConsumedCapacity"] = { { "TableName", call.body["TableName"] }, { "CapacityUnits", units } };
    else if (consumed)
        out["ConsumedCapacity"] = std::move(*consumed);
    return out;
}

// PartiQL writes reach the item operations past the engine's read-only
// check of operation names, so they make it themselves.
void requireWritable(EngineImpl& engine, std::string_view operation)
{
    if (engine.store().readOnly())
        throw Error::validation("The database is open read-only: " + std::string(operation) + " cannot change it");
}

std::optional<std::string> readReportName(RequestReader& r)
{
    auto value = r.string("ReturnConsumedCapacity");
    r.checkEnum(value, "returnConsumedCapacity", { "INDEXES", "TOTAL", "NONE" });
    return value;
}

void checkListLength(RequestReader& r, const boost::json::array* list, const std::string& path, std::size_t max)
{
    if (!list)
        r.violationNull(path);
    else if (list->empty())
        r.violation("[]", path, "Member must have length greater than or equal to 1");
    else if (list->size() > max)
        r.violation("[...]", path, "Member must have length less than or equal to " + std::to_string(max));
}

// BatchStatementError's Code for an error.
std::string batchErrorCode(Error::Code code)
{
    switch (code) {
    case Error::Code::ConditionalCheckFailed:
        return "ConditionalCheckFailed";
    case Error::Code::ItemCollectionSizeLimitExceeded:
        return "ItemCollectionSizeLimitExceeded";
    case Error::Code::RequestLimitExceeded:
        return "RequestLimitExceeded";
    case Error::Code::Validation:
    case Error::Code::Serialization:
        return "ValidationError";
    case Error::Code::ProvisionedThroughputExceeded:
        return "ProvisionedThroughputExceeded";
    case Error::Code::TransactionConflict:
        return "TransactionConflict";
    case Error::Code::ResourceNotFound:
        return "ResourceNotFound";
    case Error::Code::AccessDenied:
        return "AccessDenied";
    case Error::Code::DuplicateItem:
        return "DuplicateItem";
    default:
        return "InternalServerError";
    }
}

// Adds an operation's ConsumedCapacity (one object) to the per-table sums.
void addCapacity(CapacityByTable& sums, const boost::json::object& response)
{
    const auto* consumed = response.if_contains("ConsumedCapacity");
    if (!consumed || !consumed->is_object())
        return;
    const auto& c = consumed->as_object();
    if (c.contains("TableName") && c.contains("CapacityUnits"))
        sums.add(std::string(c.at("TableName").as_string()), c.at("CapacityUnits").to_number<double>());
}

// Rewrites the cancellation reasons of INSERT statements: their failed
// attribute_not_exists check is DynamoDB's DuplicateItem.
Error duplicateItemReasons(const Error& cancelled, const std::vector<bool>& inserts)
{
    boost::json::error_code ec;
    boost::json::value extra = boost::json::parse("{" + cancelled.extraJsonMembers() + "}", ec);
    if (ec || !extra.as_object().contains("CancellationReasons"))
        return cancelled;
    boost::json::array& reasons = extra.as_object().at("CancellationReasons").as_array();
    std::string codes;
    for (std::size_t i = 0; i < reasons.size(); ++i) {
        boost::json::object& reason = reasons[i].as_object();
        if (i < inserts.size() && inserts[i] && reason.at("Code") == "ConditionalCheckFailed") {
            reason["Code"] = "DuplicateItem";
            reason["Message"] = partiql::kDuplicateItem;
            reason.erase("Item");
        }
        codes += (i ? ", " : "") + std::string(reason.at("Code").as_string());
    }
    Error error = Error::transactionCanceled(
        "Transaction cancelled, please refer cancellation reasons for specific reasons [" + codes + "]");
    error.setExtraJsonMembers("\"CancellationReasons\":" + boost::json::serialize(reasons));
    return error;
}

} // namespace

std::string executeStatement(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    StatementRequest statement = readStatement(r, request, "");
    auto limit = r.integer("Limit");
    if (limit && *limit < 1)
        r.violation(std::to_string(*limit), "limit", "Member must have value greater than or equal to 1");
    const auto consistent = r.boolean("ConsistentRead");
    const auto nextToken = r.string("NextToken");
    if (nextToken && nextToken->empty())
        r.violation(*nextToken, "nextToken", "Member must have length greater than or equal to 1");
    if (nextToken && nextToken->size() > kMaxNextTokenLength)
        r.violation(*nextToken, "nextToken", "Member must have length less than or equal to 32768");
    const auto report = readReportName(r);
    r.throwViolations();

    const Statement s = parse(statement);
    if (s.kind == Statement::Kind::Exists)
        throw Error::validation("EXISTS can only be used in ExecuteTransaction write requests.");
    const TableInfoPtr table = tableForItems(engine, s.table);
    Translator::Request call = Translator(*table).translate(s);
    if (report)
        call.body["ReturnConsumedCapacity"] = *report;

    if (s.isRead()) {
        const std::string fingerprint = partiql::NextToken::fingerprint(
            statement.text, statement.parametersJson ? *statement.parametersJson : boost::json::value());
        boost::json::object position;
        if (nextToken)
            position = partiql::NextToken::decode(*nextToken, fingerprint);
        if (consistent)
            call.body["ConsistentRead"] = *consistent;
        boost::json::object next;
        boost::json::object out = selectPage(engine, std::move(call), position, limit, &next);
        if (!next.empty())
            out["NextToken"] = partiql::NextToken::encode(fingerprint, next);
        return boost::json::serialize(out);
    }

    requireWritable(engine, "ExecuteStatement");
    boost::json::object out;
    if (statement.returnValuesOnFailure)
        call.body["ReturnValuesOnConditionCheckFailure"] = *statement.returnValuesOnFailure;
    boost::json::object response = runWrite(engine, s, call);
    boost::json::array items;
    if (const auto* attributes = response.if_contains("Attributes"))
        items.push_back(*attributes);
    out["Items"] = std::move(items);
    if (const auto* consumed = response.if_contains("ConsumedCapacity"))
        out["ConsumedCapacity"] = *consumed;
    return boost::json::serialize(out);
}

std::string batchExecuteStatement(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const boost::json::array* list = r.arrayMember("Statements");
    checkListLength(r, list, "statements", kMaxBatchStatements);
    const auto report = readReportName(r);
    std::vector<StatementRequest> requests;
    for (std::size_t i = 0; list && i < list->size(); ++i) {
        const boost::json::object& body = elementObject((*list)[i]);
        requests.push_back(readStatement(r, body, "statements." + std::to_string(i + 1) + ".member"));
        requests.back().consistentRead = RequestReader(body).boolean("ConsistentRead");
    }
    r.throwViolations();

    // A statement that does not parse answers its own error; the others
    // must be all reads or all writes.
    std::vector<std::variant<Statement, Error>> statements;
    bool reads = false;
    bool writes = false;
    for (const StatementRequest& s : requests) {
        try {
            statements.emplace_back(parse(s));
            (std::get<Statement>(statements.back()).isRead() ? reads : writes) = true;
        } catch (const Error& e) {
            statements.emplace_back(e);
        }
    }
    if (reads && writes)
        throw Error::validation("BatchExecuteStatement API does not support both read and write operations in "
                                "the same request.");

    if (writes)
        requireWritable(engine, "BatchExecuteStatement");
    CapacityByTable capacity(writes);
    boost::json::array responses;
    for (std::size_t i = 0; i < statements.size(); ++i) {
        boost::json::object response;
        try {
            if (const Error* e = std::get_if<Error>(&statements[i]))
                throw *e;
            const Statement& s = std::get<Statement>(statements[i]);
            response["TableName"] = s.table;
            if (s.kind == Statement::Kind::Exists)
                throw Error::validation("EXISTS can only be used in ExecuteTransaction write requests.");
            const TableInfoPtr table = tableForItems(engine, s.table);
            Translator translator(*table);
            Translator::Request call
                = s.isRead() ? translator.keyRead(s, kBatchKeyError, kBatchKeyError) : translator.translate(s);
            if (report && *report != "NONE")
                call.body["ReturnConsumedCapacity"] = "TOTAL";
            if (s.isRead()) {
                if (requests[i].consistentRead)
                    call.body["ConsistentRead"] = *requests[i].consistentRead;
            } else {
                if (requests[i].returnValuesOnFailure)
                    call.body["ReturnValuesOnConditionCheckFailure"] = *requests[i].returnValuesOnFailure;
            }
            const boost::json::object result = s.isRead() ? run(engine, call) : runWrite(engine, s, call);
            if (const auto* item = result.if_contains("Item"))
                response["Item"] = *item;
            addCapacity(capacity, result);
        } catch (const Error& e) {
            boost::json::object error;
            error["Code"] = batchErrorCode(e.code());
            error["Message"] = e.message();
            if (!e.itemJson().empty())
                error["Item"] = boost::json::parse(e.itemJson());
            response["Error"] = std::move(error);
        }
        responses.push_back(std::move(response));
    }
    std::string out = "{\"Responses\":" + boost::json::serialize(responses);
    if (report)
        capacity.appendMember(out, *report == "NONE" ? capacity::Report::None : capacity::Report::Total);
    out += '}';
    return out;
}

std::string executeTransaction(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const boost::json::array* list = r.arrayMember("TransactStatements");
    checkListLength(r, list, "transactStatements", kMaxTransactionStatements);
    const auto token = r.string("ClientRequestToken");
    if (token && token->empty())
        r.violation(*token, "clientRequestToken", "Member must have length greater than or equal to 1");
    if (token && token->size() > kMaxTokenLength)
        r.violation(*token, "clientRequestToken", "Member must have length less than or equal to 36");
    const auto report = readReportName(r);
    std::vector<StatementRequest> requests;
    for (std::size_t i = 0; list && i < list->size(); ++i)
        requests.push_back(
            readStatement(r, elementObject((*list)[i]), "transactStatements." + std::to_string(i + 1) + ".member"));
    r.throwViolations();

    std::vector<Statement> statements;
    bool reads = false;
    bool writes = false;
    for (const StatementRequest& s : requests) {
        statements.push_back(parse(s));
        (statements.back().isRead() ? reads : writes) = true;
    }
    if (reads && writes)
        throw Error::validation("ExecuteTransaction API does not support both read and write operations in the "
                                "same request.");

    if (writes)
        requireWritable(engine, "ExecuteTransaction");
    boost::json::array items;
    std::vector<bool> inserts;
    for (std::size_t i = 0; i < statements.size(); ++i) {
        const Statement& s = statements[i];
        const TableInfoPtr table = tableForItems(engine, s.table);
        Translator translator(*table);
        if (reads) {
            Translator::Request call = translator.keyRead(
                s, kTransactionKeyError, "Reads on indices are not supported within transactions.");
            items.push_back(boost::json::object { { "Get", std::move(call.body) } });
            continue;
        }
        if (!s.returning.empty())
            throw Error::validation("RETURNING is not supported in transactions.");
        Translator::Request call = translator.translate(s);
        if (requests[i].returnValuesOnFailure)
            call.body["ReturnValuesOnConditionCheckFailure"] = *requests[i].returnValuesOnFailure;
        const std::string member = call.operation == "PutItem" ? "Put"
            : call.operation == "UpdateItem"                   ? "Update"
            : call.operation == "DeleteItem"                   ? "Delete"
                                                               : "ConditionCheck";
        items.push_back(boost::json::object { { member, std::move(call.body) } });
        inserts.push_back(s.kind == Statement::Kind::Insert);
    }

    boost::json::object transact;
    transact["TransactItems"] = std::move(items);
    if (report)
        transact["ReturnConsumedCapacity"] = *report;
    if (reads)
        return transactGetItems(engine, transact);
    if (token)
        transact["ClientRequestToken"] = *token;
    try {
        // The writes answer no items; only the capacity, when asked for.
        return transactWriteItems(engine, transact);
    } catch (const Error& e) {
        if (e.code() == Error::Code::TransactionCanceled)
            throw duplicateItemReasons(e, inserts);
        throw;
    }
}

} // namespace dynoscope::ops
