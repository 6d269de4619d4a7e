// Export, import and table copy through Connections on in-memory engines:
// round trips in every format keep every item exactly (38-digit numbers,
// sets, binaries, nested maps), bad records are reported by line and the
// good ones written, BatchWriteItem falls back to PutItem and retries what
// comes back unprocessed or throttled, a cancelled export leaves no file,
// and a copy between two engines copies the schema and the items. The
// dialogs are driven as a user would.
#include <QtTest>

#include "connection/EmbeddedConnection.h"
#include "transfer/CopyTableDialog.h"
#include "transfer/CsvColumns.h"
#include "transfer/CsvReader.h"
#include "transfer/ExportDialog.h"
#include "transfer/ImportDialog.h"
#include "transfer/TableCopier.h"
#include "transfer/TableExporter.h"
#include "transfer/TableImporter.h"
#include "transfer/TableKeys.h"

#include <dynoscope/Engine.h>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

#include <algorithm>

using namespace dynoscope;
using namespace dynoscope::ui;

class TransferTest : public QObject {
    Q_OBJECT
private slots:
    void roundTripKeepsEveryItem_data();
    void roundTripKeepsEveryItem();
    void dynamoJsonLinesAreTheS3ExportFormat();
    void csvHeaderTypesColumnsAndKeysComeFirst();
    void csvReaderHandlesQuotesAndLines();
    void importReportsBadJsonLines();
    void importReportsBadCsvRecords();
    void dryRunWritesNothing();
    void rejectedItemsAreReportedAndOthersWritten();
    void writerFallsBackAndRetries_data();
    void writerFallsBackAndRetries();
    void cancelledExportLeavesNoFile();
    void failedExportLeavesNoFile();
    void cancelledImportKeepsWrittenItems();
    void copyBetweenEnginesCopiesSchemaAndItems();
    void copyOntoExistingTableFails();
    void dialogsRunTransfers();
};

// moc misreads raw string literals: keep them from it.
#ifndef Q_MOC_RUN

namespace {

std::shared_ptr<Engine> memoryEngine()
{
    std::string error;
    EngineOptions options;
    options.inMemory = true;
    std::shared_ptr<Engine> engine = Engine::open(options, &error);
    if (!engine)
        qFatal("cannot open an in-memory engine: %s", error.c_str());
    return engine;
}

// Runs an operation; the response, or an empty object (and a test failure).
QJsonObject call(Engine& engine, const char* operation, const QByteArray& request)
{
    const Result result = engine.execute(operation, std::string_view(request.constData(), size_t(request.size())));
    if (!result.ok()) {
        qWarning("%s failed: %s", operation, result.errorBody().c_str());
        return {};
    }
    return QJsonDocument::fromJson(QByteArray::fromStdString(result.body)).object();
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A table with key pk (S) and sk (N).
void createPkSkTable(Engine& engine, const QString& name)
{
    call(engine, "CreateTable",
        QStringLiteral(
            R"({"TableName":"%1","BillingMode":"PAY_PER_REQUEST",)"
            R"("KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],)"
            R"("AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},)"
            R"({"AttributeName":"sk","AttributeType":"N"}]})")
            .arg(name)
            .toUtf8());
}

// A table with only a partition key pk (S).
void createPkTable(Engine& engine, const QString& name)
{
    call(engine, "CreateTable",
        QStringLiteral(R"({"TableName":"%1","BillingMode":"PAY_PER_REQUEST",)"
                       R"("KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],)"
                       R"("AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}]})")
            .arg(name)
            .toUtf8());
}

void put(Engine& engine, const QString& table, const QByteArray& itemJson)
{
    const QJsonObject item = QJsonDocument::fromJson(itemJson).object();
    QVERIFY2(!item.isEmpty(), itemJson.constData());
    call(engine, "PutItem", compact({ { "TableName", table }, { "Item", item } }));
}

// Every item of a table, ordered by their JSON text.
QList<QByteArray> scanAll(Engine& engine, const QString& table)
{
    QList<QByteArray> items;
    QJsonObject start;
    do {
        QJsonObject request { { "TableName", table } };
        if (!start.isEmpty())
            request.insert("ExclusiveStartKey", start);
        const QJsonObject page = call(engine, "Scan", compact(request));
        for (const auto& item : page.value("Items").toArray())
            items.append(compact(item.toObject()));
        start = page.value("LastEvaluatedKey").toObject();
    } while (!start.isEmpty());
    std::sort(items.begin(), items.end());
    return items;
}

