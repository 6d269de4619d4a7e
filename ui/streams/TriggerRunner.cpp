// The delivery loop of a trigger: one process at a time, the batch at the
// head of the queue until it succeeds or the user skips it.
#include "streams/TriggerRunner.h"

#include "streams/StreamEvent.h"

#include <QProcess>

namespace dynoscope::ui {

namespace {

// What an invocation keeps of its output.
constexpr qsizetype kMaxOutputBytes = 256 * 1024;

QByteArray bounded(QByteArray bytes)
{
    if (bytes.size() > kMaxOutputBytes) {
        bytes.truncate(kMaxOutputBytes);
        bytes += "\n[…]";
    }
    return bytes;
}

} // namespace

TriggerRunner::TriggerRunner(
    Connection* connection, const QString& streamArn, const TriggerConfig& config, QObject* parent)
    : QObject(parent)
    , m_streamArn(streamArn)
    , m_config(config)
    , m_reader(new StreamReader(connection, this))
{
    m_reader->reset(streamArn, config.startPosition);
    connect(m_reader, &StreamReader::recordsRead, this, &TriggerRunner::enqueue);
    connect(m_reader, &StreamReader::failed, this, &TriggerRunner::readFailed);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (!m_process)
            return;
        m_current.timedOut = true;
        m_process->kill();
    });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        setState(State::Waiting);
        runNext();
    });
}

TriggerRunner::~TriggerRunner()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QString TriggerRunner::stateText() const
{
    switch (m_state) {
    case State::Waiting:
        return tr("Waiting for records");
    case State::Running:
        return tr("Running on %n record(s), attempt %1", nullptr, m_batchLength).arg(m_attempt);
    case State::Retrying:
        return tr("Retrying after attempt %1 of %2").arg(m_attempt).arg(m_config.maxAttempts);
    case State::Halted:
        return tr("Halted: a batch of %n record(s) failed every attempt", nullptr, m_batchLength);
    case State::Paused:
        break;
    }
    return tr("Paused");
}

void TriggerRunner::start()
{
    resume();
}

void TriggerRunner::pause()
{
    m_paused = true;
    m_reader->stop();
    if (m_state == State::Retrying) {
        m_retry.stop();
        setState(State::Paused);
    } else if (m_state == State::Waiting) {
        setState(State::Paused);
    }
}

void TriggerRunner::resume()
{
    m_paused = false;
    if (m_pending.size() < bufferLimit())
        m_reader->start();
    if (m_state == State::Paused)
        setState(State::Waiting);
    runNext();
}

void TriggerRunner::retryNow()
{
    if (m_state != State::Halted)
        return;
    m_attempt = 0;
    setState(m_paused ? State::Paused : State::Waiting);
    runNext();
}

void TriggerRunner::skipBatch()
{
    if (m_state == State::Halted)
        batchDone(false);
}

int TriggerRunner::bufferLimit() const
{
    return std::max(1000, 10 * m_config.batchSize);
}

void TriggerRunner::enqueue(const StreamRecordList& records)
{
    m_pending.append(records);
    // Reading waits while the command falls behind.
    if (m_pending.size() >= bufferLimit())
        m_reader->stop();
    runNext();
}

void TriggerRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TriggerRunner::runNext()
{
    if (m_paused || m_state != State::Waiting || m_pending.isEmpty())
        return;
    launch();
}

void TriggerRunner::launch()
{
    if (m_attempt == 0)
        m_batchLength = int(std::min<qsizetype>(m_config.batchSize, m_pending.size()));
    ++m_attempt;
    const StreamRecordList batch = m_pending.mid(0, m_batchLength);
    m_current = TriggerInvocation();
    m_current.startedAt = QDateTime::currentDateTime();
    m_current.attempt = m_attempt;
    m_current.recordCount = m_batchLength;
    m_current.firstSequenceNumber = batch.first().sequenceNumber;
    m_current.lastSequenceNumber = batch.last().sequenceNumber;
    setState(State::Running);

    m_process = new QProcess(this);
    m_process->setProgram(m_config.program);
    m_process->setArguments(m_config.arguments);
    if (!m_config.workingDirectory.isEmpty())
        m_process->setWorkingDirectory(m_config.workingDirectory);
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        TriggerInvocation invocation = m_current;
        invocation.started = true;
        invocation.exitCode = exitCode;
        invocation.crashed = status == QProcess::CrashExit && !invocation.timedOut;
        if (invocation.timedOut)
            invocation.error = tr("Killed after %n ms", nullptr, m_config.timeoutMillis);
        else if (invocation.crashed)
            invocation.error = m_process->errorString();
        finish(invocation);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // the others end in finished()
        TriggerInvocation invocation = m_current;
        invocation.error = m_process->errorString();
        finish(invocation);
    });
    m_clock.start();
    m_timeout.start(m_config.timeoutMillis);
    m_process->start();
    m_process->write(StreamEvent::lambdaEvent(batch, m_streamArn));
    m_process->closeWriteChannel();
}

void TriggerRunner::finish(TriggerInvocation invocation)
{
    m_timeout.stop();
    invocation.durationMillis = m_clock.elapsed();
    invocation.standardOutput = bounded(m_process->readAllStandardOutput());
    invocation.standardError = bounded(m_process->readAllStandardError());
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    m_invocations.append(invocation);
    emit invoked(invocation);

    if (invocation.succeeded()) {
        batchDone(true);
    } else if (m_attempt >= m_config.maxAttempts) {
        setState(State::Halted);
    } else if (m_paused) {
        setState(State::Paused);
    } else {
        setState(State::Retrying);
        m_retry.start(m_config.retryDelayMillis * (1 << std::min(m_attempt - 1, 16)));
    }
}

void TriggerRunner::batchDone(bool delivered)
{
    m_pending.remove(0, m_batchLength);
    (delivered ? m_delivered : m_skipped) += m_batchLength;
    m_attempt = 0;
    m_batchLength = 0;
    if (!m_paused && !m_reader->isRunning() && m_pending.size() < bufferLimit())
        m_reader->start();
    setState(m_paused ? State::Paused : State::Waiting);
    runNext();
}

} // namespace dynoscope::ui
