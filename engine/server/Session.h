// One client connection: reads requests one after another (HTTP/1.1
// keep-alive), answers each through the RequestHandler on the connection's
// strand, and closes when the client, a timeout or a draining stop says so.
#pragma once

#include "server/RequestHandler.h"
#include "server/ServerOptions.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/parser.hpp>

#include <chrono>
#include <memory>
#include <optional>

namespace dynoscope::server {

class SessionRegistry;

class Session : public std::enable_shared_from_this<Session> {
public:
    // REQUIRES: the socket's executor is a strand; handler, registry and
    // log outlive the session.
    Session(boost::asio::ip::tcp::socket&& socket, const RequestHandler& handler, SessionRegistry& registry,
        const std::function<void(const RequestLogEntry&)>& log, std::chrono::milliseconds idleTimeout);
    ~Session();

    void start();
    // Finishes the request in flight, if any, then closes. Thread-safe.
    void drain();

private:
    using Parser = boost::beast::http::request_parser<boost::beast::http::string_body>;

    void readHeader();
    void onHeader(boost::beast::error_code ec);
    void readBody();
    void onBody(boost::beast::error_code ec);
    void rejectTooLarge();
    void send(RequestHandler::Response response, RequestLogEntry entry);
    void onSent(boost::beast::error_code ec);
    void discardUntilClosed();
    void discardMore();
    void close();

    boost::beast::tcp_stream m_stream;
    boost::beast::flat_buffer m_buffer;
    std::optional<Parser> m_parser;
    std::optional<RequestHandler::Response> m_response;
    std::string m_head; // the response's status line and headers, reused
    RequestLogEntry m_entry;
    std::chrono::steady_clock::time_point m_requestStart;
    const RequestHandler& m_handler;
    SessionRegistry& m_registry;
    const std::function<void(const RequestLogEntry&)>& m_log;
    const std::chrono::milliseconds m_idleTimeout;
    bool m_idle = false; // waiting for the next request's header
    bool m_draining = false; // the server is stopping
    bool m_rejected = false; // answered 413: the rest of the body is thrown away
    std::uint64_t m_discarded = 0;
};

} // namespace dynoscope::server
