// The public Engine: opening the database and the execute() boundary, where
// every failure becomes a DynamoDB error.
#include <dynoscope/Engine.h>

#include "api/Dispatcher.h"
#include "ops/EngineImpl.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <new>

namespace dynoscope {

namespace {

void appendJsonString(std::string& out, std::string_view s)
{
    out += '"';
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// Operations that may change the database; a read-only engine refuses them
// up front with a clear message (SQLite would refuse anything missed here).
constexpr std::string_view kWriteOperations[] = {
    "BatchWriteItem", "CreateTable", "DeleteItem", "DeleteTable", "HoldItems", "PutItem", "TagResource",
    "TransactWriteItems", "UntagResource", "UpdateItem", "UpdateTable", "UpdateTimeToLive",
};

bool isLockError(const std::string& message)
{
    return message.find("database is locked") != std::string::npos;
}

} // namespace

std::string Result::errorBody() const
{
    std::string body = "{\"__type\":";
    appendJsonString(body, error->wireType());
    // Coral's protocol errors (unknown operation, malformed body) carry no
    // message at all on the wire.
    if (!error->message().empty()) {
        body += ",\"message\":";
        appendJsonString(body, error->message());
    }
    if (!error->itemJson().empty())
        body += ",\"Item\":" + error->itemJson();
    if (!error->extraJsonMembers().empty())
        body += "," + error->extraJsonMembers();
    body += '}';
    return body;
}

Engine::Engine(std::unique_ptr<EngineImpl> impl) : m_impl(std::move(impl)) {}
Engine::~Engine() = default;

std::unique_ptr<Engine> Engine::open(const EngineOptions& options, std::string* errorMessage)
{
    EngineOptions effective = options;
    effective.readOnly = options.readOnly && !options.inMemory;
    // An existing file we may not write is still worth reading. A file with no
    // write permission bits at all was marked read-only on purpose: honour
    // that even for a user (root) whom the system would let write it.
    struct stat status {};
    if (!effective.inMemory && !effective.readOnly && stat(options.path.c_str(), &status) == 0
        && (access(options.path.c_str(), W_OK) != 0 || (status.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0))
        effective.readOnly = true;
    std::string error;
    auto store = storage::Store::open(effective.path, effective.inMemory, effective.readOnly, &error);
    if (!store && !effective.inMemory && !effective.readOnly && isLockError(error)) {
        effective.readOnly = true;
        store = storage::Store::open(effective.path, false, true, &error);
    }
    if (!store) {
        if (errorMessage)
            *errorMessage = error;
        return nullptr;
    }
    // The sweep writes (TTL deletions, stream shards, metrics): nothing to do read-only.
    if (effective.readOnly)
        effective.sweepIntervalMillis = 0;
    try {
        return std::unique_ptr<Engine>(new Engine(std::make_unique<EngineImpl>(effective, std::move(store))));
    } catch (const Error& e) {
        if (errorMessage)
            *errorMessage = e.message();
    } catch (const std::exception& e) {
        if (errorMessage)
            *errorMessage = e.what();
    }
    return nullptr;
}

const EngineOptions& Engine::options() const { return m_impl->options(); }

bool Engine::supports(Api api, std::string_view operation) { return api::findHandler(api, operation) != nullptr; }

Result Engine::execute(Api api, std::string_view operation, std::string_view requestJson)
{
    const auto handler = api::findHandler(api, operation);
    if (!handler) {
        Result result;
        result.error = Error::unknownOperation("");
        return result;
    }
    if (m_impl->options().readOnly && std::ranges::find(kWriteOperations, operation) != std::end(kWriteOperations)) {
        Result result;
        result.error = Error::validation("The database is open read-only: " + std::string(operation)
                                         + " cannot change it");
        return result;
    }
    boost::system::error_code ec;
    boost::json::parse_options po;
    // DynamoDB's 32 levels of attribute nesting take about 66 JSON levels
    // with the request's own; far deeper documents are refused before
    // anything recurses into them.
    po.max_depth = 128;
    boost::json::monotonic_resource mr;
    boost::json::value value;
    try {
        value = boost::json::parse(requestJson, ec, &mr, po);
    } catch (const std::bad_alloc&) {
        ec = boost::json::error::exception;
    }
    if (ec || !value.is_object()) {
        Result result;
        // DynamoDB says nothing more than the type either.
        result.error = ec ? Error::serialization("") : Error::serialization("Start of list found where not expected");
        return result;
    }
    return api::run(*m_impl, handler, value.get_object());
}

namespace api {

Result run(EngineImpl& engine, Handler handler, const boost::json::object& request)
{
    Result result;
    const auto started = std::chrono::steady_clock::now();
    try {
        result.body = handler(engine, request);
    } catch (const Error& e) {
        result.error = e;
    } catch (const std::bad_alloc&) {
        result.error = Error::internal("Out of memory");
    } catch (const std::exception& e) {
        result.error = Error::internal(std::string("Internal server error: ") + e.what());
    }
    const auto elapsed = std::chrono::steady_clock::now() - started;
    engine.capacity().recordLatency(std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count());
    return result;
}

} // namespace api

} // namespace dynoscope
