// Only what DynamoDB's answers need: no chunked encoding, no trailers.
#include "server/HttpResponse.h"

#include <strings.h>

namespace dynoscope::server {

namespace {

// The statuses DynamoDB answers with.
std::string_view reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

} // namespace

HttpResponse::HttpResponse(int status, std::string body, unsigned httpVersion)
    : m_status(status)
    , m_version(httpVersion)
    , m_body(std::move(body))
{
    m_headers.reserve(256);
}

void HttpResponse::addHeader(std::string_view name, std::string_view value)
{
    m_headers += name;
    m_headers += ": ";
    m_headers += value;
    m_headers += "\r\n";
}

std::string_view HttpResponse::header(std::string_view name) const
{
    std::string_view rest = m_headers;
    while (!rest.empty()) {
        const std::size_t end = rest.find("\r\n");
        const std::string_view line = rest.substr(0, end);
        rest.remove_prefix(end + 2);
        const std::size_t colon = line.find(": ");
        if (colon == name.size() && strncasecmp(line.data(), name.data(), colon) == 0)
            return line.substr(colon + 2);
    }
    return {};
}

void HttpResponse::appendHead(std::string& out) const
{
    out += m_version == 10 ? "HTTP/1.0 " : "HTTP/1.1 ";
    out += std::to_string(m_status);
    out += ' ';
    out += reasonPhrase(m_status);
    out += "\r\n";
    out += m_headers;
    out += "Content-Length: ";
    out += std::to_string(m_body.size());
    out += "\r\n";
    // HTTP/1.1 keeps connections by default and HTTP/1.0 closes them.
    if (!m_keepAlive && m_version != 10)
        out += "Connection: close\r\n";
    else if (m_keepAlive && m_version == 10)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
}

} // namespace dynoscope::server
