// The item editor against an in-memory engine: creating and editing items
// through the dialog, the DynamoDB/plain switch, live validation markers,
// the diff confirmation, the save conditions and conflict handling, and the
// question before closing with unsaved edits.
#include "connection/EmbeddedConnection.h"
#include "editor/JsonEditor.h"
#include "items/ItemDiffDialog.h"
#include "items/ItemDiffView.h"
#include "items/ItemEditorCondition.h"
#include "items/ItemEditorConflictDialog.h"
#include "items/ItemEditorDialog.h"
#include "items/ItemJsonReader.h"
#include "items/ItemJsonWriter.h"

#include <dynoscope/Engine.h>

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTreeWidget>
#include <QtTest>

using namespace dynoscope;
using namespace dynoscope::ui;

class ItemEditorTest : public QObject {
    Q_OBJECT
private slots:
    void createsNewItem();
    void refusesItemsWithoutValidKey();
    void marksErrorsWhileTyping();
    void switchesFormsWithoutLosingTypes();
    void editsExistingItemInPlainJson();
    void detectsConcurrentChange();
    void overwritesAfterConflictWhenAsked();
    void newItemDoesNotReplaceExistingOne();
    void buildsConditionsWithinDynamoDbLimits();
    void fallsBackToVersionAttributeForLargeItems();
    void asksBeforeClosingWithUnsavedEdits();
    void screenshots();
};

#ifndef Q_MOC_RUN

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

QByteArray call(Engine& engine, const char* operation, const QByteArray& json)
{
    const Result result = engine.execute(operation, std::string_view(json.constData(), size_t(json.size())));
    if (!result.ok())
        qFatal("%s failed: %s", operation, result.error->message().c_str());
    return QByteArray::fromStdString(result.body);
}

// A table keyed by id (S) and n (N); returns its DescribeTable response.
QByteArray createTable(Engine& engine)
{
    call(engine, "CreateTable",
        R"({"TableName":"Orders","BillingMode":"PAY_PER_REQUEST",
             "AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"},
                                     {"AttributeName":"n","AttributeType":"N"}],
             "KeySchema":[{"AttributeName":"id","KeyType":"HASH"},{"AttributeName":"n","KeyType":"RANGE"}]})");
    return call(engine, "DescribeTable", R"({"TableName":"Orders"})");
}

void put(Engine& engine, const QByteArray& item)
{
    call(engine, "PutItem", R"({"TableName":"Orders","Item":)" + item + "}");
}

// The stored item with this key, or an empty object.
ItemJsonValue stored(Engine& engine, const QByteArray& key)
{
    const QByteArray body
        = call(engine, "GetItem", R"({"TableName":"Orders","ConsistentRead":true,"Key":)" + key + "}");
    const std::optional<ItemJsonValue> response = ItemJsonReader::parse(body);
    const ItemJsonValue* item = response->member(u"Item");
    return item ? *item : ItemJsonValue::object();
}

ItemJsonValue item(const QByteArray& dynamoJson)
{
    std::optional<ItemJsonValue> v = ItemJson::parseItem(dynamoJson, ItemJsonForm::DynamoDb);
    if (!v)
        qFatal("bad test item: %s", dynamoJson.constData());
    return *v;
}

// DynamoDB's equality of whole items.
bool sameItem(const ItemJsonValue& a, const ItemJsonValue& b)
{
    return ItemDiff(a, b).isEmpty();
}

// Replaces the editor's text the way pasting does.
void paste(JsonEditor* editor, const QByteArray& text)
{
    editor->selectAll();
    editor->replaceSelectedText(QString::fromUtf8(text));
}

// The question the dialog opens next, or nullptr after 10 s.
template <typename T> T* waitForQuestion(ItemEditorDialog& dialog)
{
    T* question = nullptr;
    const bool asked
        = QTest::qWaitFor([&] { return (question = qobject_cast<T*>(dialog.pendingQuestion())) != nullptr; }, 10000);
    return asked ? question : nullptr;
}

QAbstractButton* buttonNamed(QMessageBox* box, const QString& text)
{
    for (QAbstractButton* b : box->buttons())
        if (b->text() == text)
            return b;
    return nullptr;
}

struct Fixture {
    std::shared_ptr<Engine> engine = memoryEngine();
    QByteArray description = createTable(*engine);
    EmbeddedConnection connection { engine, QStringLiteral("memory") };
};

