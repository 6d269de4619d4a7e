// Saved queries and history: the store on an embedded connection (the
// engine's operations) and its QSettings fallback on an endpoint without
// them, the side panel (save with a name, replace after asking, rename,
// delete after asking, history, open), and "Check access patterns" on a
// seeded table.
#include <QtTest>

#include "RemoteTestSupport.h"

#include "connection/EmbeddedConnection.h"
#include "connection/HttpConnection.h"
#include "query/AccessPatternCheckDialog.h"
#include "query/AccessPatternRunner.h"
#include "query/SavedQueriesPanel.h"
#include "query/SavedQueryStore.h"

#include <dynoscope/Engine.h>

#include <QApplication>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>

using namespace dynoscope;
using namespace dynoscope::ui;

namespace {

std::shared_ptr<Engine> memoryEngine()
{
    EngineOptions options;
    options.inMemory = true;
    std::string error;
    std::shared_ptr<Engine> engine = Engine::open(options, &error);
    if (!engine)
        qFatal("cannot open engine: %s", error.c_str());
    return engine;
}

// Orders: pk (S), sk (N); 30 orders of customer c1, 10 of c2; every fifth
// order of c1 is "open". GSI byStatus on status.
std::shared_ptr<Engine> ordersEngine()
{
    auto engine = memoryEngine();
    engine->execute("CreateTable",
        "{\"TableName\":\"Orders\",\"BillingMode\":\"PAY_PER_REQUEST\","
        "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"sk\",\"KeyType\":"
        "\"RANGE\"}],"
        "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
        "{\"AttributeName\":\"sk\",\"AttributeType\":\"N\"},{\"AttributeName\":\"status\",\"AttributeType\":\"S\"}],"
        "\"GlobalSecondaryIndexes\":[{\"IndexName\":\"byStatus\",\"KeySchema\":[{\"AttributeName\":\"status\","
        "\"KeyType\":\"HASH\"}],\"Projection\":{\"ProjectionType\":\"ALL\"}}]}");
    for (int i = 0; i < 40; ++i) {
        const std::string customer = i < 30 ? "c1" : "c2";
        const std::string status = i < 30 && i % 5 == 0 ? "open" : "closed";
        engine->execute("PutItem",
            "{\"TableName\":\"Orders\",\"Item\":{\"pk\":{\"S\":\"" + customer + "\"},\"sk\":{\"N\":\""
                + std::to_string(i) + "\"},\"status\":{\"S\":\"" + status + "\"}}}");
    }
    return engine;
}

SavedQuery query(const QString& name, const QString& operation, const QByteArray& request, int maxItems = 0)
{
    SavedQuery q;
    q.name = name;
    q.operation = operation;
    q.request = QJsonDocument::fromJson(request).object();
    q.maxItems = maxItems;
    return q;
}

// Waits for a store callback; returns its error.
template <class Call> QString wait(Call call)
{
    bool done = false;
    QString result;
    call([&](const QString& error) {
        result = error;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("timed out");
    return result;
}

QList<SavedQuery> waitList(SavedQueryStore& store, bool history, QString* error = nullptr)
{
    bool done = false;
    QList<SavedQuery> result;
    const auto callback = [&](const QList<SavedQuery>& queries, const QString& e) {
        result = queries;
        if (error)
            *error = e;
        done = true;
    };
    history ? store.listHistory(callback) : store.listSaved(callback);
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("list timed out");
    return result;
}

QStringList names(const QList<SavedQuery>& queries)
{
    QStringList out;
    for (const SavedQuery& q : queries)
        out.append(q.name);
    return out;
}

// Answers the next modal dialog once it shows.
void answerModal(std::function<void(QWidget*)> answer)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, answer] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start();
}

void answerName(const QString& name)
{
    answerModal([name](QWidget* modal) {
        auto* dialog = qobject_cast<QInputDialog*>(modal);
        QVERIFY(dialog);
        dialog->setTextValue(name);
        dialog->accept();
    });
}

void answerQuestion(QMessageBox::StandardButton button, QString* text = nullptr)
{
    answerModal([button, text](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

// An endpoint without Dynoscope's operations, as AWS and DynamoDB Local are:
// every Dynoscope call answers UnknownOperationException (HTTP 400).
class PlainDynamoDBConnection : public Connection {
public:
    explicit PlainDynamoDBConnection(QString name)
        : m_name(std::move(name))
    {
    }
    QString displayName() const override { return m_name; }
    bool isEmbedded() const override { return false; }
    void cancel(quint64) override { }
    int calls = 0;

protected:
    void start(quint64 id, WireApi api, const QString& operation, const QByteArray& request) override
    {
        ++calls;
        Reply reply;
        reply.id = id;
        reply.operation = operation;
        reply.request = request;
        reply.httpStatus = 400;
        reply.errorType = QStringLiteral("UnknownOperationException");
        reply.errorMessage = api == WireApi::Dynoscope ? QString() : QStringLiteral("unexpected");
        QMetaObject::invokeMethod(
            this, [this, reply] { complete(reply); }, Qt::QueuedConnection);
    }

private:
    QString m_name;
};

} // namespace

class SavedQueriesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QSettings().clear(); }
    void definitionRoundTrips();
    void storeOnEmbeddedConnection();
    void storeFallsBackToSettings();
    void storeFallsBackOnDynalite();
    void panelSavesRenamesDeletesAndOpens();
    void panelShowsSettingsFallback();
    void accessPatternCheck();
    void accessPatternCheckStops();
};

#ifndef Q_MOC_RUN

void SavedQueriesTest::definitionRoundTrips()
{
    SavedQuery q = query(QStringLiteral("Open orders"), QStringLiteral("Query"),
        R"({"TableName":"Orders","IndexName":"byStatus","KeyConditionExpression":"#s = :s"})", 25);
    q.savedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    const QJsonObject json = q.toJson();
    QCOMPARE(json.value("Operation").toString(), QStringLiteral("Query"));
    QCOMPARE(json.value("MaxItems").toInt(), 25);
    QCOMPARE(json.value("SavedAt").toString(), QStringLiteral("2026-01-02T03:04:05.678Z"));
    QVERIFY(!json.contains("Name"));
    QString error;
    const SavedQuery back = SavedQuery::fromJson(json, q.name, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(back, q);
    QCOMPARE(back.summary(), QStringLiteral("Query on byStatus"));
    SavedQuery::fromJson(QJsonObject { { "Request", QJsonObject() } }, {}, &error);
    QCOMPARE(error, QStringLiteral("The definition has no Operation."));
    SavedQuery::fromJson(QJsonObject { { "Operation", "Scan" } }, {}, &error);
    QCOMPARE(error, QStringLiteral("The definition has no Request object."));
}

void SavedQueriesTest::storeOnEmbeddedConnection()
{
    auto engine = ordersEngine();
    EmbeddedConnection connection(engine, QStringLiteral("test"));
    SavedQueryStore store(&connection, QStringLiteral("Orders"));
    QCOMPARE(store.backend(), SavedQueryStore::Backend::Unknown);
    const SavedQuery byCustomer = query(QStringLiteral("By customer"), QStringLiteral("Query"),
        R"({"TableName":"Orders","KeyConditionExpression":"pk = :p","ExpressionAttributeValues":{":p":{"S":"c1"}}})",
        10);
    QCOMPARE(wait([&](auto done) { store.save(byCustomer, done); }), QString());
    QCOMPARE(store.backend(), SavedQueryStore::Backend::Database);
    QCOMPARE(wait([&](auto done) { store.save(query("All", "Scan", R"({"TableName":"Orders"})"), done); }), QString());

    QList<SavedQuery> saved = waitList(store, false);
    QCOMPARE(names(saved), (QStringList { "All", "By customer" }));
    QCOMPARE(saved.at(1).request, byCustomer.request);
    QCOMPARE(saved.at(1).maxItems, 10);
    QVERIFY(saved.at(1).savedAt.isValid());
    // Stored in the database: the engine answers for it directly.
    const Result listed = engine->execute(Api::Dynoscope, "ListSavedQueries", R"({"TableName":"Orders"})");
    QVERIFY(listed.ok());
    QVERIFY(QByteArray::fromStdString(listed.body).contains("By customer"));

    QCOMPARE(wait([&](auto done) { store.rename("All", "Everything", done); }), QString());
    QCOMPARE(wait([&](auto done) { store.rename("Everything", "By customer", done); }),
        QStringLiteral("ResourceInUseException: Saved query already exists: By customer of table Orders"));
    QCOMPARE(wait([&](auto done) { store.remove("By customer", done); }), QString());
    QCOMPARE(names(waitList(store, false)), QStringList { "Everything" });
    QVERIFY(wait([&](auto done) { store.remove("By customer", done); }).startsWith("ResourceNotFoundException"));

    for (int i = 0; i < 205; ++i) {
        SavedQuery run
            = query({}, "Scan", QByteArray(R"({"TableName":"Orders","Limit":)") + QByteArray::number(i + 1) + "}");
        QCOMPARE(wait([&](auto done) { store.addHistory(run, done); }), QString());
    }
    const QList<SavedQuery> history = waitList(store, true);
    QCOMPARE(history.size(), 200);
    QCOMPARE(history.first().request.value("Limit").toInt(), 205);
    QCOMPARE(history.last().request.value("Limit").toInt(), 6);
    QVERIFY(history.first().name.isEmpty());
    QVERIFY(store.locationText().contains("database"));
}

void SavedQueriesTest::storeFallsBackToSettings()
{
    QSettings().clear();
    PlainDynamoDBConnection connection(QStringLiteral("https://dynamodb.eu-west-1.amazonaws.com"));
    SavedQueryStore store(&connection, QStringLiteral("Orders"));
    QSignalSpy backend(&store, &SavedQueryStore::backendChanged);
    QVERIFY(waitList(store, false).isEmpty());
    QCOMPARE(store.backend(), SavedQueryStore::Backend::Settings);
    QCOMPARE(backend.count(), 1);
    QCOMPARE(connection.calls, 1);
    QVERIFY(store.locationText().contains("this computer's settings"));
    QVERIFY(store.locationText().contains("https://dynamodb.eu-west-1.amazonaws.com"));

    QCOMPARE(wait([&](auto done) { store.save(query("b", "Scan", R"({"TableName":"Orders"})"), done); }), QString());
    QCOMPARE(wait([&](auto done) { store.save(query("a", "Query", R"({"TableName":"Orders","Limit":1})", 3), done); }),
        QString());
    // Once known, the endpoint is not asked again.
    QCOMPARE(connection.calls, 1);
    QList<SavedQuery> saved = waitList(store, false);
    QCOMPARE(names(saved), (QStringList { "a", "b" }));
    QCOMPARE(saved.at(0).maxItems, 3);
    QCOMPARE(saved.at(0).request.value("Limit").toInt(), 1);

    // Replacing keeps one entry.
    QCOMPARE(wait([&](auto done) { store.save(query("a", "Scan", R"({"TableName":"Orders"})"), done); }), QString());
    saved = waitList(store, false);
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(0).operation, QStringLiteral("Scan"));

    QCOMPARE(wait([&](auto done) { store.rename("a", "b", done); }),
        QStringLiteral("A saved query named \"b\" already exists."));
    QCOMPARE(wait([&](auto done) { store.rename("a", "c", done); }), QString());
    QCOMPARE(wait([&](auto done) { store.remove("b", done); }), QString());
    QCOMPARE(wait([&](auto done) { store.remove("b", done); }), QStringLiteral("There is no saved query named \"b\"."));
    QCOMPARE(names(waitList(store, false)), QStringList { "c" });

    for (int i = 0; i < 203; ++i)
        QCOMPARE(wait([&](auto done) {
            store.addHistory(
                query({}, "Scan", QByteArray(R"({"TableName":"Orders","Limit":)") + QByteArray::number(i + 1) + "}"),
                done);
        }),
            QString());
    const QList<SavedQuery> history = waitList(store, true);
    QCOMPARE(history.size(), SavedQueryStore::kHistoryLimit);
    QCOMPARE(history.first().request.value("Limit").toInt(), 203);
    QCOMPARE(history.last().request.value("Limit").toInt(), 4);

    // Another table, and another endpoint, have their own.
    SavedQueryStore otherTable(&connection, QStringLiteral("Users"));
    QVERIFY(waitList(otherTable, false).isEmpty());
    PlainDynamoDBConnection otherEndpoint(QStringLiteral("http://localhost:8000"));
    SavedQueryStore otherStore(&otherEndpoint, QStringLiteral("Orders"));
    QVERIFY(waitList(otherStore, false).isEmpty());
    // And a new store on the same endpoint and table finds them again.
    SavedQueryStore again(&connection, QStringLiteral("Orders"));
    QCOMPARE(names(waitList(again, false)), QStringList { "c" });
}

void SavedQueriesTest::storeFallsBackOnDynalite()
{
    // dynalite, like DynamoDB, answers an unknown X-Amz-Target with
    // UnknownOperationException (HTTP 400).
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty() || !QFile::exists(QStringLiteral(DYNALITE_CLI)))
        QSKIP("dynalite is missing: run the ui_dynalite_install test");
    QSettings().clear();
    remotetest::ChildProcess dynalite;
    QUrl url;
    for (int attempt = 0; attempt < 3 && !url.isValid(); ++attempt) {
        const quint16 port = remotetest::freePort();
        const QRegularExpressionMatch match = dynalite.start(node,
            { QStringLiteral(DYNALITE_CLI), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--port"), QString::number(port) },
            QRegularExpression(QStringLiteral("^Dynalite listening at: http://")));
        if (match.hasMatch())
            url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        else
            dynalite.stop();
    }
    QVERIFY2(url.isValid(), qPrintable(dynalite.output()));
    HttpConnection connection(remotetest::endpoint(url, QStringLiteral("dynoscope"), QStringLiteral("any")));
    SavedQueryStore store(&connection, QStringLiteral("Orders"));
    QCOMPARE(wait([&](auto done) { store.save(query("All", "Scan", R"({"TableName":"Orders"})"), done); }), QString());
    QCOMPARE(store.backend(), SavedQueryStore::Backend::Settings);
    QCOMPARE(names(waitList(store, false)), QStringList { "All" });
    QVERIFY(store.locationText().contains(connection.displayName()));
}

void SavedQueriesTest::panelSavesRenamesDeletesAndOpens()
{
    auto engine = ordersEngine();
    EmbeddedConnection connection(engine, QStringLiteral("test"));
    SavedQueriesPanel panel(&connection, QStringLiteral("Orders"));
    QSignalSpy reloaded(&panel, &SavedQueriesPanel::reloaded);
    QVERIFY(reloaded.wait(5000));
    QVERIFY(panel.findChild<QLabel*>() != nullptr);
    QVERIFY(panel.store()->locationText().contains("database"));
    const QList<QLabel*> labels = panel.findChildren<QLabel*>();
    QVERIFY(std::any_of(
        labels.begin(), labels.end(), [&](QLabel* label) { return label->text() == panel.store()->locationText(); }));

    const SavedQuery scan = query({}, "Scan", R"j({"TableName":"Orders","FilterExpression":"attribute_exists(pk)"})j");
    answerName(QStringLiteral("Everything"));
    panel.saveQuery(scan);
    QVERIFY(QTest::qWaitFor([&] { return panel.savedQueries().size() == 1; }, 5000));
    QCOMPARE(panel.savedList()->topLevelItem(0)->text(0), QStringLiteral("Everything"));
    QCOMPARE(panel.savedList()->topLevelItem(0)->text(1), QStringLiteral("Scan"));

    // The name is pre-filled from the query; an existing one is replaced after asking.
    SavedQuery replacement = scan;
    replacement.name = QStringLiteral("Everything");
    replacement.request.insert("Limit", 5);
    QString prefilled;
    answerModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<QInputDialog*>(modal);
        prefilled = dialog->textValue();
        dialog->accept();
    });
    QString question;
    QTimer::singleShot(0, [&] { answerQuestion(QMessageBox::Yes, &question); });
    panel.saveQuery(replacement);
    QCOMPARE(prefilled, QStringLiteral("Everything"));
    QVERIFY2(question.contains("already saved"), qPrintable(question));
    QVERIFY(QTest::qWaitFor([&] { return panel.savedQueries().value(0).request.contains("Limit"); }, 5000));
    QCOMPARE(panel.savedQueries().size(), 1);

