// SigV4Verifier: the AWS documentation's signing example, and DynamoDB's
// exact errors for each way a signature can be wrong (messages as DynamoDB
// sends them, recorded by dynalite's and Alternator's tests).
#include "server/SigV4Verifier.h"

#include <QTest>

#include <optional>

using dynoscope::Error;
using dynoscope::server::SigV4Verifier;
namespace http = boost::beast::http;
using std::chrono::system_clock;

namespace {

constexpr auto kDate = "20240102T030405Z";
constexpr auto kScope = "20240102/eu-west-1/dynamodb/aws4_request";
constexpr auto kSignedHeaders = "content-type;host;x-amz-date;x-amz-target";

system_clock::time_point utc(int year, unsigned month, unsigned day, int hours, int minutes, int seconds)
{
    return std::chrono::sys_days(std::chrono::year(year) / std::chrono::month(month) / std::chrono::day(day))
        + std::chrono::hours(hours) + std::chrono::minutes(minutes) + std::chrono::seconds(seconds);
}

const system_clock::time_point kNow = utc(2024, 1, 2, 3, 4, 5);

SigV4Verifier::Request dynamoRequest(std::string_view date = kDate)
{
    SigV4Verifier::Request request(http::verb::post, "/", 11);
    request.set(http::field::host, "localhost:8000");
    request.set(http::field::content_type, "application/x-amz-json-1.0");
    request.set("X-Amz-Target", "DynamoDB_20120810.ListTables");
    request.set("X-Amz-Date", date);
    request.body() = "{}";
    return request;
}

// Signs as an SDK would, with the verifier's own key.
void sign(SigV4Verifier::Request& request, const SigV4Verifier& verifier, std::string_view keyId = "AKID")
{
    const std::string signature = verifier.signature(request, kSignedHeaders, kDate, kScope);
    request.set(http::field::authorization,
        "AWS4-HMAC-SHA256 Credential=" + std::string(keyId) + "/" + kScope + ", SignedHeaders=" + kSignedHeaders
            + ", Signature=" + signature);
}

void expectError(const std::optional<Error>& error, Error::Code code, const std::string& message)
{
    QVERIFY(error.has_value());
    QCOMPARE(QString::fromUtf8(error->name()), QString::fromUtf8(Error(code, {}).name()));
    QCOMPARE(QString::fromStdString(error->message()), QString::fromStdString(message));
}

} // namespace

class SigV4VerifierTest : public QObject {
    Q_OBJECT

private:
    SigV4Verifier m_verifier { "AKID", "secret/key+value" };

