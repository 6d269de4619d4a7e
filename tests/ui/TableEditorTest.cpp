// The table editor, its validation and request planning, the change runner,
// the description view, the delete/purge confirmations and the purger,
// driven through their widgets and run against an in-memory engine.
#include "connection/EmbeddedConnection.h"
#include "tables/FieldMessage.h"
#include "tables/IndexListEditor.h"
#include "tables/KeyAttributeEditor.h"
#include "tables/TableChangeRunner.h"
#include "tables/TableConfirmations.h"
#include "tables/TableDescriptionView.h"
#include "tables/TableEditorDialog.h"
#include "tables/TablePurger.h"
#include "tables/TableRequestPlanner.h"
#include "tables/TableSnapshotLoader.h"
#include "tables/TableSpecValidator.h"
#include "tables/TagEditor.h"
#include "tables/TagTableModel.h"
#include "tables/TypeToConfirmDialog.h"

#include <dynoscope/Engine.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace dynoscope;
using namespace dynoscope::ui;

class TableEditorTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void createsTableWithSortKeyAndProvisionedCapacity();
    void validatesInline();
    void validatorEnforcesDynamoDbLimits();
    void plansIndexesStreamTtlAndTagsOnCreate();
    void changesBillingModeOfExistingTable();
    void changesTagsAndDeletionProtection();
    void plansIndexStreamAndTtlChanges();
    void switchingToProvisionedCarriesIndexThroughput();
    void runnerStopsAtFirstError();
    void tagModelIsSound();
    void describesTableAtAGlance();
    void deleteConfirmationRequiresTheName();
    void purgeConfirmationRequiresTheName();
    void purgerDeletesEveryItem();
    void purgerCanBeCancelled();
};

// moc misreads raw string literals inside macro arguments: keep it out.
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

QJsonObject call(Engine& engine, const char* operation, const QByteArray& json)
{
    const Result result = engine.execute(operation, std::string_view(json.constData(), size_t(json.size())));
    if (!result.ok())
        qFatal("%s failed: %s", operation, result.error->message().c_str());
    return QJsonDocument::fromJson(QByteArray::fromStdString(result.body)).object();
}

QByteArray compact(const QJsonValue& value)
{
    return value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
}

// Replaces a line edit's text the way a user does: select all, type.
void retype(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void retype(QSpinBox* box, int value)
{
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
}

// Clicks a button where its label starts: check boxes and radio buttons
// stretched by a layout only react to clicks on their indicator and text.
void click(QAbstractButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

QLineEdit* openEditorOf(QTableView* view, const QModelIndex& index)
{
    for (auto* candidate : view->viewport()->findChildren<QLineEdit*>())
        if (candidate->isVisible() && view->visualRect(index).contains(candidate->geometry().center()))
            return candidate;
    return nullptr;
}

// Edits one cell of a table view through its editor, as a double click
// would (Add tag has already opened the new key's editor).
void editCell(QTableView* view, int row, int column, const QString& text)
{
    const QModelIndex index = view->model()->index(row, column);
    QLineEdit* editor = openEditorOf(view, index);
    if (!editor) {
        view->setCurrentIndex(index);
        view->edit(index);
        editor = openEditorOf(view, index);
    }
    QVERIFY(editor);
    retype(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

TableSnapshot loadSnapshot(Connection& connection, const QString& table)
{
    TableSnapshotLoader loader(connection);
    QSignalSpy loaded(&loader, &TableSnapshotLoader::loaded);
    loader.load(table);
    if (!loaded.wait(5000))
        qFatal("snapshot did not load");
    return loaded.first().first().value<TableSnapshot>();
}

// True when every request of the (started) runner succeeded.
bool runToEnd(TableChangeRunner* runner)
{
    QSignalSpy finished(runner, &TableChangeRunner::finished);
    QSignalSpy failed(runner, &TableChangeRunner::failed);
    if (!QTest::qWaitFor([runner] { return !runner->isRunning(); }, 5000))
        return false;
    if (!failed.isEmpty())
        qWarning("request %d failed: %s", failed.first().at(0).toInt(), qPrintable(failed.first().at(1).toString()));
    return finished.size() == 1;
}

void createSimpleTable(Engine& engine, const char* name, bool sortKey = false)
{
    QJsonObject request{{"TableName", name}, {"BillingMode", "PAY_PER_REQUEST"}};
    QJsonArray keys{QJsonObject{{"AttributeName", "pk"}, {"KeyType", "HASH"}}};
    QJsonArray definitions{QJsonObject{{"AttributeName", "pk"}, {"AttributeType", "S"}}};
    if (sortKey) {
        keys.append(QJsonObject{{"AttributeName", "sk"}, {"KeyType", "RANGE"}});
        definitions.append(QJsonObject{{"AttributeName", "sk"}, {"AttributeType", "N"}});
    }
    request.insert("KeySchema", keys);
    request.insert("AttributeDefinitions", definitions);
    call(engine, "CreateTable", compact(request));
}

const char* eventsDescription = R"({"Table":{"TableName":"Events",
"TableArn":"arn:aws:dynamodb:us-east-1:000000000000:table/Events","TableStatus":"ACTIVE",
"AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"S"},
 {"AttributeName":"kind","AttributeType":"S"},{"AttributeName":"at","AttributeType":"N"}],
"KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
"BillingModeSummary":{"BillingMode":"PROVISIONED"},
"ProvisionedThroughput":{"ReadCapacityUnits":5,"WriteCapacityUnits":5,"NumberOfDecreasesToday":0},
"GlobalSecondaryIndexes":[{"IndexName":"byKind","KeySchema":[{"AttributeName":"kind","KeyType":"HASH"},
 {"AttributeName":"at","KeyType":"RANGE"}],"Projection":{"ProjectionType":"KEYS_ONLY"},"IndexStatus":"ACTIVE",
 "ProvisionedThroughput":{"ReadCapacityUnits":3,"WriteCapacityUnits":2},"ItemCount":10,"IndexSizeBytes":2048}],
"LocalSecondaryIndexes":[{"IndexName":"byAt","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},
 {"AttributeName":"at","KeyType":"RANGE"}],"Projection":{"ProjectionType":"INCLUDE","NonKeyAttributes":["kind"]},
 "ItemCount":10,"IndexSizeBytes":4096}],
"StreamSpecification":{"StreamEnabled":true,"StreamViewType":"KEYS_ONLY"},
"LatestStreamArn":"arn:aws:dynamodb:us-east-1:000000000000:table/Events/stream/2024-01-01T00:00:00.000",
"ItemCount":10,"TableSizeBytes":5000,"CreationDateTime":1704067200.5,"DeletionProtectionEnabled":false}})";

