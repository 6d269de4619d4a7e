// AWS Signature Version 4 as specified in the IAM user guide ("Create a signed
// AWS API request"); the checks and their order follow DynamoDB's answers.
#include "server/SigV4Verifier.h"

#include "server/CanonicalRequest.h"
#include "server/Sha256.h"

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

namespace dynoscope::server {

namespace http = boost::beast::http;
using std::chrono::system_clock;

namespace {

constexpr auto kAllowedSkew = std::chrono::minutes(15);

// Parses "20150830T123600Z" (ISO 8601 basic format, UTC).
std::optional<system_clock::time_point> parseAmzDate(std::string_view text)
{
    if (text.size() != 16 || text[8] != 'T' || text[15] != 'Z')
        return std::nullopt;
    int fields[6];
    const int offsets[6] = { 0, 4, 6, 9, 11, 13 };
    const int widths[6] = { 4, 2, 2, 2, 2, 2 };
    for (int f = 0; f < 6; ++f) {
        fields[f] = 0;
        for (int i = 0; i < widths[f]; ++i) {
            const char c = text[offsets[f] + i];
            if (c < '0' || c > '9')
                return std::nullopt;
            fields[f] = fields[f] * 10 + (c - '0');
        }
    }
    const std::chrono::year_month_day date { std::chrono::year(fields[0]), std::chrono::month(unsigned(fields[1])),
        std::chrono::day(unsigned(fields[2])) };
    if (!date.ok() || fields[3] > 23 || fields[4] > 59 || fields[5] > 60)
        return std::nullopt;
    return std::chrono::sys_days(date) + std::chrono::hours(fields[3]) + std::chrono::minutes(fields[4])
        + std::chrono::seconds(fields[5]);
}

std::string formatAmzDate(system_clock::time_point time)
{
    const auto seconds = std::chrono::floor<std::chrono::seconds>(time);
    const auto days = std::chrono::floor<std::chrono::days>(seconds);
    const std::chrono::year_month_day date(days);
    const std::chrono::hh_mm_ss clock(seconds - days);
    char text[32];
    std::snprintf(text, sizeof text, "%04d%02u%02uT%02d%02d%02dZ", int(date.year()), unsigned(date.month()),
        unsigned(date.day()), int(clock.hours().count()), int(clock.minutes().count()), int(clock.seconds().count()));
    return text;
}

// "AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=..." split
// into the algorithm and its parameters; commas or spaces separate them.
struct Authorization {
    std::string_view algorithm;
    std::string_view credential;
    std::string_view signedHeaders;
    std::string_view signature;
};

Authorization parseAuthorization(std::string_view header)
{
    header = CanonicalRequest::trim(header);
    Authorization auth;
    const std::size_t space = header.find_first_of(" \t");
    auth.algorithm = header.substr(0, space);
    if (space == std::string_view::npos)
        return auth;
    std::string_view rest = header.substr(space);
    while (!rest.empty()) {
        const std::size_t end = rest.find_first_of(", \t");
        const std::string_view part = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        const std::size_t equals = part.find('=');
        if (equals == std::string_view::npos)
            continue;
        const std::string_view key = part.substr(0, equals);
        const std::string_view value = part.substr(equals + 1);
        if (key == "Credential")
            auth.credential = value;
        else if (key == "SignedHeaders")
            auth.signedHeaders = value;
        else if (key == "Signature")
            auth.signature = value;
    }
    return auth;
}

Error missingToken()
{
    return Error(Error::Code::MissingAuthenticationToken, "Request is missing Authentication Token");
}

bool constantTimeEquals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

SigV4Verifier::SigV4Verifier(std::string accessKeyId, std::string secretAccessKey)
    : m_accessKeyId(std::move(accessKeyId))
    , m_secretAccessKey(std::move(secretAccessKey))
{
}

std::optional<Error> SigV4Verifier::verify(const Request& request, system_clock::time_point now) const
{
    const auto authHeader = request.find(http::field::authorization);
    if (authHeader == request.end())
        return missingToken();
    const std::string_view headerText = authHeader->value();
    if (!CanonicalRequest::trim(headerText).starts_with("AWS4-"))
        return missingToken();

    const Authorization auth = parseAuthorization(headerText);
    std::string_view date = request["x-amz-date"];
    if (date.empty())
        date = request[http::field::date];
    std::string incomplete;
    if (auth.credential.empty())
        incomplete += "Authorization header requires 'Credential' parameter. ";
    if (auth.signature.empty())
        incomplete += "Authorization header requires 'Signature' parameter. ";
    if (auth.signedHeaders.empty())
        incomplete += "Authorization header requires 'SignedHeaders' parameter. ";
    if (date.empty())
        incomplete += "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ";
    if (!incomplete.empty())
        return Error(Error::Code::IncompleteSignature, incomplete + "Authorization=" + std::string(headerText));

    const auto signedAt = parseAmzDate(date);
    if (!signedAt) {
        return Error(Error::Code::IncompleteSignature,
            "Date must be in ISO-8601 'basic format'. Got '" + std::string(date)
                + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }
    if (*signedAt < now - kAllowedSkew) {
        return Error(Error::Code::InvalidSignature,
            "Signature expired: " + std::string(date) + " is now earlier than " + formatAmzDate(now - kAllowedSkew)
                + " (" + formatAmzDate(now) + " - 15 min.)");
    }
    if (*signedAt > now + kAllowedSkew) {
        return Error(Error::Code::InvalidSignature,
            "Signature not yet current: " + std::string(date) + " is still later than "
                + formatAmzDate(now + kAllowedSkew) + " (" + formatAmzDate(now) + " + 15 min.)");
    }

    const std::vector<std::string_view> signedHeaders = CanonicalRequest::split(auth.signedHeaders, ';');
    if (std::find(signedHeaders.begin(), signedHeaders.end(), "host") == signedHeaders.end())
        return Error(Error::Code::InvalidSignature, "'Host' must be a 'SignedHeader' in the AWS Authorization.");
    if (auth.algorithm != "AWS4-HMAC-SHA256") {
        return Error(Error::Code::IncompleteSignature,
            "Unsupported AWS 'algorithm': '" + std::string(auth.algorithm) + "' (only AWS4-HMAC-SHA256 for now). ");
    }

    std::string_view credential = auth.credential;
    while (credential.ends_with('/'))
        credential.remove_suffix(1);
    const std::vector<std::string_view> scope = CanonicalRequest::split(credential, '/');
    if (scope.size() != 5) {
        return Error(Error::Code::IncompleteSignature,
            "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '"
                + std::string(credential) + "'");
    }
    std::vector<std::string> scopeProblems;
    if (scope[2].empty())
        scopeProblems.push_back("Credential should be scoped to a valid region, not '" + std::string(scope[2]) + "'.");
    if (scope[3] != "dynamodb")
        scopeProblems.push_back("Credential should be scoped to correct service: 'dynamodb'.");
    if (scope[4] != "aws4_request") {
        scopeProblems.push_back("Credential should be scoped with a valid terminator: 'aws4_request', not '"
            + std::string(scope[4]) + "'.");
    }
    if (scope[1] != date.substr(0, 8)) {
        scopeProblems.push_back("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from "
                                "HTTP: '"
            + std::string(scope[1]) + "' != '" + std::string(date.substr(0, 8)) + "', from '" + std::string(date)
            + "'.");
    }
    if (!scopeProblems.empty()) {
        std::string message;
        for (const std::string& problem : scopeProblems)
            message += (message.empty() ? "" : " ") + problem;
        return Error(Error::Code::InvalidSignature, std::move(message));
    }

    if (scope[0] != m_accessKeyId)
        return Error(Error::Code::UnrecognizedClient, "The security token included in the request is invalid.");
    const std::string expected = signature(request, auth.signedHeaders, date, credential.substr(scope[0].size() + 1));
    if (!constantTimeEquals(expected, auth.signature)) {
        return Error(Error::Code::InvalidSignature,
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret "
            "Access Key and signing method. Consult the service documentation for details.");
    }
    return std::nullopt;
}

std::string SigV4Verifier::signature(
    const Request& request, std::string_view signedHeaders, std::string_view amzDate, std::string_view scope) const
{
    const std::string canonical = CanonicalRequest::build(request, signedHeaders);

    std::string stringToSign = "AWS4-HMAC-SHA256\n";
    stringToSign += amzDate;
    stringToSign += '\n';
    stringToSign += scope;
    stringToSign += '\n';
    stringToSign += Sha256::hex(Sha256::hash(canonical));

    // The scope is date/region/service/aws4_request: each part is signed with
    // the key derived so far, starting from the secret.
    std::string key = "AWS4" + m_secretAccessKey;
    for (std::string_view part : CanonicalRequest::split(scope, '/'))
        key = Sha256::view(Sha256::hmac(key, part));
    return Sha256::hex(Sha256::hmac(key, stringToSign));
}

} // namespace dynoscope::server
