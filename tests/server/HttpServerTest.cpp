// HttpServer over real sockets: ephemeral ports, keep-alive, the 413 answer
// before the body is read, the log sink, and stop() draining in-flight work.
#include "server/HttpServer.h"

#include <dynoscope/Engine.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <QTest>

#include <mutex>
#include <thread>

using dynoscope::Engine;
using dynoscope::HttpServer;
using dynoscope::RequestLogEntry;
using dynoscope::ServerOptions;
namespace net = boost::asio;
namespace http = boost::beast::http;
using tcp = net::ip::tcp;

namespace {

using Response = http::response<http::string_body>;

// A blocking HTTP/1.1 client on one connection.
class Client {
public:
    explicit Client(std::uint16_t port)
        : m_socket(m_io)
    {
        m_socket.connect({ net::ip::make_address("127.0.0.1"), port });
    }

    void sendRaw(std::string_view bytes) { net::write(m_socket, net::buffer(bytes.data(), bytes.size())); }

    Response call(std::string_view target, std::string body)
    {
        http::request<http::string_body> request(http::verb::post, "/", 11);
        request.set(http::field::host, "localhost");
        request.set(http::field::content_type, "application/x-amz-json-1.0");
        request.set("X-Amz-Target", target);
        request.body() = std::move(body);
        request.prepare_payload();
        http::write(m_socket, request);
        return read();
    }

    Response read()
    {
        Response response;
        http::read(m_socket, m_buffer, response);
        return response;
    }

    // True when the server closed the connection (the next read sees EOF).
    bool closedByServer()
    {
        char byte;
        boost::system::error_code ec;
        m_socket.read_some(net::buffer(&byte, 1), ec);
        return ec == net::error::eof || ec == net::error::connection_reset;
    }

private:
    net::io_context m_io;
    tcp::socket m_socket;
    boost::beast::flat_buffer m_buffer;
};

std::string header(std::string_view target, std::size_t contentLength)
{
    return "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-amz-json-1.0\r\nX-Amz-Target: "
        + std::string(target) + "\r\nContent-Length: " + std::to_string(contentLength) + "\r\n\r\n";
}

} // namespace

class HttpServerTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_engine;

    std::unique_ptr<HttpServer> startServer(ServerOptions options = {})
    {
        options.port = 0;
        auto server = std::make_unique<HttpServer>(*m_engine, std::move(options));
        std::string error;
        if (!server->start(&error))
            qFatal("cannot start: %s", error.c_str());
        return server;
    }

private slots:
    void init()
    {
        dynoscope::EngineOptions options;
        options.inMemory = true;
        std::string error;
        m_engine = Engine::open(options, &error);
        QVERIFY2(m_engine, error.c_str());
    }

    void servesOnAnEphemeralLoopbackPort()
    {
        auto server = startServer();
        QVERIFY(server->port() != 0);
        QCOMPARE(QString::fromStdString(server->url()), QString("http://127.0.0.1:%1").arg(server->port()));
        QVERIFY(server->isLoopback());
    }

    void keepsConnectionsAlive()
    {
        auto server = startServer();
        Client client(server->port());
        for (int i = 0; i < 3; ++i) {
            const Response response = client.call("DynamoDB_20120810.ListTables", "{}");
            QCOMPARE(response.result_int(), 200);
            QVERIFY(response.keep_alive());
        }
        QCOMPARE(server->requestCount(), 3u);
    }

    void refusesABusyPort()
    {
        auto first = startServer();
        ServerOptions options;
        options.port = first->port();
        HttpServer second(*m_engine, options);
        std::string error;
        QVERIFY(!second.start(&error));
        QVERIFY2(error.starts_with("cannot listen on 127.0.0.1:"), error.c_str());
    }

    void answers413BeforeReadingTheBody()
    {
        auto server = startServer();
        Client client(server->port());
        client.sendRaw(header("DynamoDB_20120810.PutItem", 16 * 1024 * 1024 + 1));
        const Response response = client.read();
        QCOMPARE(response.result_int(), 413);
        QVERIFY(!response.keep_alive());
        QVERIFY(response.body().empty());
        // The client may go on sending; the server drops it and then closes.
        client.sendRaw(std::string(100000, ' '));
    }

    void acceptsABodyOfExactly16MiB()
    {
        auto server = startServer();
        Client client(server->port());
        std::string body = "{" + std::string(16 * 1024 * 1024 - 2, ' ') + "}";
        const Response response = client.call("DynamoDB_20120810.ListTables", std::move(body));
        QCOMPARE(response.result_int(), 200);
    }

    void logsEveryRequest()
    {
        std::mutex mutex;
        std::vector<RequestLogEntry> entries;
        ServerOptions options;
        options.log = [&](const RequestLogEntry& entry) {
            const std::lock_guard lock(mutex);
            entries.push_back(entry);
        };
        auto server = startServer(options);
        Client client(server->port());
        client.call("DynamoDB_20120810.ListTables", "{}");
        client.call("DynamoDB_20120810.DescribeTable", "{\"TableName\":\"nope\"}");
        server->stop();
        QCOMPARE(entries.size(), 2u);
        QCOMPARE(QString::fromStdString(entries[0].operation), "ListTables");
        QCOMPARE(entries[0].status, 200);
        QVERIFY(entries[0].errorType.empty());
        QCOMPARE(entries[0].requestBytes, 2u);
        QCOMPARE(entries[0].responseBytes, std::string("{\"TableNames\":[]}").size());
        QCOMPARE(QString::fromStdString(entries[1].errorType), "ResourceNotFoundException");
        QCOMPARE(entries[1].status, 400);
    }

    // stop() closes idle connections at once but lets a request whose body
    // is still arriving finish, answered with "Connection: close".
    void stopDrainsInFlightRequests()
    {
        auto server = startServer();
        Client idle(server->port());
        QCOMPARE(idle.call("DynamoDB_20120810.ListTables", "{}").result_int(), 200);
        Client busy(server->port());
        busy.sendRaw(header("DynamoDB_20120810.ListTables", 2) + "{");
        std::this_thread::sleep_for(std::chrono::milliseconds(50)); // let the server read the header

        std::thread stopper([&] { server->stop(); });
        QVERIFY(idle.closedByServer());
        busy.sendRaw("}");
        const Response response = busy.read();
        QCOMPARE(response.result_int(), 200);
        QVERIFY(!response.keep_alive());
        stopper.join();
        QVERIFY(busy.closedByServer());
    }
};

QTEST_APPLESS_MAIN(HttpServerTest)
#include "HttpServerTest.moc"