// Items that exercise every type and the corners of each format.
const QList<QByteArray>& specialItems()
{
    static const QList<QByteArray> items {
        R"({"pk":{"S":"numbers"},"sk":{"N":"1"},"big":{"N":"12345678901234567890123456789012345678"},)"
        R"("small":{"N":"-0.00000000000000000000000000000000000001"},"tiny":{"N":"1E-130"},)"
        R"("huge":{"N":"9.9999999999999999999999999999999999999E+125"},)"
        R"("frac":{"N":"3.14159265358979323846264338327950288"}})",
        R"({"pk":{"S":"sets"},"sk":{"N":"2"},"ss":{"SS":["a","b,c","d\"e"," lead"]},)"
        R"("ns":{"NS":["1","2.5","-3","12345678901234567890123456789012345678"]},)"
        R"("bs":{"BS":["AQ==","Ag==","AAEC/w=="]},"bin":{"B":"AAEC/w=="}})",
        R"({"pk":{"S":"nested"},"sk":{"N":"3"},"m":{"M":{"a":{"M":{"b":{"L":[{"N":"1"},)"
        R"({"S":"x"},{"NULL":true},{"BOOL":false},)"
        R"({"SS":["q"]},{"B":"AA=="}]}}},"$weird":{"S":"dollar"}}},"dollar":{"M":{"$only":{"N":"7"}}},)"
        R"("emptyMap":{"M":{}},"emptyList":{"L":[]}})",
        R"({"pk":{"S":"strings, \"quoted\"\nand more"},"sk":{"N":"-4.5"},)"
        R"("empty":{"S":""},"multi":{"S":"line1\r\nline2\nline3"},)"
        R"("spaces":{"S":"  padded  "},"unicode":{"S":"Grüße, 東京 🚀"},"name:with:colons":{"S":"c"},"a b":{"BOOL":true},)"
        R"("nothing":{"NULL":true},"mixed":{"S":"text"}})",
        R"({"pk":{"S":"mixed"},"sk":{"N":"5"},"mixed":{"N":"5"},"ünï:S":{"S":"not a type suffix"}})",
        R"({"pk":{"S":"mixed"},"sk":{"N":"6"},"mixed":{"M":{"x":{"S":"y"}}}})",
    };
    return items;
}

// Fills Source with the special items and enough bulk items for several
// Scan pages (over 1 MB).
void fillSource(Engine& engine)
{
    createPkSkTable(engine, "Source");
    for (const QByteArray& item : specialItems())
        put(engine, "Source", item);
    const QString payload(3000, QLatin1Char('x'));
    for (int i = 0; i < 400; ++i)
        put(engine, "Source",
            compact({ { "pk", QJsonObject { { "S", QStringLiteral("bulk-%1").arg(i % 37) } } },
                { "sk", QJsonObject { { "N", QString::number(i) } } }, { "payload", QJsonObject { { "S", payload } } },
                { "n", QJsonObject { { "N", QStringLiteral("%1.%2").arg(i).arg(i % 10) } } } }));
}

struct ExportResult {
    bool finished = false;
    QString error;
    qint64 items = 0;
};

ExportResult runExport(
    Connection& connection, const QString& table, const QString& path, TransferFormat format, int segments = 1)
{
    TableExporter exporter(connection, table, path, format);
    exporter.setSegments(segments);
    ExportResult result;
    bool done = false;
    QObject::connect(&exporter, &TableExporter::finished, [&](qint64 items) {
        result.finished = true;
        result.items = items;
        done = true;
    });
    QObject::connect(&exporter, &TableExporter::failed, [&](const QString& message) {
        result.error = message;
        done = true;
    });
    exporter.start();
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        result.error = QStringLiteral("timed out");
    return result;
}

struct ImportResult {
    bool finished = false;
    QString error;
    qint64 written = 0;
    qint64 skipped = 0;
    QList<ImportIssue> issues;
};