// Opens a dialog on the stored item with this key and waits for it.
void openExisting(ItemEditorDialog& dialog, const QByteArray& key)
{
    QSignalSpy loaded(&dialog, &ItemEditorDialog::loaded);
    dialog.editItem(key);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(dialog.state(), ItemEditorDialog::State::Editing);
}

} // namespace

void ItemEditorTest::createsNewItem()
{
    Fixture f;
    ItemEditorDialog dialog(f.connection, f.description);
    dialog.show();
    QVERIFY(dialog.isNewItem());
    QCOMPARE(dialog.editor()->json(), QByteArray("{\n  \"id\": {\"S\": \"\"},\n  \"n\": {\"N\": \"0\"}\n}"));
    QVERIFY(dialog.windowTitle().contains("Orders"));

    dialog.editor()->setFocus();
    dialog.editor()->selectAll();
    QTest::keyClicks(dialog.editor(),
        R"({"id": {"S": "o-1"}, "n": {"N": "7"}, "total": {"N": "12345678901234567890123456789012345678"},)"
        R"( "tags": {"SS": ["new", "gift"]}, "note": {"S": ""}})");
    QVERIFY(dialog.editor()->isModified());
    QSignalSpy saved(&dialog, &ItemEditorDialog::saved);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());

    const ItemJsonValue got = stored(*f.engine, R"({"id":{"S":"o-1"},"n":{"N":"7"}})");
    QVERIFY(sameItem(got,
        item(R"({"id":{"S":"o-1"},"n":{"N":"7"},"total":{"N":"12345678901234567890123456789012345678"},)"
             R"("tags":{"SS":["gift","new"]},"note":{"S":""}})")));
    QCOMPARE(
        ItemJson::payloadOf(*got.member(u"total")).text(), QStringLiteral("12345678901234567890123456789012345678"));
    QCOMPARE(saved.first().first().toByteArray(),
        QByteArray(R"({"id":{"S":"o-1"},"n":{"N":"7"},"total":{"N":"12345678901234567890123456789012345678"},)"
                   R"("tags":{"SS":["new","gift"]},"note":{"S":""}})"));
}

void ItemEditorTest::refusesItemsWithoutValidKey()
{
    Fixture f;
    ItemEditorDialog dialog(f.connection, f.description);
    dialog.show();
    QSignalSpy requests(&f.connection, &Connection::replied);

    // The template's empty partition key.
    dialog.save();
    QCOMPARE(dialog.state(), ItemEditorDialog::State::Editing);
    QCOMPARE(dialog.editor()->error().message, QStringLiteral("The partition key “id” cannot be empty"));
    QCOMPARE(dialog.editor()->error().line, 2);
    QCOMPARE(dialog.editor()->error().column, 9);
    QVERIFY(dialog.noticeLabel()->isVisible());
    QVERIFY(dialog.noticeLabel()->text().contains("Line 2, column 9: The partition key “id” cannot be empty"));

    paste(dialog.editor(), R"({"id": {"S": "x"}, "n": {"S": "1"}})");
    dialog.save();
    QCOMPARE(dialog.editor()->error().message, QStringLiteral("The sort key “n” must be a Number, not a String"));
    QCOMPARE(dialog.editor()->error().column, 25);

    paste(dialog.editor(), R"({"id": {"S": "x"}})");
    dialog.save();
    QCOMPARE(dialog.editor()->error().message, QStringLiteral("The item needs its sort key “n” (Number)"));

    paste(dialog.editor(), R"({"id": {"S": "x"}, "n": {"N": "1"}, "bad": {"NS": []}})");
    dialog.save();
    QCOMPARE(dialog.editor()->error().message, QStringLiteral("DynamoDB does not store empty sets"));

    QTest::qWait(50);
    QCOMPARE(requests.count(), 0); // nothing was sent
}

