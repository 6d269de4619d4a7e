// Canonical request construction per the IAM user guide ("Elements of an AWS
// API request signature"), for services other than S3: the path is encoded as
// sent (so twice), query parameters are decoded and encoded once.
#include "server/CanonicalRequest.h"

#include "server/Sha256.h"

#include <algorithm>
#include <utility>

namespace dynoscope::server {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

bool isUnreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == '~';
}

std::string uriEncode(std::string_view text, bool keepSlash)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out += char(c);
        } else {
            out += '%';
            out += kDigits[c >> 4];
            out += kDigits[c & 0xF];
        }
    }
    return out;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string uriDecode(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 && hexValue(text[i + 2]) >= 0) {
            out += char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

// Query parameters sorted by encoded name then value, each encoded once.
std::string canonicalQuery(std::string_view query)
{
    if (query.empty())
        return {};
    std::vector<std::pair<std::string, std::string>> params;
    for (std::string_view part : CanonicalRequest::split(query, '&')) {
        if (part.empty())
            continue;
        const std::size_t equals = part.find('=');
        const std::string_view name = part.substr(0, equals);
        const std::string_view value = equals == std::string_view::npos ? "" : part.substr(equals + 1);
        params.emplace_back(uriEncode(uriDecode(name), false), uriEncode(uriDecode(value), false));
    }
    std::sort(params.begin(), params.end());
    std::string out;
    for (const auto& [name, value] : params) {
        if (!out.empty())
            out += '&';
        out += name;
        out += '=';
        out += value;
    }
    return out;
}

// All values of a header, trimmed, inner runs of spaces collapsed, joined by commas.
std::string canonicalHeaderValue(const CanonicalRequest::Request& request, std::string_view name)
{
    std::string out;
    bool first = true;
    for (auto range = request.equal_range(name); range.first != range.second; ++range.first) {
        if (!first)
            out += ',';
        first = false;
        bool pendingSpace = false;
        for (char c : CanonicalRequest::trim(range.first->value())) {
            if (isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace)
                out += ' ';
            pendingSpace = false;
            out += c;
        }
    }
    return out;
}

} // namespace

std::vector<std::string_view> CanonicalRequest::split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

std::string_view CanonicalRequest::trim(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

std::string CanonicalRequest::build(const Request& request, std::string_view signedHeaders)
{
    const std::string_view target = request.target();
    const std::size_t question = target.find('?');
    const std::string_view path = target.substr(0, question);
    const std::string_view query = question == std::string_view::npos ? "" : target.substr(question + 1);

    std::string canonical;
    canonical.reserve(512);
    canonical += request.method_string();
    canonical += '\n';
    canonical += path.empty() ? "/" : uriEncode(path, true);
    canonical += '\n';
    canonical += canonicalQuery(query);
    canonical += '\n';
    for (std::string_view name : split(signedHeaders, ';')) {
        canonical += name;
        canonical += ':';
        canonical += canonicalHeaderValue(request, name);
        canonical += '\n';
    }
    canonical += '\n';
    canonical += signedHeaders;
    canonical += '\n';
    canonical += Sha256::hex(Sha256::hash(request.body()));
    return canonical;
}

} // namespace dynoscope::server