TableSnapshot eventsSnapshot()
{
    TableSnapshot snapshot;
    snapshot.setDescribeTableResponse(eventsDescription);
    snapshot.addListTagsResponse(R"({"Tags":[{"Key":"env","Value":"prod"},{"Key":"team","Value":"data"}]})");
    snapshot.setDescribeTimeToLiveResponse(
        R"({"TimeToLiveDescription":{"TimeToLiveStatus":"ENABLED","AttributeName":"expires"}})");
    return snapshot;
}

QStringList operationsOf(const QList<PlannedRequest>& requests)
{
    QStringList out;
    for (const auto& request : requests)
        out.append(request.operation);
    return out;
}

QModelIndex tagIndex(TagEditor* editor, int row, int column) { return editor->model()->index(row, column); }

} // namespace

void TableEditorTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qRegisterMetaType<TableSnapshot>();
}

void TableEditorTest::createsTableWithSortKeyAndProvisionedCapacity()
{
    TableEditorDialog dialog;
    dialog.show();
    QVERIFY(!dialog.isChangeMode());
    QVERIFY(!dialog.okButton()->isEnabled());

    QTest::keyClicks(dialog.tableNameEdit(), "Orders");
    QTest::keyClicks(dialog.partitionKeyEditor()->nameEdit(), "customerId");
    QTest::keyClicks(dialog.sortKeyEditor()->nameEdit(), "orderDate");
    dialog.sortKeyEditor()->typeCombo()->setCurrentIndex(1); // Number
    click(dialog.provisionedButton());
    QVERIFY(dialog.provisionedButton()->isChecked());
    retype(dialog.readCapacityBox(), 10);
    retype(dialog.writeCapacityBox(), 4);

    QVERIFY2(dialog.issues().isEmpty(), qPrintable(dialog.issues().value(0).message));
    QVERIFY(dialog.okButton()->isEnabled());
    const auto requests = dialog.plannedRequests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests[0].operation, "CreateTable");
    QCOMPARE(requests[0].json,
             R"({"AttributeDefinitions":[{"AttributeName":"customerId","AttributeType":"S"},)"
             R"({"AttributeName":"orderDate","AttributeType":"N"}],"BillingMode":"PROVISIONED",)"
             R"("KeySchema":[{"AttributeName":"customerId","KeyType":"HASH"},)"
             R"({"AttributeName":"orderDate","KeyType":"RANGE"}],)"
             R"("ProvisionedThroughput":{"ReadCapacityUnits":10,"WriteCapacityUnits":4},"TableName":"Orders"})");
    // The preview shows exactly that request, indented.
    QVERIFY(dialog.preview()->isReadOnly());
    QVERIFY(dialog.preview()->toPlainText().contains("CreateTable"));
    QVERIFY(dialog.preview()->toPlainText().contains("\"ReadCapacityUnits\": 10"));
    QCOMPARE(dialog.preview()->font(), QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto engine = memoryEngine();
    EmbeddedConnection connection(engine, "memory");
    auto* runner = dialog.applyTo(connection, &dialog);
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner->replies().size(), 1);

    const auto table = call(*engine, "DescribeTable", R"({"TableName":"Orders"})").value("Table").toObject();
    QCOMPARE(compact(table.value("KeySchema")),
             R"([{"AttributeName":"customerId","KeyType":"HASH"},{"AttributeName":"orderDate","KeyType":"RANGE"}])");
    QCOMPARE(compact(table.value("AttributeDefinitions")),
             R"([{"AttributeName":"customerId","AttributeType":"S"},)"
             R"({"AttributeName":"orderDate","AttributeType":"N"}])");
    QCOMPARE(table.value("BillingModeSummary").toObject().value("BillingMode").toString(), "PROVISIONED");
    QCOMPARE(table.value("ProvisionedThroughput").toObject().value("ReadCapacityUnits").toInteger(), 10);
    QCOMPARE(table.value("ProvisionedThroughput").toObject().value("WriteCapacityUnits").toInteger(), 4);
}

