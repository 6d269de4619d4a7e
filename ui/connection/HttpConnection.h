// A Connection to a DynamoDB endpoint over HTTP or HTTPS: AWS, DynamoDB
// Local, LocalStack, dynalite, dynoscope-server. Each call is one POST,
// signed with Signature Version 4, through Qt's network stack, which works
// off the GUI thread and keeps connections alive between calls.
#pragma once

#include "connection/Connection.h"
#include "connection/HttpEndpoint.h"
#include "connection/SigV4Signer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>

#include <chrono>

class QNetworkReply;
class QNetworkRequest;

namespace dynoscope::ui {

class HttpConnection : public Connection {
    Q_OBJECT
public:
    explicit HttpConnection(HttpEndpoint endpoint, QObject* parent = nullptr);
    ~HttpConnection() override;

    // "https://dynamodb.eu-west-1.amazonaws.com (eu-west-1, profile dev)"
    QString displayName() const override;
    bool isEmbedded() const override { return false; }
    void cancel(quint64 id) override;

    // How long a call may go without any data moving before it fails with
    // a NetworkError. Applies to calls sent afterwards.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    const HttpEndpoint& endpoint() const { return m_endpoint; }

protected:
    void start(quint64 id, WireApi api, const QString& operation, const QByteArray& requestJson) override;

private:
    struct Call {
        QNetworkReply* reply = nullptr; // null while the request is being signed
        Reply result; // what is known before the answer: id, operation, request
        QElapsedTimer timer;
        bool cancelled = false;
    };

    // Sends a call once it is signed.
    void post(quint64 id, const QNetworkRequest& request, const QByteArray& body);
    void finish(quint64 id);

    HttpEndpoint m_endpoint;
    SigV4Signer m_signer;
    QNetworkAccessManager m_network;
    QHash<quint64, Call> m_calls;
    std::chrono::milliseconds m_timeout { std::chrono::seconds(60) };
};

} // namespace dynoscope::ui
