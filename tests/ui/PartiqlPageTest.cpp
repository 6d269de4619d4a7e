// The PartiQL editor tab: the lexer's styles, completion of keywords, table
// and attribute names, the page's runs (paging with NextToken, errors in
// place, parameters, Stop) against a scripted connection, the main window's
// "New PartiQL Editor" action, and, in executeStatementOnEmbeddedEngine
// only, real statements on the embedded engine's ExecuteStatement.
#include <QtTest>

#include "app/MainWindow.h"
#include "connection/EmbeddedConnection.h"
#include "editor/JsonEditor.h"
#include "partiql/PartiqlEditor.h"
#include "partiql/PartiqlLexer.h"
#include "partiql/PartiqlPage.h"
#include "partiql/PartiqlResultModel.h"

#include <dynoscope/Engine.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

using namespace dynoscope;
using namespace dynoscope::ui;

namespace {

using Run = PartiqlLexer::Run;
using Style = PartiqlLexer::Style;

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

void createTable(Engine& engine, const std::string& name)
{
    engine.execute("CreateTable",
        "{\"TableName\":\"" + name
            + "\",\"BillingMode\":\"PAY_PER_REQUEST\","
              "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],"
              "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}]}");
}

// Orders (25 items: pk, status, total) and Order-Lines (empty).
std::shared_ptr<Engine> ordersEngine()
{
    auto engine = memoryEngine();
    createTable(*engine, "Orders");
    createTable(*engine, "Order-Lines");
    for (int i = 0; i < 25; ++i)
        engine->execute("PutItem",
            "{\"TableName\":\"Orders\",\"Item\":{\"pk\":{\"S\":\"o" + std::to_string(i) + "\"},\"status\":{\"S\":\""
                + (i % 5 == 0 ? "open" : "closed") + "\"},\"total\":{\"N\":\"" + std::to_string(i * 10) + "\"}}}");
    return engine;
}

// The text of each run, with its style.
QList<QPair<QByteArray, Style>> runTexts(const QByteArray& text, bool inBlockComment = false)
{
    QList<QPair<QByteArray, Style>> out;
    for (const Run& run : PartiqlLexer::scan(text, inBlockComment))
        if (run.style != PartiqlLexer::Default)
            out.append({ text.mid(run.start, run.length), run.style });
    return out;
}

// Answers calls from a script: ExecuteStatement pages by NextToken, errors.
class ScriptedConnection : public Connection {
public:
    using Handler = std::function<Reply(const QString& operation, const QJsonObject& request)>;
    explicit ScriptedConnection(Handler handler)
        : m_handler(std::move(handler))
    {
    }
    QString displayName() const override { return QStringLiteral("scripted"); }
    bool isEmbedded() const override { return false; }
    void cancel(quint64 id) override { cancelled.append(id); }
    QList<QJsonObject> requests;
    QList<quint64> cancelled;
    bool hold = false; // leaves calls unanswered

protected:
    void start(quint64 id, WireApi, const QString& operation, const QByteArray& requestJson) override
    {
        const QJsonObject request = QJsonDocument::fromJson(requestJson).object();
        if (operation == QLatin1String("ExecuteStatement"))
            requests.append(request);
        if (hold && operation == QLatin1String("ExecuteStatement"))
            return;
        Reply reply = m_handler(operation, request);
        reply.id = id;
        reply.operation = operation;
        reply.request = requestJson;
        QMetaObject::invokeMethod(
            this, [this, reply] { complete(reply); }, Qt::QueuedConnection);
    }

private:
    Handler m_handler;
};

Reply okReply(const QJsonObject& body)
{
    Reply reply;
    reply.ok = true;
    reply.httpStatus = 200;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

Reply errorReply(const QString& type, const QString& message)
{
    Reply reply;
    reply.httpStatus = 400;
    reply.errorType = type;
    reply.errorMessage = message;
    return reply;
}

QJsonArray items(int from, int count)
{
    QJsonArray out;
    for (int i = from; i < from + count; ++i)
        out.append(QJsonObject { { "pk", QJsonObject { { "S", QStringLiteral("o%1").arg(i) } } },
            { i % 2 ? "odd" : "even", QJsonObject { { "N", QString::number(i) } } } });
    return out;
}

// Three pages of 2, 0 and 1 items, linked by NextToken; other statements fail.
Reply scriptedStatement(const QString& operation, const QJsonObject& request)
{
    if (operation == QLatin1String("ListTables"))
        return okReply({ { "TableNames", QJsonArray { "Orders" } } });
    if (operation != QLatin1String("ExecuteStatement"))
        return okReply({});
    if (!request.value("Statement").toString().startsWith("SELECT"))
        return errorReply("ValidationException", "Statement wasn't well formed, can't be processed: unexpected token");
    const QJsonObject capacity { { "TableName", "Orders" }, { "CapacityUnits", 0.5 } };
    const QString token = request.value("NextToken").toString();
    if (token.isEmpty())
        return okReply({ { "Items", items(0, 2) }, { "NextToken", "page2" }, { "ConsumedCapacity", capacity } });
    if (token == QLatin1String("page2"))
        return okReply({ { "Items", QJsonArray() }, { "NextToken", "page3" }, { "ConsumedCapacity", capacity } });
    return okReply({ { "Items", items(2, 1) }, { "ConsumedCapacity", capacity } });
}

bool waitIdle(PartiqlPage& page)
{
    return QTest::qWaitFor([&] { return !page.results()->isRunning(); }, 10000);
}

} // namespace

class PartiqlPageTest : public QObject {
    Q_OBJECT
private slots:
    void lexerScansPartiql();
    void lexerStylesTheEditor();
    void targetTableAndQuoting();
    void completesKeywordsTablesAndAttributes();
    void pagesWithNextToken();
    void modelFetchesMoreForViews();
    void errorsShowInPlace();
    void parametersAreSent();
    void stopDropsTheCall();
    void mainWindowOpensAnEditor();
    // Needs the engine's ExecuteStatement (engine/ops/PartiqlOps.cpp).
    void executeStatementOnEmbeddedEngine();
};

#ifndef Q_MOC_RUN

void PartiqlPageTest::lexerScansPartiql()
{
    const auto runs = runTexts("SELECT \"first name\", total FROM Orders WHERE pk = ? AND total >= 1.5e3 "
                               "AND begins_with(sk, 'it''s') -- trailing note\n/* block\ncomment */ <<1>>");
    const QList<QPair<QByteArray, Style>> expected {
        { "SELECT", PartiqlLexer::Keyword },
        { "\"first name\"", PartiqlLexer::QuotedIdentifier },
        { ",", PartiqlLexer::Operator },
        { "FROM", PartiqlLexer::Keyword },
        { "WHERE", PartiqlLexer::Keyword },
        { "=", PartiqlLexer::Operator },
        { "?", PartiqlLexer::Parameter },
        { "AND", PartiqlLexer::Keyword },
        { ">", PartiqlLexer::Operator },
        { "=", PartiqlLexer::Operator },
        { "1.5e3", PartiqlLexer::Number },
        { "AND", PartiqlLexer::Keyword },
        { "begins_with", PartiqlLexer::Function },
        { "(", PartiqlLexer::Operator },
        { ",", PartiqlLexer::Operator },
        { "'it''s'", PartiqlLexer::String },
        { ")", PartiqlLexer::Operator },
        { "-- trailing note", PartiqlLexer::Comment },
        { "/* block\ncomment */", PartiqlLexer::BlockComment },
        { "<", PartiqlLexer::Operator },
        { "<", PartiqlLexer::Operator },
        { "1", PartiqlLexer::Number },
        { ">", PartiqlLexer::Operator },
        { ">", PartiqlLexer::Operator },
    };
    QCOMPARE(runs, expected);
    // A line that starts inside a block comment, and unterminated runs.
    QCOMPARE(runTexts("still comment */ x", true),
        (QList<QPair<QByteArray, Style>> { { "still comment */", PartiqlLexer::BlockComment } }));
    QCOMPARE(runTexts("'open"), (QList<QPair<QByteArray, Style>> { { "'open", PartiqlLexer::String } }));
    QCOMPARE(runTexts("\"open"), (QList<QPair<QByteArray, Style>> { { "\"open", PartiqlLexer::QuotedIdentifier } }));
    // Runs cover the text exactly, in order.
    const QByteArray text = "UPDATE \"Orders\" SET total = total + 1 WHERE pk = 'é' RETURNING ALL NEW *";
    int end = 0;
    for (const Run& run : PartiqlLexer::scan(text)) {
        QCOMPARE(run.start, end);
        end = run.start + run.length;
    }
    QCOMPARE(end, int(text.size()));
}

void PartiqlPageTest::lexerStylesTheEditor()
{
    PartiqlEditor editor(nullptr);
    editor.setText(QStringLiteral("SELECT * FROM t /* a\nb */ WHERE x = 'v'"));
    editor.SendScintilla(QsciScintilla::SCI_COLOURISE, 0, -1);
    const auto styleAt
        = [&](int position) { return int(editor.SendScintilla(QsciScintilla::SCI_GETSTYLEAT, position)); };
    QCOMPARE(styleAt(0), int(PartiqlLexer::Keyword));
    QCOMPARE(styleAt(7), int(PartiqlLexer::Operator));
    QCOMPARE(styleAt(16), int(PartiqlLexer::BlockComment));
    // The second line starts inside the comment.
    const int line2 = int(editor.positionFromLineIndex(1, 0));
    QCOMPARE(styleAt(line2), int(PartiqlLexer::BlockComment));
    QCOMPARE(styleAt(line2 + 5), int(PartiqlLexer::Keyword)); // WHERE
    QCOMPARE(styleAt(int(editor.length()) - 2), int(PartiqlLexer::String));
    // Editing the second line alone restyles it from the comment's state.
    editor.insertAt(QStringLiteral("zz "), 1, 0);
    editor.SendScintilla(QsciScintilla::SCI_COLOURISE, line2, -1);
    QCOMPARE(styleAt(line2), int(PartiqlLexer::BlockComment));
    QCOMPARE(styleAt(line2 + 8), int(PartiqlLexer::Keyword));
    QVERIFY(editor.partiqlLexer()->color(PartiqlLexer::Keyword) != editor.partiqlLexer()->color(PartiqlLexer::Default));
}

void PartiqlPageTest::targetTableAndQuoting()
{
    QCOMPARE(PartiqlEditor::targetTable("SELECT * FROM \"My-Table\".\"byStatus\" WHERE a = 1"), QString("My-Table"));
    QCOMPARE(PartiqlEditor::targetTable("select * from Orders.byStatus"), QString("Orders"));
    QCOMPARE(PartiqlEditor::targetTable("INSERT INTO Orders VALUE {'pk': 'a'}"), QString("Orders"));
    QCOMPARE(PartiqlEditor::targetTable("UPDATE \"a\"\"b\" SET x = 1"), QString("a\"b"));
    QCOMPARE(PartiqlEditor::targetTable("-- FROM Hidden\nSELECT * FROM Shown"), QString("Shown"));
    QCOMPARE(PartiqlEditor::targetTable("SELECT 'FROM x' FROM y"), QString("y"));
    QCOMPARE(PartiqlEditor::targetTable("SELECT * FROM"), QString());
    QVERIFY(PartiqlEditor::expectsTable("SELECT * FROM Or"));
    QVERIFY(PartiqlEditor::expectsTable("select * from \"Or"));
    QVERIFY(PartiqlEditor::expectsTable("UPDATE "));
    QVERIFY(!PartiqlEditor::expectsTable("SELECT * FROM Orders WHERE "));
    QCOMPARE(PartiqlEditor::selectedNames("SELECT total, \"first name\", a.b[0] FROM t"),
        (QStringList { "total", "first name", "a" }));
    QCOMPARE(PartiqlEditor::selectedNames("-- list\nselect  Wins,UserId\nfrom t"), (QStringList { "Wins", "UserId" }));
    QVERIFY(PartiqlEditor::selectedNames("SELECT * FROM t").isEmpty());
    QVERIFY(PartiqlEditor::selectedNames("UPDATE t SET a = 1").isEmpty());
    QCOMPARE(PartiqlEditor::quoted("total"), QString("total"));
    QCOMPARE(PartiqlEditor::quoted("first name"), QString("\"first name\""));
    QCOMPARE(PartiqlEditor::quoted("Order-Lines"), QString("\"Order-Lines\""));
    QCOMPARE(PartiqlEditor::quoted("value"), QString("\"value\""));
    QCOMPARE(PartiqlEditor::quoted("size"), QString("\"size\""));
    QCOMPARE(PartiqlEditor::quoted("say \"hi\""), QString("\"say \"\"hi\"\"\""));
}

void PartiqlPageTest::completesKeywordsTablesAndAttributes()
{
    auto engine = ordersEngine();
    EmbeddedConnection connection(engine, QStringLiteral("test"));
    PartiqlEditor editor(&connection);
    QSignalSpy sources(&editor, &PartiqlEditor::completionSourcesChanged);
    QVERIFY(sources.wait(5000));
    QCOMPARE(editor.tableNames(), (QStringList { "Order-Lines", "Orders" }));

    const auto completionsAtEnd = [&](const QString& text) {
        editor.setText(text);
        editor.SendScintilla(QsciScintilla::SCI_GOTOPOS, editor.length());
        return editor.completions();
    };
    QCOMPARE(completionsAtEnd("SELECT * FROM Or"), (QStringList { "Order-Lines", "Orders" }));
    QCOMPARE(completionsAtEnd("SELECT * FROM \"Order-"), QStringList { "Order-Lines" });
    QCOMPARE(completionsAtEnd("sel"), QStringList { "SELECT" });
    QCOMPARE(completionsAtEnd("SELECT * FROM Orders WHERE begins"), QStringList { "BEGINS_WITH" });
    // The attributes of the table after FROM, once sampled.
    editor.setText("SELECT * FROM Orders WHERE ");
    QVERIFY(QTest::qWaitFor([&] { return !editor.attributeNames("Orders").isEmpty(); }, 5000));
    QCOMPARE(editor.attributeNames("Orders"), (QStringList { "pk", "status", "total" }));
    QCOMPARE(completionsAtEnd("SELECT * FROM Orders WHERE st"), QStringList { "status" });
    // Attributes come first, then keywords.
    QCOMPARE(completionsAtEnd("SELECT * FROM Orders WHERE t"), (QStringList { "total", "TRUE" }));
    // Without a prefix only names are offered.
    QCOMPARE(completionsAtEnd("SELECT * FROM Orders WHERE "), (QStringList { "pk", "status", "total" }));

    // Choosing a name replaces the word, quoted when it must be.
    completionsAtEnd("SELECT * FROM Or");
    emit editor.userListActivated(1, QStringLiteral("Order-Lines"));
    QCOMPARE(editor.text(), QStringLiteral("SELECT * FROM \"Order-Lines\""));
    completionsAtEnd("SELECT * FROM \"Ord");
    emit editor.userListActivated(1, QStringLiteral("Order-Lines"));
    QCOMPARE(editor.text(), QStringLiteral("SELECT * FROM \"Order-Lines\""));
    completionsAtEnd("sel");
    emit editor.userListActivated(1, QStringLiteral("SELECT"));
    QCOMPARE(editor.text(), QStringLiteral("SELECT"));

    // Ctrl+Space shows the list; Ctrl+Enter asks to run.
    completionsAtEnd("SELECT * FROM O");
    QTest::keyClick(&editor, Qt::Key_Space, Qt::ControlModifier);
    QVERIFY(editor.isListActive());
    QSignalSpy run(&editor, &PartiqlEditor::runRequested);
    QTest::keyClick(&editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(run.count(), 1);
    QVERIFY(!editor.isListActive());
}

void PartiqlPageTest::pagesWithNextToken()
{
    ScriptedConnection connection(&scriptedStatement);
    PartiqlPage page(&connection);
    page.setStatement(QStringLiteral("SELECT * FROM Orders"));
    page.limitBox()->setValue(2);
    page.run();
    QVERIFY(waitIdle(page));
    QCOMPARE(page.results()->rowCount(), 2);
    QCOMPARE(page.results()->columns(), (QStringList { "even", "pk", "odd" }));
    QCOMPARE(page.results()->data(page.results()->index(0, 1)).toString(), QStringLiteral("o0"));
    QCOMPARE(page.results()->data(page.results()->index(1, 2)).toString(), QStringLiteral("1"));
    QVERIFY(!page.results()->data(page.results()->index(0, 2)).isValid());
    QVERIFY(page.results()->hasMore());
    QVERIFY(page.loadMoreButton()->isEnabled());
    QVERIFY(page.statusLabel()->text().contains("more available"));
    QCOMPARE(connection.requests.at(0).value("Limit").toInt(), 2);
    QCOMPARE(connection.requests.at(0).value("ReturnConsumedCapacity").toString(), QStringLiteral("TOTAL"));
    QVERIFY(!connection.requests.at(0).contains("NextToken"));

    // An empty page with a NextToken still leads on.
    page.loadMore();
    QVERIFY(waitIdle(page));
    QCOMPARE(connection.requests.at(1).value("NextToken").toString(), QStringLiteral("page2"));
    QCOMPARE(connection.requests.at(1).value("Statement").toString(), QStringLiteral("SELECT * FROM Orders"));
    QCOMPARE(page.results()->rowCount(), 2);
    QVERIFY(page.results()->canFetchMore({}));
    page.results()->fetchMore({});
    QVERIFY(waitIdle(page));
    QCOMPARE(page.results()->rowCount(), 3);
    QVERIFY(!page.results()->hasMore());
    QVERIFY(!page.results()->canFetchMore({}));
    QVERIFY(!page.loadMoreButton()->isEnabled());
    QCOMPARE(page.results()->pages(), 3);
    QCOMPARE(page.results()->consumedCapacity(), 1.5);
    // "(s)" stays until the English plural forms are loaded.
    QVERIFY2(
        QRegularExpression(QStringLiteral("^3 item(s|\\(s\\)) · 3 page(s|\\(s\\)) · 1\\.5 capacity units consumed$"))
            .match(page.statusLabel()->text())
            .hasMatch(),
        qPrintable(page.statusLabel()->text()));
    QVERIFY(page.errorLabel()->isHidden());

    // Running again starts from the first page.
    page.run();
    QVERIFY(waitIdle(page));
    QCOMPARE(page.results()->rowCount(), 2);
    QVERIFY(!connection.requests.last().contains("NextToken"));
}

void PartiqlPageTest::modelFetchesMoreForViews()
{
    // Views pull pages with canFetchMore/fetchMore, as the tester does.
    ScriptedConnection connection(&scriptedStatement);
    PartiqlResultModel model(&connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.run(QStringLiteral("SELECT * FROM Orders"), {});
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (model.canFetchMore({}))
                model.fetchMore({});
            return !model.isRunning() && !model.hasMore();
        },
        5000));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("odd"));
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
    QCOMPARE(model.data(model.index(0, 0), Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
}

void PartiqlPageTest::errorsShowInPlace()
{
    ScriptedConnection connection(&scriptedStatement);
    PartiqlPage page(&connection);
    page.setStatement(QStringLiteral("SELEC * FROM Orders"));
    page.run();
    QVERIFY(waitIdle(page));
    QVERIFY(!page.errorLabel()->isHidden());
    QCOMPARE(page.errorLabel()->text(),
        QStringLiteral("ValidationException: Statement wasn't well formed, can't be processed: unexpected token"));
    QCOMPARE(page.statusLabel()->text(), QStringLiteral("The statement failed."));
    QCOMPARE(page.results()->rowCount(), 0);

    // A good run clears it.
    page.setStatement(QStringLiteral("SELECT * FROM Orders"));
    page.run();
    QVERIFY(waitIdle(page));
    QVERIFY(page.errorLabel()->isHidden());

    // Checked before anything is sent.
    const qsizetype sent = connection.requests.size();
    page.setStatement(QStringLiteral("   "));
    page.run();
    QCOMPARE(page.errorLabel()->text(), QStringLiteral("Write a statement to run."));
    page.setStatement(QStringLiteral("SELECT * FROM Orders WHERE pk = ?"));
    page.setParameters("{\"S\": \"a\"}");
    page.run();
    QVERIFY(page.errorLabel()->text().startsWith("Parameters must be a JSON list of DynamoDB values"));
    page.setParameters("[{\"S\": \"a\"");
    page.run();
    QVERIFY2(page.errorLabel()->text().startsWith("Parameters: "), qPrintable(page.errorLabel()->text()));
    page.setParameters("[\"a\"]");
    page.run();
    QVERIFY(page.errorLabel()->text().startsWith("Parameters must be a JSON list of DynamoDB values"));
    QCOMPARE(connection.requests.size(), sent);
}

void PartiqlPageTest::parametersAreSent()
{
    ScriptedConnection connection(&scriptedStatement);
    PartiqlPage page(&connection);
    page.setStatement(QStringLiteral("SELECT * FROM Orders WHERE pk = ? AND n > ?"));
    page.setParameters("[{\"S\": \"o1\"}, {\"N\": \"1.50\"}]");
    QVERIFY(!page.parametersEditor()->isHidden());
    QVERIFY(page.parametersButton()->isChecked());
    page.run();
    QVERIFY(waitIdle(page));
    QCOMPARE(connection.requests.last().value("Parameters").toArray(),
        (QJsonArray { QJsonObject { { "S", "o1" } }, QJsonObject { { "N", "1.50" } } }));
    QVERIFY(!connection.requests.last().contains("Limit"));
    // Hidden parameters are not sent.
    page.setParametersVisible(false);
    page.run();
    QVERIFY(waitIdle(page));
    QVERIFY(!connection.requests.last().contains("Parameters"));
}

void PartiqlPageTest::stopDropsTheCall()
{
    ScriptedConnection connection(&scriptedStatement);
    PartiqlPage page(&connection);
    connection.hold = true;
    page.setStatement(QStringLiteral("SELECT * FROM Orders"));
    page.run();
    QVERIFY(page.results()->isRunning());
    QVERIFY(page.stopButton()->isEnabled());
    QVERIFY(!page.runButton()->isEnabled());
    page.stop();
    QVERIFY(!page.results()->isRunning());
    QCOMPARE(connection.cancelled.size(), 1);
    QVERIFY(page.runButton()->isEnabled());
    QVERIFY(!page.stopButton()->isEnabled());
    QVERIFY(page.statusLabel()->text().startsWith("Stopped"));
}

void PartiqlPageTest::mainWindowOpensAnEditor()
{
    MainWindow window;
    EmbeddedConnection* connection = window.newScratch();
    auto* action = window.findChild<QAction*>(QStringLiteral("newPartiqlEditor"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    const int before = window.tabs()->count();
    action->trigger();
    QCOMPARE(window.tabs()->count(), before + 1);
    auto* page = qobject_cast<PartiqlPage*>(window.tabs()->currentWidget());
    QVERIFY(page);
    QCOMPARE(page->connection(), connection);
    QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()), QStringLiteral("PartiQL"));
}

void PartiqlPageTest::executeStatementOnEmbeddedEngine()
{
    auto engine = ordersEngine();
    EmbeddedConnection connection(engine, QStringLiteral("test"));
    PartiqlPage page(&connection);

    // A SELECT in pages of 10 evaluated items, followed with NextToken.
    page.setStatement(QStringLiteral("SELECT * FROM Orders"));
    page.limitBox()->setValue(10);
    page.run();
    QVERIFY(waitIdle(page));
    QVERIFY2(page.errorLabel()->isHidden(), qPrintable(page.errorLabel()->text()));
    QCOMPARE(page.results()->rowCount(), 10);
    QVERIFY(page.results()->hasMore());
    page.loadMore();
    QVERIFY(waitIdle(page));
    QCOMPARE(page.results()->rowCount(), 20);
    page.loadMore();
    QVERIFY(waitIdle(page));
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (page.results()->canFetchMore({}))
                page.results()->fetchMore({});
            return !page.results()->isRunning() && !page.results()->hasMore();
        },
        10000));
    QCOMPARE(page.results()->rowCount(), 25);
    QVERIFY(page.results()->consumedCapacity() > 0);
    QCOMPARE(page.results()->columns().size(), 3);
    QSet<QString> keys;
    for (int row = 0; row < 25; ++row)
        keys.insert(page.results()->item(row).value("pk").toObject().value("S").toString());
    QCOMPARE(keys.size(), 25);

    // Parameters.
    page.limitBox()->setValue(0);
    page.setStatement(QStringLiteral("SELECT pk, total FROM Orders WHERE pk = ?"));
    page.setParameters("[{\"S\": \"o7\"}]");
    page.run();
    QVERIFY(waitIdle(page));
    QVERIFY2(page.errorLabel()->isHidden(), qPrintable(page.errorLabel()->text()));
    QCOMPARE(page.results()->rowCount(), 1);
    QCOMPARE(page.results()->item(0).value("total").toObject().value("N").toString(), QStringLiteral("70"));
    // Columns follow the SELECT list, not the items' (unordered) members.
    QCOMPARE(page.results()->columns(), (QStringList { "pk", "total" }));
    page.setStatement(QStringLiteral("SELECT total, pk FROM Orders WHERE pk = ?"));
    page.run();
    QVERIFY(waitIdle(page));
    QCOMPARE(page.results()->columns(), (QStringList { "total", "pk" }));

    // DynamoDB's error, in place.
    page.setParametersVisible(false);
    page.setStatement(QStringLiteral("SELECT * FROM NoSuchTable"));
    page.run();
    QVERIFY(waitIdle(page));
    QVERIFY(!page.errorLabel()->isHidden());
    QVERIFY2(
        page.errorLabel()->text().startsWith("ResourceNotFoundException: "), qPrintable(page.errorLabel()->text()));
    page.setStatement(QStringLiteral("SELEC * FROM Orders"));
    page.run();
    QVERIFY(waitIdle(page));
    QVERIFY2(page.errorLabel()->text().startsWith("ValidationException: "), qPrintable(page.errorLabel()->text()));
}

#endif // Q_MOC_RUN

QTEST_MAIN(PartiqlPageTest)
#include "PartiqlPageTest.moc"