    std::optional<Error> verifyWithAuthorization(std::string_view authorization, std::string_view date = kDate)
    {
        SigV4Verifier::Request request = dynamoRequest(date);
        request.set(http::field::authorization, authorization);
        return m_verifier.verify(request, kNow);
    }

private slots:
    // "Create a signed AWS API request", the IAM ListUsers example.
    void awsDocumentationExample()
    {
        SigV4Verifier verifier("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        SigV4Verifier::Request request(http::verb::get, "/?Action=ListUsers&Version=2010-05-08", 11);
        request.set(http::field::host, "iam.amazonaws.com");
        request.set(http::field::content_type, "application/x-www-form-urlencoded; charset=utf-8");
        request.set("X-Amz-Date", "20150830T123600Z");
        QCOMPARE(QString::fromStdString(verifier.signature(request, "content-type;host;x-amz-date", "20150830T123600Z",
                     "20150830/us-east-1/iam/aws4_request")),
            "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");
    }

    void acceptsAGoodSignature()
    {
        SigV4Verifier::Request request = dynamoRequest();
        sign(request, m_verifier);
        QVERIFY(!m_verifier.verify(request, kNow));
    }

    // Alternator issue 9568: commas alone may separate the parameters.
    void acceptsParametersWithoutSpaces()
    {
        SigV4Verifier::Request request = dynamoRequest();
        const std::string signature = m_verifier.signature(request, kSignedHeaders, kDate, kScope);
        request.set(http::field::authorization,
            std::string("AWS4-HMAC-SHA256 Credential=AKID/") + kScope + ",SignedHeaders=" + kSignedHeaders
                + ",Signature=" + signature);
        QVERIFY(!m_verifier.verify(request, kNow));
    }

    void missingAuthorization()
    {
        expectError(m_verifier.verify(dynamoRequest(), kNow), Error::Code::MissingAuthenticationToken,
            "Request is missing Authentication Token");
        expectError(verifyWithAuthorization("AWS4"), Error::Code::MissingAuthenticationToken,
            "Request is missing Authentication Token");
    }

    void incompleteAuthorization()
    {
        SigV4Verifier::Request request = dynamoRequest();
        request.erase("X-Amz-Date");
        request.set(http::field::authorization, "AWS4-");
        expectError(m_verifier.verify(request, kNow), Error::Code::IncompleteSignature,
            "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' "
            "parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires "
            "existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-");
    }

    void malformedDate()
    {
        expectError(
            verifyWithAuthorization("AWS4-HMAC-SHA256 Credential=a/b/c/d/e, SignedHeaders=host, Signature=b", "201"),
            Error::Code::IncompleteSignature,
            "Date must be in ISO-8601 'basic format'. Got '201'. See http://en.wikipedia.org/wiki/ISO_8601");
    }

    void expiredAndFutureSignatures()
    {
        SigV4Verifier::Request request = dynamoRequest("20130301T000000Z");
        request.set(http::field::authorization,
            "AWS4-HMAC-SHA256 Credential=a/2/3/4/aws4_request, "
            "SignedHeaders=host;x-amz-date, Signature=123");
        expectError(m_verifier.verify(request, utc(2013, 6, 9, 10, 0, 15)), Error::Code::InvalidSignature,
            "Signature expired: 20130301T000000Z is now earlier than 20130609T094515Z (20130609T100015Z - 15 min.)");
        request.set("X-Amz-Date", "20130609T110000Z");
        expectError(m_verifier.verify(request, utc(2013, 6, 9, 10, 0, 0)), Error::Code::InvalidSignature,
            "Signature not yet current: 20130609T110000Z is still later than 20130609T101500Z (20130609T100000Z + "
            "15 min.)");
    }

    void hostMustBeSigned()
    {
        expectError(verifyWithAuthorization("AWS4-HMAC-SHA256 Credential=a/b/c/d/e, SignedHeaders=x-amz-date, "
                                            "Signature=b"),
            Error::Code::InvalidSignature, "'Host' must be a 'SignedHeader' in the AWS Authorization.");
    }

    void unsupportedAlgorithm()
    {
        expectError(verifyWithAuthorization("AWS4-HMAC-SHA25 Credential=a/b/c/d/e, SignedHeaders=host, Signature=b"),
            Error::Code::IncompleteSignature,
            "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA25' (only AWS4-HMAC-SHA256 for now). ");
    }

    void credentialNeedsFiveElements()
    {
        expectError(verifyWithAuthorization("AWS4-HMAC-SHA256 Credential=a/b/c/d, SignedHeaders=host, Signature=b"),
            Error::Code::IncompleteSignature,
            "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got "
            "'a/b/c/d'");
    }

    void credentialScopeProblemsAreListedTogether()
    {
        expectError(verifyWithAuthorization("AWS4-HMAC-SHA256 Credential=a/b/c/d/e, SignedHeaders=host, Signature=b"),
            Error::Code::InvalidSignature,
            "Credential should be scoped to correct service: 'dynamodb'. Credential should be scoped with a valid "
            "terminator: 'aws4_request', not 'e'. Date in Credential scope does not match YYYYMMDD from ISO-8601 "
            "version of date from HTTP: 'b' != '20240102', from '20240102T030405Z'.");
    }

    void unknownAccessKey()
    {
        SigV4Verifier::Request request = dynamoRequest();
        sign(request, m_verifier, "SOMEONE_ELSE");
        expectError(m_verifier.verify(request, kNow), Error::Code::UnrecognizedClient,
            "The security token included in the request is invalid.");
    }

    void wrongSecretOrAlteredRequest()
    {
        const std::string mismatch = "The request signature we calculated does not match the signature you "
                                     "provided. Check your AWS Secret Access Key and signing method. Consult the "
                                     "service documentation for details.";
        SigV4Verifier::Request request = dynamoRequest();
        sign(request, SigV4Verifier("AKID", "another secret"));
        expectError(m_verifier.verify(request, kNow), Error::Code::InvalidSignature, mismatch);

        sign(request, m_verifier);
        request.body() = "{\"Limit\":1}";
        expectError(m_verifier.verify(request, kNow), Error::Code::InvalidSignature, mismatch);
    }
};

QTEST_APPLESS_MAIN(SigV4VerifierTest)
#include "SigV4VerifierTest.moc"
