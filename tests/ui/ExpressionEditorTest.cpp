// ExpressionEditor and ExpressionPane on the offscreen platform: the error
// squiggle at the engine's offsets and cleared when fixed, highlighting,
// completion of attributes, functions and placeholders, the reserved-word
// fix, and the pane's setRequest -> expressionMembers round trip, its edited
// signal and its request-level checks.
#include "query/ExpressionEditor.h"
#include "editor/ExpressionLexer.h"
#include "editor/JsonEditor.h"
#include "query/ExpressionPane.h"

#include <Qsci/qsciscintilla.h>

#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolTip>
#include <QtTest>

using namespace dynoscope;
using namespace dynoscope::ui;

class ExpressionEditorTest : public QObject {
    Q_OBJECT
private slots:
    void marksSyntaxErrorsWhereTheyAre();
    void showsTheMessageOnHover();
    void clearsTheErrorWhenFixed();
    void marksReservedWordsAndUndefinedPlaceholders();
    void highlightsWithEngineTokens();
    void completesAttributesFunctionsAndPlaceholders();
    void showsCompletionWhileTyping();
    void aliasesReservedWords();
    void paneRoundTripsTheRequest();
    void paneHidesTheKeyConditionForScan();
    void paneSignalsUserEditsOnly();
    void paneChecksPlaceholdersAcrossExpressions();
    void paneAddsAliasesToTheNames();
};

#ifndef Q_MOC_RUN

namespace {

QJsonObject obj(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

// The byte ranges the error squiggle covers, as "start-end" words.
QStringList squiggles(const ExpressionEditor& editor)
{
    QsciScintilla* edit = editor.textEdit();
    const long length = edit->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
    QStringList ranges;
    long start = -1;
    for (long i = 0; i <= length; ++i) {
        const bool on = i < length
            && edit->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT, editor.errorIndicator(), i) != 0;
        if (on && start < 0)
            start = i;
        if (!on && start >= 0) {
            ranges.append(QStringLiteral("%1-%2").arg(start).arg(i));
            start = -1;
        }
    }
    return ranges;
}

QLabel* messageLabel(const ExpressionEditor& editor)
{
    for (QLabel* label : editor.findChildren<QLabel*>()) {
        if (!label->text().isEmpty())
            return label;
    }
    return nullptr;
}

} // namespace

void ExpressionEditorTest::marksSyntaxErrorsWhereTheyAre()
{
    ExpressionEditor editor(ExpressionSyntax::Kind::Filter);
    editor.show();
    editor.setText("a = = :v");
    QVERIFY(editor.hasError());
    QCOMPARE(squiggles(editor), QStringList({ "4-5" }));
    QCOMPARE(
        editor.message(), QStringLiteral("Invalid FilterExpression: Syntax error; token: \"=\", near: \"= = :v\""));
    QVERIFY(messageLabel(editor));
    QCOMPARE(messageLabel(editor)->text(), editor.message());
    QVERIFY(messageLabel(editor)->isVisible());

    // At the end of the text the last character is underlined.
    editor.setText("a = :v AND");
    QCOMPARE(squiggles(editor), QStringList({ "9-10" }));
    editor.setText("begins_with(a, :v) AND x IN (:a, :b");
    QCOMPARE(squiggles(editor), QStringList({ "34-35" }));
    // A redundant pair of parentheses is underlined as a whole.
    editor.setText("x = :v AND ((a = :w))");
    QCOMPARE(squiggles(editor), QStringList({ "11-21" }));
    // A projection uses its own grammar.
    ExpressionEditor projection(ExpressionSyntax::Kind::Projection);
    projection.setText("a, b c");
    QCOMPARE(squiggles(projection), QStringList({ "5-6" }));
    QVERIFY(projection.message().startsWith("Invalid ProjectionExpression: Syntax error"));
}

void ExpressionEditorTest::showsTheMessageOnHover()
{
    ExpressionEditor editor(ExpressionSyntax::Kind::Filter);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setText("a = = :v");
    QsciScintilla* edit = editor.textEdit();
    emit edit->SCN_DWELLSTART(0, 1, 1); // far from the error
    QVERIFY(!QToolTip::isVisible());
    emit edit->SCN_DWELLSTART(4, 20, 5);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), editor.message());
    emit edit->SCN_DWELLEND(4, 20, 5);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void ExpressionEditorTest::clearsTheErrorWhenFixed()
{
    ExpressionEditor editor(ExpressionSyntax::Kind::Filter);
    editor.show();
    editor.setText("a = = :v");
    QSignalSpy edited(&editor, &ExpressionEditor::textEdited);
    QSignalSpy messages(&editor, &ExpressionEditor::messageChanged);
    // As the user types: the check follows after a pause.
    editor.textEdit()->setText("a = :v");
    QVERIFY(!edited.isEmpty());
    QVERIFY(editor.problem()); // not checked yet
    QTRY_VERIFY(!editor.problem());
    QCOMPARE(squiggles(editor), QStringList());
    QCOMPARE(editor.message(), QString());
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.first().first().toString(), QString());
    QVERIFY(!messageLabel(editor));
    // An empty expression is no error: the request leaves it out.
    editor.setText("");
    QVERIFY(!editor.hasError());
}

