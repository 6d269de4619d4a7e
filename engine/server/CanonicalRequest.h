// The canonical form of an HTTP request that AWS Signature Version 4 signs:
// method, path, sorted query, the signed headers' normalized values and the
// hex SHA-256 of the body, one per line.
#pragma once

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace dynoscope::server {

class CanonicalRequest {
public:
    using Request = boost::beast::http::request<boost::beast::http::string_body>;

    // signedHeaders is the Authorization header's list: lowercase names
    // separated by ';'.
    static std::string build(const Request& request, std::string_view signedHeaders);

    // Helpers shared with the Authorization header's parsing.
    static std::vector<std::string_view> split(std::string_view text, char separator);
    static std::string_view trim(std::string_view text);
};

} // namespace dynoscope::server