void ItemEditorTest::marksErrorsWhileTyping()
{
    Fixture f;
    ItemEditorDialog dialog(f.connection, f.description);
    dialog.show();
    JsonEditor* editor = dialog.editor();
    editor->setValidationDelay(10);
    QSignalSpy validated(editor, &JsonEditor::validated);
    QSignalSpy messages(editor, &JsonEditor::messageChanged);

    paste(editor, "{\n  \"id\": {\"S\": \"a\"},\n  \"n\": {\"N\": \"1\"}\n  \"x\": {\"S\": \"b\"}\n}");
    QTRY_VERIFY(!validated.isEmpty() && !validated.last().first().toBool());
    QCOMPARE(editor->error().line, 4);
    QCOMPARE(editor->error().column, 3);
    QCOMPARE(
        messages.last().first().toString(), QStringLiteral("Line 4, column 3: Expected “,” or “}” after a member"));
    QVERIFY(editor->markersAtLine(3) != 0);
    QCOMPARE(editor->markersAtLine(2), 0u);
    const long offset = long(editor->error().offset);
    QVERIFY(editor->SendScintilla(QsciScintillaBase::SCI_INDICATORALLONFOR, offset) != 0);
    QVERIFY(dialog.validationLabel()->text().contains("Line 4, column 3"));

    // Fixed: the marks go away.
    editor->setCursorPosition(2, 20);
    QTest::keyClick(editor, Qt::Key_Comma);
    QTRY_VERIFY(validated.last().first().toBool());
    QVERIFY(!editor->hasError());
    QCOMPARE(editor->markersAtLine(3), 0u);
    QVERIFY(editor->SendScintilla(QsciScintillaBase::SCI_INDICATORALLONFOR, offset) == 0);
    QCOMPARE(messages.last().first().toString(), QString());
    QVERIFY(dialog.validationLabel()->text().contains("Valid DynamoDB JSON"));

    // A key attribute of the wrong type is marked as soon as it is typed.
    paste(editor, R"({"id": {"N": "1"}, "n": {"N": "1"}})");
    QTRY_VERIFY(!validated.last().first().toBool());
    QCOMPARE(editor->error().message, QStringLiteral("The partition key “id” must be a String, not a Number"));
}

void ItemEditorTest::switchesFormsWithoutLosingTypes()
{
    Fixture f;
    ItemEditorDialog dialog(f.connection, f.description);
    dialog.show();
    const QByteArray original
        = R"({"id":{"S":"k"},"n":{"N":"1E-130"},"ss":{"SS":["a"]},"ns":{"NS":["1.50"]},)"
          R"("bs":{"BS":["AAE="]},"b":{"B":"AAE="},"odd":{"N":"+.5"},"m":{"M":{"$NS":{"S":"x"}}},)"
          R"("big":{"N":"-99999999999999999999999999999999999999"},"e":{"S":""},"u":{"S":"中文 😀"}})";
    dialog.setNewItem(original);
    QVERIFY(!dialog.editor()->isModified());

    dialog.formBar()->setCurrentIndex(1);
    QCOMPARE(dialog.form(), ItemJsonForm::Plain);
    QCOMPARE(dialog.editor()->json(), ItemJson::dynamoToPlain(original));
    QVERIFY(dialog.editor()->json().contains("\"big\": -99999999999999999999999999999999999999"));
    QVERIFY(dialog.editor()->json().contains("\"m\": {\"$M\": {\"$NS\": \"x\"}}"));
    QVERIFY(!dialog.editor()->isModified()); // converting is not editing

    dialog.formBar()->setCurrentIndex(0);
    QCOMPARE(ItemJson::convertItem(
                 dialog.editor()->json(), ItemJsonForm::DynamoDb, ItemJsonForm::DynamoDb, ItemJsonStyle::Compact),
        original);

    // Invalid text: the switch explains and stays.
    paste(dialog.editor(), R"({"id": {"S": "k"}, "n": {"N": "1"}, "s": {"SS": ["a", "a"]}})");
    QVERIFY(dialog.editor()->isModified());
    dialog.formBar()->setCurrentIndex(1);
    QCOMPARE(dialog.form(), ItemJsonForm::DynamoDb);
    QCOMPARE(dialog.formBar()->currentIndex(), 0);
    QCOMPARE(dialog.noticeLabel()->text(),
        QStringLiteral("Fix the problem below to switch to plain JSON: Line 1, column 55: “a” is in the set twice"));
    QCOMPARE(dialog.editor()->error().column, 55);

    // An edit survives the round trip and stays an edit.
    paste(dialog.editor(), R"({"id": {"S": "k"}, "n": {"N": "1"}, "s": {"SS": ["a", "b"]}})");
    QVERIFY(dialog.setForm(ItemJsonForm::Plain));
    QVERIFY(!dialog.noticeLabel()->isVisible());
    QVERIFY(dialog.editor()->isModified());
    QCOMPARE(
        dialog.editor()->json(), QByteArray("{\n  \"id\": \"k\",\n  \"n\": 1,\n  \"s\": {\"$SS\": [\"a\", \"b\"]}\n}"));
}

