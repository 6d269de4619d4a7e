// The demo database: three tables with their indexes and a fixed number of
// items, the same items for the same seed and clock, queries on the global
// indexes that return items, and TTL timestamps on both sides of now.
#include <QtTest>

#include "app/ConnectionTreeModel.h"
#include "app/MainWindow.h"
#include "connection/EmbeddedConnection.h"
#include "demo/DemoData.h"
#include "demo/DemoDataset.h"

#include <dynoscope/Engine.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>

using namespace dynoscope;
using namespace dynoscope::ui;

class DemoDataTest : public QObject {
    Q_OBJECT
private slots:
    void fillsThreeTablesWithIndexes();
    void sameSeedSameItems();
    void demoOptionFillsAScratchDatabase();
};

// moc misreads raw string literals: keep them from it.
#ifndef Q_MOC_RUN

namespace {

const QDateTime kNow = QDateTime(QDate(2024, 6, 1), QTime(12, 34, 56), Qt::UTC);

// An engine whose clock is kNow, so that TTL treats the demo's expiry times
// as the demo meant them.
std::shared_ptr<Engine> memoryEngine()
{
    EngineOptions options;
    options.inMemory = true;
    options.clock = [] { return kNow.toMSecsSinceEpoch(); };
    std::string error;
    std::shared_ptr<Engine> engine = Engine::open(options, &error);
    if (!engine)
        qFatal("cannot open an in-memory engine: %s", error.c_str());
    return engine;
}

QJsonObject call(Engine& engine, const char* operation, const QJsonObject& request)
{
    const QByteArray json = QJsonDocument(request).toJson(QJsonDocument::Compact);
    const Result result = engine.execute(operation, json.toStdString());
    if (!result.ok())
        qWarning("%s failed: %s", operation, result.errorBody().c_str());
    return QJsonDocument::fromJson(QByteArray::fromStdString(result.body)).object();
}

QList<QJsonObject> scanAll(Engine& engine, const QString& table)
{
    QList<QJsonObject> items;
    QJsonObject start;
    do {
        QJsonObject request { { "TableName", table } };
        if (!start.isEmpty())
            request.insert("ExclusiveStartKey", start);
        const QJsonObject page = call(engine, "Scan", request);
        for (const auto& item : page.value("Items").toArray())
            items.append(item.toObject());
        start = page.value("LastEvaluatedKey").toObject();
    } while (!start.isEmpty());
    return items;
}

QString s(const QJsonObject& item, const char* name)
{
    return item.value(name).toObject().value("S").toString();
}
qint64 n(const QJsonObject& item, const char* name)
{
    return item.value(name).toObject().value("N").toString().toLongLong();
}

QJsonObject onlyIndex(Engine& engine, const char* table)
{
    const QJsonArray indexes = call(engine, "DescribeTable", { { "TableName", table } })
                                   .value("Table")
                                   .toObject()
                                   .value("GlobalSecondaryIndexes")
                                   .toArray();
    return indexes.size() == 1 ? indexes.at(0).toObject() : QJsonObject();
}

QByteArray keySchema(const char* hash, const char* range)
{
    return QJsonDocument(QJsonArray { QJsonObject { { "AttributeName", hash }, { "KeyType", "HASH" } },
                             QJsonObject { { "AttributeName", range }, { "KeyType", "RANGE" } } })
        .toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonValue& value)
{
    return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
}

} // namespace