void TableEditorTest::validatesInline()
{
    TableEditorDialog dialog;
    dialog.show();
    auto* nameMessage = dialog.messageFor(ValidationIssue::Field::TableName);
    // An untouched empty form blocks OK but does not shout yet.
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(nameMessage->isHidden());
    QCOMPARE(dialog.summaryLabel()->text(), "Enter a table name.  ·  Problems to fix: 2");

    QTest::keyClicks(dialog.partitionKeyEditor()->nameEdit(), "pk");
    QTest::keyClicks(dialog.tableNameEdit(), "ab");
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(nameMessage->isVisible());
    QCOMPARE(nameMessage->text(), "Table names are 3 to 255 characters long (this one has 2).");
    QVERIFY(!dialog.pages()->tabIcon(0).isNull());

    QTest::keyClicks(dialog.tableNameEdit(), "c$");
    QCOMPARE(nameMessage->text(), "Table names may contain only letters, digits, '_', '-' and '.'.");
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.preview()->toPlainText().startsWith("// Draft"));

    QTest::keyClick(dialog.tableNameEdit(), Qt::Key_Backspace);
    QVERIFY(nameMessage->isHidden());
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.pages()->tabIcon(0).isNull());
    QCOMPARE(dialog.summaryLabel()->text(), "Ready. Requests to send: 1");

    // The sort key must differ from the partition key.
    QTest::keyClicks(dialog.sortKeyEditor()->nameEdit(), "pk");
    QCOMPARE(dialog.messageFor(ValidationIssue::Field::SortKey)->text(),
             "The sort key must differ from the partition key.");
    QVERIFY(!dialog.okButton()->isEnabled());
    retype(dialog.sortKeyEditor()->nameEdit(), "sk");
    QVERIFY(dialog.okButton()->isEnabled());

    // Capacity applies to provisioned tables only, and must be at least 1.
    QVERIFY(!dialog.readCapacityBox()->isEnabled());
    click(dialog.provisionedButton());
    QVERIFY(dialog.readCapacityBox()->isEnabled());
    retype(dialog.writeCapacityBox(), 0);
    QCOMPARE(dialog.messageFor(ValidationIssue::Field::Capacity)->text(), "Write capacity must be at least 1 unit.");
    QVERIFY(!dialog.okButton()->isEnabled());
    retype(dialog.writeCapacityBox(), 1);
    QVERIFY(dialog.okButton()->isEnabled());

    // Local indexes need a table sort key; index cards speak once edited.
    dialog.pages()->setCurrentIndex(1);
    retype(dialog.sortKeyEditor()->nameEdit(), "");
    click(dialog.localIndexEditor()->addButton());
    QCOMPARE(dialog.localIndexEditor()->message()->text(), "Local secondary indexes need a table with a sort key.");
    auto* lsi = dialog.localIndexEditor()->editor(0);
    QCOMPARE(lsi->partitionKeyEditor()->nameEdit()->text(), "pk");
    QVERIFY(lsi->partitionKeyEditor()->nameEdit()->isReadOnly());
    QTest::keyClicks(lsi->nameEdit(), "byX");
    QCOMPARE(lsi->message()->text(), "A local secondary index needs a sort key.");
    QTest::keyClicks(lsi->sortKeyEditor()->nameEdit(), "x");
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.sortKeyEditor()->nameEdit(), "sk");
    QVERIFY(lsi->message()->isHidden());
    QVERIFY(dialog.localIndexEditor()->message()->isHidden());
    QVERIFY(dialog.okButton()->isEnabled());

    // A global index with the same name, INCLUDE without attributes, and an
    // attribute used with two types.
    click(dialog.globalIndexEditor()->addButton());
    auto* gsi = dialog.globalIndexEditor()->editor(0);
    QTest::keyClicks(gsi->nameEdit(), "byX");
    QTest::keyClicks(gsi->partitionKeyEditor()->nameEdit(), "x");
    gsi->partitionKeyEditor()->typeCombo()->setCurrentIndex(1);
    gsi->projectionCombo()->setCurrentIndex(2);
    QVERIFY(gsi->nonKeyAttributesEdit()->isEnabled());
    QCOMPARE(gsi->message()->messages(),
             QStringList({"Another index is already named 'byX'.",
                          "'x' is a String attribute in index 'byX'; an attribute has one type in all keys.",
                          "List the non-key attributes to project (INCLUDE needs at least one)."}));
    // The capacity of a global index shows on provisioned tables.
    QVERIFY(gsi->readCapacityBox()->isVisible());
    click(dialog.onDemandButton());
    QVERIFY(!gsi->readCapacityBox()->isVisible());
    QVERIFY(!dialog.pages()->tabIcon(1).isNull());
    QVERIFY(!dialog.okButton()->isEnabled());
    click(gsi->removeButton());
    QTRY_COMPARE(dialog.globalIndexEditor()->count(), 0);
    QVERIFY(dialog.okButton()->isEnabled());

    // TTL needs its attribute; bad tags are pointed at by row.
    dialog.pages()->setCurrentIndex(2);
    QVERIFY(!dialog.ttlAttributeEdit()->isEnabled());
    click(dialog.ttlBox());
    QCOMPARE(dialog.messageFor(ValidationIssue::Field::TimeToLive)->text(),
             "Enter the attribute that holds the expiry time.");
    QTest::keyClicks(dialog.ttlAttributeEdit(), "expiresAt");
    QVERIFY(dialog.okButton()->isEnabled());
    dialog.pages()->setCurrentIndex(3);
    click(dialog.tagEditor()->addButton());
    QCOMPARE(dialog.tagEditor()->message()->text(), "Tag 1: Enter a tag key.");
    QVERIFY(!dialog.okButton()->isEnabled());
    editCell(dialog.tagEditor()->view(), 0, TagTableModel::KeyColumn, "aws:owner");
    QCOMPARE(dialog.tagEditor()->message()->text(), "Tag 1: The aws: prefix is reserved for AWS.");
    QCOMPARE(tagIndex(dialog.tagEditor(), 0, 0).data(Qt::ToolTipRole).toString(),
             "The aws: prefix is reserved for AWS.");
    editCell(dialog.tagEditor()->view(), 0, TagTableModel::KeyColumn, "owner");
    QVERIFY(dialog.tagEditor()->message()->isHidden());
    QVERIFY(dialog.okButton()->isEnabled());
}

void TableEditorTest::validatorEnforcesDynamoDbLimits()
{
    using Field = ValidationIssue::Field;
    TableSpec spec;
    spec.tableName = "Limits";
    spec.partitionKey = {"pk", "S"};
    spec.sortKey = {"sk", "S"};
    QVERIFY(TableSpecValidator::validate(spec).isEmpty());

    QCOMPARE(TableSpecValidator::nameProblem(QString(256, 'a'), false),
             "Table names are 3 to 255 characters long (this one has 256).");
    QVERIFY(TableSpecValidator::nameProblem(QString(255, 'a'), false).isEmpty());
    QVERIFY(TableSpecValidator::nameProblem("a.b-c_D9", true).isEmpty());
    QCOMPARE(TableSpecValidator::nameProblem("é-index", true),
             "Index names may contain only letters, digits, '_', '-' and '.'.");

    TableSpec keys = spec;
    keys.partitionKey.name = QString(128, QChar(0xe9)); // 256 bytes of UTF-8
    QCOMPARE(messagesFor(TableSpecValidator::validate(keys), Field::PartitionKey),
             QStringList{"Attribute names used here are at most 255 bytes long (this one has 256)."});

    TableSpec indexes = spec;
    for (int i = 0; i < 6; ++i) {
        SecondaryIndexSpec lsi;
        lsi.name = QStringLiteral("lsi%1").arg(i);
        lsi.sortKey = {QStringLiteral("l%1").arg(i), "N"};
        indexes.localIndexes.append(lsi);
    }
    for (int i = 0; i < 21; ++i) {
        SecondaryIndexSpec gsi;
        gsi.name = QStringLiteral("gsi%1").arg(i);
        gsi.partitionKey = {"g", "S"};
        gsi.projectionType = "INCLUDE";
        gsi.nonKeyAttributes = QStringList{"a", "b", "c", "d", "e"};
        indexes.globalIndexes.append(gsi);
    }
    const auto issues = TableSpecValidator::validate(indexes);
    QCOMPARE(messagesFor(issues, Field::LocalIndexes),
             QStringList{"A table can have at most 5 local secondary indexes."});
    QCOMPARE(messagesFor(issues, Field::GlobalIndexes),
             QStringList{"A table can have at most 20 global secondary indexes."});
    QCOMPARE(messagesFor(issues, Field::Indexes),
             QStringList{"The indexes project 105 non-key attributes in all; DynamoDB allows at most 100, summed "
                         "across all secondary indexes."});

    TableSpec capacity = spec;
    capacity.onDemand = false;
    capacity.readCapacity = 1000000000001LL;
    SecondaryIndexSpec starved;
    starved.name = "byG";
    starved.partitionKey = {"g", "S"};
    starved.readCapacity = 0;
    capacity.globalIndexes.append(starved);
    const auto capacityIssues = TableSpecValidator::validate(capacity);
    QCOMPARE(messagesFor(capacityIssues, Field::Capacity),
             QStringList{"Given value 1000000000001 for ReadCapacityUnits is out of bounds."});
    QCOMPARE(messagesFor(capacityIssues, Field::GlobalIndex, 0),
             QStringList{"Read capacity must be at least 1 unit."});

    TableSpec tags = spec;
    for (int i = 0; i < 51; ++i)
        tags.tags.append({QStringLiteral("k%1").arg(i), "v"});
    tags.tags[0].key = QString(129, 'k');
    tags.tags[1].value = QString(257, 'v');
    tags.tags[2].value = "semi;colon";
    tags.tags[3].key = "k4";
    const auto tagIssues = TableSpecValidator::validate(tags);
    QCOMPARE(messagesFor(tagIssues, Field::Tags), QStringList{"A table can have at most 50 tags."});
    QCOMPARE(messagesFor(tagIssues, Field::Tag, 0), QStringList{"Tag keys are at most 128 characters long."});
    QCOMPARE(messagesFor(tagIssues, Field::Tag, 1), QStringList{"Tag values are at most 256 characters long."});
    QCOMPARE(messagesFor(tagIssues, Field::Tag, 2),
             QStringList{"Tags may contain only letters, digits, spaces and + - = . _ : / @"});
    QCOMPARE(messagesFor(tagIssues, Field::Tag, 4), QStringList{"The tag key 'k4' is used twice."});
    // Letters of any script, spaces and the allowed symbols pass.
    TableSpec unicode = spec;
    unicode.tags = {{"Équipe données", "a+b=c.d_e:f/g@h-i"}};
    QVERIFY(TableSpecValidator::validate(unicode).isEmpty());
}