void ItemEditorTest::editsExistingItemInPlainJson()
{
    Fixture f;
    put(*f.engine,
        R"({"id":{"S":"a1"},"n":{"N":"5"},"name":{"S":"old"},"big":{"N":"12345678901234567890123456789012345678"},)"
        R"("tags":{"SS":["x","y"]},"addr":{"M":{"city":{"S":"Paris"},"zip":{"S":"75001"}}},"gone":{"BOOL":true}})");
    ItemEditorDialog dialog(f.connection, f.description);
    dialog.show();
    openExisting(dialog, R"({"id":{"S":"a1"},"n":{"N":"5"}})");
    QVERIFY(!dialog.isNewItem());
    QVERIFY(dialog.windowTitle().startsWith("Edit Item"));
    QVERIFY(!dialog.storedItem().isEmpty());

    QVERIFY(dialog.setForm(ItemJsonForm::Plain));
    QByteArray text = dialog.editor()->json();
    QVERIFY(text.contains("\"big\": 12345678901234567890123456789012345678"));
    QVERIFY(text.contains("\"tags\": {\"$SS\": [\"x\", \"y\"]}"));
    text.replace("\"old\"", "\"new\"");
    text.replace("\"Paris\"", "\"Lyon\"");
    text.replace("\"gone\": true", "\"added\": 1.50");
    paste(dialog.editor(), text);

    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    auto* confirm = waitForQuestion<ItemDiffDialog>(dialog);
    QVERIFY(confirm);
    const QList<ItemDiff::Entry>& entries = confirm->view()->diff().entries();
    // In the stored item's order (keys first, then as DynamoDB returned them), additions last.
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries[0].pathText(), QStringLiteral("addr.city"));
    QCOMPARE(entries[0].change, ItemDiff::Change::Changed);
    QCOMPARE(entries[1].pathText(), QStringLiteral("gone"));
    QCOMPARE(entries[1].change, ItemDiff::Change::Removed);
    QCOMPARE(entries[2].pathText(), QStringLiteral("name"));
    QCOMPARE(entries[2].change, ItemDiff::Change::Changed);
    QCOMPARE(entries[3].pathText(), QStringLiteral("added"));
    QCOMPARE(entries[3].change, ItemDiff::Change::Added);
    QTreeWidget* tree = confirm->view()->tree();
    QCOMPARE(tree->topLevelItemCount(), 4);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("~ addr.city"));
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("\"Paris\""));
    QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("\"Lyon\""));
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("− gone"));
    QCOMPARE(tree->topLevelItem(1)->text(1), QStringLiteral("true"));
    QCOMPARE(tree->topLevelItem(1)->text(2), QString());
    QCOMPARE(tree->topLevelItem(2)->text(0), QStringLiteral("~ name"));
    QCOMPARE(tree->topLevelItem(3)->text(0), QStringLiteral("+ added"));
    QCOMPARE(tree->topLevelItem(3)->text(2), QStringLiteral("1.50"));
    QCOMPARE(confirm->view()->summaryLabel()->text(), QStringLiteral("2 changed, 1 added, 1 removed"));
    QVERIFY(confirm->warningLabel()->isHidden());

    QSignalSpy saved(&dialog, &ItemEditorDialog::saved);
    QTest::mouseClick(confirm->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QVERIFY(!dialog.isVisible());
    const ItemJsonValue got = stored(*f.engine, R"({"id":{"S":"a1"},"n":{"N":"5"}})");
    QVERIFY(sameItem(got,
        item(R"({"id":{"S":"a1"},"n":{"N":"5"},"name":{"S":"new"},)"
             R"("big":{"N":"12345678901234567890123456789012345678"},"tags":{"SS":["x","y"]},)"
             R"("addr":{"M":{"city":{"S":"Lyon"},"zip":{"S":"75001"}}},"added":{"N":"1.5"}})")));
}