void DemoDataTest::fillsThreeTablesWithIndexes()
{
    auto engine = memoryEngine();
    EmbeddedConnection connection(engine, "demo");
    DemoData demo(connection);
    demo.setNow(kNow);
    QSignalSpy created(&demo, &DemoData::tablesCreated);
    QSignalSpy progress(&demo, &DemoData::progress);
    QSignalSpy finished(&demo, &DemoData::finished);
    QSignalSpy failed(&demo, &DemoData::failed);
    demo.start();
    QVERIFY(finished.wait(60000));
    QVERIFY(failed.isEmpty());
    QCOMPARE(created.count(), 1);
    QVERIFY(progress.count() > 10); // written in many steps
    QCOMPARE(progress.last().at(0).toLongLong(), demo.totalItems());
    QCOMPARE(demo.writtenItems(), demo.totalItems());

    QCOMPARE(call(*engine, "ListTables", {}).value("TableNames").toArray(),
        (QJsonArray { "GameScores", "SensorReadings", "Shop" }));

    // Shop: the single-table model.
    const QList<QJsonObject> shop = scanAll(*engine, "Shop");
    QCOMPARE(shop.size(), 1137);
    QMap<QString, int> entities;
    for (const QJsonObject& item : shop) {
        const QString pk = s(item, "PK").section('#', 0, 0) + '#';
        const QString sk = s(item, "SK").section('#', 0, 0);
        entities[pk + ' ' + sk + ' ' + s(item, "EntityType")]++;
    }
    QCOMPARE(entities,
        (QMap<QString, int> { { "PRODUCT# METADATA Product", 40 }, { "USER# PROFILE User", 60 },
            { "USER# ORDER Order", 300 }, { "ORDER# ITEM OrderItem", 737 } }));
    const QJsonObject byStatus = onlyIndex(*engine, "Shop");
    QCOMPARE(byStatus.value("IndexName").toString(), QString("OrdersByStatus"));
    QCOMPARE(compact(byStatus.value("KeySchema")), keySchema("OrderStatus", "OrderDate"));
    const QJsonObject delivered = call(*engine, "Query",
        { { "TableName", "Shop" }, { "IndexName", "OrdersByStatus" },
            { "KeyConditionExpression", "OrderStatus = :s AND OrderDate >= :d" },
            { "ExpressionAttributeValues",
                QJsonObject { { ":s", QJsonObject { { "S", "DELIVERED" } } },
                    { ":d", QJsonObject { { "S", "2024-03-01" } } } } } });
    QVERIFY(delivered.value("Count").toInt() > 20);
    QString previous;
    for (const auto& value : delivered.value("Items").toArray()) {
        const QJsonObject order = value.toObject();
        QCOMPARE(s(order, "EntityType"), QString("Order"));
        QVERIFY(s(order, "SK").startsWith("ORDER#"));
        QVERIFY(s(order, "OrderDate") >= previous);
        previous = s(order, "OrderDate");
    }

    // GameScores: the leaderboard, read from the top through the index.
    QCOMPARE(scanAll(*engine, "GameScores").size(), 707);
    const QJsonObject byGame = onlyIndex(*engine, "GameScores");
    QCOMPARE(byGame.value("IndexName").toString(), QString("GameTitleIndex"));
    QCOMPARE(compact(byGame.value("KeySchema")), keySchema("GameTitle", "TopScore"));
    const QJsonObject top = call(*engine, "Query",
        { { "TableName", "GameScores" }, { "IndexName", "GameTitleIndex" },
            { "KeyConditionExpression", "GameTitle = :g" },
            { "ExpressionAttributeValues", QJsonObject { { ":g", QJsonObject { { "S", "Galaxy Invaders" } } } } },
            { "ScanIndexForward", false }, { "Limit", 10 } });
    const QJsonArray leaders = top.value("Items").toArray();
    QCOMPARE(leaders.size(), 10);
    for (qsizetype i = 1; i < leaders.size(); ++i)
        QVERIFY(n(leaders[i - 1].toObject(), "TopScore") >= n(leaders[i].toObject(), "TopScore"));

    // SensorReadings: a time series per sensor with expiry times around now.
    // The engine may already have deleted expired readings (TTL): the
    // others are all there.
    const QList<QJsonObject> readings = scanAll(*engine, "SensorReadings");
    QVERIFY(readings.size() <= 24 * 60);
    int live = 0;
    const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:00:00Z$"));
    for (const QJsonObject& reading : readings) {
        QVERIFY2(iso.match(s(reading, "Timestamp")).hasMatch(), qPrintable(s(reading, "Timestamp")));
        if (n(reading, "ExpiresAt") >= kNow.toSecsSinceEpoch())
            ++live;
    }
    QCOMPARE(live, 24 * 42); // readings of the last week
    const QJsonObject sensor = call(*engine, "Query",
        { { "TableName", "SensorReadings" }, { "KeyConditionExpression", "SensorId = :id" },
            { "ExpressionAttributeValues", QJsonObject { { ":id", QJsonObject { { "S", "sensor-001" } } } } } });
    QVERIFY(sensor.value("Count").toInt() >= 42);
    QCOMPARE(s(sensor.value("Items").toArray().last().toObject(), "Timestamp"), QString("2024-06-01T12:00:00Z"));
}

void DemoDataTest::sameSeedSameItems()
{
    const QList<DemoTable> first = DemoDataset::build(7, kNow);
    const QList<DemoTable> again = DemoDataset::build(7, kNow);
    const QList<DemoTable> other = DemoDataset::build(8, kNow);
    QCOMPARE(first.size(), 3);
    qsizetype total = 0;
    for (int t = 0; t < 3; ++t) {
        QCOMPARE(first[t].createTableRequest, again[t].createTableRequest);
        QCOMPARE(first[t].items, again[t].items);
        QVERIFY(first[t].items != other[t].items);
        total += first[t].items.size();
    }
    QVERIFY(total >= 2000 && total <= 5000); // a few thousand items
    QCOMPARE(first[2].ttlAttribute, QString("ExpiresAt"));
    // A week of readings is kept: the older 18 of each sensor's 60 readings
    // (every 4 hours) have expired.
    int expired = 0;
    for (const QJsonObject& reading : first[2].items) {
        if (n(reading, "ExpiresAt") < kNow.toSecsSinceEpoch())
            ++expired;
    }
    QCOMPARE(first[2].items.size(), 24 * 60);
    QCOMPARE(expired, 24 * 18);
}

void DemoDataTest::demoOptionFillsAScratchDatabase()
{
    QSettings().clear();
    MainWindow window;
    QPointer<DemoData> demo = DemoData::fillNewScratch(window);
    window.show();
    auto* connection = qobject_cast<EmbeddedConnection*>(window.currentConnection());
    QVERIFY(connection);
    const QModelIndex root = window.treeModel()->indexOfConnection(connection);
    QTRY_COMPARE_WITH_TIMEOUT(window.treeModel()->rowCount(root), 3, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(demo.isNull(), 60000); // deleted once done
    QVERIFY2(window.statusBar()->currentMessage().startsWith("Demo data loaded: 3284 items"),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(scanAll(*connection->engine(), "GameScores").size(), 707);
}

#endif // Q_MOC_RUN

QTEST_MAIN(DemoDataTest)
#include "DemoDataTest.moc"
