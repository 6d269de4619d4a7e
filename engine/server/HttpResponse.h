// A response as the server sends it: status, headers kept as ready-to-send
// text, and the body. Serialized by hand because Beast's generic message
// serializer cost more than the rest of a GetItem's HTTP handling.
#pragma once

#include <string>
#include <string_view>

namespace dynoscope::server {

class HttpResponse {
public:
    // httpVersion is the request's: 11 for HTTP/1.1, 10 for HTTP/1.0.
    HttpResponse(int status, std::string body, unsigned httpVersion = 11);

    int status() const { return m_status; }
    const std::string& body() const { return m_body; }
    bool keepAlive() const { return m_keepAlive; }
    void setKeepAlive(bool keepAlive) { m_keepAlive = keepAlive; }

    // REQUIRES: name and value hold no CR or LF; Content-Length and
    // Connection are not added this way (head() writes them).
    void addHeader(std::string_view name, std::string_view value);
    // The value of the first header of that name (any case); empty if none.
    std::string_view header(std::string_view name) const;

    // Status line, headers, Content-Length, Connection and the blank line.
    void appendHead(std::string& out) const;

private:
    int m_status;
    unsigned m_version;
    bool m_keepAlive = true;
    std::string m_body;
    std::string m_headers; // "Name: value\r\n" lines
};

} // namespace dynoscope::server
