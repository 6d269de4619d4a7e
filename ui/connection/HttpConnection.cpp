// DynamoDB's JSON protocol (awsJson1_0): POST / with X-Amz-Target naming the
// operation. Errors come back as HTTP 400/500 with {"__type", "message"}.
#include "connection/HttpConnection.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtConcurrent/QtConcurrentRun>

namespace dynoscope::ui {

namespace {

const QByteArray kContentType = "application/x-amz-json-1.0";

// What the Host header carries: the port only when it is not the scheme's default.
QByteArray hostHeader(const QUrl& url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

// DynamoDB names the error in "__type" ("com.amazonaws.dynamodb.v20120810#ValidationException")
// or, for some front-end errors, only in the x-amzn-ErrorType header
// ("UnrecognizedClientException:http://internal.amazon.com/coral/...").
void readError(const QNetworkReply& networkReply, Reply& reply)
{
    const QJsonObject object = QJsonDocument::fromJson(reply.body).object();
    QString type = object.value(QLatin1String("__type")).toString();
    if (type.isEmpty())
        type = QString::fromLatin1(networkReply.rawHeader("x-amzn-ErrorType"));
    reply.errorType = type.section(QLatin1Char('#'), -1).section(QLatin1Char(':'), 0, 0);
    reply.errorMessage = object.value(QLatin1String("message")).toString();
    if (reply.errorMessage.isEmpty())
        reply.errorMessage = object.value(QLatin1String("Message")).toString();
    if (reply.errorType.isEmpty()) {
        reply.errorType = QStringLiteral("HttpError");
        reply.errorMessage = HttpConnection::tr("%1 answered HTTP %2 %3, not a DynamoDB error.")
                                 .arg(networkReply.url().toDisplayString())
                                 .arg(reply.httpStatus)
                                 .arg(networkReply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    }
}

// A DynamoDB answer is a JSON object; a web page or proxy banner is not.
bool startsWithBrace(const QByteArray& body)
{
    for (const char c : body) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return c == '{';
    }
    return false;
}

// The POST for one call, signed. REQUIRES: thread-safe, it runs on a worker.
QNetworkRequest signedRequest(const QUrl& url, const SigV4Signer& signer, WireApi api, const QString& operation,
    const QByteArray& body, std::chrono::milliseconds timeout)
{
    const QByteArray targetPrefix = api == WireApi::Streams     ? "DynamoDBStreams_20120810."
                                    : api == WireApi::Dynoscope ? "Dynoscope_20241101."
                                                                : "DynamoDB_20120810.";
    SigV4Signer::Request toSign;
    toSign.path = url.path(QUrl::FullyEncoded).toLatin1();
    toSign.query = url.query(QUrl::FullyEncoded).toLatin1();
    toSign.headers = { { "Host", hostHeader(url) }, { "Content-Type", kContentType },
        { "X-Amz-Target", targetPrefix + operation.toLatin1() } };
    toSign.payload = body;

    QNetworkRequest request(url);
    for (const SigV4Signer::Headers& headers :
        { toSign.headers, signer.sign(toSign, QDateTime::currentDateTimeUtc()) }) {
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
    }
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Dynoscope/" DYNOSCOPE_VERSION));
    // DynamoDB speaks HTTP/1.1; keeping to it keeps the signed Host header the one sent.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // A signature holds for one host only: a redirect is reported, not followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(timeout.count()));
    return request;
}

} // namespace

HttpConnection::HttpConnection(HttpEndpoint endpoint, QObject* parent)
    : Connection(parent)
    , m_endpoint(std::move(endpoint))
    , m_signer(m_endpoint.credentials, m_endpoint.region)
{
}

HttpConnection::~HttpConnection()
{
    // Nobody is left to hear the answers.
    for (const Call& call : std::as_const(m_calls)) {
        if (call.reply) {
            call.reply->disconnect(this);
            call.reply->abort();
        }
    }
}

QString HttpConnection::displayName() const
{
    return tr("%1 (%2, %3)").arg(m_endpoint.url.toDisplayString(), m_endpoint.region, m_endpoint.credentialOrigin);
}

void HttpConnection::cancel(quint64 id)
{
    const auto call = m_calls.find(id);
    if (call == m_calls.end())
        return;
    call->cancelled = true;
    if (call->reply)
        call->reply->abort(); // emits finished() at once
    else
        finish(id); // still being signed: it is never sent
}

void HttpConnection::start(quint64 id, WireApi api, const QString& operation, const QByteArray& requestJson)
{
    Call call;
    call.timer.start();
    call.result.id = id;
    call.result.operation = operation;
    call.result.request = requestJson;
    m_calls.insert(id, std::move(call));

    // Signing hashes the whole request, which for megabytes takes a while:
    // a worker does it, and the GUI thread only posts. The watcher goes with
    // this connection, and the answer of a late worker with it.
    const QUrl& url = api == WireApi::Streams ? m_endpoint.streamsUrl : m_endpoint.url;
    auto* signing = new QFutureWatcher<QNetworkRequest>(this);
    connect(signing, &QFutureWatcherBase::finished, this, [this, id, signing, requestJson] {
        signing->deleteLater();
        post(id, signing->result(), requestJson);
    });
    signing->setFuture(QtConcurrent::run([url, signer = m_signer, api, operation, requestJson, timeout = m_timeout] {
        return signedRequest(url, signer, api, operation, requestJson, timeout);
    }));
}

void HttpConnection::post(quint64 id, const QNetworkRequest& request, const QByteArray& body)
{
    const auto call = m_calls.find(id);
    if (call == m_calls.end())
        return; // cancelled while it was being signed
    call->reply = m_network.post(request, body);
    connect(call->reply, &QNetworkReply::finished, this, [this, id] { finish(id); });
}

void HttpConnection::finish(quint64 id)
{
    Call call = m_calls.take(id);
    Reply reply = std::move(call.result);
    reply.latencyMicros = call.timer.nsecsElapsed() / 1000;
    if (call.cancelled) {
        if (call.reply)
            call.reply->deleteLater();
        reply.cancelled = true;
        reply.errorMessage = tr("Cancelled");
        complete(std::move(reply));
        return;
    }
    QNetworkReply& networkReply = *call.reply;
    networkReply.deleteLater();

    // Codes below 200 are failures of the network below HTTP (refused, TLS,
    // timeout...); they void even an answer whose headers had arrived.
    const QNetworkReply::NetworkError error = networkReply.error();
    const QVariant status = networkReply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if ((error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) || !status.isValid()) {
        reply.errorType = QStringLiteral("NetworkError");
        const QString url = networkReply.url().toDisplayString();
        const bool timedOut = error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
        reply.errorMessage = timedOut ? tr("No answer from %1 within %2 s.").arg(url).arg(m_timeout.count() / 1000.0)
                                      : tr("Cannot reach %1: %2").arg(url, networkReply.errorString());
    } else {
        reply.httpStatus = status.toInt();
        reply.body = networkReply.readAll();
        reply.ok = reply.httpStatus / 100 == 2;
        if (!reply.ok) {
            readError(networkReply, reply);
        } else if (!startsWithBrace(reply.body)) {
            reply.ok = false;
            reply.errorType = QStringLiteral("HttpError");
            reply.errorMessage = tr("%1 answered with something other than DynamoDB's JSON.")
                                     .arg(networkReply.url().toDisplayString());
        }
    }
    complete(std::move(reply));
}

} // namespace dynoscope::ui
