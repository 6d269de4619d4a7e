// The listener and the thread pool behind HttpServer. Every thread runs the
// same io_context; the acceptor and each session have their own strand.
#include "server/HttpServer.h"

#include "server/RequestHandler.h"
#include "server/Session.h"
#include "server/SessionRegistry.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <thread>
#include <vector>

namespace dynoscope {

namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

// Pause before accepting again after a failed accept (e.g. out of file
// descriptors), so the loop does not spin.
constexpr auto kAcceptRetryDelay = std::chrono::milliseconds(50);

} // namespace

struct HttpServer::Private {
    Private(Engine& engine, ServerOptions options)
        : options(std::move(options))
        , handler(engine, this->options.auth)
        , acceptor(net::make_strand(io))
        , retryTimer(acceptor.get_executor())
    {
    }

    void accept()
    {
        acceptor.async_accept(net::make_strand(io), [this](boost::system::error_code ec, tcp::socket socket) {
            if (!acceptor.is_open())
                return;
            if (ec) {
                retryTimer.expires_after(kAcceptRetryDelay);
                retryTimer.async_wait([this](boost::system::error_code waitError) {
                    if (!waitError)
                        accept();
                });
                return;
            }
            boost::system::error_code ignored;
            // Requests and answers are small: send them at once.
            socket.set_option(tcp::no_delay(true), ignored);
            auto session = std::make_shared<server::Session>(std::move(socket), handler, registry, options.log,
                                                            options.idleTimeout);
            if (registry.add(session))
                session->start();
            accept();
        });
    }

    void run()
    {
        // A handler that throws (memory exhaustion) must not take a thread down.
        for (;;) {
            try {
                io.run();
                return;
            } catch (const std::exception&) {
            }
        }
    }

    ServerOptions options;
    server::RequestHandler handler;
    server::SessionRegistry registry;
    net::io_context io;
    tcp::acceptor acceptor;
    net::steady_timer retryTimer;
    tcp::endpoint endpoint;
    std::vector<std::thread> threads;
    bool stopped = false;
};

HttpServer::HttpServer(Engine& engine, ServerOptions options)
    : m_d(std::make_unique<Private>(engine, std::move(options)))
{
}

HttpServer::~HttpServer()
{
    stop();
}

bool HttpServer::start(std::string* error)
{
    Private& d = *m_d;
    const auto fail = [&](const std::string& what, const boost::system::error_code& ec) {
        if (error)
            *error = what + ": " + ec.message();
        boost::system::error_code ignored;
        d.acceptor.close(ignored);
        return false;
    };
    const std::string address = d.options.host + ":" + std::to_string(d.options.port);
    boost::system::error_code ec;
    tcp::resolver resolver(d.io);
    const auto results = resolver.resolve(d.options.host, std::to_string(d.options.port), ec);
    if (ec || results.empty())
        return fail("cannot resolve " + d.options.host, ec);
    // "localhost" resolves to ::1 first on many systems, but clients given
    // 127.0.0.1 are the more common: prefer IPv4 when the name has both.
    tcp::endpoint endpoint = results.begin()->endpoint();
    for (const auto& result : results) {
        if (result.endpoint().address().is_v4()) {
            endpoint = result.endpoint();
            break;
        }
    }
    if (d.acceptor.open(endpoint.protocol(), ec); ec)
        return fail("cannot listen on " + address, ec);
    d.acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
    if (d.acceptor.bind(endpoint, ec); ec)
        return fail("cannot listen on " + address, ec);
    if (d.acceptor.listen(net::socket_base::max_listen_connections, ec); ec)
        return fail("cannot listen on " + address, ec);
    d.endpoint = d.acceptor.local_endpoint();

    d.accept();
    unsigned threads = d.options.threads;
    if (threads == 0)
        threads = std::max(2u, std::thread::hardware_concurrency()) - 1;
    for (unsigned i = 0; i < threads; ++i)
        d.threads.emplace_back([&d] { d.run(); });
    return true;
}

void HttpServer::stop()
{
    Private& d = *m_d;
    if (d.stopped || d.threads.empty())
        return;
    d.stopped = true;
    net::post(d.acceptor.get_executor(), [&d] {
        boost::system::error_code ignored;
        d.acceptor.close(ignored);
        d.retryTimer.cancel();
    });
    d.registry.drainAll();
    d.registry.waitUntilEmpty(d.options.drainTimeout);
    // Past the timeout, cut off whatever is left; a request inside the engine
    // still finishes before its thread can be joined.
    d.io.stop();
    for (std::thread& thread : d.threads)
        thread.join();
    d.threads.clear();
}

std::uint16_t HttpServer::port() const
{
    return m_d->endpoint.port();
}

std::string HttpServer::url() const
{
    if (m_d->endpoint.port() == 0)
        return {};
    const auto address = m_d->endpoint.address();
    const std::string host = address.is_v6() ? "[" + address.to_string() + "]" : address.to_string();
    return "http://" + host + ":" + std::to_string(m_d->endpoint.port());
}

bool HttpServer::isLoopback() const
{
    return m_d->endpoint.address().is_loopback();
}

std::uint64_t HttpServer::requestCount() const
{
    return m_d->handler.requestCount();
}

} // namespace dynoscope
