// Verifies AWS Signature Version 4 on a DynamoDB request signed with the
// single access key the server was started with (--auth KEY:SECRET), and
// answers failures with the errors and messages DynamoDB sends.
#pragma once

#include <dynoscope/Error.h>

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <chrono>
#include <optional>
#include <string>

namespace dynoscope::server {

class SigV4Verifier {
public:
    using Request = boost::beast::http::request<boost::beast::http::string_body>;

    SigV4Verifier(std::string accessKeyId, std::string secretAccessKey);

    // The DynamoDB error for a request that fails authentication, checked in
    // DynamoDB's order (header present, complete, date, scope, key, signature);
    // nullopt when the request is signed with our key.
    std::optional<Error> verify(const Request& request, std::chrono::system_clock::time_point now) const;

    // The signature of a request whose canonical parts are given; exposed so
    // tests can check it against the AWS documentation's examples.
    std::string signature(
        const Request& request, std::string_view signedHeaders, std::string_view amzDate, std::string_view scope) const;

private:
    std::string m_accessKeyId;
    std::string m_secretAccessKey;
};

} // namespace dynoscope::server