ImportResult runImport(
    Connection& connection, const QString& table, const QString& path, TransferFormat format, bool dryRun = false)
{
    TableImporter importer(connection, table, path, format);
    importer.setDryRun(dryRun);
    ImportResult result;
    bool done = false;
    QObject::connect(&importer, &TableImporter::finished, [&](qint64 written, qint64 skipped) {
        result.finished = true;
        result.written = written;
        result.skipped = skipped;
        done = true;
    });
    QObject::connect(&importer, &TableImporter::failed, [&](const QString& message) {
        result.error = message;
        done = true;
    });
    importer.start();
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        result.error = QStringLiteral("timed out");
    result.issues = importer.issues();
    return result;
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A connection in front of an engine that misbehaves on purpose: no
// BatchWriteItem at all, or a BatchWriteItem that leaves the last put of
// every multi-item batch unprocessed, or throttling of the first calls.
class FaultyConnection : public Connection {
public:
    enum class Fault { NoBatch, Unprocessed, Throttle };

    FaultyConnection(std::shared_ptr<Engine> engine, Fault fault)
        : m_engine(std::move(engine))
        , m_fault(fault)
    {
    }

    QString displayName() const override { return QStringLiteral("faulty"); }
    bool isEmbedded() const override { return true; }
    void cancel(quint64) override { }

    int batchCalls = 0;
    int throttled = 0;

protected:
    void start(quint64 id, WireApi, const QString& operation, const QByteArray& requestJson) override
    {
        Reply reply;
        reply.id = id;
        reply.operation = operation;
        reply.request = requestJson;
        QByteArray request = requestJson;
        QJsonArray withheld;
        if (operation == QLatin1String("BatchWriteItem"))
            ++batchCalls;
        const bool write = operation == QLatin1String("BatchWriteItem") || operation == QLatin1String("PutItem");
        if (m_fault == Fault::Throttle && write && throttled < 6) {
            ++throttled;
            reply.errorType = QStringLiteral("ProvisionedThroughputExceededException");
            reply.errorMessage = QStringLiteral("throttled for the test");
            complete(reply);
            return;
        }
        if (operation == QLatin1String("BatchWriteItem") && m_fault == Fault::NoBatch) {
            reply.errorType = QStringLiteral("UnknownOperationException");
            reply.errorMessage = QStringLiteral("no batches here");
            complete(reply);
            return;
        }
        QString table;
        if (operation == QLatin1String("BatchWriteItem") && m_fault == Fault::Unprocessed) {
            QJsonObject body = QJsonDocument::fromJson(requestJson).object();
            QJsonObject items = body.value("RequestItems").toObject();
            table = items.begin().key();
            QJsonArray puts = items.begin().value().toArray();
            if (puts.size() > 1) {
                withheld.append(puts.last());
                puts.removeLast();
            }
            items.insert(table, puts);
            body.insert("RequestItems", items);
            request = compact(body);
        }
        const Result result = m_engine->execute(operation.toStdString(), request.toStdString());
        reply.ok = result.ok();
        if (reply.ok) {
            QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(result.body)).object();
            if (!withheld.isEmpty())
                body.insert("UnprocessedItems", QJsonObject { { table, withheld } });
            reply.body = compact(body);
        } else {
            reply.errorType = QString::fromUtf8(result.error->name().data(), qsizetype(result.error->name().size()));
            reply.errorMessage = QString::fromStdString(result.error->message());
        }
        complete(reply);
    }

private:
    std::shared_ptr<Engine> m_engine;
    Fault m_fault;
};

} // namespace

void TransferTest::roundTripKeepsEveryItem_data()
{
    QTest::addColumn<int>("formatIndex");
    QTest::addColumn<int>("segments");
    QTest::newRow("dynamodb-json") << int(TransferFormat::DynamoDbJson) << 1;
    QTest::newRow("plain-json") << int(TransferFormat::PlainJson) << 1;
    QTest::newRow("csv") << int(TransferFormat::Csv) << 1;
    QTest::newRow("dynamodb-json, parallel scan") << int(TransferFormat::DynamoDbJson) << 3;
    QTest::newRow("csv, parallel scan") << int(TransferFormat::Csv) << 4;
}

void TransferTest::roundTripKeepsEveryItem()
{
    QFETCH(int, formatIndex);
    QFETCH(int, segments);
    const auto format = TransferFormat(formatIndex);
    auto source = memoryEngine();
    fillSource(*source);
    auto target = memoryEngine();
    createPkSkTable(*target, "Target");
    EmbeddedConnection from(source, "source");
    EmbeddedConnection to(target, "target");
    QTemporaryDir dir;
    const QString path = dir.filePath("export." + transferFormatSuffix(format));

    const ExportResult exported = runExport(from, "Source", path, format, segments);
    QVERIFY2(exported.finished, qPrintable(exported.error));
    const QList<QByteArray> expected = scanAll(*source, "Source");
    QCOMPARE(exported.items, expected.size());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QFileInfo(path).fileName() });

    const ImportResult imported = runImport(to, "Target", path, format);
    QVERIFY2(imported.finished, qPrintable(imported.error));
    QCOMPARE(imported.issues, QList<ImportIssue>());
    QCOMPARE(imported.written, expected.size());
    QCOMPARE(scanAll(*target, "Target"), expected);
}

void TransferTest::dynamoJsonLinesAreTheS3ExportFormat()
{
    auto engine = memoryEngine();
    createPkSkTable(*engine, "Items");
    put(*engine, "Items", R"({"pk":{"S":"a"},"sk":{"N":"1"},"n":{"N":"12345678901234567890123456789012345678"}})");
    EmbeddedConnection connection(engine, "mem");
    QTemporaryDir dir;

    QVERIFY(runExport(connection, "Items", dir.filePath("d.jsonl"), TransferFormat::DynamoDbJson).finished);
    QCOMPARE(readFile(dir.filePath("d.jsonl")),
        QByteArray(R"({"Item":{"n":{"N":"12345678901234567890123456789012345678"},"pk":{"S":"a"},"sk":{"N":"1"}}})"
                   "\n"));
    QVERIFY(runExport(connection, "Items", dir.filePath("p.jsonl"), TransferFormat::PlainJson).finished);
    QCOMPARE(readFile(dir.filePath("p.jsonl")),
        QByteArray(R"({"n":12345678901234567890123456789012345678,"pk":"a","sk":1})"
                   "\n"));
}

