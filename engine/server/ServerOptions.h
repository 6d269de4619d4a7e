// What an HttpServer is started with, and the record it gives its log sink
// for every request it answers.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace dynoscope {

// The one access key the server accepts when authentication is on.
struct ServerCredentials {
    std::string accessKeyId;
    std::string secretAccessKey;
};

struct RequestLogEntry {
    std::string operation; // "PutItem"; empty when the request named none
    int status = 0; // HTTP status answered
    std::string errorType; // "ValidationException"; empty on success
    std::chrono::microseconds latency { 0 }; // from the request's header to the end of the response
    std::size_t requestBytes = 0; // request body
    std::size_t responseBytes = 0; // response body
};

struct ServerOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 8000; // 0 picks a free port: read it back with HttpServer::port()
    // 0: one per core but one, at least one. Clients of a local endpoint
    // usually run on the same machine, and an oversubscribed machine answers
    // slower than one with a core left to them (SQLite serializes writes anyway).
    unsigned threads = 0;
    // Unset: any request is accepted, signed or not, with any key (as DynamoDB
    // Local does). Set: requests must carry a valid Signature Version 4 made
    // with this key.
    std::optional<ServerCredentials> auth;
    // Called once per answered request, from the server's threads (possibly
    // several at once): it must be thread-safe and quick.
    std::function<void(const RequestLogEntry&)> log;
    // How long stop() lets in-flight requests finish before cutting them off.
    std::chrono::milliseconds drainTimeout { 10000 };
    // How long a connection may wait for its next request before it is
    // closed: long enough for SDK connection pools, short enough to shed
    // abandoned sockets.
    std::chrono::milliseconds idleTimeout { 120000 };
};

} // namespace dynoscope