    // Cancelling the replacement keeps the saved one.
    SavedQuery other = replacement;
    other.request.insert("Limit", 99);
    answerName(QStringLiteral("Everything"));
    QTimer::singleShot(0, [&] { answerQuestion(QMessageBox::Cancel); });
    panel.saveQuery(other);
    QTest::qWait(200);
    QCOMPARE(panel.savedQueries().value(0).request.value("Limit").toInt(), 5);

    // Rename.
    panel.savedList()->setCurrentItem(panel.savedList()->topLevelItem(0));
    answerName(QStringLiteral("All orders"));
    panel.renameCurrent();
    QVERIFY(QTest::qWaitFor([&] { return panel.savedQueries().value(0).name == "All orders"; }, 5000));

    // Open: double-click (activation) emits the query.
    QSignalSpy opened(&panel, &SavedQueriesPanel::openRequested);
    panel.savedList()->setCurrentItem(panel.savedList()->topLevelItem(0));
    emit panel.savedList()->itemActivated(panel.savedList()->topLevelItem(0), 0);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).value<SavedQuery>().name, QStringLiteral("All orders"));
    QCOMPARE(opened.at(0).at(0).value<SavedQuery>().request.value("Limit").toInt(), 5);

    // History: runs are recorded without their name, newest first.
    panel.recordRun(query(QStringLiteral("ignored"), "Scan", R"({"TableName":"Orders","Limit":1})"));
    QVERIFY(QTest::qWaitFor([&] { return panel.history().size() == 1; }, 5000));
    panel.recordRun(query({}, "Query", R"({"TableName":"Orders","IndexName":"byStatus","Limit":2})"));
    QVERIFY(QTest::qWaitFor([&] { return panel.history().size() == 2; }, 5000));
    QVERIFY(panel.history().at(0).name.isEmpty());
    QCOMPARE(panel.history().at(0).request.value("Limit").toInt(), 2);
    QCOMPARE(panel.historyList()->topLevelItem(0)->text(1), QStringLiteral("Query on byStatus"));
    QCOMPARE(panel.findChild<QTabWidget*>()->tabText(0), QStringLiteral("Saved (1)"));
    QCOMPARE(panel.findChild<QTabWidget*>()->tabText(1), QStringLiteral("History (2)"));
    panel.findChild<QTabWidget*>()->setCurrentIndex(1);
    panel.historyList()->setCurrentItem(panel.historyList()->topLevelItem(1));
    emit panel.historyList()->itemActivated(panel.historyList()->topLevelItem(1), 0);
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.at(1).at(0).value<SavedQuery>().request.value("Limit").toInt(), 1);
    panel.findChild<QTabWidget*>()->setCurrentIndex(0);

    // Delete asks first; Cancel keeps it.
    panel.savedList()->setCurrentItem(panel.savedList()->topLevelItem(0));
    answerQuestion(QMessageBox::Cancel);
    panel.deleteCurrent();
    QTest::qWait(100);
    QCOMPARE(panel.savedQueries().size(), 1);
    answerQuestion(QMessageBox::Yes);
    panel.deleteCurrent();
    QVERIFY(QTest::qWaitFor([&] { return panel.savedQueries().isEmpty(); }, 5000));
    QCOMPARE(panel.savedList()->topLevelItemCount(), 0);
}

