// The item browser: deleting a selection (with progress for many items),
// find, copy as JSON, column choice remembered per table; and the request
// log model, checked with QAbstractItemModelTester.
#include <QtTest>

#include "app/RequestLogModel.h"
#include "connection/EmbeddedConnection.h"
#include "items/ItemBrowser.h"
#include "items/ItemTableModel.h"

#include <dynoscope/Engine.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QSettings>
#include <QTableView>

using namespace dynoscope;
using namespace dynoscope::ui;

namespace {

std::shared_ptr<Engine> engineWithItems(int count)
{
    EngineOptions options;
    options.inMemory = true;
    std::string error;
    std::shared_ptr<Engine> engine = Engine::open(options, &error);
    engine->execute("CreateTable", "{\"TableName\":\"Things\",\"BillingMode\":\"PAY_PER_REQUEST\","
                                   "\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],"
                                   "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}]}");
    for (int i = 0; i < count; ++i)
        engine->execute("PutItem", "{\"TableName\":\"Things\",\"Item\":{\"id\":{\"S\":\"t" + std::to_string(i) +
                                       "\"},\"color\":{\"S\":\"" + (i == 7 ? "turquoise" : "grey") +
                                       "\"},\"size\":{\"N\":\"" + std::to_string(i) + "\"}}}");
    return engine;
}

QJsonObject describe(Engine& engine)
{
    const Result r = engine.execute("DescribeTable", "{\"TableName\":\"Things\"}");
    return QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object().value("Table").toObject();
}

int itemCount(Engine& engine)
{
    const Result r = engine.execute("Scan", "{\"TableName\":\"Things\",\"Select\":\"COUNT\"}");
    return QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object().value("Count").toInt();
}

} // namespace

class ItemBrowserTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QSettings().clear(); }

    void deletesTheSelection()
    {
        auto engine = engineWithItems(40);
        EmbeddedConnection connection(engine, QStringLiteral("test"));
        ItemBrowser browser(&connection, QStringLiteral("Things"));
        browser.setDescription(describe(*engine));
        QVERIFY(QTest::qWaitFor([&] { return browser.model()->isComplete() && !browser.model()->isLoading(); }));
        QCOMPARE(browser.model()->rowCount(), 40);
        browser.view()->selectAll();
        browser.view()->selectionModel()->select(browser.model()->index(0, 0),
                                                 QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
        browser.deleteSelected(false);
        QVERIFY(QTest::qWaitFor([&] { return browser.model()->rowCount() == 1; }, 5000));
        QCOMPARE(itemCount(*engine), 1);
    }

    void findsAndCopies()
    {
        auto engine = engineWithItems(20);
        EmbeddedConnection connection(engine, QStringLiteral("test"));
        ItemBrowser browser(&connection, QStringLiteral("Things"));
        browser.setDescription(describe(*engine));
        QVERIFY(QTest::qWaitFor([&] { return browser.model()->rowCount() == 20; }));
        QVERIFY(browser.findNext(QStringLiteral("TURQUOISE")));
        const int row = browser.view()->currentIndex().row();
        QCOMPARE(browser.model()->item(row).value("id").toObject().value("S").toString(), QStringLiteral("t7"));
        QVERIFY(!browser.findNext(QStringLiteral("magenta")));

        browser.view()->selectRow(row);
        browser.copyAction()->trigger();
        const QJsonArray copied = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).array();
        QCOMPARE(copied.size(), 1);
        QCOMPARE(copied[0].toObject().value("size").toObject().value("N").toString(), QStringLiteral("7"));
        browser.copyPlainAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text().trimmed(),
                 QStringLiteral("{\"color\":\"turquoise\",\"id\":\"t7\",\"size\":7}"));
    }

    void remembersColumnsPerTable()
    {
        auto engine = engineWithItems(5);
        EmbeddedConnection connection(engine, QStringLiteral("test"));
        {
            ItemBrowser browser(&connection, QStringLiteral("Things"));
            browser.setDescription(describe(*engine));
            QVERIFY(QTest::qWaitFor([&] { return browser.model()->columnCount() == 3; }));
            QHeaderView* header = browser.view()->horizontalHeader();
            const int size = int(browser.model()->columns().indexOf("size"));
            header->moveSection(header->visualIndex(size), 1);
            header->setSectionHidden(int(browser.model()->columns().indexOf("color")), true);
            emit header->sectionMoved(size, 2, 1); // the browser saves on moves
        }
        ItemBrowser again(&connection, QStringLiteral("Things"));
        again.setDescription(describe(*engine));
        QVERIFY(QTest::qWaitFor([&] { return again.model()->columnCount() == 3; }));
        QHeaderView* header = again.view()->horizontalHeader();
        QCOMPARE(header->logicalIndex(1), int(again.model()->columns().indexOf("size")));
        QVERIFY(header->isSectionHidden(int(again.model()->columns().indexOf("color"))));
    }

    void marksAndHidesExpiredItems()
    {
        EngineOptions options;
        options.inMemory = true;
        options.sweepIntervalMillis = 0; // expired items stay until swept, as in DynamoDB
        std::string error;
        std::shared_ptr<Engine> engine = Engine::open(options, &error);
        engine->execute("CreateTable", "{\"TableName\":\"Things\",\"BillingMode\":\"PAY_PER_REQUEST\","
                                       "\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],"
                                       "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}]}");
        engine->execute("UpdateTimeToLive", "{\"TableName\":\"Things\",\"TimeToLiveSpecification\":"
                                            "{\"Enabled\":true,\"AttributeName\":\"expiresAt\"}}");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < 6; ++i)
            engine->execute("PutItem", "{\"TableName\":\"Things\",\"Item\":{\"id\":{\"S\":\"t" + std::to_string(i) +
                                           "\"},\"expiresAt\":{\"N\":\"" +
                                           std::to_string(i % 2 ? now - 3600 : now + 3600) + "\"}}}");
        EmbeddedConnection connection(engine, QStringLiteral("test"));
        ItemBrowser browser(&connection, QStringLiteral("Things"));
        browser.setDescription(describe(*engine));
        QVERIFY(QTest::qWaitFor([&] { return browser.model()->rowCount() == 6 && !browser.hideExpiredBox()->isHidden(); }));
        int expired = 0;
        for (int row = 0; row < 6; ++row)
            expired += browser.model()->index(row, 0).data(ItemTableModel::ExpiredRole).toBool();
        QCOMPARE(expired, 3);
        browser.hideExpiredBox()->setChecked(true);
        int hidden = 0;
        for (int row = 0; row < 6; ++row)
            hidden += browser.view()->isRowHidden(row);
        QCOMPARE(hidden, 3);
        browser.hideExpiredBox()->setChecked(false);
        QVERIFY(!browser.view()->isRowHidden(0) && !browser.view()->isRowHidden(1));
    }

    void requestLogModelIsSound()
    {
        RequestLogModel model(nullptr, 3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 5; ++i) {
            Reply reply;
            reply.operation = QStringLiteral("Query");
            reply.ok = true;
            reply.tableName = QStringLiteral("T");
            reply.body = "{\"Count\":" + QByteArray::number(i) + ",\"Items\":[],\"ConsumedCapacity\":"
                                                                  "{\"CapacityUnits\":0.5}}";
            model.addReply(reply);
        }
        QCOMPARE(model.rowCount(), 3); // bounded
        QCOMPARE(model.index(2, RequestLogModel::Items).data().toString(), QStringLiteral("4"));
        QCOMPARE(model.index(2, RequestLogModel::Capacity).data().toString(), QStringLiteral("0.5"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(ItemBrowserTest)
#include "ItemBrowserTest.moc"
