// Canonical request, string to sign and signing key of Signature Version 4
// for services other than S3: the path is encoded once more as sent, query
// parameters are sorted and encoded once, header values are trimmed.
#include "connection/SigV4Signer.h"

#include "server/Sha256.h"

#include <QMap>

#include <algorithm>
#include <string_view>

namespace dynoscope::ui {

namespace {

using server::Sha256;

std::string_view view(const QByteArray& bytes)
{
    return { bytes.constData(), std::size_t(bytes.size()) };
}

QByteArray hexHash(const QByteArray& data)
{
    return QByteArray::fromStdString(Sha256::hex(Sha256::hash(view(data))));
}

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    const Sha256::Digest digest = Sha256::hmac(view(key), view(message));
    return QByteArray(reinterpret_cast<const char*>(digest.data()), qsizetype(digest.size()));
}

// Parameters decoded, then encoded with RFC 3986's unreserved set and sorted by name, then value.
QByteArray canonicalQuery(const QByteArray& query)
{
    QList<std::pair<QByteArray, QByteArray>> parameters;
    for (const QByteArray& part : query.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        const QByteArray name = equals < 0 ? part : part.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : part.mid(equals + 1);
        parameters.append({ QByteArray::fromPercentEncoding(name).toPercentEncoding(),
            QByteArray::fromPercentEncoding(value).toPercentEncoding() });
    }
    std::sort(parameters.begin(), parameters.end());
    QByteArray out;
    for (const auto& [name, value] : parameters) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

} // namespace

SigV4Signer::SigV4Signer(AwsCredentials credentials, QString region, QString service)
    : m_credentials(std::move(credentials))
    , m_region(region.toUtf8())
    , m_service(service.toUtf8())
{
}

SigV4Signer::Headers SigV4Signer::sign(const Request& request, const QDateTime& time) const
{
    const QDateTime utc = time.toUTC();
    const QByteArray amzDate = utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray date = amzDate.left(8);

    Headers added { { "X-Amz-Date", amzDate } };
    if (!m_credentials.sessionToken.isEmpty())
        added.append({ "X-Amz-Security-Token", m_credentials.sessionToken.toUtf8() });

    // Lowercase names, sorted; values trimmed, inner runs of spaces collapsed,
    // those of a repeated header joined by commas.
    QMap<QByteArray, QByteArray> headers;
    for (const Headers* list : { &request.headers, static_cast<const Headers*>(&added) }) {
        for (const auto& [name, value] : *list) {
            QByteArray& joined = headers[name.toLower()];
            joined += (joined.isEmpty() ? QByteArray() : QByteArray(",")) + value.simplified();
        }
    }
    QByteArray canonicalHeaders;
    QByteArray signedHeaders;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        canonicalHeaders += it.key() + ':' + it.value() + '\n';
        signedHeaders += (signedHeaders.isEmpty() ? QByteArray() : QByteArray(";")) + it.key();
    }

    const QByteArray path = request.path.isEmpty() ? QByteArray("/") : request.path.toPercentEncoding("/");
    const QByteArray canonicalRequest = request.method + '\n' + path + '\n' + canonicalQuery(request.query) + '\n'
        + canonicalHeaders + '\n' + signedHeaders + '\n' + hexHash(request.payload);

    const QByteArray scope = date + '/' + m_region + '/' + m_service + "/aws4_request";
    const QByteArray stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n' + hexHash(canonicalRequest);

    QByteArray key = "AWS4" + m_credentials.secretAccessKey.toUtf8();
    for (const QByteArray& part : { date, m_region, m_service, QByteArray("aws4_request") })
        key = hmac(key, part);
    const QByteArray signature = hmac(key, stringToSign).toHex();

    added.append({ "Authorization",
        "AWS4-HMAC-SHA256 Credential=" + m_credentials.accessKeyId.toUtf8() + '/' + scope
            + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature });
    return added;
}

} // namespace dynoscope::ui
