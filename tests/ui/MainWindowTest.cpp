// The main window on the offscreen platform: the sidebar tree (checked with
// QAbstractItemModelTester), table tabs, the request log, serving the
// database over HTTP, and the session restored on the next start.
#include <QtTest>

#include "app/ConnectionTreeModel.h"
#include "app/MainWindow.h"
#include "app/RequestLogModel.h"
#include "app/ServeController.h"
#include "app/TablePage.h"
#include "connection/EmbeddedConnection.h"

#include <dynoscope/Engine.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>

using namespace dynoscope;
using namespace dynoscope::ui;

namespace {

void createTable(Engine& engine, const QString& name, bool withIndex = false)
{
    QString request = QStringLiteral("{\"TableName\":\"%1\",\"BillingMode\":\"PAY_PER_REQUEST\","
                                     "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],"
                                     "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}")
                          .arg(name);
    if (withIndex)
        request += QStringLiteral(",{\"AttributeName\":\"status\",\"AttributeType\":\"S\"}],"
                                  "\"GlobalSecondaryIndexes\":[{\"IndexName\":\"byStatus\",\"KeySchema\":"
                                  "[{\"AttributeName\":\"status\",\"KeyType\":\"HASH\"}],"
                                  "\"Projection\":{\"ProjectionType\":\"ALL\"}}]}");
    else
        request += QStringLiteral("]}");
    const Result result = engine.execute("CreateTable", request.toStdString());
    QVERIFY2(result.ok(), result.ok() ? "" : result.error->message().c_str());
}

// Rows of the sidebar under a connection, once loaded.
QStringList tableNames(ConnectionTreeModel* model, const QModelIndex& connection)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(connection); ++row)
        names << model->index(row, 0, connection).data().toString();
    return names;
}

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QSettings().clear(); }

    void sidebarListsTablesAndIndexes()
    {
        MainWindow window;
        QAbstractItemModelTester tester(window.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        EmbeddedConnection* connection = window.newScratch();
        QVERIFY(connection);
        createTable(*connection->engine(), QStringLiteral("Orders"));
        createTable(*connection->engine(), QStringLiteral("Customers"), true);
        window.show();
        window.refresh();
        const QModelIndex root = window.treeModel()->indexOfConnection(connection);
        QTRY_COMPARE(tableNames(window.treeModel(), root), (QStringList{"Customers", "Orders"}));
        QCOMPARE(window.windowTitle(), QStringLiteral("Dynoscope"));

        // Expanding a table describes it and lists its indexes.
        const QModelIndex customers = window.treeModel()->indexOfTable(connection, QStringLiteral("Customers"));
        window.sidebar()->expand(customers);
        QTRY_COMPARE(window.treeModel()->rowCount(customers), 1);
        QCOMPARE(window.treeModel()->index(0, 0, customers).data().toString(), QStringLiteral("byStatus (GSI)"));

        // The request log saw the calls the sidebar made.
        auto logged = [&](const QString& operation) {
            for (int row = 0; row < window.requestLog()->rowCount(); ++row) {
                const auto& record = window.requestLog()->record(row);
                if (record.operation == operation && record.status == QStringLiteral("OK"))
                    return true;
            }
            return false;
        };
        QVERIFY(logged(QStringLiteral("ListTables")));
        QVERIFY(logged(QStringLiteral("DescribeTable")));
    }

    void openingATableShowsItsDescription()
    {
        MainWindow window;
        EmbeddedConnection* connection = window.newScratch();
        createTable(*connection->engine(), QStringLiteral("Music"));
        TablePage* page = window.openTable(connection, QStringLiteral("Music"));
        QVERIFY(page);
        QCOMPARE(window.tabs()->count(), 1);
        QTRY_COMPARE(page->description().value("TableName").toString(), QStringLiteral("Music"));
        // Opening it again focuses the same tab.
        QCOMPARE(window.openTable(connection, QStringLiteral("Music")), page);
        QCOMPARE(window.tabs()->count(), 1);
    }

    void queryMenuTogglesTheBuilder()
    {
        MainWindow window;
        EmbeddedConnection* connection = window.newScratch();
        createTable(*connection->engine(), QStringLiteral("Music"));
        TablePage* page = window.openTable(connection, QStringLiteral("Music"));
        QTRY_VERIFY(!page->description().isEmpty());
        auto* action = window.findChild<QAction*>(QStringLiteral("toggleQueryBuilder"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+Q")));
        const bool shown = page->queryAction()->isChecked();
        action->trigger();
        QCOMPARE(page->queryAction()->isChecked(), !shown);
        action->trigger();
        QCOMPARE(page->queryAction()->isChecked(), shown);
    }

    void servesTheDatabaseOverHttp()
    {
        MainWindow window;
        EmbeddedConnection* connection = window.newScratch();
        createTable(*connection->engine(), QStringLiteral("Served"));
        window.sidebar()->setCurrentIndex(window.treeModel()->indexOfConnection(connection));
        QCOMPARE(window.serveCurrent(QStringLiteral("127.0.0.1"), 0), QString());
        QVERIFY(window.serveController()->isRunning());
        const QString url = window.serveController()->url();
        QVERIFY(url.startsWith(QStringLiteral("http://127.0.0.1:")));

        QNetworkAccessManager network;
        QNetworkRequest request{QUrl(url)};
        request.setRawHeader("X-Amz-Target", "DynamoDB_20120810.ListTables");
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-amz-json-1.0");
        QNetworkReply* reply = network.post(request, QByteArray("{}"));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("\"Served\""));
        reply->deleteLater();

        QTRY_VERIFY(window.serveIndicator()->text().contains(QStringLiteral("1 request")));
        QVERIFY(window.serveIndicator()->text().contains(url));
        bool logged = false;
        for (int row = 0; row < window.requestLog()->rowCount(); ++row)
            logged = logged || (window.requestLog()->record(row).source == QStringLiteral("Endpoint") &&
                                window.requestLog()->record(row).operation == QStringLiteral("ListTables"));
        QTRY_VERIFY(logged);
        window.serveController()->stop();
        QVERIFY(!window.serveController()->isRunning());
    }

    void restoresOpenTabs()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/session.dynoscope");
        {
            MainWindow window;
            EmbeddedConnection* connection = window.openDatabaseFile(path);
            QVERIFY(connection);
            createTable(*connection->engine(), QStringLiteral("Kept"));
            window.openTable(connection, QStringLiteral("Kept"));
            window.close();
        }
        MainWindow window;
        QVERIFY(window.openDatabaseFile(path));
        window.restoreSession();
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("Kept"));
        QVERIFY(QSettings().value("recentDatabases").toStringList().contains(path));
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
