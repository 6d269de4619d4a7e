// Everything an HttpConnection needs, fully resolved: where to send, the
// region to sign for, and the keys to sign with.
#pragma once

#include "connection/AwsCredentials.h"

#include <QString>
#include <QUrl>

namespace dynoscope::ui {

struct HttpEndpoint {
    QUrl url;
    // DynamoDB Streams' endpoint: AWS serves it on a host of its own
    // (streams.dynamodb.<region>.amazonaws.com); emulators on the same URL.
    QUrl streamsUrl;
    QString region;
    AwsCredentials credentials;
    // Where the keys and the URL came from, for showing the user
    // ("profile dev", "AWS_ENDPOINT_URL_DYNAMODB"); never the keys themselves.
    QString credentialOrigin;
    QString endpointOrigin;
};

} // namespace dynoscope::ui