void TableEditorTest::plansIndexesStreamTtlAndTagsOnCreate()
{
    TableEditorDialog dialog;
    dialog.show();
    QTest::keyClicks(dialog.tableNameEdit(), "Orders");
    QTest::keyClicks(dialog.partitionKeyEditor()->nameEdit(), "customerId");
    QTest::keyClicks(dialog.sortKeyEditor()->nameEdit(), "orderId");
    click(dialog.provisionedButton());
    click(dialog.deletionProtectionBox());

    dialog.pages()->setCurrentIndex(1);
    click(dialog.globalIndexEditor()->addButton());
    auto* gsi = dialog.globalIndexEditor()->editor(0);
    QTest::keyClicks(gsi->nameEdit(), "byStatus");
    QTest::keyClicks(gsi->partitionKeyEditor()->nameEdit(), "status");
    QTest::keyClicks(gsi->sortKeyEditor()->nameEdit(), "createdAt");
    gsi->sortKeyEditor()->typeCombo()->setCurrentIndex(1);
    gsi->projectionCombo()->setCurrentIndex(2);
    QTest::keyClicks(gsi->nonKeyAttributesEdit(), "total, items");
    retype(gsi->readCapacityBox(), 2);
    retype(gsi->writeCapacityBox(), 1);
    click(dialog.localIndexEditor()->addButton());
    auto* lsi = dialog.localIndexEditor()->editor(0);
    QTest::keyClicks(lsi->nameEdit(), "byAmount");
    QTest::keyClicks(lsi->sortKeyEditor()->nameEdit(), "amount");
    lsi->sortKeyEditor()->typeCombo()->setCurrentIndex(1);
    lsi->projectionCombo()->setCurrentIndex(1);

    dialog.pages()->setCurrentIndex(2);
    click(dialog.streamBox());
    dialog.streamViewTypeCombo()->setCurrentIndex(dialog.streamViewTypeCombo()->findData("NEW_IMAGE"));
    click(dialog.ttlBox());
    QTest::keyClicks(dialog.ttlAttributeEdit(), "expiresAt");

    dialog.pages()->setCurrentIndex(3);
    click(dialog.tagEditor()->addButton());
    editCell(dialog.tagEditor()->view(), 0, TagTableModel::KeyColumn, "env");
    editCell(dialog.tagEditor()->view(), 0, TagTableModel::ValueColumn, "prod");

    QVERIFY2(dialog.issues().isEmpty(), qPrintable(dialog.issues().value(0).message));
    QVERIFY(dialog.okButton()->isEnabled());
    const auto requests = dialog.plannedRequests();
    QCOMPARE(operationsOf(requests), QStringList({"CreateTable", "UpdateTimeToLive"}));
    QCOMPARE(requests[0].json,
             R"({"AttributeDefinitions":[{"AttributeName":"customerId","AttributeType":"S"},)"
             R"({"AttributeName":"orderId","AttributeType":"S"},{"AttributeName":"amount","AttributeType":"N"},)"
             R"({"AttributeName":"status","AttributeType":"S"},{"AttributeName":"createdAt","AttributeType":"N"}],)"
             R"("BillingMode":"PROVISIONED","DeletionProtectionEnabled":true,)"
             R"("GlobalSecondaryIndexes":[{"IndexName":"byStatus","KeySchema":[{"AttributeName":"status",)"
             R"("KeyType":"HASH"},{"AttributeName":"createdAt","KeyType":"RANGE"}],"Projection":{"NonKeyAttributes":)"
             R"(["total","items"],"ProjectionType":"INCLUDE"},"ProvisionedThroughput":{"ReadCapacityUnits":2,)"
             R"("WriteCapacityUnits":1}}],"KeySchema":[{"AttributeName":"customerId","KeyType":"HASH"},)"
             R"({"AttributeName":"orderId","KeyType":"RANGE"}],"LocalSecondaryIndexes":[{"IndexName":"byAmount",)"
             R"("KeySchema":[{"AttributeName":"customerId","KeyType":"HASH"},{"AttributeName":"amount",)"
             R"("KeyType":"RANGE"}],"Projection":{"ProjectionType":"KEYS_ONLY"}}],)"
             R"("ProvisionedThroughput":{"ReadCapacityUnits":5,"WriteCapacityUnits":5},)"
             R"("StreamSpecification":{"StreamEnabled":true,"StreamViewType":"NEW_IMAGE"},)"
             R"("TableName":"Orders","Tags":[{"Key":"env","Value":"prod"}]})");
    QVERIFY(requests[0].waitUntilActive);
    QCOMPARE(requests[1].json,
             R"({"TableName":"Orders","TimeToLiveSpecification":{"AttributeName":"expiresAt","Enabled":true}})");

    // The engine takes the whole plan: indexes, stream and TTL are real.
    auto engine = memoryEngine();
    EmbeddedConnection connection(engine, "memory");
    QVERIFY(runToEnd(dialog.applyTo(connection, &dialog)));
    const TableSnapshot created = loadSnapshot(connection, "Orders");
    QCOMPARE(created.table.value("GlobalSecondaryIndexes").toArray()[0].toObject().value("IndexName").toString(),
             "byStatus");
    QCOMPARE(created.table.value("LocalSecondaryIndexes").toArray()[0].toObject().value("IndexName").toString(),
             "byAmount");
    QCOMPARE(created.table.value("StreamSpecification").toObject().value("StreamViewType").toString(), "NEW_IMAGE");
    QCOMPARE(created.ttlStatus, "ENABLED");
    QCOMPARE(created.ttlAttribute, "expiresAt");
    QCOMPARE(created.tags.size(), 1);

    // On-demand: the global index loses its throughput.
    dialog.pages()->setCurrentIndex(0);
    click(dialog.onDemandButton());
    const auto onDemand = QJsonDocument::fromJson(dialog.plannedRequests()[0].json).object();
    QCOMPARE(onDemand.value("BillingMode").toString(), "PAY_PER_REQUEST");
    QVERIFY(!onDemand.contains("ProvisionedThroughput"));
    QVERIFY(!onDemand.value("GlobalSecondaryIndexes").toArray()[0].toObject().contains("ProvisionedThroughput"));
}

