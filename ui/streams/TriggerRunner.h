// Runs one trigger: reads its stream from the chosen starting position and
// runs its command on each batch of records, in order. A batch that fails
// (non-zero exit, crash, timeout) is retried with a doubling delay up to the
// configured attempts; then the trigger halts on it until the user retries
// or skips it. A batch never starts before the one before it succeeded or
// was skipped.
#pragma once

#include "streams/StreamReader.h"
#include "streams/TriggerConfig.h"
#include "streams/TriggerInvocation.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QProcess;

namespace dynoscope::ui {

class Connection;

class TriggerRunner : public QObject {
    Q_OBJECT
public:
    enum class State {
        Waiting, // for records
        Running, // the command runs on a batch
        Retrying, // waiting before another attempt
        Halted, // the batch failed every attempt: the user decides
        Paused,
    };

    TriggerRunner(
        Connection* connection, const QString& streamArn, const TriggerConfig& config, QObject* parent = nullptr);
    ~TriggerRunner() override;

    const TriggerConfig& config() const { return m_config; }
    const QString& streamArn() const { return m_streamArn; }
    State state() const { return m_state; }
    QString stateText() const;
    StreamReader* reader() const { return m_reader; }

    void start();
    void pause();
    void resume();
    // REQUIRES: state() == Halted. Runs the failed batch again from attempt 1.
    void retryNow();
    // REQUIRES: state() == Halted. Drops the failed batch and goes on.
    void skipBatch();

    const QList<TriggerInvocation>& invocations() const { return m_invocations; }
    qint64 deliveredCount() const { return m_delivered; }
    qint64 skippedCount() const { return m_skipped; }
    int pendingCount() const { return int(m_pending.size()); }

signals:
    void invoked(const dynoscope::ui::TriggerInvocation& invocation);
    void stateChanged(dynoscope::ui::TriggerRunner::State state);
    void readFailed(const QString& message);

private:
    void enqueue(const StreamRecordList& records);
    void setState(State state);
    void runNext();
    void launch();
    void finish(TriggerInvocation invocation);
    void batchDone(bool delivered);
    int bufferLimit() const;

    QString m_streamArn;
    TriggerConfig m_config;
    StreamReader* m_reader;
    State m_state = State::Paused;
    StreamRecordList m_pending; // read, not yet delivered; the batch is its head
    bool m_paused = true;
    int m_attempt = 0; // attempts made on the batch at the head of m_pending
    int m_batchLength = 0; // fixed at the first attempt, so a retry sends the same records
    QProcess* m_process = nullptr;
    TriggerInvocation m_current;
    QElapsedTimer m_clock;
    QTimer m_timeout;
    QTimer m_retry;
    QList<TriggerInvocation> m_invocations;
    qint64 m_delivered = 0;
    qint64 m_skipped = 0;
};

} // namespace dynoscope::ui
