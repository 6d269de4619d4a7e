// The desktop app when a remote endpoint goes away in the middle of a scan:
// the item grid keeps the rows it already loaded and says clearly, in place,
// that the endpoint cannot be reached.
#include "RemoteTestSupport.h"

#include "connection/HttpConnection.h"
#include "items/ItemBrowser.h"
#include "items/ItemTableModel.h"

#include <dynoscope/Engine.h>

#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace dynoscope;
using namespace dynoscope::ui;

namespace {

constexpr int kItems = 300;
constexpr int kPageSize = 100;

// A database file with table "scan" holding kItems items, closed cleanly.
QString makeDatabase(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("remote.dyno"));
    EngineOptions options;
    options.path = path.toStdString();
    std::string error;
    auto engine = Engine::open(options, &error);
    if (!engine)
        qFatal("cannot create %s: %s", qPrintable(path), error.c_str());
    const Result created = engine->execute(
        "CreateTable", "{\"TableName\":\"scan\",\"BillingMode\":\"PAY_PER_REQUEST\","
                       "\"KeySchema\":[{\"AttributeName\":\"p\",\"KeyType\":\"HASH\"}],"
                       "\"AttributeDefinitions\":[{\"AttributeName\":\"p\",\"AttributeType\":\"S\"}]}");
    if (!created.ok())
        qFatal("CreateTable failed: %s", created.errorBody().c_str());
    for (int i = 0; i < kItems; ++i) {
        const std::string put = "{\"TableName\":\"scan\",\"Item\":{\"p\":{\"S\":\"item-" + std::to_string(i)
                                + "\"},\"n\":{\"N\":\"" + std::to_string(i) + "\"}}}";
        if (!engine->execute("PutItem", put).ok())
            qFatal("PutItem failed");
    }
    return path;
}

} // namespace

class RemoteScanFaultTest : public QObject {
    Q_OBJECT

private slots:
    void endpointGoneMidScanKeepsLoadedRows();
};

void RemoteScanFaultTest::endpointGoneMidScanKeepsLoadedRows()
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    remotetest::ChildProcess server;
    const QRegularExpressionMatch match = server.start(QStringLiteral(DYNOSCOPE_SERVER_BINARY),
        {QStringLiteral("--db"), path, QStringLiteral("--port"), QStringLiteral("0")},
        QRegularExpression(QStringLiteral("listening on (\\S+)")));
    QVERIFY2(match.hasMatch(), qPrintable(server.output()));
    const QUrl url(match.captured(1));
    HttpConnection connection(remotetest::endpoint(url, QStringLiteral("AKID"), QStringLiteral("secret")));

    const Reply described = remotetest::call(connection, QStringLiteral("DescribeTable"), "{\"TableName\":\"scan\"}");
    QVERIFY2(described.ok, qPrintable(described.errorMessage));
    ItemBrowser browser(&connection, QStringLiteral("scan"));
    ItemTableModel* model = browser.model();
    model->setPageSize(kPageSize);
    QSignalSpy loaded(model, &ItemTableModel::pageLoaded);
    QSignalSpy failed(model, &ItemTableModel::loadFailed);
    browser.setDescription(QJsonDocument::fromJson(described.body).object().value(QStringLiteral("Table")).toObject());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= kPageSize, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 15000);
    const int rows = model->rowCount();
    QVERIFY(rows < kItems);
    QVERIFY(model->canFetchMore({}));
    const QJsonObject first = model->item(0);
    QVERIFY(first.contains(QStringLiteral("p")));

    server.stop(); // the endpoint goes away between two pages
    model->fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("NetworkError"));
    QVERIFY2(failed.first().at(1).toString().startsWith(QStringLiteral("Cannot reach %1: ").arg(url.toDisplayString())),
             qPrintable(failed.first().at(1).toString()));

    // The rows already loaded stay, readable.
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(model->item(0), first);
    QVERIFY(!model->item(rows - 1).isEmpty());
    // And the grid says what happened, in place.
    bool shown = false;
    for (const QLabel* label : browser.findChildren<QLabel*>())
        shown = shown || label->text().contains(QStringLiteral("Cannot reach"));
    QVERIFY(shown);
}

QTEST_MAIN(RemoteScanFaultTest)
#include "RemoteScanFaultTest.moc"