void ItemEditorTest::detectsConcurrentChange()
{
    Fixture f;
    const QByteArray key = R"({"id":{"S":"c1"},"n":{"N":"1"}})";
    put(*f.engine, R"({"id":{"S":"c1"},"n":{"N":"1"},"name":{"S":"first"},"count":{"N":"1"}})");
    ItemEditorDialog dialog(f.connection, f.description);
    dialog.show();
    openExisting(dialog, key);

    // Someone else changes the item after the dialog read it.
    put(*f.engine, R"({"id":{"S":"c1"},"n":{"N":"1"},"name":{"S":"theirs"},"count":{"N":"2"}})");

    QByteArray text = dialog.editor()->json();
    text.replace("\"first\"", "\"mine\"");
    paste(dialog.editor(), text);
    QSignalSpy saved(&dialog, &ItemEditorDialog::saved);
    dialog.save();
    QTest::mouseClick(waitForQuestion<ItemDiffDialog>(dialog)->saveButton(), Qt::LeftButton);

    auto* conflict = waitForQuestion<QMessageBox>(dialog);
    QVERIFY(conflict);
    QCOMPARE(conflict->text(), QStringLiteral("The item changed since you opened it."));
    QVERIFY(saved.isEmpty());
    QVERIFY(dialog.isVisible());
    QVERIFY(sameItem(
        stored(*f.engine, key), item(R"({"id":{"S":"c1"},"n":{"N":"1"},"name":{"S":"theirs"},"count":{"N":"2"}})")));

    // Reload and compare: the stored item beside the edit.
    buttonNamed(conflict, "Reload and Compare…")->click();
    auto* compare = waitForQuestion<ItemEditorConflictDialog>(dialog);
    QVERIFY(compare);
    QVERIFY(compare->storedView()->json().contains("\"theirs\""));
    QVERIFY(compare->editView()->json().contains("\"mine\""));
    QCOMPARE(compare->diffView()->diff().entries().size(), 2); // name and count
    QVERIFY(compare->button(ItemEditorConflictDialog::Choice::TakeStored)->isEnabled());

    // Keep editing on top of the item as stored now, then save again.
    compare->button(ItemEditorConflictDialog::Choice::KeepEditing)->click();
    QTRY_VERIFY(!dialog.pendingQuestion());
    QVERIFY(dialog.noticeLabel()->text().contains("as stored now"));
    QVERIFY(dialog.storedItem().contains("theirs"));
    QVERIFY(dialog.editor()->json().contains("\"mine\""));
    dialog.save();
    auto* confirm = waitForQuestion<ItemDiffDialog>(dialog);
    QCOMPARE(confirm->view()->diff().entries().size(), 2);
    const ItemDiff::Entry& name = confirm->view()->diff().entries()[1];
    QCOMPARE(name.pathText(), QStringLiteral("name"));
    QCOMPARE(ItemJson::payloadOf(*name.before).text(), QStringLiteral("theirs"));
    QTest::mouseClick(confirm->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QVERIFY(sameItem(
        stored(*f.engine, key), item(R"({"id":{"S":"c1"},"n":{"N":"1"},"name":{"S":"mine"},"count":{"N":"1"}})")));
}

void ItemEditorTest::overwritesAfterConflictWhenAsked()
{
    Fixture f;
    const QByteArray key = R"({"id":{"S":"c2"},"n":{"N":"1"}})";
    put(*f.engine, R"({"id":{"S":"c2"},"n":{"N":"1"},"a":{"S":"1"}})");
    ItemEditorDialog dialog(f.connection, f.description);
    dialog.show();
    openExisting(dialog, key);

    // Concurrently, an attribute appears that the edit adds too.
    put(*f.engine, R"({"id":{"S":"c2"},"n":{"N":"1"},"a":{"S":"1"},"b":{"S":"theirs"}})");
    paste(dialog.editor(), R"({"id":{"S":"c2"},"n":{"N":"1"},"a":{"S":"1"},"b":{"S":"mine"}})");
    dialog.save();
    QTest::mouseClick(waitForQuestion<ItemDiffDialog>(dialog)->saveButton(), Qt::LeftButton);
    auto* conflict = waitForQuestion<QMessageBox>(dialog);
    QVERIFY(conflict);
    QCOMPARE(ItemJson::payloadOf(*stored(*f.engine, key).member(u"b")).text(), QStringLiteral("theirs"));

    // Cancel leaves both the editor and the table as they are.
    conflict->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!dialog.pendingQuestion());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.editor()->json().contains("mine"));

    dialog.save();
    QTest::mouseClick(waitForQuestion<ItemDiffDialog>(dialog)->saveButton(), Qt::LeftButton);
    conflict = waitForQuestion<QMessageBox>(dialog);
    QSignalSpy saved(&dialog, &ItemEditorDialog::saved);
    buttonNamed(conflict, "Overwrite")->click();
    QVERIFY(saved.wait(10000));
    QCOMPARE(ItemJson::payloadOf(*stored(*f.engine, key).member(u"b")).text(), QStringLiteral("mine"));
}

