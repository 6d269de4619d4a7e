// HttpConnection against a started dynoscope-server with --auth (the right
// keys work, wrong ones get DynamoDB's authentication errors, a stopped
// server is a NetworkError), and against a fake endpoint that records the
// requests and answers what a test wants (wire format, error bodies,
// cancel, timeout). Also ConnectionFactory for every kind of spec.
#include "RemoteTestSupport.h"

#include "connection/ConnectionFactory.h"
#include "connection/HttpConnection.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace dynoscope::ui;
using remotetest::call;

namespace {

// An HTTP endpoint on 127.0.0.1 that records every request and answers each
// with a canned response, or never answers when there is none.
class FakeEndpoint {
public:
    FakeEndpoint()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    void answer(const QByteArray& response) { m_answer = response; }
    const QList<QByteArray>& requests() const { return m_requests; }
    int connections() const { return m_connections; }

    static QByteArray response(int status, const QByteArray& reason, const QByteArray& body,
        const QByteArray& headers = "Content-Type: application/x-amz-json-1.0\r\n")
    {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" + headers
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    // A header's value in a recorded request, matched without case.
    static QByteArray header(const QByteArray& request, const QByteArray& name)
    {
        for (const QByteArray& line : request.left(request.indexOf("\r\n\r\n")).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const qsizetype length = header(buffer, "Content-Length").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return;
        m_requests.append(buffer.left(headEnd + 4 + length));
        buffer.remove(0, headEnd + 4 + length);
        if (!m_answer.isEmpty())
            socket->write(m_answer);
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<QByteArray> m_requests;
    QByteArray m_answer;
    int m_connections = 0;
};

const QByteArray kListTables = "{}";

} // namespace

class HttpConnectionTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void basicFlowWithTheRightKeys();
    void wrongAccessKey();
    void wrongSecretKey();
    void wireFormat();
    void streamsTargetAndEndpoint();
    void errorBodies_data();
    void errorBodies();
    void stoppedServerIsANetworkError();
    void cancelInFlight();
    void cancelBeforeSending();
    void timeout();
    void destroyedWithCallsInFlight();
    void factoryMakesEachKind();

private:
    remotetest::ChildProcess m_server;
    QUrl m_url;
};

void HttpConnectionTest::initTestCase()
{
    const QRegularExpressionMatch match = m_server.start(QStringLiteral(DYNOSCOPE_SERVER_BINARY),
        { QStringLiteral("--in-memory"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--auth"),
            QStringLiteral("AKIDTEST:SECRET/test+key") },
        QRegularExpression(QStringLiteral("listening on (\\S+)")));
    QVERIFY2(match.hasMatch(), qPrintable(m_server.output()));
    m_url = QUrl(match.captured(1));
    QVERIFY(m_url.isValid());
}

void HttpConnectionTest::cleanupTestCase()
{
    m_server.stop();
}

void HttpConnectionTest::basicFlowWithTheRightKeys()
{
    HttpConnection connection(
        remotetest::endpoint(m_url, QStringLiteral("AKIDTEST"), QStringLiteral("SECRET/test+key")));
    QVERIFY(!connection.isEmbedded());
    QCOMPARE(connection.displayName(), QStringLiteral("%1 (us-east-1, typed keys)").arg(m_url.toDisplayString()));
    QSignalSpy replied(&connection, &Connection::replied);
    remotetest::basicFlow(connection, QStringLiteral("Orders"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(replied.size() >= 6);
    const Reply last = replied.last().at(0).value<Reply>();
    QCOMPARE(last.operation, QStringLiteral("GetItem"));
    QCOMPARE(last.errorType, QStringLiteral("ResourceNotFoundException"));

    const Reply list = call(connection, QStringLiteral("ListTables"), kListTables);
    QVERIFY(list.ok);
    QCOMPARE(list.body, QByteArray("{\"TableNames\":[\"Orders\"]}"));
}

void HttpConnectionTest::wrongAccessKey()
{
    HttpConnection connection(
        remotetest::endpoint(m_url, QStringLiteral("AKIDOTHER"), QStringLiteral("SECRET/test+key")));
    const Reply reply = call(connection, QStringLiteral("ListTables"), kListTables);
    QVERIFY(!reply.ok);
    QCOMPARE(reply.httpStatus, 400);
    QCOMPARE(reply.errorType, QStringLiteral("UnrecognizedClientException"));
    QCOMPARE(reply.errorMessage, QStringLiteral("The security token included in the request is invalid."));
    QVERIFY(reply.latencyMicros > 0);
}

void HttpConnectionTest::wrongSecretKey()
{
    HttpConnection connection(remotetest::endpoint(m_url, QStringLiteral("AKIDTEST"), QStringLiteral("wrong")));
    const Reply reply = call(connection, QStringLiteral("ListTables"), kListTables);
    QVERIFY(!reply.ok);
    QCOMPARE(reply.httpStatus, 400);
    QCOMPARE(reply.errorType, QStringLiteral("InvalidSignatureException"));
    QCOMPARE(reply.errorMessage,
        QStringLiteral("The request signature we calculated does not match the signature you provided. Check "
                       "your AWS Secret Access Key and signing method. Consult the service documentation for "
                       "details."));
}

void HttpConnectionTest::wireFormat()
{
    FakeEndpoint fake;
    fake.answer(FakeEndpoint::response(200, "OK", "{\"TableNames\":[]}"));
    HttpEndpoint endpoint = remotetest::endpoint(fake.url(), QStringLiteral("ASIATEMP"), QStringLiteral("secret"));
    endpoint.credentials.sessionToken = QStringLiteral("session/token+value");
    endpoint.region = QStringLiteral("eu-west-1");
    HttpConnection connection(endpoint);
    const QByteArray body = "{\"Limit\":5}";
    const Reply reply = call(connection, QStringLiteral("ListTables"), body);
    QVERIFY2(reply.ok, qPrintable(reply.errorMessage));
    QCOMPARE(reply.body, QByteArray("{\"TableNames\":[]}"));
    QCOMPARE(reply.request, body);

    QCOMPARE(fake.requests().size(), 1);
    const QByteArray request = fake.requests().first();
    QVERIFY2(request.startsWith("POST / HTTP/1.1\r\n"), request.constData());
    QVERIFY(request.endsWith("\r\n\r\n" + body));
    QCOMPARE(FakeEndpoint::header(request, "Host"), "127.0.0.1:" + QByteArray::number(fake.url().port()));
    QCOMPARE(FakeEndpoint::header(request, "X-Amz-Target"), QByteArray("DynamoDB_20120810.ListTables"));
    QCOMPARE(FakeEndpoint::header(request, "Content-Type"), QByteArray("application/x-amz-json-1.0"));
    QCOMPARE(FakeEndpoint::header(request, "X-Amz-Security-Token"), QByteArray("session/token+value"));
    const QByteArray date = FakeEndpoint::header(request, "X-Amz-Date");
    QCOMPARE(date.size(), 16);
    const QByteArray authorization = FakeEndpoint::header(request, "Authorization");
    QVERIFY2(authorization.startsWith("AWS4-HMAC-SHA256 Credential=ASIATEMP/" + date.left(8)
                 + "/eu-west-1/dynamodb/aws4_request, "
                   "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, "
                   "Signature="),
        authorization.constData());
    QVERIFY(FakeEndpoint::header(request, "Connection").compare("keep-alive", Qt::CaseInsensitive) == 0);

    // The second call reuses the kept-alive connection.
    QVERIFY(call(connection, QStringLiteral("ListTables"), body).ok);
    QCOMPARE(fake.requests().size(), 2);
    QCOMPARE(fake.connections(), 1);
}

void HttpConnectionTest::streamsTargetAndEndpoint()
{
    FakeEndpoint tables;
    FakeEndpoint streams;
    streams.answer(FakeEndpoint::response(200, "OK", "{\"Streams\":[]}"));
    HttpEndpoint endpoint = remotetest::endpoint(tables.url(), QStringLiteral("AKID"), QStringLiteral("secret"));
    endpoint.streamsUrl = streams.url();
    HttpConnection connection(endpoint);
    QVERIFY(call(connection, QStringLiteral("ListStreams"), "{}", WireApi::Streams).ok);
    QVERIFY(tables.requests().isEmpty());
    QCOMPARE(streams.requests().size(), 1);
    QCOMPARE(FakeEndpoint::header(streams.requests().first(), "X-Amz-Target"),
        QByteArray("DynamoDBStreams_20120810.ListStreams"));
}

void HttpConnectionTest::errorBodies_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("errorMessage");
    QTest::addColumn<int>("status");

    QTest::newRow("__type and message") << FakeEndpoint::response(400, "Bad Request",
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
        "\"message\":\"The conditional request failed\"}")
                                        << QStringLiteral("ConditionalCheckFailedException")
                                        << QStringLiteral("The conditional request failed") << 400;
    QTest::newRow("Message capitalised") << FakeEndpoint::response(400, "Bad Request",
        "{\"__type\":\"com.amazon.coral.service#UnrecognizedClientException\","
        "\"Message\":\"The security token included in the request is invalid.\"}")
                                         << QStringLiteral("UnrecognizedClientException")
                                         << QStringLiteral("The security token included in the request is invalid.")
                                         << 400;
    QTest::newRow("type in x-amzn-ErrorType only")
        << FakeEndpoint::response(400, "Bad Request", "{\"message\":\"Rate exceeded\"}",
               "x-amzn-ErrorType: ThrottlingException:http://internal.amazon.com/coral/"
               "com.amazon.coral.availability/\r\n")
        << QStringLiteral("ThrottlingException") << QStringLiteral("Rate exceeded") << 400;
    QTest::newRow("server error") << FakeEndpoint::response(500, "Internal Server Error",
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\","
        "\"message\":\"Internal server error\"}")
                                  << QStringLiteral("InternalServerError") << QStringLiteral("Internal server error")
                                  << 500;
    QTest::newRow("not DynamoDB") << FakeEndpoint::response(
        502, "Bad Gateway", "<html>proxy</html>", "Content-Type: text/html\r\n")
                                  << QStringLiteral("HttpError")
                                  << QStringLiteral("%1 answered HTTP 502 Bad Gateway, not a DynamoDB error.") << 502;
    QTest::newRow("a web page") << FakeEndpoint::response(
        200, "OK", "<html>hello</html>", "Content-Type: text/html\r\n")
                                << QStringLiteral("HttpError")
                                << QStringLiteral("%1 answered with something other than DynamoDB's JSON.") << 200;
}

void HttpConnectionTest::errorBodies()
{
    QFETCH(QByteArray, response);
    QFETCH(QString, errorType);
    QFETCH(QString, errorMessage);
    QFETCH(int, status);
    FakeEndpoint fake;
    fake.answer(response);
    HttpConnection connection(remotetest::endpoint(fake.url(), QStringLiteral("AKID"), QStringLiteral("secret")));
    const Reply reply = call(connection, QStringLiteral("PutItem"), "{\"TableName\":\"T\"}");
    QVERIFY(!reply.ok);
    QVERIFY(!reply.cancelled);
    QCOMPARE(reply.errorType, errorType);
    QCOMPARE(reply.errorMessage,
        errorMessage.contains(QLatin1String("%1")) ? errorMessage.arg(fake.url().toDisplayString()) : errorMessage);
    QCOMPARE(reply.httpStatus, status);
    QCOMPARE(reply.tableName, QStringLiteral("T"));
    QVERIFY(!reply.body.isEmpty());
}

void HttpConnectionTest::stoppedServerIsANetworkError()
{
    remotetest::ChildProcess server;
    const QRegularExpressionMatch match = server.start(QStringLiteral(DYNOSCOPE_SERVER_BINARY),
        { QStringLiteral("--in-memory"), QStringLiteral("--port"), QStringLiteral("0") },
        QRegularExpression(QStringLiteral("listening on (\\S+)")));
    QVERIFY2(match.hasMatch(), qPrintable(server.output()));
    const QUrl url(match.captured(1));
    HttpConnection connection(remotetest::endpoint(url, QStringLiteral("AKID"), QStringLiteral("secret")));
    QVERIFY(call(connection, QStringLiteral("ListTables"), kListTables).ok);

    server.stop();
    const Reply reply = call(connection, QStringLiteral("ListTables"), kListTables);
    QVERIFY(!reply.ok);
    QCOMPARE(reply.errorType, QStringLiteral("NetworkError"));
    QVERIFY2(reply.errorMessage.startsWith(QStringLiteral("Cannot reach %1: ").arg(url.toDisplayString())),
        qPrintable(reply.errorMessage));
    QCOMPARE(reply.httpStatus, 0);
    QVERIFY(reply.body.isEmpty());
}

void HttpConnectionTest::cancelInFlight()
{
    FakeEndpoint silent;
    HttpConnection connection(remotetest::endpoint(silent.url(), QStringLiteral("AKID"), QStringLiteral("secret")));
    std::optional<Reply> result;
    const quint64 id = connection.send(
        QStringLiteral("Scan"), "{\"TableName\":\"Big\"}", this, [&](const Reply& reply) { result = reply; });
    QTRY_COMPARE_WITH_TIMEOUT(silent.requests().size(), 1, 10000);
    QVERIFY(!result);
    connection.cancel(id);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
    QCOMPARE(result->id, id);
    QVERIFY(result->cancelled);
    QVERIFY(!result->ok);
    QCOMPARE(result->errorMessage, QStringLiteral("Cancelled"));
    QCOMPARE(result->tableName, QStringLiteral("Big"));
    connection.cancel(id); // already over: nothing happens
}

void HttpConnectionTest::cancelBeforeSending()
{
    FakeEndpoint fake;
    fake.answer(FakeEndpoint::response(200, "OK", "{}"));
    HttpConnection connection(remotetest::endpoint(fake.url(), QStringLiteral("AKID"), QStringLiteral("secret")));
    std::optional<Reply> result;
    connection.cancel(
        connection.send(QStringLiteral("ListTables"), kListTables, this, [&](const Reply& reply) { result = reply; }));
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
    QVERIFY(result->cancelled);
    QTest::qWait(100);
    QVERIFY(fake.requests().isEmpty());
}

void HttpConnectionTest::timeout()
{
    FakeEndpoint silent;
    HttpConnection connection(remotetest::endpoint(silent.url(), QStringLiteral("AKID"), QStringLiteral("secret")));
    connection.setTimeout(std::chrono::milliseconds(300));
    const Reply reply = call(connection, QStringLiteral("ListTables"), kListTables);
    QVERIFY(!reply.ok);
    QVERIFY(!reply.cancelled);
    QCOMPARE(reply.errorType, QStringLiteral("NetworkError"));
    QCOMPARE(reply.errorMessage, QStringLiteral("No answer from %1 within 0.3 s.").arg(silent.url().toDisplayString()));
    QVERIFY(reply.latencyMicros >= 300000);
}

void HttpConnectionTest::destroyedWithCallsInFlight()
{
    FakeEndpoint silent;
    auto connection = std::make_unique<HttpConnection>(
        remotetest::endpoint(silent.url(), QStringLiteral("AKID"), QStringLiteral("secret")));
    bool called = false;
    connection->send(QStringLiteral("ListTables"), kListTables, this, [&](const Reply&) { called = true; });
    QTRY_COMPARE_WITH_TIMEOUT(silent.requests().size(), 1, 10000);
    connection.reset();
    QTest::qWait(50);
    QVERIFY(!called);

    // Gone while its call is still being signed.
    connection = std::make_unique<HttpConnection>(
        remotetest::endpoint(silent.url(), QStringLiteral("AKID"), QStringLiteral("secret")));
    connection->send(QStringLiteral("ListTables"), kListTables, this, [&](const Reply&) { called = true; });
    connection.reset();
    QTest::qWait(100);
    QVERIFY(!called);
    QCOMPARE(silent.requests().size(), 1);
}

void HttpConnectionTest::factoryMakesEachKind()
{
    QString error;
    ConnectionSpec spec;
    spec.kind = ConnectionSpec::Kind::Remote;
    spec.endpointUrl = m_url.toString();
    spec.region = QStringLiteral("us-east-1");
    spec.credentialSource = CredentialSource::Typed;
    spec.typedCredentials = { QStringLiteral("AKIDTEST"), QStringLiteral("SECRET/test+key"), {} };
    std::unique_ptr<Connection> remote = ConnectionFactory::create(spec, &error, QProcessEnvironment());
    QVERIFY2(remote, qPrintable(error));
    QVERIFY(!remote->isEmbedded());
    QVERIFY(remote->displayName().startsWith(m_url.toDisplayString()));
    QVERIFY(call(*remote, QStringLiteral("ListTables"), kListTables).ok);

    spec.typedCredentials = {};
    QVERIFY(!ConnectionFactory::create(spec, &error, QProcessEnvironment()));
    QCOMPARE(error, QStringLiteral("Enter the access key ID and the secret access key (typed keys are not saved)."));

    ConnectionSpec memory;
    std::unique_ptr<Connection> embedded = ConnectionFactory::create(memory, &error);
    QVERIFY2(embedded, qPrintable(error));
    QVERIFY(embedded->isEmbedded());
    QCOMPARE(embedded->displayName(), QStringLiteral("Embedded: in-memory scratch database"));
    QVERIFY(call(*embedded, QStringLiteral("ListTables"), kListTables).ok);

    QTemporaryDir dir;
    ConnectionSpec file;
    file.kind = ConnectionSpec::Kind::DatabaseFile;
    file.filePath = dir.filePath(QStringLiteral("work.dynoscope"));
    QVERIFY(!ConnectionFactory::create(file, &error));
    QCOMPARE(error, QStringLiteral("The database file “%1” does not exist.").arg(file.filePath));
    file.kind = ConnectionSpec::Kind::NewDatabaseFile;
    QVERIFY2(ConnectionFactory::create(file, &error), qPrintable(error));
    QVERIFY(QFile::exists(file.filePath));
    QVERIFY(!ConnectionFactory::create(file, &error));
    QCOMPARE(error, QStringLiteral("“%1” already exists.").arg(file.filePath));
    file.kind = ConnectionSpec::Kind::DatabaseFile;
    std::unique_ptr<Connection> reopened = ConnectionFactory::create(file, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->displayName(), QStringLiteral("Embedded: %1").arg(file.filePath));
}

QTEST_MAIN(HttpConnectionTest)
#include "HttpConnectionTest.moc"
