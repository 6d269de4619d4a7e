// The order of the checks and the exact answers (including bodies without a
// message) follow what DynamoDB sends, as recorded by dynalite's tests
// against the real service.
#include "server/RequestHandler.h"

#include "server/Crc32.h"
#include "server/JsonSyntax.h"
#include "server/RequestId.h"

#include <dynoscope/Engine.h>

#include <boost/beast/core/string.hpp>

#include <array>
#include <cstdio>
#include <ctime>

namespace dynoscope::server {

namespace http = boost::beast::http;
using std::chrono::system_clock;

namespace {

constexpr std::string_view kDynamoDbTargetPrefix = "DynamoDB_20120810.";
constexpr std::string_view kStreamsTargetPrefix = "DynamoDBStreams_20120810.";
constexpr std::string_view kDynoscopeTargetPrefix = "Dynoscope_20241101.";
constexpr std::string_view kAmzJson = "application/x-amz-json-1.0";
constexpr std::string_view kPlainJson = "application/json";
// DynamoDB's answer to anything that is not a JSON POST.
constexpr std::string_view kNotFoundBody = "<UnknownOperationException/>\n";
constexpr std::string_view kHealthBody
    = R"({"status":"ok","service":"dynoscope-server","version":")" DYNOSCOPE_VERSION R"("})";

// RFC 9110 IMF-fixdate, built by hand: strftime would follow the process
// locale, which the GUI sets to the user's.
std::string httpDate(system_clock::time_point now)
{
    static constexpr std::array<const char*, 7> kDays = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static constexpr std::array<const char*, 12> kMonths
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    thread_local std::time_t cachedSecond = -1;
    thread_local std::string cached;
    const std::time_t second = system_clock::to_time_t(now);
    if (second != cachedSecond) {
        std::tm utc {};
        gmtime_r(&second, &utc);
        char text[40];
        std::snprintf(text, sizeof text, "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[utc.tm_wday], utc.tm_mday,
            kMonths[utc.tm_mon], utc.tm_year + 1900, utc.tm_hour, utc.tm_min, utc.tm_sec);
        cached = text;
        cachedSecond = second;
    }
    return cached;
}

// The media type without parameters ("; charset=utf-8") or surrounding spaces.
std::string_view mediaType(std::string_view contentType)
{
    contentType = contentType.substr(0, contentType.find(';'));
    while (!contentType.empty() && contentType.back() == ' ')
        contentType.remove_suffix(1);
    while (!contentType.empty() && contentType.front() == ' ')
        contentType.remove_prefix(1);
    return contentType;
}

// Adds the headers every answer carries.
RequestHandler::Response finish(const RequestHandler::Request& request, RequestHandler::Response response)
{
    response.setKeepAlive(request.keep_alive());
    response.addHeader("x-amzn-RequestId", RequestId::next());
    response.addHeader("x-amz-crc32", std::to_string(Crc32::compute(response.body())));
    response.addHeader("Date", httpDate(system_clock::now()));
    if (request.find(http::field::origin) != request.end())
        response.addHeader("Access-Control-Allow-Origin", "*");
    return response;
}

RequestHandler::Response answer(
    const RequestHandler::Request& request, int status, std::string body, std::string_view contentType)
{
    RequestHandler::Response response(status, std::move(body), request.version());
    if (!contentType.empty())
        response.addHeader("Content-Type", contentType);
    return finish(request, std::move(response));
}

RequestHandler::Outcome failure(
    const RequestHandler::Request& request, Error error, std::string_view contentType, std::string_view operation)
{
    const int status = error.httpStatus();
    const std::string_view type = error.name();
    Result result;
    result.error = std::move(error);
    return { answer(request, status, result.errorBody(), contentType), operation, type };
}

RequestHandler::Outcome preflight(const RequestHandler::Request& request)
{
    RequestHandler::Response response(200, {}, request.version());
    if (const auto headers = request.find(http::field::access_control_request_headers); headers != request.end())
        response.addHeader("Access-Control-Allow-Headers", headers->value());
    if (const auto methods = request.find(http::field::access_control_request_method); methods != request.end())
        response.addHeader("Access-Control-Allow-Methods", methods->value());
    response.addHeader("Access-Control-Max-Age", "172800");
    return { finish(request, std::move(response)), {}, {} };
}

} // namespace

RequestHandler::RequestHandler(Engine& engine, const std::optional<ServerCredentials>& auth)
    : m_engine(engine)
{
    if (auth)
        m_verifier.emplace(auth->accessKeyId, auth->secretAccessKey);
}

RequestHandler::Outcome RequestHandler::handle(const Request& request) const
{
    m_requests.fetch_add(1, std::memory_order_relaxed);
    try {
        return dispatch(request);
    } catch (const std::exception& e) {
        // The engine never throws; this is memory exhaustion or a bug, and the
        // client still deserves an answer.
        return failure(request, Error::internal(e.what()), kPlainJson, {});
    }
}

RequestHandler::Outcome RequestHandler::dispatch(const Request& request) const
{
    if (request.method() == http::verb::get)
        return { answer(request, 200, std::string(kHealthBody), kPlainJson), {}, {} };
    const bool hasOrigin = request.find(http::field::origin) != request.end();
    if (request.method() == http::verb::options && hasOrigin)
        return preflight(request);

    const std::string_view contentType = mediaType(request[http::field::content_type]);
    const bool isAmzJson = boost::beast::iequals(contentType, kAmzJson);
    const std::string& body = request.body();
    if (request.method() != http::verb::post
        || (!body.empty() && !isAmzJson && !boost::beast::iequals(contentType, kPlainJson))) {
        return { answer(request, 404, std::string(kNotFoundBody), {}), {}, "UnknownOperationException" };
    }
    // Errors answer in the content type the request used.
    const std::string_view responseType = isAmzJson ? kAmzJson : kPlainJson;

    if (!body.empty() && !JsonSyntax::isWellFormed(body))
        return failure(request, Error::serialization({}), responseType, {});

    const std::string_view target = request["x-amz-target"];
    Api api = Api::DynamoDB;
    std::string_view operation;
    if (target.starts_with(kDynamoDbTargetPrefix)) {
        operation = target.substr(kDynamoDbTargetPrefix.size());
    } else if (target.starts_with(kStreamsTargetPrefix)) {
        api = Api::Streams;
        operation = target.substr(kStreamsTargetPrefix.size());
    } else if (target.starts_with(kDynoscopeTargetPrefix)) {
        api = Api::Dynoscope;
        operation = target.substr(kDynoscopeTargetPrefix.size());
    }
    if (operation.empty() || !Engine::supports(api, operation))
        return failure(request, Error::unknownOperation({}), responseType, operation);

    if (m_verifier) {
        if (auto error = m_verifier->verify(request, system_clock::now()))
            return failure(request, std::move(*error), responseType, operation);
    }
    if (body.empty())
        return failure(request, Error::serialization({}), responseType, operation);

    Result result = m_engine.execute(api, operation, body);
    if (!result.ok())
        return failure(request, std::move(*result.error), responseType, operation);
    return { answer(request, 200, std::move(result.body), responseType), operation, {} };
}

RequestHandler::Response RequestHandler::tooLarge(const Request& request) const
{
    m_requests.fetch_add(1, std::memory_order_relaxed);
    Response response = finish(request, Response(413, {}, request.version()));
    // The unread body stays on the wire: the connection cannot be reused.
    response.setKeepAlive(false);
    return response;
}

} // namespace dynoscope::server