void TransferTest::csvHeaderTypesColumnsAndKeysComeFirst()
{
    auto engine = memoryEngine();
    createPkSkTable(*engine, "Items");
    put(*engine, "Items",
        R"({"pk":{"S":"a, \"c\""},"sk":{"N":"1"},"b":{"BOOL":true},"m":{"M":{"x":{"N":"1"}}},"e":{"S":""}})");
    put(*engine, "Items", R"({"pk":{"S":"a, \"c\""},"sk":{"N":"2"},"b":{"S":"no"},"s":{"SS":["x"]}})");
    EmbeddedConnection connection(engine, "mem");
    QTemporaryDir dir;
    const QString path = dir.filePath("t.csv");

    QVERIFY(runExport(connection, "Items", path, TransferFormat::Csv).finished);
    // Keys first; then the other attributes as they appear (each item's by
    // name). "b" holds two types: whole DynamoDB JSON values. An empty
    // string is quoted; a missing attribute is nothing.
    QCOMPARE(readFile(path),
        QByteArray("pk:S,sk:N,b:JSON,e:S,m:M,s:SS\r\n"
                   "\"a, \"\"c\"\"\",1,\"{\"\"BOOL\"\":true}\",\"\",\"{\"\"x\"\":{\"\"N\"\":\"\"1\"\"}}\",\r\n"
                   "\"a, \"\"c\"\"\",2,\"{\"\"S\"\":\"\"no\"\"}\",,,\"[\"\"x\"\"]\"\r\n"));
}

void TransferTest::csvReaderHandlesQuotesAndLines()
{
    QByteArray text = "\xEF\xBB\xBF"
                      "a,\"b\",,\"\"\r\n"
                      "\n"
                      "\"multi\nline\",\"q\"\"q\"\n"
                      "bad\"quote,x\n"
                      "\"open\"x,y\n"
                      "last,\"never closed\n";
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QVERIFY(reader.next());
    QCOMPARE(reader.lineNumber(), 1);
    QCOMPARE(reader.record(), (CsvRecord { QString("a"), QString("b"), std::nullopt, QString("") }));
    QVERIFY(reader.next());
    QCOMPARE(reader.lineNumber(), 3);
    QCOMPARE(reader.record(), (CsvRecord { QString("multi\nline"), QString("q\"q") }));
    QVERIFY(reader.next());
    QCOMPARE(reader.lineNumber(), 5);
    QCOMPARE(reader.error(), QString("A quote inside the unquoted field 1"));
    QVERIFY(reader.next());
    QCOMPARE(reader.error(), QString("Unexpected text after the closing quote of field 1"));
    QVERIFY(reader.next());
    QCOMPARE(reader.lineNumber(), 7);
    QCOMPARE(reader.error(), QString("A quoted field is not closed"));
    QVERIFY(!reader.next());
}

void TransferTest::importReportsBadJsonLines()
{
    auto engine = memoryEngine();
    createPkTable(*engine, "Items");
    EmbeddedConnection connection(engine, "mem");
    QTemporaryDir dir;
    const QString path = dir.filePath("in.jsonl");
    writeFile(path,
        R"({"Item":{"pk":{"S":"a"},"n":{"N":"1"}}})"
        "\n"
        R"({not json)"
        "\n"
        "\n"
        R"({"other":"x"})"
        "\n"
        R"({"pk":5})"
        "\n"
        R"({"pk":{"S":"b"},"n":{"N":"abc"}})"
        "\n"
        R"({"pk":"c","big":123456789012345678901234567890123456.78,"set":{"$NS":["1","2"]}})"
        "\n"
        R"({"pk":""})"
        "\n"
        R"([1,2])"
        "\n"
        R"({"pk":{"S":"d"},"list":{"L":[{"S":"x"}]}})");

    const ImportResult result = runImport(connection, "Items", path, TransferFormat::DynamoDbJson);
    QVERIFY2(result.finished, qPrintable(result.error));
    QCOMPARE(result.written, 3);
    QCOMPARE(result.skipped, 6);
    QList<qint64> lines;
    for (const ImportIssue& issue : result.issues)
        lines.append(issue.line);
    QCOMPARE(lines, (QList<qint64> { 2, 4, 5, 6, 8, 9 }));
    QVERIFY2(result.issues[0].reason.startsWith("Column 2:"), qPrintable(result.issues[0].reason));
    QCOMPARE(
        result.issues[1].reason, QString("One or more parameter values were invalid: Missing the key pk in the item"));
    QCOMPARE(result.issues[2].reason,
        QString("One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N"));
    QVERIFY2(result.issues[3].reason.contains("“abc” is not a number"), qPrintable(result.issues[3].reason));
    QCOMPARE(result.issues[4].reason,
        QString("One or more parameter values are not valid. The AttributeValue for a "
                "key attribute cannot contain an empty string value. Key: pk"));
    QCOMPARE(result.issues[5].reason, QString("A line holds one item: a JSON object"));

    QCOMPARE(scanAll(*engine, "Items"),
        (QList<QByteArray> {
            R"({"big":{"N":"123456789012345678901234567890123456.78"},"pk":{"S":"c"},"set":{"NS":["1","2"]}})",
            R"({"list":{"L":[{"S":"x"}]},"pk":{"S":"d"}})", R"({"n":{"N":"1"},"pk":{"S":"a"}})" }));
}

