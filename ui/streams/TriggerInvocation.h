// One run of a trigger's command on one batch of records.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace dynoscope::ui {

struct TriggerInvocation {
    QDateTime startedAt;
    qint64 durationMillis = 0;
    int attempt = 1; // 1 for the first run of the batch
    int recordCount = 0;
    QString firstSequenceNumber;
    QString lastSequenceNumber;
    bool started = false; // false when the program could not be started
    bool crashed = false;
    bool timedOut = false;
    int exitCode = 0; // meaningful when started and not crashed
    QString error; // why it could not start, crashed or timed out
    QByteArray standardOutput;
    QByteArray standardError;

    bool succeeded() const { return started && !crashed && !timedOut && exitCode == 0; }
    // "exit 0", "exit 3", "crashed", "timed out", "failed to start".
    QString statusText() const;
};

} // namespace dynoscope::ui
