// Each session runs on its own strand, so its handlers never overlap and need
// no locks; the engine is called inline on that strand, which keeps a request
// on one thread from socket to socket.
#include "server/Session.h"

#include "server/SessionRegistry.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/read.hpp>

#include <array>
#include <charconv>

namespace dynoscope::server {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using std::chrono::steady_clock;

namespace {

constexpr auto kTransferTimeout = std::chrono::seconds(60);
constexpr auto kDiscardTimeout = std::chrono::seconds(10);
constexpr std::uint32_t kHeaderLimit = 64 * 1024;
constexpr std::size_t kDiscardChunk = 64 * 1024;
// A client that keeps sending after a 413 is cut off past this.
constexpr std::uint64_t kDiscardLimit = 4 * RequestHandler::kMaxBodyBytes;

} // namespace

Session::Session(net::ip::tcp::socket&& socket, const RequestHandler& handler, SessionRegistry& registry,
    const std::function<void(const RequestLogEntry&)>& log, std::chrono::milliseconds idleTimeout)
    : m_stream(std::move(socket))
    , m_handler(handler)
    , m_registry(registry)
    , m_log(log)
    , m_idleTimeout(idleTimeout)
{
}

Session::~Session()
{
    m_registry.remove(this);
}

void Session::start()
{
    net::dispatch(m_stream.get_executor(), [self = shared_from_this()] { self->readHeader(); });
}

void Session::drain()
{
    net::post(m_stream.get_executor(), [self = shared_from_this()] {
        self->m_draining = true;
        // Idle and rejected connections have no answer left to give.
        if (self->m_idle || self->m_rejected)
            self->close();
    });
}

void Session::readHeader()
{
    if (m_draining)
        return close();
    m_parser.emplace();
    m_parser->header_limit(kHeaderLimit);
    // Also checked against Content-Length as soon as the header is in.
    m_parser->body_limit(RequestHandler::kMaxBodyBytes);
    // A body that arrived with the header is parsed at once, sparing a read.
    m_parser->eager(true);
    m_idle = true;
    m_stream.expires_after(m_idleTimeout);
    http::async_read_header(m_stream, m_buffer, *m_parser,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onHeader(ec); });
}

void Session::onHeader(beast::error_code ec)
{
    m_idle = false;
    m_requestStart = steady_clock::now();
    if (ec == http::error::body_limit)
        return rejectTooLarge();
    if (ec)
        return close();
    if (m_parser->is_done())
        return onBody({});
    if (beast::iequals(m_parser->get()[http::field::expect], "100-continue")) {
        static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
        m_stream.expires_after(kTransferTimeout);
        net::async_write(m_stream, net::buffer(kContinue.data(), kContinue.size()),
            [self = shared_from_this()](beast::error_code ec, std::size_t) {
                if (ec)
                    return self->close();
                self->readBody();
            });
        return;
    }
    readBody();
}

void Session::readBody()
{
    m_stream.expires_after(kTransferTimeout);
    http::async_read(m_stream, m_buffer, *m_parser,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onBody(ec); });
}

void Session::onBody(beast::error_code ec)
{
    if (ec == http::error::body_limit)
        return rejectTooLarge();
    if (ec)
        return close();
    const RequestHandler::Request& request = m_parser->get();
    RequestHandler::Outcome outcome = m_handler.handle(request);
    RequestLogEntry entry;
    entry.status = outcome.response.status();
    if (m_log) {
        entry.operation = outcome.operation;
        entry.errorType = outcome.errorType;
        entry.requestBytes = request.body().size();
        entry.responseBytes = outcome.response.body().size();
    }
    send(std::move(outcome.response), std::move(entry));
}

void Session::rejectTooLarge()
{
    m_rejected = true;
    RequestLogEntry entry;
    entry.status = int(http::status::payload_too_large);
    entry.errorType = "RequestEntityTooLarge";
    // The parser stopped inside the header: read the length as sent.
    const std::string_view length = m_parser->get()[http::field::content_length];
    std::from_chars(length.data(), length.data() + length.size(), entry.requestBytes);
    send(m_handler.tooLarge(m_parser->get()), std::move(entry));
}

void Session::send(RequestHandler::Response response, RequestLogEntry entry)
{
    m_response = std::move(response);
    if (m_draining)
        m_response->setKeepAlive(false);
    m_entry = std::move(entry);
    m_head.clear();
    m_response->appendHead(m_head);
    const std::array<net::const_buffer, 2> buffers { net::buffer(m_head), net::buffer(m_response->body()) };
    m_stream.expires_after(kTransferTimeout);
    net::async_write(
        m_stream, buffers, [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onSent(ec); });
}

void Session::onSent(beast::error_code ec)
{
    if (m_log) {
        m_entry.latency = std::chrono::duration_cast<std::chrono::microseconds>(steady_clock::now() - m_requestStart);
        m_log(m_entry);
    }
    if (ec)
        return close();
    if (m_rejected)
        return discardUntilClosed();
    if (!m_response->keepAlive())
        return close();
    m_response.reset();
    readHeader();
}

// After a 413 the client is usually still sending its body. Closing now would
// reset the connection and the client would see a broken pipe instead of the
// answer, so stop writing and read (and drop) until the client closes.
void Session::discardUntilClosed()
{
    beast::error_code ignored;
    m_stream.socket().shutdown(net::ip::tcp::socket::shutdown_send, ignored);
    m_buffer.clear();
    discardMore();
}

void Session::discardMore()
{
    if (m_draining || m_discarded > kDiscardLimit)
        return close();
    m_stream.expires_after(kDiscardTimeout);
    m_stream.async_read_some(
        m_buffer.prepare(kDiscardChunk), [self = shared_from_this()](beast::error_code ec, std::size_t size) {
            if (ec)
                return self->close();
            self->m_discarded += size;
            self->discardMore();
        });
}

void Session::close()
{
    beast::error_code ignored;
    m_stream.socket().shutdown(net::ip::tcp::socket::shutdown_both, ignored);
    m_stream.close();
}

} // namespace dynoscope::server
