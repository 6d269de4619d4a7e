// The item grid's model: paging with LastEvaluatedKey through 100,000 items
// with a bounded page cache (checked with QAbstractItemModelTester on a
// smaller table), columns in order of appearance, type-aware cells, and
// conditioned inline edits that detect a concurrent change.
#include <QtTest>

#include "connection/EmbeddedConnection.h"
#include "items/ItemTableModel.h"

#include <dynoscope/Engine.h>

#include <QAbstractItemModelTester>
#include <QJsonDocument>

using namespace dynoscope;
using namespace dynoscope::ui;

namespace {

std::shared_ptr<Engine> engineWithItems(int count)
{
    EngineOptions options;
    options.inMemory = true;
    std::string error;
    std::shared_ptr<Engine> engine = Engine::open(options, &error);
    engine->execute("CreateTable", "{\"TableName\":\"Items\",\"BillingMode\":\"PAY_PER_REQUEST\","
                                   "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],"
                                   "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}]}");
    for (int i = 0; i < count; ++i) {
        std::string item = "{\"TableName\":\"Items\",\"Item\":{\"pk\":{\"S\":\"k" + std::to_string(i) +
                           "\"},\"n\":{\"N\":\"" + std::to_string(i) + ".50\"}";
        if (i % 10 == 0)
            item += ",\"tags\":{\"SS\":[\"a\",\"b\"]},\"doc\":{\"M\":{\"x\":{\"NULL\":true}}}";
        item += "}}";
        const Result r = engine->execute("PutItem", item);
        if (!r.ok())
            qFatal("PutItem: %s", r.error->message().c_str());
    }
    return engine;
}

QJsonObject scanRequest() { return QJsonObject{{QStringLiteral("TableName"), QStringLiteral("Items")}}; }

} // namespace

class ItemTableModelTest : public QObject {
    Q_OBJECT
private slots:
    void modelIsSound()
    {
        EmbeddedConnection connection(engineWithItems(300), QStringLiteral("test"));
        ItemTableModel model(&connection);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(64);
        model.setMaxCachedPages(2);
        model.setSource(QStringLiteral("Scan"), scanRequest(), {QStringLiteral("pk")}, {QStringLiteral("pk")});
        // The tester itself fetches every page it is offered.
        QVERIFY(QTest::qWaitFor([&] { return model.isComplete() && !model.isLoading(); }, 5000));
        QCOMPARE(model.rowCount(), 300);
        QVERIFY(model.isComplete());
        // Keys lead, then attributes in order of appearance.
        QCOMPARE(model.columns().first(), QStringLiteral("pk"));
        QVERIFY(model.columns().contains(QStringLiteral("tags")));
        QVERIFY(model.cachedPages() <= 2);
    }

