// dynoscope-screenshots: renders the main views over the demo data and saves
// them as PNG files for the README and the user guide. Run under Xvfb by
// tools/take-screenshots.sh; not a test.
#include "app/ConnectionTreeModel.h"
#include "app/LanguageSetting.h"
#include "app/MainWindow.h"
#include "app/RequestLogModel.h"
#include "app/TablePage.h"
#include "connection/EmbeddedConnection.h"
#include "demo/DemoData.h"
#include "items/ItemBrowser.h"
#include "items/ItemEditorDialog.h"
#include "items/ItemTableModel.h"
#include "partiql/PartiqlPage.h"
#include "partiql/PartiqlResultModel.h"
#include "query/AccessPatternCheckDialog.h"
#include "query/AccessPatternRunner.h"
#include "query/CodeView.h"
#include "query/QueryPanel.h"
#include "query/QuerySpec.h"
#include "query/SavedQueriesPanel.h"
#include "query/SavedQueryStore.h"
#include "tables/TableEditorDialog.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QJsonDocument>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace dynoscope::ui;

namespace {

void save(QWidget* widget, const QString& directory, const QString& name)
{
    QTest::qWait(400); // let layouts and fetched pages settle
    widget->grab().save(directory + QLatin1Char('/') + name + QStringLiteral(".png"));
    std::printf("wrote %s/%s.png\n", qPrintable(directory), qPrintable(name));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Dynoscope"));
    QApplication::setOrganizationName(QStringLiteral("Dynoscope-screenshots"));
    // English, as the README shows it, with its plural forms ("4 items", not "4 item(s)").
    LanguageSetting::install(app, QStringLiteral("en"));
    const QString directory = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(directory);

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    DemoData* demo = DemoData::fillNewScratch(window);
    bool done = false;
    QObject::connect(demo, &DemoData::finished, [&] { done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        return 1;
    window.refresh();
    Connection* connection = window.currentConnection();
    QTest::qWait(300);

    TablePage* shop = window.openTable(connection, QStringLiteral("Shop"));
    if (!QTest::qWaitFor([&] { return shop->items()->model()->rowCount() > 0; }, 10000))
        return 1;
    window.sidebar()->expandAll();
    save(&window, directory, QStringLiteral("main-window"));

    TablePage* scores = window.openTable(connection, QStringLiteral("GameScores"));
    if (!QTest::qWaitFor([&] { return scores->items()->model()->rowCount() > 0; }, 10000))
        return 1;
    save(&window, directory, QStringLiteral("item-grid"));

    // The query builder on the leaderboard index, with a filter group and its
    // results, the request log closed to give them the room.
    QDockWidget* log = window.findChild<QDockWidget*>();
    if (log)
        log->hide();
    scores->queryAction()->setChecked(true);
    QTest::qWait(300);
    QuerySpec spec;
    spec.operation = QueryOperation::Query;
    spec.tableName = QStringLiteral("GameScores");
    spec.indexName = QStringLiteral("GameTitleIndex");
    spec.key.partitionKey = QStringLiteral("GameTitle");
    spec.key.sortKey = QStringLiteral("TopScore");
    spec.key.partitionValue = QJsonObject{{QStringLiteral("S"), QStringLiteral("Meteor Blasters")}};
    spec.key.sortOperator = SortKeyOperator::Greater;
    spec.key.sortValue = QJsonObject{{QStringLiteral("N"), QStringLiteral("50000")}};
    FilterNode wins;
    wins.kind = FilterNode::Kind::Row;
    wins.path = QStringLiteral("Wins");
    wins.op = FilterOperator::GreaterEqual;
    wins.values = {QJsonObject{{QStringLiteral("N"), QStringLiteral("20")}}};
    FilterNode named;
    named.kind = FilterNode::Kind::Row;
    named.path = QStringLiteral("PlayerName");
    named.op = FilterOperator::BeginsWith;
    named.values = {QJsonObject{{QStringLiteral("S"), QStringLiteral("A")}}};
    spec.filter.kind = FilterNode::Kind::Or;
    spec.filter.children = {wins, named};
    spec.projection = {QStringLiteral("UserId"), QStringLiteral("PlayerName"), QStringLiteral("TopScore"),
                       QStringLiteral("Wins")};
    spec.scanIndexForward = false;
    scores->queryPanel()->setSpec(spec);
    scores->queryPanel()->run();
    QTest::qWait(300);
    if (!QTest::qWaitFor([&] { return !scores->items()->model()->isLoading(); }, 10000))
        return 1;
    save(&window, directory, QStringLiteral("query-builder"));
    scores->queryPanel()->tabs()->setCurrentWidget(scores->queryPanel()->codeView());
    scores->queryPanel()->codeView()->setLanguage(CodeLanguage::Python);
    save(&window, directory, QStringLiteral("query-code"));
    scores->queryPanel()->tabs()->setCurrentIndex(1);
    save(&window, directory, QStringLiteral("query-expressions"));
    scores->queryPanel()->tabs()->setCurrentIndex(0);
    scores->queryAction()->setChecked(false);
    if (log)
        log->show();
    scores->items()->showTable();
    if (!QTest::qWaitFor([&] { return scores->items()->model()->rowCount() > 0; }, 10000))
        return 1;

    scores->items()->view()->selectRow(2);
    window.openItemEditor(scores, scores->items()->currentKey(), {});
    QTest::qWait(800);
    for (QWidget* top : QApplication::topLevelWidgets())
        if (auto* editor = qobject_cast<ItemEditorDialog*>(top)) {
            editor->resize(760, 560);
            save(editor, directory, QStringLiteral("item-editor"));
            editor->setForm(ItemJsonForm::Plain);
            save(editor, directory, QStringLiteral("item-editor-plain"));
            editor->close();
        }

    TableEditorDialog tableEditor(&window);
    tableEditor.resize(820, 640);
    tableEditor.show();
    save(&tableEditor, directory, QStringLiteral("table-editor"));
    tableEditor.close();

    PartiqlPage* partiql = window.openPartiqlEditor(connection);
    partiql->setStatement(QStringLiteral("SELECT UserId, PlayerName, TopScore, Wins\n"
                                         "FROM \"GameScores\".\"GameTitleIndex\"\n"
                                         "WHERE GameTitle = ? AND TopScore > 90000"));
    partiql->setParameters("[{\"S\": \"Meteor Blasters\"}]");
    partiql->run();
    if (!QTest::qWaitFor([&] { return !partiql->results()->isRunning(); }, 10000))
        return 1;
    save(&window, directory, QStringLiteral("partiql-editor"));

    const auto saved = [](const QString& name, const QString& operation, const QByteArray& request) {
        SavedQuery query;
        query.name = name;
        query.operation = operation;
        query.request = QJsonDocument::fromJson(request).object();
        return query;
    };
    AccessPatternCheckDialog check(connection, QStringLiteral("GameScores"),
        { saved(QStringLiteral("Games of a player"), QStringLiteral("Query"),
              R"({"TableName":"GameScores","KeyConditionExpression":"UserId = :u",)"
              R"("ExpressionAttributeValues":{":u":{"S":"player-0042"}}})"),
            saved(QStringLiteral("Leaderboard of a game"), QStringLiteral("Query"),
                R"({"TableName":"GameScores","IndexName":"GameTitleIndex","KeyConditionExpression":"GameTitle = :g",)"
                R"("ExpressionAttributeValues":{":g":{"S":"Starship X"}},"ScanIndexForward":false,"Limit":10})"),
            saved(QStringLiteral("Veterans (filtered scan)"), QStringLiteral("Scan"),
                R"({"TableName":"GameScores","FilterExpression":"Wins > :w","ExpressionAttributeValues":{":w":{"N":"110"}}})"),
            saved(QStringLiteral("Typo in the index name"), QStringLiteral("Query"),
                R"({"TableName":"GameScores","IndexName":"GameIndex","KeyConditionExpression":"GameTitle = :g",)"
                R"("ExpressionAttributeValues":{":g":{"S":"Starship X"}}})") },
        &window);
    check.show();
    check.start();
    if (!QTest::qWaitFor([&] { return !check.runner()->isRunning(); }, 20000))
        return 1;
    save(&check, directory, QStringLiteral("access-patterns"));
    check.close();

    SavedQueriesPanel panel(connection, QStringLiteral("GameScores"));
    int pending = 0;
    const auto stored = [&](const QString&) { --pending; };
    for (const AccessPatternResult& result : check.runner()->results()) {
        ++pending;
        panel.store()->save(result.query, stored);
        ++pending;
        panel.store()->addHistory(result.query, stored);
    }
    if (!QTest::qWaitFor([&] { return pending == 0; }, 10000))
        return 1;
    panel.resize(380, 420);
    panel.show();
    save(&panel, directory, QStringLiteral("saved-queries"));
    return 0;
}
