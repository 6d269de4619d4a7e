// Turns one HTTP request into DynamoDB's HTTP response: the protocol checks in
// the order DynamoDB makes them (method and content type, JSON syntax, target,
// authentication, empty body), then the engine. No sockets here, so it can be
// tested on its own.
#pragma once

#include "server/HttpResponse.h"
#include "server/ServerOptions.h"
#include "server/SigV4Verifier.h"

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <atomic>
#include <optional>
#include <string_view>

namespace dynoscope {
class Engine;
}

namespace dynoscope::server {

class RequestHandler {
public:
    using Request = boost::beast::http::request<boost::beast::http::string_body>;
    using Response = HttpResponse;

    // DynamoDB refuses request bodies larger than this (16 MiB).
    static constexpr std::uint64_t kMaxBodyBytes = 16 * 1024 * 1024;

    struct Outcome {
        Response response;
        std::string_view operation; // points into the request's X-Amz-Target
        std::string_view errorType; // DynamoDB's short error name; empty on success
    };

    // REQUIRES: engine outlives the handler.
    RequestHandler(Engine& engine, const std::optional<ServerCredentials>& auth);

    // Thread-safe: called by every server thread at once.
    Outcome handle(const Request& request) const;
    // DynamoDB's answer to a body over kMaxBodyBytes: 413 with an empty body.
    // Sent after the header only, before the body is read.
    Response tooLarge(const Request& request) const;

    std::uint64_t requestCount() const { return m_requests.load(std::memory_order_relaxed); }

private:
    Outcome dispatch(const Request& request) const;

    Engine& m_engine;
    std::optional<SigV4Verifier> m_verifier;
    mutable std::atomic<std::uint64_t> m_requests { 0 };
};

} // namespace dynoscope::server
