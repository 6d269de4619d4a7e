// HttpConnection against dynalite, the independent DynamoDB emulator on
// Node.js, installed by the ui_dynalite_install fixture: the basic flow, and
// a TLS endpoint whose self-signed certificate must be refused.
#include "RemoteTestSupport.h"

#include "connection/HttpConnection.h"

#include <QStandardPaths>
#include <QtTest>

using namespace dynoscope::ui;

class DynaliteConnectionTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void basicFlow();
    void untrustedCertificateIsANetworkError();

private:
    // Starts dynalite on a free port; the URL it serves, or an empty one.
    QUrl startDynalite(remotetest::ChildProcess& process, const QStringList& options);

    QString m_node;
};

void DynaliteConnectionTest::initTestCase()
{
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY2(!m_node.isEmpty(), "node is not on PATH");
    QVERIFY2(QFile::exists(QStringLiteral(DYNALITE_CLI)), "dynalite is missing: run the ui_dynalite_install test");
}

QUrl DynaliteConnectionTest::startDynalite(remotetest::ChildProcess& process, const QStringList& options)
{
    // Another process may take the free port before dynalite does: try again then.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const quint16 port = remotetest::freePort();
        const QRegularExpressionMatch match = process.start(m_node,
            QStringList { QStringLiteral(DYNALITE_CLI), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--port"), QString::number(port), QStringLiteral("--createTableMs"),
                QStringLiteral("0") }
                + options,
            QRegularExpression(QStringLiteral("^Dynalite listening at: (https?)://")));
        if (match.hasMatch())
            return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(match.captured(1)).arg(port));
        process.stop();
    }
    qWarning("dynalite did not start: %s", qPrintable(process.output()));
    return {};
}

void DynaliteConnectionTest::basicFlow()
{
    remotetest::ChildProcess dynalite;
    const QUrl url = startDynalite(dynalite, {});
    QVERIFY(url.isValid());
    HttpConnection connection(remotetest::endpoint(url, QStringLiteral("dynoscope"), QStringLiteral("any")));
    remotetest::basicFlow(connection, QStringLiteral("Orders"));
}

void DynaliteConnectionTest::untrustedCertificateIsANetworkError()
{
    remotetest::ChildProcess dynalite;
    const QUrl url = startDynalite(dynalite, { QStringLiteral("--ssl") });
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    HttpConnection connection(remotetest::endpoint(url, QStringLiteral("dynoscope"), QStringLiteral("any")));
    const Reply reply = remotetest::call(connection, QStringLiteral("ListTables"), "{}");
    QVERIFY(!reply.ok);
    QCOMPARE(reply.errorType, QStringLiteral("NetworkError"));
    QCOMPARE(reply.httpStatus, 0);
    QVERIFY2(reply.errorMessage.startsWith(
                 QStringLiteral("Cannot reach %1: SSL handshake failed").arg(url.toDisplayString())),
        qPrintable(reply.errorMessage));
}

QTEST_MAIN(DynaliteConnectionTest)
#include "DynaliteConnectionTest.moc"
