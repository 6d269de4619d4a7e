// The basic flow uses only what DynamoDB, dynoscope-server and dynalite all
// serve: a PAY_PER_REQUEST table with a composite key, items, a key query.
#include "RemoteTestSupport.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QtTest>

#include <optional>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using dynoscope::ui::Connection;
using dynoscope::ui::HttpEndpoint;
using dynoscope::ui::Reply;
using dynoscope::ui::WireApi;

namespace remotetest {

namespace {

QJsonObject bodyOf(const Reply& reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

// Checks the parts every successful reply has, and reads its body.
void expectOk(const Reply& reply, const QString& operation, const QString& table, QJsonObject* body = nullptr)
{
    QVERIFY2(reply.ok,
        qPrintable(operation + QStringLiteral(": ") + reply.errorType + QStringLiteral(": ") + reply.errorMessage));
    QCOMPARE(reply.operation, operation);
    QCOMPARE(reply.tableName, table);
    QCOMPARE(reply.httpStatus, 200);
    QVERIFY(reply.latencyMicros > 0);
    QVERIFY(!reply.cancelled);
    QVERIFY(reply.errorType.isEmpty());
    if (body)
        *body = bodyOf(reply);
}

} // namespace

Reply call(Connection& connection, const QString& operation, const QByteArray& request, WireApi api, int timeoutMs)
{
    std::optional<Reply> result;
    QObject context;
    connection.send(
        operation, request, &context, [&](const Reply& reply) { result = reply; }, api);
    if (QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return *result;
    Reply timedOut;
    timedOut.errorType = QStringLiteral("TestTimeout");
    return timedOut;
}

void basicFlow(Connection& connection, const QString& table)
{
    const QByteArray name = table.toUtf8();
    const QByteArray create = "{\"TableName\":\"" + name
        + "\",\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},"
          "{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],"
          "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
          "{\"AttributeName\":\"sk\",\"AttributeType\":\"S\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}";
    Reply reply = call(connection, QStringLiteral("CreateTable"), create);
    QCOMPARE(reply.request, create);
    QJsonObject body;
    expectOk(reply, QStringLiteral("CreateTable"), table, &body);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(
        body.value(QLatin1String("TableDescription")).toObject().value(QLatin1String("TableName")).toString(), table);

    // Tables may be CREATING for a while (dynalite, DynamoDB itself).
    const QByteArray describe = "{\"TableName\":\"" + name + "\"}";
    QDeadlineTimer deadline(10000);
    QString status;
    while (status != QLatin1String("ACTIVE") && !deadline.hasExpired()) {
        expectOk(
            call(connection, QStringLiteral("DescribeTable"), describe), QStringLiteral("DescribeTable"), table, &body);
        if (QTest::currentTestFailed())
            return;
        status = body.value(QLatin1String("Table")).toObject().value(QLatin1String("TableStatus")).toString();
        if (status != QLatin1String("ACTIVE"))
            QTest::qWait(50);
    }
    QCOMPARE(status, QStringLiteral("ACTIVE"));

    const QByteArray put = "{\"TableName\":\"" + name
        + "\",\"Item\":{\"pk\":{\"S\":\"user#1\"},\"sk\":{\"S\":\"profile\"},\"visits\":{\"N\":\"42\"},"
          "\"tags\":{\"SS\":[\"a\",\"b\"]}}}";
    expectOk(call(connection, QStringLiteral("PutItem"), put), QStringLiteral("PutItem"), table);
    if (QTest::currentTestFailed())
        return;

    const QByteArray get
        = "{\"TableName\":\"" + name + "\",\"Key\":{\"pk\":{\"S\":\"user#1\"},\"sk\":{\"S\":\"profile\"}}}";
    expectOk(call(connection, QStringLiteral("GetItem"), get), QStringLiteral("GetItem"), table, &body);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject item = body.value(QLatin1String("Item")).toObject();
    QCOMPARE(item.value(QLatin1String("visits")).toObject().value(QLatin1String("N")).toString(), QStringLiteral("42"));
    QCOMPARE(item.value(QLatin1String("tags")).toObject().value(QLatin1String("SS")).toArray().size(), 2);

    const QByteArray query = "{\"TableName\":\"" + name
        + "\",\"KeyConditionExpression\":\"pk = :pk AND begins_with(sk, :prefix)\","
          "\"ExpressionAttributeValues\":{\":pk\":{\"S\":\"user#1\"},\":prefix\":{\"S\":\"pro\"}}}";
    expectOk(call(connection, QStringLiteral("Query"), query), QStringLiteral("Query"), table, &body);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(body.value(QLatin1String("Count")).toInt(), 1);
    const QJsonArray items = body.value(QLatin1String("Items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QLatin1String("sk")).toObject().value(QLatin1String("S")).toString(),
        QStringLiteral("profile"));

    // A DynamoDB error comes back parsed, with its body.
    const QByteArray missing = "{\"TableName\":\"NoSuchTable\",\"Key\":{\"pk\":{\"S\":\"x\"}}}";
    reply = call(connection, QStringLiteral("GetItem"), missing);
    QVERIFY(!reply.ok);
    QCOMPARE(reply.httpStatus, 400);
    QCOMPARE(reply.errorType, QStringLiteral("ResourceNotFoundException"));
    QVERIFY2(
        reply.errorMessage.startsWith(QLatin1String("Requested resource not found")), qPrintable(reply.errorMessage));
    QCOMPARE(reply.tableName, QStringLiteral("NoSuchTable"));
    QVERIFY(
        bodyOf(reply).value(QLatin1String("__type")).toString().endsWith(QLatin1String("#ResourceNotFoundException")));
}

HttpEndpoint endpoint(const QUrl& url, const QString& accessKeyId, const QString& secretAccessKey)
{
    HttpEndpoint endpoint;
    endpoint.url = url;
    endpoint.streamsUrl = url;
    endpoint.region = QStringLiteral("us-east-1");
    endpoint.credentials = { accessKeyId, secretAccessKey, {} };
    endpoint.credentialOrigin = QStringLiteral("typed keys");
    return endpoint;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

ChildProcess::ChildProcess()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    m_process.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
}

ChildProcess::~ChildProcess()
{
    stop();
}

QRegularExpressionMatch ChildProcess::start(
    const QString& program, const QStringList& arguments, const QRegularExpression& readyLine, int timeoutMs)
{
    m_output.clear();
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_output = m_process.errorString();
        return {};
    }
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine());
            m_output += line;
            const QRegularExpressionMatch match = readyLine.match(line);
            if (match.hasMatch())
                return match;
        }
        if (m_process.state() != QProcess::Running)
            break;
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    m_output += QString::fromUtf8(m_process.readAll());
    return {};
}

void ChildProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace remotetest
