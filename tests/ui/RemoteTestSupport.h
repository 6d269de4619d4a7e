// Shared by the tests that talk to a real endpoint process (dynoscope-server,
// dynalite): running the process, waiting for calls, and the basic flow of
// calls every DynamoDB endpoint must serve.
#pragma once

#include "connection/Connection.h"
#include "connection/HttpEndpoint.h"

#include <QProcess>
#include <QRegularExpression>

namespace remotetest {

// Sends one call and waits for its reply; a reply with errorType
// "TestTimeout" when none came within timeoutMs.
dynoscope::ui::Reply call(dynoscope::ui::Connection& connection, const QString& operation, const QByteArray& request,
    dynoscope::ui::WireApi api = dynoscope::ui::WireApi::DynamoDB, int timeoutMs = 15000);

// CreateTable (then waits until the table is ACTIVE), PutItem, GetItem,
// Query, and a GetItem on a missing table, checking every reply. Callers
// check QTest::currentTestFailed() afterwards.
void basicFlow(dynoscope::ui::Connection& connection, const QString& tableName);

// An endpoint at url in us-east-1 signed with the given keys.
dynoscope::ui::HttpEndpoint endpoint(const QUrl& url, const QString& accessKeyId, const QString& secretAccessKey);

// A TCP port on 127.0.0.1 that nothing listened on a moment ago.
quint16 freePort();

// A child process that never outlives the test: stopped when this object
// goes, and killed by the kernel if the test itself dies.
class ChildProcess {
public:
    ChildProcess();
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    // Starts the program and waits until a line of its output matches
    // readyLine. Returns the match (hasMatch() false when the process ended
    // or timeoutMs passed first; output() then says why).
    QRegularExpressionMatch start(const QString& program, const QStringList& arguments,
        const QRegularExpression& readyLine, int timeoutMs = 15000);
    // SIGTERM, then SIGKILL if it lingers; waits for the end.
    void stop();
    QString output() const { return m_output; }

private:
    QProcess m_process;
    QString m_output;
};

} // namespace remotetest
