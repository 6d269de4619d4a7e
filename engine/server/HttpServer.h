// DynamoDB's HTTP endpoint over an Engine: the JSON 1.0 protocol of DynamoDB
// and DynamoDB Streams on one port, with keep-alive connections served by a
// thread pool. Used by dynoscope-server and by the GUI's "Serve this database".
#pragma once

#include "server/ServerOptions.h"

#include <cstdint>
#include <memory>
#include <string>

namespace dynoscope {

class Engine;

class HttpServer {
public:
    // REQUIRES: engine outlives the server.
    HttpServer(Engine& engine, ServerOptions options);
    // Stops (draining) when still running.
    ~HttpServer();

    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds, listens and starts the threads. Returns false and sets *error
    // (when given) if the address cannot be used.
    // REQUIRES: not started before.
    bool start(std::string* error = nullptr);

    // Stops accepting, closes idle connections, lets in-flight requests finish
    // (up to drainTimeout) and joins the threads. Idempotent.
    // REQUIRES: not called from a request's log sink.
    void stop();

    // The bound port (the chosen one when started with port 0); 0 before start.
    std::uint16_t port() const;
    // "http://127.0.0.1:8000": the endpoint URL clients use. Empty before start.
    std::string url() const;
    // True when bound to a loopback address only (127.0.0.0/8 or ::1).
    bool isLoopback() const;
    // Requests answered so far; safe to call from any thread.
    std::uint64_t requestCount() const;

private:
    struct Private;
    std::unique_ptr<Private> m_d;
};

} // namespace dynoscope