void TransferTest::importReportsBadCsvRecords()
{
    auto engine = memoryEngine();
    createPkSkTable(*engine, "Items");
    EmbeddedConnection connection(engine, "mem");
    QTemporaryDir dir;
    const QString path = dir.filePath("in.csv");
    // No type on pk and sk: the key's types apply. A quoted field spans
    // lines 3 and 4.
    writeFile(path,
        "pk,sk,count:N,flag:BOOL,note\r\n"
        "a,1,10,true,plain\r\n"
        "b,2,,false,\"two\r\nlines\"\r\n"
        "c,3,notanumber,true,x\r\n"
        "d,4,1,maybe,x\r\n"
        ",5,1,true,x\r\n"
        "e,six,1,true,x\r\n"
        "\"f\",7\r\n"
        "\"g \"\"quoted\"\"\",8,12345678901234567890123456789012345678,,\"\"\r\n");

    const ImportResult result = runImport(connection, "Items", path, TransferFormat::Csv);
    QVERIFY2(result.finished, qPrintable(result.error));
    QCOMPARE(result.written, 3);
    QList<qint64> lines;
    for (const ImportIssue& issue : result.issues)
        lines.append(issue.line);
    QCOMPARE(lines, (QList<qint64> { 5, 6, 7, 8, 9 }));
    QVERIFY2(result.issues[0].reason.startsWith("Column count: "), qPrintable(result.issues[0].reason));
    QCOMPARE(result.issues[1].reason, QString("Column flag (BOOL) must hold true or false"));
    QCOMPARE(
        result.issues[2].reason, QString("One or more parameter values were invalid: Missing the key pk in the item"));
    QVERIFY2(result.issues[3].reason.startsWith("Column sk: "), qPrintable(result.issues[3].reason));
    QCOMPARE(result.issues[4].reason, QString("The record has 2 fields; the header has 5"));
    QCOMPARE(scanAll(*engine, "Items"),
        (QList<QByteArray> {
            R"({"count":{"N":"10"},"flag":{"BOOL":true},"note":{"S":"plain"},"pk":{"S":"a"},"sk":{"N":"1"}})",
            R"({"count":{"N":"12345678901234567890123456789012345678"},)"
            R"("note":{"S":""},"pk":{"S":"g \"quoted\""},"sk":{"N":"8"}})",
            R"({"flag":{"BOOL":false},"note":{"S":"two\r\nlines"},"pk":{"S":"b"},"sk":{"N":"2"}})" }));

    // A header that cannot be read stops the import before anything is written.
    writeFile(path, "pk,x,x\r\na,1,2\r\n");
    const ImportResult bad = runImport(connection, "Items", path, TransferFormat::Csv);
    QVERIFY(!bad.finished);
    QCOMPARE(bad.error, QString("Line 1 (the header): Column x appears twice in the header"));
}

void TransferTest::dryRunWritesNothing()
{
    auto engine = memoryEngine();
    createPkTable(*engine, "Items");
    EmbeddedConnection connection(engine, "mem");
    QTemporaryDir dir;
    const QString path = dir.filePath("in.jsonl");
    writeFile(path,
        R"({"pk":"a"})"
        "\n"
        R"({"nokey":"b"})"
        "\n"
        R"({"pk":"c"})"
        "\n");
    const ImportResult result = runImport(connection, "Items", path, TransferFormat::PlainJson, true);
    QVERIFY2(result.finished, qPrintable(result.error));
    QCOMPARE(result.written, 2);
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues[0].line, 2);
    QCOMPARE(scanAll(*engine, "Items"), QList<QByteArray>());
}