void TableEditorTest::changesBillingModeOfExistingTable()
{
    auto engine = memoryEngine();
    createSimpleTable(*engine, "Billing");
    EmbeddedConnection connection(engine, "memory");
    const TableSnapshot snapshot = loadSnapshot(connection, "Billing");
    QVERIFY(snapshot.tagsKnown);

    TableEditorDialog dialog(snapshot);
    dialog.show();
    QVERIFY(dialog.isChangeMode());
    QCOMPARE(dialog.tableNameEdit()->text(), "Billing");
    QVERIFY(dialog.tableNameEdit()->isReadOnly());
    QVERIFY(dialog.partitionKeyEditor()->nameEdit()->isReadOnly());
    QVERIFY(dialog.onDemandButton()->isChecked());
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.summaryLabel()->text(), "No changes yet.");

    click(dialog.provisionedButton());
    retype(dialog.readCapacityBox(), 7);
    retype(dialog.writeCapacityBox(), 3);
    QVERIFY(dialog.okButton()->isEnabled());
    auto requests = dialog.plannedRequests();
    QCOMPARE(operationsOf(requests), QStringList{"UpdateTable"});
    QCOMPARE(requests[0].json, R"({"BillingMode":"PROVISIONED","ProvisionedThroughput":{"ReadCapacityUnits":7,)"
                               R"("WriteCapacityUnits":3},"TableName":"Billing"})");
    QVERIFY(runToEnd(dialog.applyTo(connection, &dialog)));
    auto table = call(*engine, "DescribeTable", R"({"TableName":"Billing"})").value("Table").toObject();
    QCOMPARE(table.value("BillingModeSummary").toObject().value("BillingMode").toString(), "PROVISIONED");
    QCOMPARE(table.value("ProvisionedThroughput").toObject().value("ReadCapacityUnits").toInteger(), 7);

    // And back to on-demand from the table as it now is.
    TableEditorDialog back(loadSnapshot(connection, "Billing"));
    QVERIFY(back.provisionedButton()->isChecked());
    QCOMPARE(back.readCapacityBox()->value(), 7);
    click(back.onDemandButton());
    requests = back.plannedRequests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests[0].json, R"({"BillingMode":"PAY_PER_REQUEST","TableName":"Billing"})");
    QVERIFY(runToEnd(back.applyTo(connection, &back)));
    table = call(*engine, "DescribeTable", R"({"TableName":"Billing"})").value("Table").toObject();
    QCOMPARE(table.value("BillingModeSummary").toObject().value("BillingMode").toString(), "PAY_PER_REQUEST");
}

void TableEditorTest::changesTagsAndDeletionProtection()
{
    auto engine = memoryEngine();
    createSimpleTable(*engine, "Tagged");
    const QString arn = call(*engine, "DescribeTable", R"({"TableName":"Tagged"})")
                            .value("Table")
                            .toObject()
                            .value("TableArn")
                            .toString();
    call(*engine, "TagResource",
         compact(QJsonObject{{"ResourceArn", arn},
                             {"Tags", QJsonArray{QJsonObject{{"Key", "env"}, {"Value", "prod"}},
                                                 QJsonObject{{"Key", "team"}, {"Value", "data"}}}}}));
    EmbeddedConnection connection(engine, "memory");
    TableEditorDialog dialog(loadSnapshot(connection, "Tagged"));
    dialog.show();
    auto* tags = dialog.tagEditor();
    QCOMPARE(tags->model()->rowCount(), 2);
    dialog.pages()->setCurrentIndex(3);
    editCell(tags->view(), 0, TagTableModel::ValueColumn, "staging");
    tags->view()->selectRow(1);
    click(tags->removeButton());
    click(tags->addButton());
    editCell(tags->view(), 1, TagTableModel::KeyColumn, "owner");
    editCell(tags->view(), 1, TagTableModel::ValueColumn, "ana");
    dialog.pages()->setCurrentIndex(0);
    click(dialog.deletionProtectionBox());

    const auto requests = dialog.plannedRequests();
    QCOMPARE(operationsOf(requests), QStringList({"UpdateTable", "UntagResource", "TagResource"}));
    QCOMPARE(requests[0].json, R"({"DeletionProtectionEnabled":true,"TableName":"Tagged"})");
    QCOMPARE(requests[1].json, QByteArray(R"({"ResourceArn":")") + arn.toUtf8() + R"(","TagKeys":["team"]})");
    QCOMPARE(requests[2].json, QByteArray(R"({"ResourceArn":")") + arn.toUtf8() +
                                   R"(","Tags":[{"Key":"env","Value":"staging"},{"Key":"owner","Value":"ana"}]})");
    auto* runner = dialog.applyTo(connection, &dialog);
    QSignalSpy succeeded(runner, &TableChangeRunner::requestSucceeded);
    QVERIFY(runToEnd(runner));
    QCOMPARE(succeeded.size(), 3);

    const auto listed = call(*engine, "ListTagsOfResource", compact(QJsonObject{{"ResourceArn", arn}}));
    QCOMPARE(compact(listed.value("Tags")),
             R"([{"Key":"env","Value":"staging"},{"Key":"owner","Value":"ana"}])");
    const auto after = loadSnapshot(connection, "Tagged");
    QVERIFY(after.table.value("DeletionProtectionEnabled").toBool());
}

