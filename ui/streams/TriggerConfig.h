// A local trigger: a command run with batches of stream records on its
// standard input, attached to a stream the way a Lambda function is.
#pragma once

#include "streams/StreamReader.h"

#include <QString>
#include <QStringList>

namespace dynoscope::ui {

struct TriggerConfig {
    QString name;
    QString program;
    QStringList arguments;
    QString workingDirectory; // empty: the application's
    int batchSize = 100;
    StreamReader::StartPosition startPosition = StreamReader::StartPosition::Latest;
    // Attempts of one batch before the trigger stops and waits for the user.
    int maxAttempts = 3;
    // Delay before the first retry; it doubles with each further attempt.
    int retryDelayMillis = 1000;
    // A run taking longer is killed and counts as failed.
    int timeoutMillis = 60000;

    // "python3 handler.py", for lists.
    QString commandLine() const;
};

} // namespace dynoscope::ui