void SavedQueriesTest::panelShowsSettingsFallback()
{
    QSettings().clear();
    PlainDynamoDBConnection connection(QStringLiteral("http://localhost:8000"));
    SavedQueriesPanel panel(&connection, QStringLiteral("Orders"));
    QSignalSpy reloaded(&panel, &SavedQueriesPanel::reloaded);
    QVERIFY(reloaded.wait(5000));
    const QList<QLabel*> labels = panel.findChildren<QLabel*>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
        [](QLabel* label) { return label->text().contains("this computer's settings"); }));
    answerName(QStringLiteral("Everything"));
    panel.saveQuery(query({}, "Scan", R"({"TableName":"Orders"})"));
    QVERIFY(QTest::qWaitFor([&] { return panel.savedQueries().size() == 1; }, 5000));
    QVERIFY(panel.statusLabel()->isHidden());
}

void SavedQueriesTest::accessPatternCheck()
{
    auto engine = ordersEngine();
    EmbeddedConnection connection(engine, QStringLiteral("test"));
    const QByteArray byCustomer = R"("KeyConditionExpression":"pk = :p","ExpressionAttributeValues":{":p":{"S":)";
    const QByteArray openStatus
        = R"("ExpressionAttributeNames":{"#s":"status"},"ExpressionAttributeValues":{":s":{"S":"open"}})";
    const QList<SavedQuery> queries {
        query("Orders of a customer", "Query", R"({"TableName":"Orders",)" + byCustomer + R"("c2"}}})"),
        query(
            "Open orders by scan", "Scan", R"({"TableName":"Orders","FilterExpression":"#s = :s",)" + openStatus + "}"),
        query("First 7 orders, pages of 3", "Query", R"({"TableName":"Orders","Limit":3,)" + byCustomer + R"("c1"}}})",
            7),
        query("Open orders on the index", "Query",
            R"({"TableName":"Orders","IndexName":"byStatus","KeyConditionExpression":"#s = :s",)" + openStatus + "}"),
        query("Broken", "Query",
            R"({"TableName":"Orders","IndexName":"missing","KeyConditionExpression":"a = :a",)"
            R"("ExpressionAttributeValues":{":a":{"S":"x"}}})"),
    };
    AccessPatternCheckDialog dialog(&connection, QStringLiteral("Orders"), queries);
    QSignalSpy finished(dialog.runner(), &AccessPatternRunner::finished);
    dialog.start();
    QVERIFY(finished.wait(10000));
    const auto& results = dialog.runner()->results();
    QCOMPARE(results.size(), 5);

    QCOMPARE(results[0].count, 10);
    QCOMPARE(results[0].scannedCount, 10);
    QCOMPARE(results[0].pages, 1);
    QVERIFY(results[0].capacityUnits > 0);
    QVERIFY(results[0].warnings().isEmpty());

    QCOMPARE(results[1].count, 6);
    QCOMPARE(results[1].scannedCount, 40);
    QVERIFY(results[1].isScan());
    QCOMPARE(results[1].warnings().size(), 2); // a Scan, and 15% returned

    // maxItems 7 with pages of 3: three pages, then it stops.
    QCOMPARE(results[2].pages, 3);
    QCOMPARE(results[2].count, 9);

    QCOMPARE(results[3].count, 6);
    QCOMPARE(results[3].query.summary(), QStringLiteral("Query on byStatus"));

    QVERIFY2(results[4].error.startsWith("ValidationException"), qPrintable(results[4].error));

    QTreeWidget* table = dialog.resultTable();
    QCOMPARE(table->topLevelItemCount(), 5);
    QCOMPARE(table->topLevelItem(0)->text(AccessPatternCheckDialog::ItemsColumn), QStringLiteral("10"));
    QCOMPARE(table->topLevelItem(1)->text(AccessPatternCheckDialog::ScannedColumn), QStringLiteral("40"));
    QVERIFY(table->topLevelItem(1)->text(AccessPatternCheckDialog::NotesColumn).contains("Scan"));
    QVERIFY(table->topLevelItem(1)->text(AccessPatternCheckDialog::NotesColumn).contains("15.0%"));
    QCOMPARE(table->topLevelItem(2)->text(AccessPatternCheckDialog::PagesColumn), QStringLiteral("3"));
    QCOMPARE(
        table->topLevelItem(3)->text(AccessPatternCheckDialog::OperationColumn), QStringLiteral("Query on byStatus"));
    QCOMPARE(table->topLevelItem(0)->text(AccessPatternCheckDialog::NotesColumn), QStringLiteral("OK"));
    QVERIFY(table->topLevelItem(4)->text(AccessPatternCheckDialog::NotesColumn).startsWith("ValidationException"));
    QVERIFY(dialog.summaryLabel()->text().contains("1 failed"));
}

void SavedQueriesTest::accessPatternCheckStops()
{
    auto engine = ordersEngine();
    EmbeddedConnection connection(engine, QStringLiteral("test"));
    QList<SavedQuery> queries;
    for (int i = 0; i < 30; ++i)
        queries.append(query(QStringLiteral("Scan %1").arg(i), "Scan", R"({"TableName":"Orders","Limit":1})"));
    AccessPatternCheckDialog dialog(&connection, QStringLiteral("Orders"), queries);
    QSignalSpy finished(dialog.runner(), &AccessPatternRunner::finished);
    QSignalSpy progressed(dialog.runner(), &AccessPatternRunner::progressed);
    dialog.start();
    QVERIFY(progressed.wait(5000));
    dialog.runner()->cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(dialog.runner()->wasCancelled());
    QVERIFY(!dialog.runner()->isRunning());
    QTest::qWait(100);
    QVERIFY(!dialog.runner()->results().last().done);
    QCOMPARE(
        dialog.resultTable()->topLevelItem(29)->text(AccessPatternCheckDialog::NotesColumn), QStringLiteral("Stopped"));
    QVERIFY(dialog.summaryLabel()->text().startsWith("Stopped"));
}

#endif // Q_MOC_RUN

QTEST_MAIN(SavedQueriesTest)
#include "SavedQueriesTest.moc"