    void cellsShowTypesExactly()
    {
        EmbeddedConnection connection(engineWithItems(20), QStringLiteral("test"));
        ItemTableModel model(&connection);
        model.setSource(QStringLiteral("Scan"), scanRequest(), {QStringLiteral("pk")}, {QStringLiteral("pk")});
        QTRY_COMPARE(model.rowCount(), 20);
        const int n = int(model.columns().indexOf(QStringLiteral("n")));
        const int tags = int(model.columns().indexOf(QStringLiteral("tags")));
        const int doc = int(model.columns().indexOf(QStringLiteral("doc")));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString pk = model.item(row).value("pk").toObject().value("S").toString();
            const int i = pk.mid(1).toInt();
            QCOMPARE(model.index(row, n).data().toString(), QStringLiteral("%1.5").arg(i)); // stored canonically, as DynamoDB does
            QCOMPARE(model.index(row, n).data(ItemTableModel::TypeRole).toString(), QStringLiteral("N"));
            if (i % 10 == 0) {
                QCOMPARE(model.index(row, tags).data().toString(), QStringLiteral("{a, b}"));
                QCOMPARE(model.index(row, doc).data().toString(), QStringLiteral("{1 attribute}"));
                QVERIFY(model.index(row, tags).data(Qt::ToolTipRole).toString().startsWith("String set (SS)"));
                QVERIFY(!(model.flags(model.index(row, doc)) & Qt::ItemIsEditable));
            }
        }
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable)); // keys are not edited in place
    }

    void pagesThroughOneHundredThousandItemsWithBoundedMemory()
    {
        EmbeddedConnection connection(engineWithItems(100000), QStringLiteral("big"));
        ItemTableModel model(&connection);
        model.setPageSize(1000);
        model.setMaxCachedPages(8);
        model.setSource(QStringLiteral("Scan"), scanRequest(), {QStringLiteral("pk")}, {QStringLiteral("pk")});
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 1000; }, 5000));
        while (!model.isComplete()) {
            model.fetchMore({});
            QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 10000));
        }
        QCOMPARE(model.rowCount(), 100000);
        QCOMPARE(model.scannedCount(), 100000);
        QVERIFY(model.cachedPages() <= 8);
        // An evicted row reads its page again when shown.
        QVERIFY(!model.index(0, 0).data(ItemTableModel::LoadedRole).toBool());
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("…"));
        QVERIFY(QTest::qWaitFor([&] { return model.index(0, 0).data(ItemTableModel::LoadedRole).toBool(); }, 5000));
        QVERIFY(model.index(0, 0).data().toString().startsWith(QLatin1Char('k')));
        // Every key appears once.
        QSet<QString> keys;
        for (int row = 0; row < model.rowCount(); row += 997) {
            model.index(row, 0).data(); // asks for the page when evicted
            QVERIFY(QTest::qWaitFor([&] { return model.index(row, 0).data(ItemTableModel::LoadedRole).toBool(); },
                                    5000));
            keys.insert(model.index(row, 0).data().toString());
        }
        QCOMPARE(keys.size(), (100000 + 996) / 997);
    }

    void inlineEditIsConditioned()
    {
        auto engine = engineWithItems(5);
        EmbeddedConnection connection(engine, QStringLiteral("test"));
        ItemTableModel model(&connection);
        model.setSource(QStringLiteral("Scan"), scanRequest(), {QStringLiteral("pk")}, {QStringLiteral("pk")});
        QTRY_COMPARE(model.rowCount(), 5);
        const int n = int(model.columns().indexOf(QStringLiteral("n")));
        QSignalSpy succeeded(&model, &ItemTableModel::editSucceeded);
        QSignalSpy failed(&model, &ItemTableModel::editFailed);
        QVERIFY(model.setData(model.index(0, n), QStringLiteral("12345678901234567890123456789012345678")));
        QTRY_COMPARE(succeeded.count(), 1);
        QCOMPARE(model.index(0, n).data().toString(), QStringLiteral("12345678901234567890123456789012345678"));
        const QString pk = model.index(0, 0).data().toString();
        const Result stored = engine->execute(
            "GetItem", "{\"TableName\":\"Items\",\"Key\":{\"pk\":{\"S\":\"" + pk.toStdString() + "\"}}}");
        QVERIFY(stored.body.find("12345678901234567890123456789012345678") != std::string::npos);

        // Someone else changes the item: the next edit must not overwrite it.
        engine->execute("UpdateItem", "{\"TableName\":\"Items\",\"Key\":{\"pk\":{\"S\":\"" + pk.toStdString() +
                                          "\"}},\"UpdateExpression\":\"SET n = :v\","
                                          "\"ExpressionAttributeValues\":{\":v\":{\"N\":\"7\"}}}");
        QVERIFY(model.setData(model.index(0, n), QStringLiteral("8")));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.first().at(2).toString().contains(QStringLiteral("changed")));
        const Result after = engine->execute(
            "GetItem", "{\"TableName\":\"Items\",\"Key\":{\"pk\":{\"S\":\"" + pk.toStdString() + "\"}}}");
        QVERIFY(after.body.find("{\"N\":\"7\"}") != std::string::npos);
    }
};

QTEST_MAIN(ItemTableModelTest)
#include "ItemTableModelTest.moc"
