// AWS Signature Version 4: signs an HTTP request for one service and region
// with a set of keys, as the IAM user guide's "Create a signed AWS API
// request" describes (header-based signing, SHA-256 of the whole payload).
#pragma once

#include "connection/AwsCredentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace dynoscope::ui {

class SigV4Signer {
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    struct Request {
        QByteArray method = "POST";
        QByteArray path = "/"; // percent-encoded, as sent
        QByteArray query; // as sent, without the '?'
        Headers headers; // every one is signed; Host must be among them
        QByteArray payload;
    };

    SigV4Signer(AwsCredentials credentials, QString region, QString service = QStringLiteral("dynamodb"));

    // The headers to add to the request: X-Amz-Date, X-Amz-Security-Token
    // (with temporary keys) and Authorization. Both of the first two are signed.
    Headers sign(const Request& request, const QDateTime& time) const;

private:
    AwsCredentials m_credentials;
    QByteArray m_region;
    QByteArray m_service;
};

} // namespace dynoscope::ui