void TransferTest::rejectedItemsAreReportedAndOthersWritten()
{
    // An item over 400 KB passes the file checks; DynamoDB refuses it. Its
    // batch is then written item by item: only that one is left out.
    auto engine = memoryEngine();
    createPkTable(*engine, "Items");
    EmbeddedConnection connection(engine, "mem");
    QTemporaryDir dir;
    const QString path = dir.filePath("in.jsonl");
    QByteArray content;
    for (int i = 1; i <= 30; ++i) {
        const QString big = i == 7 ? QString(410 * 1024, QLatin1Char('x')) : QStringLiteral("small");
        content += compact({ { "pk", QStringLiteral("k%1").arg(i) }, { "data", big } }) + "\n";
    }
    writeFile(path, content);
    const ImportResult result = runImport(connection, "Items", path, TransferFormat::PlainJson);
    QVERIFY2(result.finished, qPrintable(result.error));
    QCOMPARE(result.written, 29);
    QCOMPARE(result.skipped, 1);
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues[0].line, 7);
    QCOMPARE(result.issues[0].reason, QString("Item size has exceeded the maximum allowed size"));
    QCOMPARE(scanAll(*engine, "Items").size(), 29);
}

void TransferTest::writerFallsBackAndRetries_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("no BatchWriteItem: PutItem") << int(FaultyConnection::Fault::NoBatch);
    QTest::newRow("UnprocessedItems retried") << int(FaultyConnection::Fault::Unprocessed);
    QTest::newRow("throttling retried") << int(FaultyConnection::Fault::Throttle);
}

void TransferTest::writerFallsBackAndRetries()
{
    QFETCH(int, fault);
    auto engine = memoryEngine();
    createPkTable(*engine, "Items");
    FaultyConnection connection(engine, FaultyConnection::Fault(fault));
    QTemporaryDir dir;
    const QString path = dir.filePath("in.jsonl");
    QByteArray content;
    // Two writes of k3: the later one wins, as in the file.
    for (int i = 1; i <= 120; ++i)
        content += compact({ { "pk", QStringLiteral("k%1").arg(i) }, { "v", i } }) + "\n";
    content += compact({ { "pk", "k3" }, { "v", "last" } }) + "\n";
    writeFile(path, content);

    const ImportResult result = runImport(connection, "Items", path, TransferFormat::PlainJson);
    QVERIFY2(result.finished, qPrintable(result.error));
    QCOMPARE(result.written, 121);
    const QList<QByteArray> items = scanAll(*engine, "Items");
    QCOMPARE(items.size(), 120);
    QVERIFY(items.contains(R"({"pk":{"S":"k3"},"v":{"S":"last"}})"));
    if (FaultyConnection::Fault(fault) == FaultyConnection::Fault::NoBatch)
        QCOMPARE(connection.batchCalls, 1); // asked once, then PutItem
    else
        QVERIFY(connection.batchCalls >= 6);
}

void TransferTest::cancelledExportLeavesNoFile()
{
    auto engine = memoryEngine();
    fillSource(*engine);
    EmbeddedConnection connection(engine, "mem");
    QTemporaryDir dir;
    const QString path = dir.filePath("out.csv");

    for (const bool existing : { false, true }) {
        if (existing)
            writeFile(path, "old content");
        TableExporter exporter(connection, "Source", path, TransferFormat::Csv);
        QSignalSpy cancelled(&exporter, &TableExporter::cancelled);
        QSignalSpy finished(&exporter, &TableExporter::finished);
        // Cancel once the first page is on disk: the temporary files exist.
        connect(&exporter, &TableExporter::progress, &exporter, &TableExporter::cancel);
        exporter.start();
        QVERIFY(cancelled.wait(30000));
        QCOMPARE(finished.count(), 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), existing ? QStringList { "out.csv" } : QStringList());
        if (existing)
            QCOMPARE(readFile(path), QByteArray("old content"));
    }
}

void TransferTest::failedExportLeavesNoFile()
{
    auto engine = memoryEngine();
    EmbeddedConnection connection(engine, "mem");
    QTemporaryDir dir;
    const ExportResult missing
        = runExport(connection, "NoSuchTable", dir.filePath("x.jsonl"), TransferFormat::DynamoDbJson);
    QVERIFY(!missing.finished);
    QCOMPARE(missing.error,
        QString("ResourceNotFoundException: Requested resource not found: Table: NoSuchTable not found"));
    createPkTable(*engine, "Items");
    const ExportResult noFolder
        = runExport(connection, "Items", dir.filePath("nowhere/x.jsonl"), TransferFormat::DynamoDbJson);
    QVERIFY(!noFolder.finished);
    QVERIFY2(noFolder.error.startsWith("The folder"), qPrintable(noFolder.error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot), QStringList());
}

