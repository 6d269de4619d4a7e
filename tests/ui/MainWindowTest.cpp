// The main window on the offscreen platform: title, and the sidebar listing
// the tables of the engine it shows.
#include "app/MainWindow.h"

#include <dynoscope/Engine.h>

#include <QListWidget>
#include <QtTest>

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void showsTablesOfTheEngine()
    {
        dynoscope::EngineOptions options;
        options.inMemory = true;
        std::string error;
        auto engine = dynoscope::Engine::open(options, &error);
        QVERIFY2(engine, error.c_str());
        for (const char* name : {"Orders", "Customers"}) {
            const std::string request = std::string("{\"TableName\":\"") + name +
                                        "\",\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],"
                                        "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
                                        "\"BillingMode\":\"PAY_PER_REQUEST\"}";
            const auto result = engine->execute("CreateTable", request);
            QVERIFY2(result.ok(), result.ok() ? "" : result.error->message().c_str());
        }
        dynoscope::ui::MainWindow window(*engine, QStringLiteral("test"));
        window.show();
        QCOMPARE(window.windowTitle(), QStringLiteral("Dynoscope"));
        QCOMPARE(window.tableList()->count(), 2);
        QCOMPARE(window.tableList()->item(0)->text(), QStringLiteral("Customers"));
        QCOMPARE(window.tableList()->item(1)->text(), QStringLiteral("Orders"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