void TableEditorTest::plansIndexStreamAndTtlChanges()
{
    TableEditorDialog dialog(eventsSnapshot());
    dialog.show();
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.globalIndexEditor()->count(), 1);
    QCOMPARE(dialog.localIndexEditor()->count(), 1);
    auto* existing = dialog.globalIndexEditor()->editor(0);
    QVERIFY(existing->nameEdit()->isReadOnly());
    QVERIFY(existing->readCapacityBox()->isEnabled());
    QCOMPARE(existing->readCapacityBox()->value(), 3);
    // Local indexes of an existing table are fixed.
    QVERIFY(!dialog.localIndexEditor()->addButton()->isVisible());
    QVERIFY(!dialog.localIndexEditor()->editor(0)->removeButton()->isVisible());
    QCOMPARE(dialog.localIndexEditor()->editor(0)->nonKeyAttributesEdit()->text(), "kind");
    QVERIFY(dialog.streamBox()->isChecked());
    QCOMPARE(dialog.ttlAttributeEdit()->text(), "expires");

    dialog.pages()->setCurrentIndex(0);
    retype(dialog.readCapacityBox(), 6);
    dialog.pages()->setCurrentIndex(1);
    click(existing->removeButton());
    QTRY_COMPARE(dialog.globalIndexEditor()->count(), 0);
    click(dialog.globalIndexEditor()->addButton());
    auto* added = dialog.globalIndexEditor()->editor(0);
    QTest::keyClicks(added->nameEdit(), "byKindV2");
    QTest::keyClicks(added->partitionKeyEditor()->nameEdit(), "kind");
    QTest::keyClicks(added->sortKeyEditor()->nameEdit(), "at");
    added->sortKeyEditor()->typeCombo()->setCurrentIndex(1);
    retype(added->readCapacityBox(), 4);
    retype(added->writeCapacityBox(), 4);
    dialog.pages()->setCurrentIndex(2);
    dialog.streamViewTypeCombo()->setCurrentIndex(dialog.streamViewTypeCombo()->findData("NEW_AND_OLD_IMAGES"));
    retype(dialog.ttlAttributeEdit(), "expiresAt");

    QVERIFY2(dialog.issues().isEmpty(), qPrintable(dialog.issues().value(0).message));
    const auto requests = dialog.plannedRequests();
    const QByteArrayList expected{
        R"({"GlobalSecondaryIndexUpdates":[{"Delete":{"IndexName":"byKind"}}],"TableName":"Events"})",
        R"({"ProvisionedThroughput":{"ReadCapacityUnits":6,"WriteCapacityUnits":5},"TableName":"Events"})",
        R"({"AttributeDefinitions":[{"AttributeName":"kind","AttributeType":"S"},{"AttributeName":"at",)"
        R"("AttributeType":"N"}],"GlobalSecondaryIndexUpdates":[{"Create":{"IndexName":"byKindV2","KeySchema":)"
        R"([{"AttributeName":"kind","KeyType":"HASH"},{"AttributeName":"at","KeyType":"RANGE"}],"Projection":)"
        R"({"ProjectionType":"ALL"},"ProvisionedThroughput":{"ReadCapacityUnits":4,"WriteCapacityUnits":4}}}],)"
        R"("TableName":"Events"})",
        R"({"StreamSpecification":{"StreamEnabled":false},"TableName":"Events"})",
        R"({"StreamSpecification":{"StreamEnabled":true,"StreamViewType":"NEW_AND_OLD_IMAGES"},"TableName":"Events"})",
        R"({"TableName":"Events","TimeToLiveSpecification":{"AttributeName":"expires","Enabled":false}})",
        R"({"TableName":"Events","TimeToLiveSpecification":{"AttributeName":"expiresAt","Enabled":true}})",
    };
    QCOMPARE(operationsOf(requests), QStringList({"UpdateTable", "UpdateTable", "UpdateTable", "UpdateTable",
                                                  "UpdateTable", "UpdateTimeToLive", "UpdateTimeToLive"}));
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(requests[i].json, expected[i]);
    QVERIFY(dialog.preview()->toPlainText().contains("// 3/7  UpdateTable — Create the global secondary index "
                                                     "'byKindV2'"));

    // Changing only the capacity of the existing index updates it in place.
    TableEditorDialog capacity(eventsSnapshot());
    capacity.show();
    capacity.pages()->setCurrentIndex(1);
    retype(capacity.globalIndexEditor()->editor(0)->writeCapacityBox(), 9);
    const auto update = capacity.plannedRequests();
    QCOMPARE(update.size(), 1);
    QCOMPARE(update[0].json, R"({"GlobalSecondaryIndexUpdates":[{"Update":{"IndexName":"byKind",)"
                             R"("ProvisionedThroughput":{"ReadCapacityUnits":3,"WriteCapacityUnits":9}}}],)"
                             R"("TableName":"Events"})");

    // Turning the stream and TTL off.
    TableEditorDialog off(eventsSnapshot());
    off.show();
    off.pages()->setCurrentIndex(2);
    click(off.streamBox());
    click(off.ttlBox());
    const auto offRequests = off.plannedRequests();
    QCOMPARE(offRequests.size(), 2);
    QCOMPARE(offRequests[0].json, R"({"StreamSpecification":{"StreamEnabled":false},"TableName":"Events"})");
    QCOMPARE(offRequests[1].json,
             R"({"TableName":"Events","TimeToLiveSpecification":{"AttributeName":"expires","Enabled":false}})");
}

