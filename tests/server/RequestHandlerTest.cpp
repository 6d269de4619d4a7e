// RequestHandler: DynamoDB's protocol answers (status, body, headers) for
// each kind of request, checked without sockets over an in-memory engine.
#include "server/RequestHandler.h"
#include "server/Crc32.h"

#include <dynoscope/Engine.h>

#include <QRegularExpression>
#include <QTest>

using dynoscope::Engine;
using dynoscope::EngineOptions;
using dynoscope::server::RequestHandler;
namespace http = boost::beast::http;

namespace {

RequestHandler::Request post(
    std::string_view target, std::string body, std::string_view contentType = "application/x-amz-json-1.0")
{
    RequestHandler::Request request(http::verb::post, "/", 11);
    request.set(http::field::host, "localhost:8000");
    if (!contentType.empty())
        request.set(http::field::content_type, contentType);
    if (!target.empty())
        request.set("X-Amz-Target", target);
    request.body() = std::move(body);
    request.prepare_payload();
    return request;
}

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

class RequestHandlerTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_engine;

    RequestHandler::Response handle(const RequestHandler::Request& request)
    {
        RequestHandler handler(*m_engine, std::nullopt);
        return handler.handle(request).response;
    }

    // Status, body and the checksum and request id every answer carries.
    void expectAnswer(const RequestHandler::Response& response, int status, std::string_view body)
    {
        QCOMPARE(response.status(), status);
        QCOMPARE(text(response.body()), text(body));
        QCOMPARE(text(response.header("x-amz-crc32")), QString::number(dynoscope::server::Crc32::compute(body)));
        QVERIFY(QRegularExpression("^[0-9A-Z]{52}$").match(text(response.header("x-amzn-RequestId"))).hasMatch());
        std::string head;
        response.appendHead(head);
        QVERIFY(head.find("\r\nContent-Length: " + std::to_string(body.size()) + "\r\n") != std::string::npos);
    }

private slots:
    void init()
    {
        EngineOptions options;
        options.inMemory = true;
        std::string error;
        m_engine = Engine::open(options, &error);
        QVERIFY2(m_engine, error.c_str());
    }

    void listTablesGoesToTheEngine()
    {
        const auto response = handle(post("DynamoDB_20120810.ListTables", "{}"));
        expectAnswer(response, 200, "{\"TableNames\":[]}");
        QCOMPARE(text(response.header("Content-Type")), "application/x-amz-json-1.0");
        QVERIFY(response.keepAlive());
    }

    void answersInTheRequestsContentType()
    {
        const auto response = handle(post("DynamoDB_20120810.ListTables", "{}", "application/json"));
        QCOMPARE(response.status(), 200);
        QCOMPARE(text(response.header("Content-Type")), "application/json");
    }

    void engineErrorsKeepTheirStatusAndBody()
    {
        const auto response = handle(post("DynamoDB_20120810.DescribeTable", "{\"TableName\":\"missing\"}"));
        QCOMPARE(response.status(), 400);
        QVERIFY(
            response.body().find("com.amazonaws.dynamodb.v20120810#ResourceNotFoundException") != std::string::npos);
    }

    // The dynalite-recorded answers of DynamoDB itself.
    void unknownOperation()
    {
        const std::string body = "{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}";
        expectAnswer(handle(post("DynamoDB_20120810.ListTable", "{}")), 400, body);
        expectAnswer(handle(post("", "{}")), 400, body);
        expectAnswer(handle(post("whatever", "{}")), 400, body);
        expectAnswer(handle(post("DynamoDBStreams_20120810.NoSuchThing", "{}")), 400, body);
    }

    void malformedJsonIsASerializationError()
    {
        const std::string body = "{\"__type\":\"com.amazon.coral.service#SerializationException\"}";
        expectAnswer(handle(post("DynamoDB_20120810.ListTables", "hi")), 400, body);
        expectAnswer(handle(post("DynamoDB_20120810.ListTables", "{\"a\":")), 400, body);
        // JSON syntax is checked before the target.
        expectAnswer(handle(post("DynamoDB_20120810.NoSuchThing", "{")), 400, body);
        // An empty body is checked last.
        expectAnswer(handle(post("DynamoDB_20120810.ListTables", "")), 400, body);
    }

    void notAJsonPostIsNotFound()
    {
        const std::string body = "<UnknownOperationException/>\n";
        expectAnswer(handle(post("DynamoDB_20120810.ListTables", "{}", "whatever")), 404, body);
        expectAnswer(handle(post("DynamoDB_20120810.ListTables", "{}", "")), 404, body);
        RequestHandler::Request put = post("DynamoDB_20120810.ListTables", "{}");
        put.method(http::verb::put);
        expectAnswer(handle(put), 404, body);
    }

    void getIsAHealthCheck()
    {
        RequestHandler::Request get(http::verb::get, "/", 11);
        const auto response = handle(get);
        QCOMPARE(response.status(), 200);
        QCOMPARE(text(response.header("Content-Type")), "application/json");
        const std::string_view expectedStart = "{\"status\":\"ok\",\"service\":\"dynoscope-server\",\"version\":\"";
        QVERIFY(response.body().starts_with(expectedStart));
    }

    void corsPreflight()
    {
        RequestHandler::Request options(http::verb::options, "/", 11);
        options.set(http::field::origin, "http://example.com");
        options.set(http::field::access_control_request_headers, "a, b");
        options.set(http::field::access_control_request_method, "POST");
        const auto response = handle(options);
        expectAnswer(response, 200, "");
        QCOMPARE(text(response.header("Access-Control-Allow-Origin")), "*");
        QCOMPARE(text(response.header("Access-Control-Allow-Headers")), "a, b");
        QCOMPARE(text(response.header("Access-Control-Allow-Methods")), "POST");
        QCOMPARE(text(response.header("Access-Control-Max-Age")), "172800");
    }

    void tooLargeIsAnEmpty413ThatClosesTheConnection()
    {
        RequestHandler handler(*m_engine, std::nullopt);
        const auto response = handler.tooLarge(post("DynamoDB_20120810.PutItem", ""));
        expectAnswer(response, 413, "");
        QVERIFY(!response.keepAlive());
    }

    void authenticationComesAfterTheTarget()
    {
        RequestHandler handler(*m_engine, dynoscope::ServerCredentials { "AKID", "secret" });
        const auto request = post("DynamoDB_20120810.ListTables", "{}"); // outcome.operation points into it
        const auto missing = handler.handle(request);
        expectAnswer(missing.response, 400,
            "{\"__type\":\"com.amazon.coral.service#MissingAuthenticationTokenException\","
            "\"message\":\"Request is missing Authentication Token\"}");
        QCOMPARE(text(missing.errorType), "MissingAuthenticationTokenException");
        QCOMPARE(text(missing.operation), "ListTables");
        QCOMPARE(handler.handle(post("DynamoDB_20120810.Nope", "{}")).response.status(), 400);
        QCOMPARE(text(handler.handle(post("DynamoDB_20120810.Nope", "{}")).errorType), "UnknownOperationException");
        QCOMPARE(handler.requestCount(), 3u);
    }
};

QTEST_APPLESS_MAIN(RequestHandlerTest)
#include "RequestHandlerTest.moc"
