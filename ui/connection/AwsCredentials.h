// The keys a request to AWS is signed with: long-term keys, or temporary
// ones with their session token. Held in memory only: never saved or logged.
#pragma once

#include <QString>

namespace dynoscope::ui {

struct AwsCredentials {
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // empty for long-term keys

    bool isComplete() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }

    // The access key ID with its middle hidden ("AKIA…MPLE"), for showing
    // which key a connection uses without showing the key.
    QString maskedKeyId() const
    {
        if (accessKeyId.size() <= 8)
            return accessKeyId;
        return accessKeyId.left(4) + QChar(0x2026) + accessKeyId.right(4);
    }
};

} // namespace dynoscope::ui