void TableEditorTest::switchingToProvisionedCarriesIndexThroughput()
{
    TableSpec current = TableSpec::fromSnapshot(eventsSnapshot());
    current.onDemand = true;
    TableSpec wanted = current;
    wanted.onDemand = false;
    wanted.readCapacity = 8;
    wanted.writeCapacity = 2;
    const auto requests = TableRequestPlanner::planChange(current, wanted);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests[0].json,
             R"({"BillingMode":"PROVISIONED","GlobalSecondaryIndexUpdates":[{"Update":{"IndexName":"byKind",)"
             R"("ProvisionedThroughput":{"ReadCapacityUnits":3,"WriteCapacityUnits":2}}}],)"
             R"("ProvisionedThroughput":{"ReadCapacityUnits":8,"WriteCapacityUnits":2},"TableName":"Events"})");
    QVERIFY(TableRequestPlanner::planChange(current, current).isEmpty());
}

void TableEditorTest::runnerStopsAtFirstError()
{
    auto engine = memoryEngine();
    createSimpleTable(*engine, "Runs");
    EmbeddedConnection connection(engine, "memory");
    const QList<PlannedRequest> requests{
        {"UpdateTable", R"({"DeletionProtectionEnabled":true,"TableName":"Runs"})", "protect", true},
        {"UpdateTable", R"({"BillingMode":"PAY_PER_REQUEST","TableName":"Missing"})", "bill", true},
        {"UpdateTable", R"({"DeletionProtectionEnabled":false,"TableName":"Runs"})", "unprotect", true},
    };
    TableChangeRunner runner(connection, requests);
    runner.setPollInterval(10);
    QSignalSpy started(&runner, &TableChangeRunner::requestStarted);
    QSignalSpy failed(&runner, &TableChangeRunner::failed);
    runner.start();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).toInt(), 1);
    QCOMPARE(failed.first().at(1).toString(),
             "ResourceNotFoundException: Requested resource not found: Table: Missing not found");
    QCOMPARE(started.size(), 2);
    QVERIFY(!runner.isRunning());
    const auto table = call(*engine, "DescribeTable", R"({"TableName":"Runs"})").value("Table").toObject();
    QVERIFY(table.value("DeletionProtectionEnabled").toBool());
}

void TableEditorTest::tagModelIsSound()
{
    TagTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTags({{"a", "1"}, {"b", "2"}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), "Key");
    QCOMPARE(model.appendTag({"c", "3"}), 2);
    QVERIFY(model.setData(model.index(2, TagTableModel::ValueColumn), "three"));
    QCOMPARE(model.tags()[2], (TableTag{"c", "three"}));
    model.setRowMessages({{1, {"bad"}}});
    QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), "bad");
    QVERIFY(!model.index(1, 0).data(Qt::DecorationRole).isNull());
    QVERIFY(model.removeRows(0, 2));
    QCOMPARE(model.tags(), (QList<TableTag>{{"c", "three"}}));
    QVERIFY(!model.removeRows(1, 1));
    model.setReadOnly(true);
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, 0), "x"));
}

void TableEditorTest::describesTableAtAGlance()
{
    TableDescriptionView view;
    view.show();
    view.setSnapshot(eventsSnapshot());
    QCOMPARE(view.fieldText("partitionKey"), "pk (String)");
    QCOMPARE(view.fieldText("sortKey"), "sk (String)");
    QCOMPARE(view.fieldText("status"), "ACTIVE");
    QCOMPARE(view.fieldText("itemCount"), "10");
    QCOMPARE(view.fieldText("size"), "4.9 kB (5,000 bytes)");
    QCOMPARE(view.fieldText("billing"), "Provisioned");
    QCOMPARE(view.fieldText("capacity"), "5 reads/s, 5 writes/s");
    QCOMPARE(view.fieldText("stream"), "Enabled, keys only");
    QCOMPARE(view.fieldText("streamArn"),
             "arn:aws:dynamodb:us-east-1:000000000000:table/Events/stream/2024-01-01T00:00:00.000");
    QCOMPARE(view.fieldText("ttl"), "Enabled on the attribute expires");
    QCOMPARE(view.fieldText("arn"), "arn:aws:dynamodb:us-east-1:000000000000:table/Events");
    QCOMPARE(view.fieldText("tags"), "env = prod\nteam = data");
    QVERIFY(view.fieldText("created").startsWith("2024-01-0") || view.fieldText("created").startsWith("2023-12-31"));
    auto* indexes = view.indexTable();
    QCOMPARE(indexes->rowCount(), 2);
    const QStringList gsi{"byKind", "Global", "kind (String)", "at (Number)", "Keys only", "ACTIVE", "10",
                          "2.0 kB (2,048 bytes)", "3 R / 2 W"};
    const QStringList lsi{"byAt", "Local", "pk (String)", "at (Number)", "Keys + kind", "ACTIVE", "10",
                          "4.0 kB (4,096 bytes)", "table's"};
    for (int column = 0; column < gsi.size(); ++column) {
        QCOMPARE(indexes->item(0, column)->text(), gsi[column]);
        QCOMPARE(indexes->item(1, column)->text(), lsi[column]);
    }

    // From a live table: Refresh describes it through the connection.
    auto engine = memoryEngine();
    createSimpleTable(*engine, "Live", true);
    for (int i = 0; i < 3; ++i)
        call(*engine, "PutItem",
             compact(QJsonObject{{"TableName", "Live"},
                                 {"Item", QJsonObject{{"pk", QJsonObject{{"S", "a"}}},
                                                      {"sk", QJsonObject{{"N", QString::number(i)}}}}}}));
    EmbeddedConnection connection(engine, "memory");
    view.setSource(connection, "Live");
    QSignalSpy refreshed(&view, &TableDescriptionView::refreshed);
    view.refreshAction()->trigger();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(view.fieldText("sortKey"), "sk (Number)");
    QCOMPARE(view.fieldText("itemCount"), "3");
    QCOMPARE(view.fieldText("billing"), "On-demand (pay per request)");
    QCOMPARE(view.fieldText("capacity"), "—");
    QCOMPARE(view.fieldText("stream"), "Disabled");
    QCOMPARE(view.fieldText("tags"), "None");
    QCOMPARE(view.fieldText("arn"), "arn:aws:dynamodb:us-east-1:000000000000:table/Live");
    QCOMPARE(view.fieldText("ttl"), "Disabled");
    QVERIFY(view.indexTable()->isHidden());

    // A table that is gone says so.
    call(*engine, "DeleteTable", R"({"TableName":"Live"})");
    QSignalSpy failed(&view, &TableDescriptionView::refreshFailed);
    view.refresh();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().toString(),
             "ResourceNotFoundException: Requested resource not found: Table: Live not found");
    QVERIFY(view.findChild<QLabel*>("error")->isVisible());
}