void ItemEditorTest::newItemDoesNotReplaceExistingOne()
{
    Fixture f;
    const QByteArray key = R"({"id":{"S":"dup"},"n":{"N":"3"}})";
    put(*f.engine, R"({"id":{"S":"dup"},"n":{"N":"3"},"owner":{"S":"someone"}})");
    ItemEditorDialog dialog(f.connection, f.description);
    dialog.show();
    paste(dialog.editor(), R"({"id":{"S":"dup"},"n":{"N":"3.0"},"owner":{"S":"me"}})");
    dialog.save();
    auto* conflict = waitForQuestion<QMessageBox>(dialog);
    QVERIFY(conflict);
    QCOMPARE(conflict->text(), QStringLiteral("An item with this key already exists."));
    buttonNamed(conflict, "Compare…")->click();
    auto* compare = waitForQuestion<ItemEditorConflictDialog>(dialog);
    QVERIFY(compare);
    QVERIFY(compare->storedView()->json().contains("someone"));
    compare->button(ItemEditorConflictDialog::Choice::TakeStored)->click();
    QTRY_VERIFY(!dialog.pendingQuestion());
    QVERIFY(!dialog.isNewItem());
    QVERIFY(dialog.editor()->json().contains("someone"));
    QVERIFY(!dialog.editor()->isModified());
    QCOMPARE(ItemJson::payloadOf(*stored(*f.engine, key).member(u"owner")).text(), QStringLiteral("someone"));
}