void ExpressionEditorTest::marksReservedWordsAndUndefinedPlaceholders()
{
    ExpressionEditor editor(ExpressionSyntax::Kind::Filter);
    editor.setText("a = :v AND size(status) > :n");
    QCOMPARE(squiggles(editor), QStringList({ "16-22" }));
    QCOMPARE(editor.message(),
        QStringLiteral("Invalid FilterExpression: Attribute name is a reserved keyword; reserved keyword: status"));
    // With the request's maps, placeholders and operand types are checked.
    editor.setText("#a = :v AND #b = :v");
    QVERIFY(!editor.hasError());
    editor.setPlaceholders(obj(R"({"#a":"a"})"), obj(R"({":v":{"S":"x"}})"));
    QCOMPARE(squiggles(editor), QStringList({ "12-14" }));
    QVERIFY(editor.message().endsWith("attribute name: #b"));
    editor.setPlaceholders(obj(R"({"#a":"a","#b":"b"})"), obj(R"({":v":{"S":"x"}})"));
    QVERIFY(!editor.hasError());
    QCOMPARE(squiggles(editor), QStringList());
}

void ExpressionEditorTest::highlightsWithEngineTokens()
{
    const QList<int> styles = ExpressionLexer::styles("NOT begins_with(#n, :v) AND status.a[1] > x");
    QCOMPARE(styles.size(), 43);
    QCOMPARE(styles[0], int(ExpressionLexer::Keyword));
    QCOMPARE(styles[4], int(ExpressionLexer::Function));
    QCOMPARE(styles[15], int(ExpressionLexer::Operator));
    QCOMPARE(styles[16], int(ExpressionLexer::NamePlaceholder));
    QCOMPARE(styles[20], int(ExpressionLexer::ValuePlaceholder));
    QCOMPARE(styles[24], int(ExpressionLexer::Keyword));
    QCOMPARE(styles[28], int(ExpressionLexer::ReservedWord));
    QCOMPARE(styles[37], int(ExpressionLexer::Number));
    QCOMPARE(styles[42], int(ExpressionLexer::AttributeName));

    // The editor applies those styles to its text.
    ExpressionEditor editor(ExpressionSyntax::Kind::Filter);
    editor.show();
    editor.setText("x = :v");
    QsciScintilla* edit = editor.textEdit();
    edit->SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0, -1);
    QCOMPARE(int(edit->SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, 0)), int(ExpressionLexer::AttributeName));
    QCOMPARE(int(edit->SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, 4)), int(ExpressionLexer::ValuePlaceholder));
}

void ExpressionEditorTest::completesAttributesFunctionsAndPlaceholders()
{
    ExpressionEditor editor(ExpressionSyntax::Kind::Filter);
    editor.setAttributeNames({ "price", "priceHistory", "status", "Pk" });
    editor.setPlaceholders(obj(R"({"#s":"status","#p":"price"})"), obj(R"({":v":{"S":"x"},":min":{"N":"1"}})"));
    QCOMPARE(editor.completions("pr"), QStringList({ "price", "priceHistory" }));
    QCOMPARE(editor.completions("PRICEH"), QStringList({ "priceHistory" }));
    QCOMPARE(editor.completions("#"), QStringList({ "#p", "#s" }));
    QCOMPARE(editor.completions(":m"), QStringList({ ":min" }));
    QCOMPARE(editor.completions("beg"), QStringList({ "begins_with" }));
    QCOMPARE(editor.completions("attribute_"),
        QStringList({ "attribute_exists", "attribute_not_exists", "attribute_type" }));
    const QStringList all = editor.completions("");
    for (const char* expected : { "price", "status", "Pk", "size", "contains", "BETWEEN" })
        QVERIFY2(all.contains(expected), expected);
    QVERIFY(!all.contains("#s"));
    // The functions offered depend on the kind of expression.
    ExpressionEditor update(ExpressionSyntax::Kind::Update);
    QCOMPARE(update.completions("li"), QStringList({ "list_append" }));
    QCOMPARE(update.completions("beg"), QStringList());
}

void ExpressionEditorTest::showsCompletionWhileTyping()
{
    ExpressionEditor editor(ExpressionSyntax::Kind::Filter);
    editor.setAttributeNames({ "price", "priceHistory" });
    editor.setPlaceholders({}, obj(R"({":v":{"S":"x"}})"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QsciScintilla* edit = editor.textEdit();
    edit->setFocus();
    QTest::keyClicks(edit, "pri");
    QCOMPARE(editor.text(), QStringLiteral("pri"));
    QTRY_VERIFY(edit->SendScintilla(QsciScintillaBase::SCI_AUTOCACTIVE) != 0);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(editor.text(), QStringLiteral("price"));
    QTest::keyClicks(edit, " = :");
    QTRY_VERIFY(edit->SendScintilla(QsciScintillaBase::SCI_AUTOCACTIVE) != 0);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(editor.text(), QStringLiteral("price = :v"));
}

void ExpressionEditorTest::aliasesReservedWords()
{
    ExpressionEditor editor(ExpressionSyntax::Kind::Filter);
    editor.show();
    editor.setPlaceholders(obj(R"({"#n":"n"})"), obj(R"({":v":{"S":"x"},":w":{"S":"y"}})"));
    editor.setText("status = :v AND a.status = :w AND #n = :v AND size(status) > :v");
    QCOMPARE(editor.reservedWords(), QStringList({ "status" }));
    auto* fix = editor.findChild<QPushButton*>();
    QVERIFY(fix);
    QVERIFY(fix->isVisible());
    QCOMPARE(fix->text(), QStringLiteral("Alias as #status"));
    QSignalSpy names(&editor, &ExpressionEditor::namesEdited);
    QSignalSpy edited(&editor, &ExpressionEditor::textEdited);
    fix->click();
    QCOMPARE(editor.text(), QStringLiteral("#status = :v AND a.#status = :w AND #n = :v AND size(#status) > :v"));
    QCOMPARE(names.count(), 1);
    QCOMPARE(names.first().first().toJsonObject(), obj(R"({"#n":"n","#status":"status"})"));
    QCOMPARE(editor.placeholderNames(), obj(R"({"#n":"n","#status":"status"})"));
    QVERIFY(edited.count() >= 1);
    QVERIFY(!editor.hasError());
    QVERIFY(!fix->isVisible());
    // Undo restores the text in one step.
    editor.textEdit()->undo();
    QCOMPARE(editor.text(), QStringLiteral("status = :v AND a.status = :w AND #n = :v AND size(status) > :v"));

    // A placeholder already standing for another name is not reused.
    ExpressionEditor other(ExpressionSyntax::Kind::Projection);
    other.setPlaceholders(obj(R"({"#name":"fullName"})"), {});
    other.setText("#name, name");
    QCOMPARE(other.aliasReservedWord("name"), QStringLiteral("#name_2"));
    QCOMPARE(other.text(), QStringLiteral("#name, #name_2"));
    QCOMPARE(other.aliasReservedWord("size"), QString());
}

void ExpressionEditorTest::paneRoundTripsTheRequest()
{
    const QJsonObject members = obj(R"j({
        "KeyConditionExpression": "#pk = :pk AND begins_with(sk, :prefix)",
        "FilterExpression": "#status = :open OR price > :min",
        "ProjectionExpression": "#pk, sk, price",
        "ExpressionAttributeNames": {"#pk": "pk", "#status": "status"},
        "ExpressionAttributeValues": {":pk": {"S": "USER#1"}, ":prefix": {"S": "ORDER#"},
                                      ":open": {"S": "open"}, ":min": {"N": "10.50"}}})j");
    QJsonObject request = members;
    request.insert("TableName", "Orders");
    request.insert("Limit", 10);
    ExpressionPane pane;
    pane.setOperation(QueryOperation::Query);
    QSignalSpy edited(&pane, &ExpressionPane::edited);
    pane.setRequest(request);
    QCOMPARE(pane.keyConditionEditor()->text(), members.value("KeyConditionExpression").toString());
    QCOMPARE(pane.filterEditor()->text(), members.value("FilterExpression").toString());
    QCOMPARE(pane.projectionEditor()->text(), members.value("ProjectionExpression").toString());
    QCOMPARE(pane.expressionMembers(), members);
    QVERIFY(!pane.hasErrors());
    QTest::qWait(450);
    QCOMPARE(edited.count(), 0);

    // Empty members are left out.
    pane.setRequest(obj(R"j({"TableName":"T","FilterExpression":"attribute_exists(a)"})j"));
    QCOMPARE(pane.expressionMembers(), obj(R"j({"FilterExpression":"attribute_exists(a)"})j"));
    pane.setRequest({});
    QCOMPARE(pane.expressionMembers(), QJsonObject());
}

void ExpressionEditorTest::paneHidesTheKeyConditionForScan()
{
    ExpressionPane pane;
    pane.show();
    pane.setOperation(QueryOperation::Query);
    pane.setRequest(obj(R"({"KeyConditionExpression":"pk = :v","ExpressionAttributeValues":{":v":{"S":"x"}}})"));
    QVERIFY(pane.keyConditionEditor()->isVisible());
    QVERIFY(pane.expressionMembers().contains("KeyConditionExpression"));
    // A Query needs a key condition.
    pane.keyConditionEditor()->textEdit()->setText("");
    QVERIFY(pane.hasErrors());
    QCOMPARE(pane.requestMessage(),
        QStringLiteral(
            "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request."));
    pane.keyConditionEditor()->textEdit()->setText("pk = :v");
    QVERIFY(!pane.hasErrors());
    pane.setOperation(QueryOperation::Scan);
    QVERIFY(!pane.keyConditionEditor()->isVisible());
    QVERIFY(!pane.expressionMembers().contains("KeyConditionExpression"));
    // Its value is then unused, which DynamoDB refuses.
    QVERIFY(pane.hasErrors());
    QCOMPARE(pane.requestMessage(),
        QStringLiteral("Value provided in ExpressionAttributeValues unused in expressions: keys: {:v}"));
}

void ExpressionEditorTest::paneSignalsUserEditsOnly()
{
    ExpressionPane pane;
    pane.setRequest(obj(R"({"FilterExpression":"a = :v","ExpressionAttributeValues":{":v":{"S":"x"}}})"));
    QSignalSpy edited(&pane, &ExpressionPane::edited);
    pane.filterEditor()->textEdit()->setText("a = :v AND");
    pane.filterEditor()->textEdit()->setText("a = :v AND b = :v");
    QCOMPARE(edited.count(), 0); // debounced
    QTRY_COMPARE(edited.count(), 1);
    QTest::qWait(400);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(pane.expressionMembers().value("FilterExpression").toString(), QStringLiteral("a = :v AND b = :v"));

    // Editing a map is an edit too, and re-checks the expressions.
    pane.valuesEditor()->setText(R"({":w":{"S":"x"}})");
    QTRY_COMPARE(edited.count(), 2);
    QVERIFY(pane.hasErrors());
    QVERIFY(pane.filterEditor()->message().endsWith("attribute value: :v"));
}

void ExpressionEditorTest::paneChecksPlaceholdersAcrossExpressions()
{
    ExpressionPane pane;
    pane.setOperation(QueryOperation::Query);
    pane.setRequest(obj(R"({"KeyConditionExpression":"pk = :v","FilterExpression":"#a = :v",
        "ExpressionAttributeNames":{"#a":"a","#b":"b"},"ExpressionAttributeValues":{":v":{"S":"x"}}})"));
    QVERIFY(pane.hasErrors());
    QCOMPARE(pane.requestMessage(),
        QStringLiteral("Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}"));
    pane.projectionEditor()->textEdit()->setText("#b");
    QVERIFY(!pane.hasErrors());
    QCOMPARE(pane.requestMessage(), QString());
    // A map that is not a JSON object of the right shape is an error.
    pane.namesEditor()->setText(R"({"#a": 1, "#b": "b"})");
    QVERIFY(pane.hasErrors());
    pane.namesEditor()->setText(R"({"#a": "a", "#b": "b")");
    QVERIFY(pane.hasErrors());
    QVERIFY(!pane.expressionMembers().contains("ExpressionAttributeNames"));
}

void ExpressionEditorTest::paneAddsAliasesToTheNames()
{
    ExpressionPane pane;
    pane.setRequest(obj(R"({"FilterExpression":"status = :v AND #a = :v",
        "ExpressionAttributeNames":{"#a":"a"},"ExpressionAttributeValues":{":v":{"S":"x"}}})"));
    QVERIFY(pane.hasErrors());
    QSignalSpy edited(&pane, &ExpressionPane::edited);
    QCOMPARE(pane.filterEditor()->aliasReservedWord("status"), QStringLiteral("#status"));
    QCOMPARE(pane.expressionMembers(), obj(R"({"FilterExpression":"#status = :v AND #a = :v",
        "ExpressionAttributeNames":{"#a":"a","#status":"status"},"ExpressionAttributeValues":{":v":{"S":"x"}}})"));
    QVERIFY(!pane.hasErrors());
    QTRY_COMPARE(edited.count(), 1);
}

#endif // Q_MOC_RUN

QTEST_MAIN(ExpressionEditorTest)
#include "ExpressionEditorTest.moc"