void TransferTest::cancelledImportKeepsWrittenItems()
{
    auto engine = memoryEngine();
    createPkTable(*engine, "Items");
    EmbeddedConnection connection(engine, "mem");
    QTemporaryDir dir;
    const QString path = dir.filePath("in.jsonl");
    QByteArray content;
    for (int i = 0; i < 5000; ++i)
        content += compact({ { "pk", QStringLiteral("k%1").arg(i) } }) + "\n";
    writeFile(path, content);

    TableImporter importer(connection, "Items", path, TransferFormat::PlainJson);
    QSignalSpy cancelled(&importer, &TableImporter::cancelled);
    connect(&importer, &TableImporter::progress, &importer, [&](qint64, qint64 written) {
        if (written > 0)
            importer.cancel();
    });
    importer.start();
    QVERIFY(cancelled.wait(30000));
    const qint64 written = cancelled.at(0).at(0).toLongLong();
    QVERIFY(written > 0 && written < 5000);
    QCOMPARE(scanAll(*engine, "Items").size(), written);
}

void TransferTest::copyBetweenEnginesCopiesSchemaAndItems()
{
    auto source = memoryEngine();
    call(*source, "CreateTable",
        R"({"TableName":"Orders","BillingMode":"PROVISIONED",)"
        R"("ProvisionedThroughput":{"ReadCapacityUnits":7,"WriteCapacityUnits":3},)"
        R"("KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],)"
        R"("AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},)"
        R"({"AttributeName":"sk","AttributeType":"N"},)"
        R"({"AttributeName":"status","AttributeType":"S"},{"AttributeName":"total","AttributeType":"N"}],)"
        R"("GlobalSecondaryIndexes":[{"IndexName":"byStatus","KeySchema":[{"AttributeName":"status","KeyType":"HASH"},)"
        R"({"AttributeName":"sk","KeyType":"RANGE"}],)"
        R"("Projection":{"ProjectionType":"INCLUDE","NonKeyAttributes":["total"]},)"
        R"("ProvisionedThroughput":{"ReadCapacityUnits":2,"WriteCapacityUnits":1}}],)"
        R"("LocalSecondaryIndexes":[{"IndexName":"byTotal","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},)"
        R"({"AttributeName":"total","KeyType":"RANGE"}],"Projection":{"ProjectionType":"KEYS_ONLY"}}]})");
    for (int i = 0; i < 300; ++i)
        put(*source, "Orders",
            compact({ { "pk", QJsonObject { { "S", QStringLiteral("c%1").arg(i % 20) } } },
                { "sk", QJsonObject { { "N", QString::number(i) } } },
                { "status", QJsonObject { { "S", i % 3 == 0 ? "OPEN" : "CLOSED" } } },
                { "total", QJsonObject { { "N", QStringLiteral("%1.99").arg(i) } } },
                { "tags", QJsonObject { { "SS", QJsonArray { "a", QString::number(i) } } } } }));
    auto target = memoryEngine();
    EmbeddedConnection from(source, "source");
    EmbeddedConnection to(target, "target");

    TableCopier copier(from, "Orders", to, "OrdersCopy");
    QSignalSpy finished(&copier, &TableCopier::finished);
    QSignalSpy failed(&copier, &TableCopier::failed);
    QSignalSpy stages(&copier, &TableCopier::stageChanged);
    copier.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 30000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(finished.at(0).at(0).toLongLong(), 300);
    QCOMPARE(stages.last().at(0).value<TableCopier::Stage>(), TableCopier::Stage::Done);

    const QJsonObject copied
        = call(*target, "DescribeTable", R"({"TableName":"OrdersCopy"})").value("Table").toObject();
    const QJsonObject original = call(*source, "DescribeTable", R"({"TableName":"Orders"})").value("Table").toObject();
    for (const char* member : { "KeySchema", "AttributeDefinitions" })
        QCOMPARE(copied.value(member), original.value(member));
    QCOMPARE(copied.value("BillingModeSummary").toObject().value("BillingMode").toString("PROVISIONED"),
        QString("PROVISIONED"));
    QCOMPARE(copied.value("ProvisionedThroughput").toObject().value("ReadCapacityUnits").toInt(), 7);
    QCOMPARE(copied.value("ProvisionedThroughput").toObject().value("WriteCapacityUnits").toInt(), 3);
    const QJsonObject gsi = copied.value("GlobalSecondaryIndexes").toArray().at(0).toObject();
    const QJsonObject originalGsi = original.value("GlobalSecondaryIndexes").toArray().at(0).toObject();
    QCOMPARE(gsi.value("IndexName").toString(), QString("byStatus"));
    QCOMPARE(gsi.value("KeySchema"), originalGsi.value("KeySchema"));
    QCOMPARE(gsi.value("Projection"), originalGsi.value("Projection"));
    QCOMPARE(gsi.value("ProvisionedThroughput").toObject().value("ReadCapacityUnits").toInt(), 2);
    const QJsonObject lsi = copied.value("LocalSecondaryIndexes").toArray().at(0).toObject();
    QCOMPARE(lsi.value("IndexName").toString(), QString("byTotal"));
    QCOMPARE(
        lsi.value("KeySchema"), original.value("LocalSecondaryIndexes").toArray().at(0).toObject().value("KeySchema"));

    QCOMPARE(scanAll(*target, "OrdersCopy"), scanAll(*source, "Orders"));
    const QJsonObject open = call(*target, "Query",
        R"({"TableName":"OrdersCopy","IndexName":"byStatus","KeyConditionExpression":"#s = :s",)"
        R"("ExpressionAttributeNames":{"#s":"status"},"ExpressionAttributeValues":{":s":{"S":"OPEN"}}})");
    QCOMPARE(open.value("Count").toInt(), 100);
    QVERIFY(open.value("Items").toArray().at(0).toObject().contains("total"));
    QVERIFY(!open.value("Items").toArray().at(0).toObject().contains("tags"));
}