void ItemEditorTest::buildsConditionsWithinDynamoDbLimits()
{
    const ItemJsonValue before = item(R"({"id":{"S":"a"},"n":{"N":"1"},"x y":{"SS":["p"]}})");
    const ItemJsonValue after = item(R"({"id":{"S":"a"},"n":{"N":"1"},"new":{"BOOL":true}})");
    const ItemEditorCondition c = ItemEditorCondition::unchangedSince(before, after, "id");
    QCOMPARE(c.kind(), ItemEditorCondition::Kind::Unchanged);
    QCOMPARE(c.expression(), QStringLiteral("#n0 = :v0 AND #n1 = :v1 AND #n2 = :v2 AND attribute_not_exists(#n3)"));
    QCOMPARE(c.operatorCount(), 7);
    QCOMPARE(ItemJsonWriter::write(c.names(), ItemJsonStyle::Compact),
        QByteArray(R"({"#n0":"id","#n1":"n","#n2":"x y","#n3":"new"})"));
    QCOMPARE(ItemJsonWriter::write(c.values(), ItemJsonStyle::Compact),
        QByteArray(R"({":v0":{"S":"a"},":v1":{"N":"1"},":v2":{"SS":["p"]}})"));
    QVERIFY(c.warning().isEmpty());

    const ItemEditorCondition absent = ItemEditorCondition::itemAbsent("id");
    QCOMPARE(absent.expression(), QStringLiteral("attribute_not_exists(#n0)"));
    ItemJsonValue request = ItemJsonValue::object();
    absent.addTo(request);
    QCOMPARE(ItemJsonWriter::write(request, ItemJsonStyle::Compact),
        QByteArray(R"x({"ConditionExpression":"attribute_not_exists(#n0)","ExpressionAttributeNames":{"#n0":"id"}})x"));

    // 150 attributes need 299 operators: still one full check. 151 need 301.
    const auto wide = [](int attributes) {
        ItemJsonValue v = item(R"({"id":{"S":"a"}})");
        for (int i = 1; i < attributes; ++i)
            v.insert(QStringLiteral("a%1").arg(i), item(R"({"x":{"N":"1"}})").members().front().value);
        return v;
    };
    QCOMPARE(
        ItemEditorCondition::unchangedSince(wide(150), wide(150), "id").kind(), ItemEditorCondition::Kind::Unchanged);
    const ItemEditorCondition tooMany = ItemEditorCondition::unchangedSince(wide(151), wide(151), "id");
    QCOMPARE(tooMany.kind(), ItemEditorCondition::Kind::KeyExists);
    QCOMPARE(tooMany.expression(), QStringLiteral("attribute_exists(#n0)"));
    QVERIFY(tooMany.warning().contains("overwrites"));

    // Long names break the 4 KB expression limit first.
    ItemJsonValue longNames = item(R"({"id":{"S":"a"}})");
    for (int i = 0; i < 20; ++i)
        longNames.insert(QString(250, QChar(u'a' + i)), item(R"({"x":{"N":"1"}})").members().front().value);
    QCOMPARE(
        ItemEditorCondition::unchangedSince(longNames, longNames, "id").kind(), ItemEditorCondition::Kind::Unchanged);
    longNames.insert(QStringLiteral("version"), item(R"({"x":{"N":"1"}})").members().front().value);
    // The placeholders keep the expression short whatever the names are.
    QVERIFY(ItemEditorCondition::unchangedSince(longNames, longNames, "id").expression().size() < 400);
}

void ItemEditorTest::fallsBackToVersionAttributeForLargeItems()
{
    Fixture f;
    QByteArray wide = R"({"id":{"S":"w"},"n":{"N":"1"},"Version":{"N":"7"})";
    for (int i = 0; i < 200; ++i)
        wide += QStringLiteral(",\"a%1\":{\"N\":\"%1\"}").arg(i).toUtf8();
    wide += "}";
    put(*f.engine, wide);
    ItemEditorDialog dialog(f.connection, f.description);
    dialog.show();
    openExisting(dialog, R"({"id":{"S":"w"},"n":{"N":"1"}})");
    QByteArray text = dialog.editor()->json();
    text.replace("\"a0\": {\"N\": \"0\"}", "\"a0\": {\"N\": \"100\"}");
    text.replace("\"Version\": {\"N\": \"7\"}", "\"Version\": {\"N\": \"8\"}");
    paste(dialog.editor(), text);

    // Someone else bumps the version meanwhile: the version check catches it.
    QByteArray theirs = wide;
    theirs.replace(R"("Version":{"N":"7"})", R"("Version":{"N":"9"})");
    put(*f.engine, theirs);
    dialog.save();
    auto* confirm = waitForQuestion<ItemDiffDialog>(dialog);
    QVERIFY(confirm);
    QVERIFY(!confirm->warningLabel()->isHidden());
    QVERIFY(confirm->warningLabel()->text().contains("“Version”"));
    QTest::mouseClick(confirm->saveButton(), Qt::LeftButton);
    QVERIFY(waitForQuestion<QMessageBox>(dialog));
    QCOMPARE(ItemJson::payloadOf(*stored(*f.engine, R"({"id":{"S":"w"},"n":{"N":"1"}})").member(u"Version")).text(),
        QStringLiteral("9"));
}

void ItemEditorTest::asksBeforeClosingWithUnsavedEdits()
{
    Fixture f;
    {
        // Nothing edited: closes at once.
        ItemEditorDialog dialog(f.connection, f.description);
        dialog.show();
        QVERIFY(dialog.close());
        QVERIFY(!dialog.pendingQuestion());
    }
    {
        // Edited and then put back: nothing to lose.
        ItemEditorDialog dialog(f.connection, f.description);
        dialog.show();
        const QByteArray original = dialog.editor()->json();
        paste(dialog.editor(), R"({"id":{"S":"q"},"n":{"N":"0"}})");
        paste(dialog.editor(), original);
        QVERIFY(dialog.editor()->isModified());
        QVERIFY(!dialog.hasUnsavedChanges());
        QVERIFY(dialog.close());
    }
    ItemEditorDialog dialog(f.connection, f.description);
    dialog.show();
    paste(dialog.editor(), R"({"id":{"S":"q1"},"n":{"N":"1"}})");
    QVERIFY(dialog.hasUnsavedChanges());

    // Cancel: stays open with the edit.
    QVERIFY(!dialog.close());
    auto* box = waitForQuestion<QMessageBox>(dialog);
    QVERIFY(box);
    QCOMPARE(box->text(), QStringLiteral("Save this new item before closing?"));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!dialog.pendingQuestion());
    QVERIFY(dialog.isVisible());

    // Discard: closes, nothing saved.
    dialog.reject();
    box = waitForQuestion<QMessageBox>(dialog);
    box->button(QMessageBox::Discard)->click();
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(stored(*f.engine, R"({"id":{"S":"q1"},"n":{"N":"1"}})").members().empty());

    // Save: saves, then closes.
    ItemEditorDialog second(f.connection, f.description);
    second.show();
    paste(second.editor(), R"({"id":{"S":"q2"},"n":{"N":"2"},"v":{"S":"kept"}})");
    second.reject();
    box = waitForQuestion<QMessageBox>(second);
    QSignalSpy saved(&second, &ItemEditorDialog::saved);
    box->button(QMessageBox::Save)->click();
    QVERIFY(saved.wait(10000));
    QTRY_VERIFY(!second.isVisible());
    QCOMPARE(second.result(), int(QDialog::Accepted));
    QCOMPARE(ItemJson::payloadOf(*stored(*f.engine, R"({"id":{"S":"q2"},"n":{"N":"2"}})").member(u"v")).text(),
        QStringLiteral("kept"));
}

// Saves pictures of the dialogs when DYNOSCOPE_SCREENSHOTS names a folder
// (run under a real display to see them as users do).
void ItemEditorTest::screenshots()
{
    const QString folder = qEnvironmentVariable("DYNOSCOPE_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set DYNOSCOPE_SCREENSHOTS to a folder to save screenshots");
    Fixture f;
    const QByteArray key = R"({"id":{"S":"order-1042"},"n":{"N":"1"}})";
    put(*f.engine,
        R"({"id":{"S":"order-1042"},"n":{"N":"1"},"customer":{"S":"Ada Lovelace"},)"
        R"("total":{"N":"12345678901234567890123456789012345678"},"paid":{"BOOL":true},"coupon":{"NULL":true},)"
        R"("tags":{"SS":["gift","priority"]},"sizes":{"NS":["38","42.5"]},"thumb":{"B":"iVBORw0KGgo="},)"
        R"("address":{"M":{"city":{"S":"Paris"},"zip":{"S":"75001"},"lines":{"L":[{"S":"1 rue de Rivoli"}]}}},)"
        R"("history":{"L":[{"M":{"at":{"S":"2024-05-01"},"state":{"S":"placed"}}},{"M":{"at":{"S":"2024-05-02"},)"
        R"("state":{"S":"shipped"}}}]}})");
    ItemEditorDialog dialog(f.connection, f.description);
    dialog.resize(820, 680);
    dialog.show();
    openExisting(dialog, key);
    QTest::qWait(400);
    dialog.grab().save(folder + "/item-editor-dynamodb.png");

    QVERIFY(dialog.setForm(ItemJsonForm::Plain));
    QByteArray text = dialog.editor()->json();
    text.replace("\"Paris\"", "\"Lyon\"");
    text.replace("\"paid\": true", "\"paid\": false");
    text.replace("\"coupon\": null,", "\"note\": \"leave at the door\",");
    paste(dialog.editor(), text);
    QTest::qWait(600);
    dialog.grab().save(folder + "/item-editor-plain.png");

    QByteArray broken = text;
    broken.replace("\"customer\": \"Ada Lovelace\",", "\"customer\": \"Ada Lovelace\"");
    paste(dialog.editor(), broken);
    QTest::qWait(800);
    dialog.grab().save(folder + "/item-editor-error.png");
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x26, 0x4f, 0x78));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    QApplication::setPalette(dark);
    QTest::qWait(300);
    dialog.grab().save(folder + "/item-editor-error-dark.png");
    QApplication::setPalette(light);

    paste(dialog.editor(), text);
    dialog.save();
    auto* confirm = waitForQuestion<ItemDiffDialog>(dialog);
    QTest::qWait(300);
    confirm->grab().save(folder + "/item-editor-diff.png");
    put(*f.engine, R"({"id":{"S":"order-1042"},"n":{"N":"1"},"customer":{"S":"Ada King"},"paid":{"BOOL":true}})");
    QTest::mouseClick(confirm->saveButton(), Qt::LeftButton);
    auto* conflict = waitForQuestion<QMessageBox>(dialog);
    QTest::qWait(300);
    conflict->grab().save(folder + "/item-editor-conflict-question.png");
    buttonNamed(conflict, "Reload and Compare…")->click();
    auto* compare = waitForQuestion<ItemEditorConflictDialog>(dialog);
    QTest::qWait(400);
    compare->grab().save(folder + "/item-editor-conflict.png");
    compare->button(ItemEditorConflictDialog::Choice::Cancel)->click();
}

#endif // Q_MOC_RUN

QTEST_MAIN(ItemEditorTest)
#include "ItemEditorTest.moc"