void TableEditorTest::deleteConfirmationRequiresTheName()
{
    TypeToConfirmDialog dialog("Delete?", "Really.", "Orders", "Delete table");
    dialog.show();
    QVERIFY(!dialog.actionButton()->isEnabled());
    QTest::keyClicks(dialog.confirmationEdit(), "order");
    QVERIFY(!dialog.actionButton()->isEnabled());
    QTest::keyClick(dialog.confirmationEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    retype(dialog.confirmationEdit(), "Orders");
    QVERIFY(dialog.actionButton()->isEnabled());

    // The modal helper: cancelled, then confirmed by typing the name.
    QTimer::singleShot(0, [] {
        auto* modal = qobject_cast<TypeToConfirmDialog*>(QApplication::activeModalWidget());
        QVERIFY(modal);
        QVERIFY(modal->findChild<QLabel*>() != nullptr);
        modal->reject();
    });
    QVERIFY(!confirmDeleteTable(nullptr, "Orders"));
    QTimer::singleShot(0, [] {
        auto* modal = qobject_cast<TypeToConfirmDialog*>(QApplication::activeModalWidget());
        QVERIFY(modal);
        QCOMPARE(modal->actionButton()->text(), "Delete table");
        QTest::keyClicks(modal->confirmationEdit(), "Orders");
        click(modal->actionButton());
    });
    QVERIFY(confirmDeleteTable(nullptr, "Orders"));
}

void TableEditorTest::purgeConfirmationRequiresTheName()
{
    QTimer::singleShot(0, [] {
        auto* modal = qobject_cast<TypeToConfirmDialog*>(QApplication::activeModalWidget());
        QVERIFY(modal);
        QCOMPARE(modal->actionButton()->text(), "Delete all items");
        bool mentionsCount = false;
        for (auto* label : modal->findChildren<QLabel*>())
            mentionsCount = mentionsCount || label->text().contains("about 1,234 items");
        QVERIFY(mentionsCount);
        QTest::keyClicks(modal->confirmationEdit(), "Orders ");
        QVERIFY(!modal->actionButton()->isEnabled());
        QTest::keyClick(modal->confirmationEdit(), Qt::Key_Backspace);
        QTest::keyClick(modal->confirmationEdit(), Qt::Key_Return);
    });
    QVERIFY(confirmPurgeTable(nullptr, "Orders", 1234));
}

void TableEditorTest::purgerDeletesEveryItem()
{
    auto engine = memoryEngine();
    createSimpleTable(*engine, "Purge", true);
    constexpr int count = 300;
    for (int i = 0; i < count; ++i)
        call(*engine, "PutItem",
             compact(QJsonObject{{"TableName", "Purge"},
                                 {"Item", QJsonObject{{"pk", QJsonObject{{"S", QStringLiteral("p%1").arg(i % 7)}}},
                                                      {"sk", QJsonObject{{"N", QString::number(i)}}},
                                                      {"payload", QJsonObject{{"S", QString(900, 'x')}}}}}}));
    EmbeddedConnection connection(engine, "memory");
    TablePurger purger(connection, "Purge");
    QSignalSpy progress(&purger, &TablePurger::progress);
    QSignalSpy finished(&purger, &TablePurger::finished);
    QSignalSpy scans(&connection, &Connection::replied);
    purger.start();
    QVERIFY(purger.isRunning());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toLongLong(), count);
    QVERIFY(!purger.isRunning());
    QCOMPARE(purger.deletedCount(), count);
    QVERIFY(progress.size() >= count);
    QCOMPARE(progress.last().at(0).toLongLong(), count);
    QCOMPARE(progress.last().at(1).toLongLong(), count);
    // Deleted counts only grow.
    for (int i = 1; i < progress.size(); ++i)
        QVERIFY(progress[i].at(0).toLongLong() >= progress[i - 1].at(0).toLongLong());
    // Scans project the keys only, through placeholders, and page.
    int scanCount = 0;
    for (const auto& reply : scans) {
        const auto r = reply.first().value<Reply>();
        if (r.operation != "Scan")
            continue;
        ++scanCount;
        const auto request = QJsonDocument::fromJson(r.request).object();
        QCOMPARE(request.value("ProjectionExpression").toString(), "#k0, #k1");
        QCOMPARE(compact(request.value("ExpressionAttributeNames")), R"({"#k0":"pk","#k1":"sk"})");
    }
    QVERIFY(scanCount >= 1);
    const auto scan = call(*engine, "Scan", R"({"TableName":"Purge","Select":"COUNT"})");
    QCOMPARE(scan.value("Count").toInt(), 0);

    // A missing table fails with DynamoDB's message.
    TablePurger missing(connection, "Nope");
    QSignalSpy failed(&missing, &TablePurger::failed);
    missing.start();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().toString(),
             "ResourceNotFoundException: Requested resource not found: Table: Nope not found");
}

void TableEditorTest::purgerCanBeCancelled()
{
    auto engine = memoryEngine();
    createSimpleTable(*engine, "Keep");
    for (int i = 0; i < 200; ++i)
        call(*engine, "PutItem",
             compact(QJsonObject{{"TableName", "Keep"},
                                 {"Item", QJsonObject{{"pk", QJsonObject{{"S", QStringLiteral("k%1").arg(i)}}}}}}));
    EmbeddedConnection connection(engine, "memory");
    TablePurger purger(connection, "Keep");
    purger.setMaxInFlight(2);
    QSignalSpy cancelled(&purger, &TablePurger::cancelled);
    QSignalSpy finished(&purger, &TablePurger::finished);
    connect(&purger, &TablePurger::progress, &purger, [&purger](qint64 deleted, qint64) {
        if (deleted == 20)
            purger.cancel();
    });
    purger.start();
    QVERIFY(cancelled.wait(10000));
    QVERIFY(finished.isEmpty());
    const qint64 deleted = cancelled.first().first().toLongLong();
    QVERIFY(deleted >= 20 && deleted <= 22);
    const auto scan = call(*engine, "Scan", R"({"TableName":"Keep","Select":"COUNT"})");
    QCOMPARE(scan.value("Count").toInt(), 200 - int(deleted));
}

#endif // Q_MOC_RUN

QTEST_MAIN(TableEditorTest)
#include "TableEditorTest.moc"