void TransferTest::copyOntoExistingTableFails()
{
    auto engine = memoryEngine();
    createPkTable(*engine, "TableA");
    createPkTable(*engine, "TableB");
    put(*engine, "TableA", R"({"pk":{"S":"x"}})");
    EmbeddedConnection connection(engine, "mem");
    TableCopier copier(connection, "TableA", connection, "TableB");
    QSignalSpy failed(&copier, &TableCopier::failed);
    copier.start();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).toString(), QString("ResourceInUseException: Table already exists: TableB"));
    QCOMPARE(scanAll(*engine, "TableB"), QList<QByteArray>());

    // Schema only, on the same connection under a new name.
    TableCopier schema(connection, "TableA", connection, "TableC");
    schema.setCopyItems(false);
    QSignalSpy finished(&schema, &TableCopier::finished);
    schema.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(scanAll(*engine, "TableC"), QList<QByteArray>());
}

void TransferTest::dialogsRunTransfers()
{
    auto engine = memoryEngine();
    createPkTable(*engine, "Items");
    for (int i = 0; i < 50; ++i)
        put(*engine, "Items", compact({ { "pk", QJsonObject { { "S", QStringLiteral("k%1").arg(i) } } } }));
    EmbeddedConnection connection(engine, "mem");
    QTemporaryDir dir;
    const QString path = dir.filePath("t.csv");

    ExportDialog exportDialog(&connection, "Items");
    exportDialog.setFormat(TransferFormat::Csv);
    exportDialog.setPath(path);
    exportDialog.show();
    QTest::mouseClick(exportDialog.startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!exportDialog.isRunning(), 20000);
    QVERIFY2(exportDialog.statusLabel()->text().startsWith("Exported 50 item(s)"),
        qPrintable(exportDialog.statusLabel()->text()));
    QCOMPARE(exportDialog.closeButton()->text(), QString("Close"));

    // Add a bad record (an empty key), then import into a new table.
    writeFile(path, readFile(path) + "\"\"\r\n");
    createPkTable(*engine, "Imported");
    ImportDialog importDialog(&connection, "Imported");
    importDialog.setPath(path);
    QSignalSpy imported(&importDialog, &ImportDialog::itemsImported);
    importDialog.show();
    QTest::mouseClick(importDialog.startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!importDialog.isRunning(), 20000);
    QCOMPARE(importDialog.statusLabel()->text(), QString("Imported 50 item(s). 1 record(s) skipped."));
    QCOMPARE(imported.count(), 1);
    QCOMPARE(importDialog.report()->rowCount(), 1);
    QCOMPARE(importDialog.report()->item(0, 0)->text(), QString("52"));
    QVERIFY(importDialog.report()->isVisible());

    auto other = memoryEngine();
    EmbeddedConnection otherConnection(other, "other");
    CopyTableDialog copyDialog(&connection, "Items");
    copyDialog.setTargetConnections({ &connection, &otherConnection });
    copyDialog.setTarget(&otherConnection);
    QSignalSpy copied(&copyDialog, &CopyTableDialog::tableCopied);
    copyDialog.show();
    copyDialog.setTargetName("x");
    QTest::mouseClick(copyDialog.startButton(), Qt::LeftButton);
    QVERIFY(!copyDialog.isRunning());
    QVERIFY(copyDialog.statusLabel()->text().startsWith("A table name has 3 to 255"));
    copyDialog.setTargetName("ItemsCopy");
    QTest::mouseClick(copyDialog.startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!copyDialog.isRunning(), 20000);
    QCOMPARE(copyDialog.statusLabel()->text(), QString("Copied 50 item(s) into ItemsCopy on Embedded: other."));
    QCOMPARE(copied.count(), 1);
    QCOMPARE(scanAll(*other, "ItemsCopy").size(), 50);
}

#endif // Q_MOC_RUN

QTEST_MAIN(TransferTest)
#include "TransferTest.moc"
