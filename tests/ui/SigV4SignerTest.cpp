// SigV4Signer against the AWS Signature Version 4 test suite (the requests and
// signatures AWS publishes with the signing documentation, example keys
// AKIDEXAMPLE / wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, service "service",
// us-east-1, 20150830T123600Z) and the IAM user guide's ListUsers example.
#include "connection/SigV4Signer.h"

#include <QtTest>

using dynoscope::ui::AwsCredentials;
using dynoscope::ui::SigV4Signer;

namespace {

const AwsCredentials kExampleKeys { QStringLiteral("AKIDEXAMPLE"),
    QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), {} };
const QDateTime kSuiteTime(QDate(2015, 8, 30), QTime(12, 36, 0), Qt::UTC);
const QByteArray kSuiteHost = "example.amazonaws.com";
const QByteArray kSuiteScope = "Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, ";

QByteArray header(const SigV4Signer::Headers& headers, const QByteArray& name)
{
    for (const auto& [candidate, value] : headers) {
        if (candidate == name)
            return value;
    }
    return {};
}

QByteArray authorization(
    const AwsCredentials& keys, const SigV4Signer::Request& request, const QString& service = QStringLiteral("service"))
{
    return header(SigV4Signer(keys, QStringLiteral("us-east-1"), service).sign(request, kSuiteTime), "Authorization");
}

} // namespace

class SigV4SignerTest : public QObject {
    Q_OBJECT

private slots:
    void postVanilla()
    {
        SigV4Signer::Request request;
        request.headers = { { "Host", kSuiteHost } };
        const SigV4Signer::Headers added
            = SigV4Signer(kExampleKeys, QStringLiteral("us-east-1"), QStringLiteral("service"))
                  .sign(request, kSuiteTime);
        QCOMPARE(header(added, "X-Amz-Date"), QByteArray("20150830T123600Z"));
        QCOMPARE(header(added, "X-Amz-Security-Token"), QByteArray());
        QCOMPARE(header(added, "Authorization"),
            "AWS4-HMAC-SHA256 " + kSuiteScope
                + "SignedHeaders=host;x-amz-date, "
                  "Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
    }

    void postFormWithBody()
    {
        SigV4Signer::Request request;
        request.headers = { { "Content-Type", "application/x-www-form-urlencoded" }, { "Host", kSuiteHost } };
        request.payload = "Param1=value1";
        QCOMPARE(authorization(kExampleKeys, request),
            "AWS4-HMAC-SHA256 " + kSuiteScope
                + "SignedHeaders=content-type;host;x-amz-date, "
                  "Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a");
    }

    // post-sts-header-before: the session token is a signed header.
    void sessionTokenIsSigned()
    {
        AwsCredentials keys = kExampleKeys;
        keys.sessionToken = QStringLiteral(
            "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfK"
            "D8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8"
            "Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iS"
            "IlTJabIQwj2ICCR/oLxBA==");
        SigV4Signer::Request request;
        request.headers = { { "Host", kSuiteHost } };
        const SigV4Signer::Headers added
            = SigV4Signer(keys, QStringLiteral("us-east-1"), QStringLiteral("service")).sign(request, kSuiteTime);
        QCOMPARE(header(added, "X-Amz-Security-Token"), keys.sessionToken.toLatin1());
        QCOMPARE(header(added, "Authorization"),
            "AWS4-HMAC-SHA256 " + kSuiteScope
                + "SignedHeaders=host;x-amz-date;x-amz-security-token, "
                  "Signature=85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead");
    }

    // get-vanilla-query-order-key: parameters sorted by name, then value.
    void queryParametersAreSorted()
    {
        SigV4Signer::Request request;
        request.method = "GET";
        request.query = "Param1=value2&Param1=Value1";
        request.headers = { { "Host", kSuiteHost } };
        QCOMPARE(authorization(kExampleKeys, request),
            "AWS4-HMAC-SHA256 " + kSuiteScope
                + "SignedHeaders=host;x-amz-date, "
                  "Signature=eedbc4e291e521cf13422ffca22be7d2eb8146eecf653089df300a15b2382bd1");
    }

    // The IAM user guide's ListUsers request.
    void iamListUsers()
    {
        SigV4Signer::Request request;
        request.method = "GET";
        request.query = "Action=ListUsers&Version=2010-05-08";
        request.headers = { { "Host", "iam.amazonaws.com" },
            { "Content-Type", "application/x-www-form-urlencoded; charset=utf-8" } };
        QCOMPARE(authorization(kExampleKeys, request, QStringLiteral("iam")),
            QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, "
                       "SignedHeaders=content-type;host;x-amz-date, "
                       "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"));
    }

    // Header names are matched without case and values trimmed, so spacing and
    // spelling do not change the signature; the time is taken in UTC.
    void headerSpellingDoesNotMatter()
    {
        SigV4Signer::Request plain;
        plain.headers = { { "Host", kSuiteHost }, { "X-Amz-Target", "DynamoDB_20120810.ListTables" } };
        plain.payload = "{}";
        SigV4Signer::Request spaced = plain;
        spaced.headers = { { "x-amz-target", "  DynamoDB_20120810.ListTables " }, { "HOST", kSuiteHost } };
        const SigV4Signer signer(kExampleKeys, QStringLiteral("eu-west-1"));
        const QByteArray expected = header(signer.sign(plain, kSuiteTime), "Authorization");
        QVERIFY(expected.contains("/20150830/eu-west-1/dynamodb/aws4_request"));
        QCOMPARE(header(signer.sign(spaced, kSuiteTime), "Authorization"), expected);
        QCOMPARE(header(signer.sign(plain, kSuiteTime.toOffsetFromUtc(3600)), "Authorization"), expected);
        QVERIFY(header(signer.sign(plain, kSuiteTime.addSecs(1)), "Authorization") != expected);
    }
};

QTEST_MAIN(SigV4SignerTest)
#include "SigV4SignerTest.moc"
