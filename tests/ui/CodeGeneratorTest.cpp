// The code generators' text: paging, parallel scan, value conversion,
// escaping and endpoints in Python, JavaScript (client and document client),
// the AWS CLI and Go; the generated Python, JavaScript and bash checked by
// their own parsers; and CodeView on the offscreen platform.
#include "QueryTestSupport.h"
#include "query/CodeView.h"
#include "query/codegen/AwsCliCodeGenerator.h"
#include "query/codegen/CodeLanguage.h"
#include "query/codegen/CodeLiteral.h"
#include "query/codegen/CodeRequestShape.h"
#include "query/codegen/GoCodeGenerator.h"
#include "query/codegen/JavaScriptCodeGenerator.h"
#include "query/codegen/PythonCodeGenerator.h"

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace dynoscope::ui;

Q_DECLARE_METATYPE(dynoscope::ui::CodeRequest)

class CodeGeneratorTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void literalFitsOrBreaks();
    void literalAlignsGoKeys();
    void namesFollowBotocore();
    void numbersThatFitADouble();
    void pythonPagesWithAPaginator();
    void pythonLiteralsRoundTrip();
    void pythonParallelScanUsesThreads();
    void pythonOtherOperations();
    void javascriptClientPages();
    void javascriptLiteralsRoundTrip();
    void javascriptParallelScanAndMaxItems();
    void documentClientWritesNativeValues();
    void documentClientCommands();
    void awsCliCommand();
    void awsCliQuotesAnyText();
    void awsCliParallelScanAndStatements();
    void goQuery();
    void goValuesAndStructures();
    void goParallelScanAndStatements();
    void generatedCodeParses_data();
    void generatedCodeParses();
    void invalidOperationGivesAComment();
    void codeViewFollowsTheLanguage();

private:
    QTemporaryDir m_dir;
};

#ifndef Q_MOC_RUN

using namespace querytest;

namespace {

CodeRequest request(const QString& operation, const char* body)
{
    CodeRequest request;
    request.operation = operation;
    request.request = json(body);
    return request;
}

// A query with text that needs escaping everywhere: quotes of both kinds,
// a backslash, a newline, a tab, non-ASCII and a character outside the BMP.
CodeRequest trickyQuery()
{
    CodeRequest query = request(QStringLiteral("Query"), R"({
        "TableName": "Orders",
        "IndexName": "byStatus",
        "KeyConditionExpression": "#pk = :pk",
        "FilterExpression": "#note <> :note",
        "ExpressionAttributeNames": {"#pk": "pk", "#note": "note"},
        "ExpressionAttributeValues": {
            ":pk": {"S": "it's \"A\"\\\n\tü 😀"},
            ":note": {"B": "AAFhYg=="}
        },
        "Limit": 25,
        "ScanIndexForward": false
    })");
    query.maxItems = 100;
    query.endpointUrl = QStringLiteral("http://127.0.0.1:8000");
    query.region = QStringLiteral("eu-west-1");
    return query;
}

CodeRequest parallelScan()
{
    CodeRequest scan = request(QStringLiteral("Scan"), R"({"TableName": "Orders", "TotalSegments": 3, "Limit": 10})");
    scan.allSegments = true;
    return scan;
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// The strings every literal writer must keep exactly.
const QStringList& trickyStrings()
{
    static const QStringList strings { QString(), QStringLiteral("plain"), QStringLiteral("it's"),
        QStringLiteral("say \"hi\""), QStringLiteral("back\\slash"), QStringLiteral("two\nlines\r\n"),
        QStringLiteral("tab\there"), QStringLiteral("bell\x07 del\x7f"), QStringLiteral("ünïcödé — 日本"),
        QStringLiteral("emoji 😀"), QStringLiteral("line\u2028separator"), QStringLiteral("$HOME `x` ${y} %s"),
        QStringLiteral("-starts-with-dash"), QStringLiteral("{\"json\": [1]}") };
    return strings;
}

// On failure the whole code goes to the log: QTest shortens long messages.
#define EXPECT_CONTAINS(code, text)                                                                                    \
    do {                                                                                                               \
        if (!(code).contains(text)) {                                                                                  \
            qWarning().noquote() << (code);                                                                            \
            QFAIL(qPrintable(QStringLiteral("missing: ") + (text)));                                                   \
        }                                                                                                              \
    } while (false)
#define EXPECT_LACKS(code, text)                                                                                       \
    do {                                                                                                               \
        if ((code).contains(text)) {                                                                                   \
            qWarning().noquote() << (code);                                                                            \
            QFAIL(qPrintable(QStringLiteral("unexpected: ") + (text)));                                                \
        }                                                                                                              \
    } while (false)

} // namespace

void CodeGeneratorTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void CodeGeneratorTest::literalFitsOrBreaks()
{
    CodeLiteral call = CodeLiteral::group(QStringLiteral("f("), QStringLiteral(")"));
    call.add(QStringLiteral("a="), CodeLiteral::scalar(QStringLiteral("1")));
    CodeLiteral inner = CodeLiteral::group(QStringLiteral("{"), QStringLiteral("}"), true);
    inner.add(QStringLiteral("b: "), CodeLiteral::scalar(QStringLiteral("\"x\"")));
    call.add(QStringLiteral("c="), inner);
    QCOMPARE(call.oneLine(), QStringLiteral("f(a=1, c={ b: \"x\" })"));

    CodeLiteral::Layout wide;
    QCOMPARE(call.render(wide), QStringLiteral("f(a=1, c={ b: \"x\" })"));
    CodeLiteral::Layout narrow;
    narrow.width = 19;
    QCOMPARE(call.render(narrow), QStringLiteral("f(\n    a=1,\n    c={ b: \"x\" },\n)"));
    narrow.width = 8;
    QCOMPARE(call.render(narrow), QStringLiteral("f(\n    a=1,\n    c={\n        b: \"x\",\n    },\n)"));
    // The start column counts: the same group breaks further right.
    QCOMPARE(call.render(wide, 0, 80), QStringLiteral("f(\n    a=1,\n    c={ b: \"x\" },\n)"));
    QCOMPARE(CodeLiteral::group(QStringLiteral("["), QStringLiteral("]")).render(narrow), QStringLiteral("[]"));

    // prettier keeps a sole object argument against the parentheses.
    CodeLiteral construct = CodeLiteral::group(QStringLiteral("new C("), QStringLiteral(")"));
    construct.add({}, inner);
    CodeLiteral::Layout hugging = narrow;
    hugging.indent = QStringLiteral("  ");
    hugging.width = 10;
    hugging.hugSoleArgument = true;
    QCOMPARE(construct.render(hugging), QStringLiteral("new C({\n  b: \"x\",\n})"));
}

void CodeGeneratorTest::literalAlignsGoKeys()
{
    CodeLiteral::Layout layout;
    layout.indent = QStringLiteral("\t");
    layout.width = 20;
    layout.alignKeys = true;
    CodeLiteral names = CodeLiteral::group(QStringLiteral("map[string]string{"), QStringLiteral("}"));
    names.add(QStringLiteral("\"#a\": "), CodeLiteral::scalar(QStringLiteral("\"a\"")));
    CodeLiteral input = CodeLiteral::group(QStringLiteral("&In{"), QStringLiteral("}"));
    input.add(QStringLiteral("A: "), CodeLiteral::scalar(QStringLiteral("1")));
    input.add(QStringLiteral("Longer: "), CodeLiteral::scalar(QStringLiteral("2")));
    input.add(QStringLiteral("Names: "), names);
    input.add(QStringLiteral("B: "), CodeLiteral::scalar(QStringLiteral("3")));
    QCOMPARE(input.render(layout),
        QStringLiteral(
            "&In{\n\tA:      1,\n\tLonger: 2,\n\tNames: map[string]string{\n\t\t\"#a\": \"a\",\n\t},\n\tB: 3,\n}"));
}

void CodeGeneratorTest::namesFollowBotocore()
{
    // Expected values from botocore.xform_name.
    QCOMPARE(CodeRequestShape::xformName(QStringLiteral("BatchGetItem"), QLatin1Char('_')),
        QStringLiteral("batch_get_item"));
    QCOMPARE(CodeRequestShape::xformName(QStringLiteral("Query"), QLatin1Char('-')), QStringLiteral("query"));
    QCOMPARE(CodeRequestShape::xformName(QStringLiteral("TransactWriteItems"), QLatin1Char('-')),
        QStringLiteral("transact-write-items"));
    QCOMPARE(CodeRequestShape::xformName(QStringLiteral("KeyConditionExpression"), QLatin1Char('-')),
        QStringLiteral("key-condition-expression"));
    QCOMPARE(CodeRequestShape::xformName(QStringLiteral("SSESpecification"), QLatin1Char('-')),
        QStringLiteral("sse-specification"));
    QCOMPARE(CodeRequestShape::xformName(QStringLiteral("ReturnValuesOnConditionCheckFailure"), QLatin1Char('-')),
        QStringLiteral("return-values-on-condition-check-failure"));
}

void CodeGeneratorTest::numbersThatFitADouble()
{
    QVERIFY(CodeRequestShape::fitsDouble(QStringLiteral("42")));
    QVERIFY(CodeRequestShape::fitsDouble(QStringLiteral("-1.50")));
    QVERIFY(CodeRequestShape::fitsDouble(QStringLiteral("123456789012345")));
    QVERIFY(CodeRequestShape::fitsDouble(QStringLiteral("1E+10")));
    QVERIFY(CodeRequestShape::fitsDouble(QStringLiteral("0.000001")));
    QVERIFY(!CodeRequestShape::fitsDouble(QStringLiteral("1234567890123456789")));
    QVERIFY(!CodeRequestShape::fitsDouble(QStringLiteral("0.12345678901234567")));
    QVERIFY(!CodeRequestShape::fitsDouble(QStringLiteral("1E+300")));
    QVERIFY(!CodeRequestShape::fitsDouble(QStringLiteral("abc")));
    QVERIFY(!CodeRequestShape::fitsDouble(QStringLiteral(".")));
}

void CodeGeneratorTest::pythonPagesWithAPaginator()
{
    const QString code = PythonCodeGenerator(trickyQuery()).generate();
    EXPECT_CONTAINS(code, QStringLiteral("import boto3\n"));
    // 92 columns: black puts one argument per line.
    EXPECT_CONTAINS(code,
        QStringLiteral("client = boto3.client(\n    \"dynamodb\",\n    region_name=\"eu-west-1\",\n"
                       "    endpoint_url=\"http://127.0.0.1:8000\",\n)\n"));
    EXPECT_CONTAINS(code, QStringLiteral("paginator = client.get_paginator(\"query\")\npages = paginator.paginate(\n"));
    EXPECT_CONTAINS(code, QStringLiteral("    TableName=\"Orders\",\n    IndexName=\"byStatus\",\n"));
    EXPECT_CONTAINS(code, QStringLiteral("\":pk\": {\"S\": \"it's \\\"A\\\"\\\\\\n\\tü 😀\"}"));
    EXPECT_CONTAINS(code, QStringLiteral("\":note\": {\"B\": b\"\\x00\\x01ab\"}"));
    EXPECT_CONTAINS(code, QStringLiteral("    ScanIndexForward=False,\n"));
    EXPECT_CONTAINS(code, QStringLiteral("    PaginationConfig={\"MaxItems\": 100, \"PageSize\": 25},\n)"));
    EXPECT_LACKS(code, QStringLiteral("Limit="));
    EXPECT_CONTAINS(code, QStringLiteral("items = [item for page in pages for item in page.get(\"Items\", [])]\n"));
    EXPECT_CONTAINS(code, QStringLiteral("for item in items:\n    print(item)\n"));

    // No paging options: no PaginationConfig; no endpoint: the default chain.
    const QString plain = PythonCodeGenerator(request(QStringLiteral("Scan"), R"({"TableName": "T"})")).generate();
    EXPECT_CONTAINS(plain, QStringLiteral("client = boto3.client(\"dynamodb\")\n"));
    EXPECT_CONTAINS(plain, QStringLiteral("pages = paginator.paginate(TableName=\"T\")\n"));
}

void CodeGeneratorTest::pythonLiteralsRoundTrip()
{
    // Python's own parser reads each literal back to the same text.
    QString program = QStringLiteral("import ast, json, sys\nvalues = [\n");
    for (const QString& text : trickyStrings())
        program += QStringLiteral("    ") + PythonCodeGenerator::stringLiteral(text) + QStringLiteral(",\n");
    program += QStringLiteral("]\nblob = %1\n")
                   .arg(PythonCodeGenerator::bytesLiteral(QByteArray("\x00\"\\\n\xff"
                                                                     "a'",
                       7)));
    program += QStringLiteral("sys.stdout.write(json.dumps({'values': values, 'blob': list(blob)}))\n");
    const Run result = run(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-") }, program.toUtf8());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject output = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(output.value(QLatin1String("values")).toVariant().toStringList(), trickyStrings());
    QCOMPARE(output.value(QLatin1String("blob")).toVariant().toList(), QVariantList({ 0, 34, 92, 10, 255, 97, 39 }));
}

void CodeGeneratorTest::pythonParallelScanUsesThreads()
{
    CodeRequest scan = parallelScan();
    scan.maxItems = 7;
    const QString code = PythonCodeGenerator(scan).generate();
    EXPECT_CONTAINS(code, QStringLiteral("from concurrent.futures import ThreadPoolExecutor\n\nimport boto3\n"));
    EXPECT_CONTAINS(code, QStringLiteral("TOTAL_SEGMENTS = 3\n"));
    EXPECT_CONTAINS(code, QStringLiteral("def scan_segment(segment):\n"));
    EXPECT_CONTAINS(code,
        QStringLiteral(
            "pages = paginator.paginate(\n        TableName=\"Orders\",\n        Segment=segment,\n        "
            "TotalSegments=TOTAL_SEGMENTS,\n        PaginationConfig={\"MaxItems\": 7, \"PageSize\": 10},\n    )"));
    EXPECT_CONTAINS(code, QStringLiteral("with ThreadPoolExecutor(max_workers=TOTAL_SEGMENTS) as executor:\n"));
    EXPECT_CONTAINS(code, QStringLiteral("executor.map(scan_segment, range(TOTAL_SEGMENTS))"));
    EXPECT_CONTAINS(code, QStringLiteral("for item in segment_items][:7]\n"));

    // One segment asked for: the request as it is.
    scan.request.insert(QStringLiteral("Segment"), 1);
    const QString single = PythonCodeGenerator(scan).generate();
    EXPECT_LACKS(single, QStringLiteral("ThreadPoolExecutor"));
    EXPECT_CONTAINS(single, QStringLiteral("Segment=1,"));
}

void CodeGeneratorTest::pythonOtherOperations()
{
    const QString get = PythonCodeGenerator(
        request(QStringLiteral("GetItem"),
            R"({"TableName": "T", "Key": {"pk": {"S": "a"}, "n": {"N": "1.5"}}, "ConsistentRead": true})"))
                            .generate();
    EXPECT_CONTAINS(get, QStringLiteral("response = client.get_item(\n    TableName=\"T\",\n"));
    EXPECT_CONTAINS(get, QStringLiteral("Key={\"n\": {\"N\": \"1.5\"}, \"pk\": {\"S\": \"a\"}},"));
    EXPECT_CONTAINS(get, QStringLiteral("ConsistentRead=True,\n)\nprint(response)\n"));
    EXPECT_LACKS(get, QStringLiteral("paginator"));

    CodeRequest statement = request(QStringLiteral("ExecuteStatement"),
        R"({"Statement": "SELECT * FROM \"T\" WHERE pk = ?", "Parameters": [{"S": "a"}], "Limit": 5})");
    statement.maxItems = 12;
    const QString code = PythonCodeGenerator(statement).generate();
    EXPECT_CONTAINS(code, QStringLiteral("\"Statement\": \"SELECT * FROM \\\"T\\\" WHERE pk = ?\""));
    EXPECT_CONTAINS(code, QStringLiteral("\"Parameters\": [{\"S\": \"a\"}]"));
    EXPECT_CONTAINS(code, QStringLiteral("response = client.execute_statement(**request)\n"));
    EXPECT_CONTAINS(code, QStringLiteral("if \"NextToken\" not in response or len(items) >= 12:\n"));
    EXPECT_CONTAINS(code, QStringLiteral("request[\"NextToken\"] = response[\"NextToken\"]\n"));
    EXPECT_CONTAINS(code, QStringLiteral("del items[12:]\n"));
}

void CodeGeneratorTest::javascriptClientPages()
{
    const QString code = JavaScriptCodeGenerator(trickyQuery(), JavaScriptCodeGenerator::Flavor::Client).generate();
    EXPECT_CONTAINS(
        code, QStringLiteral("import { DynamoDBClient, paginateQuery } from \"@aws-sdk/client-dynamodb\";\n"));
    EXPECT_LACKS(code, QStringLiteral("lib-dynamodb"));
    EXPECT_CONTAINS(code,
        QStringLiteral("const client = new DynamoDBClient({\n  region: \"eu-west-1\",\n  endpoint: "
                       "\"http://127.0.0.1:8000\",\n});"));
    EXPECT_CONTAINS(code, QStringLiteral("  ExpressionAttributeNames: { \"#note\": \"note\", \"#pk\": \"pk\" },\n"));
    EXPECT_CONTAINS(code, QStringLiteral("\":note\": { B: Buffer.from(\"AAFhYg==\", \"base64\") }"));
    EXPECT_CONTAINS(code, QStringLiteral("\":pk\": { S: \"it's \\\"A\\\"\\\\\\n\\tü 😀\" }"));
    EXPECT_CONTAINS(code, QStringLiteral("  ScanIndexForward: false,\n"));
    EXPECT_LACKS(code, QStringLiteral("Limit:"));
    EXPECT_CONTAINS(code, QStringLiteral("const maxItems = 100;\n"));
    EXPECT_CONTAINS(
        code, QStringLiteral("pages: for await (const page of paginateQuery({ client, pageSize: 25 }, input)) {\n"));
    EXPECT_CONTAINS(code, QStringLiteral("if (items.length === maxItems) break pages;"));
    EXPECT_CONTAINS(code, QStringLiteral("console.dir(items, { depth: null });\n"));

    // Keys: bare identifiers, quoted otherwise, and never a prototype.
    QCOMPARE(JavaScriptCodeGenerator::key(QStringLiteral("TableName")), QStringLiteral("TableName: "));
    QCOMPARE(JavaScriptCodeGenerator::key(QStringLiteral(":v")), QStringLiteral("\":v\": "));
    QCOMPARE(JavaScriptCodeGenerator::key(QStringLiteral("__proto__")), QStringLiteral("[\"__proto__\"]: "));
}

void CodeGeneratorTest::javascriptLiteralsRoundTrip()
{
    QString program = QStringLiteral("const values = [\n");
    for (const QString& text : trickyStrings())
        program += QStringLiteral("  ") + JavaScriptCodeGenerator::stringLiteral(text) + QStringLiteral(",\n");
    program += QStringLiteral("];\nprocess.stdout.write(JSON.stringify(values));\n");
    const Run result
        = run(QStringLiteral("node"), { QStringLiteral("--input-type=module"), QStringLiteral("-") }, program.toUtf8());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QJsonDocument::fromJson(result.out).array().toVariantList(), QVariant(trickyStrings()).toList());
}

void CodeGeneratorTest::javascriptParallelScanAndMaxItems()
{
    CodeRequest scan = parallelScan();
    scan.maxItems = 4;
    const QString code = JavaScriptCodeGenerator(scan, JavaScriptCodeGenerator::Flavor::Client).generate();
    EXPECT_CONTAINS(code, QStringLiteral("import { DynamoDBClient, paginateScan } from \"@aws-sdk/client-dynamodb\";"));
    EXPECT_CONTAINS(code, QStringLiteral("const input = { TableName: \"Orders\" };\n"));
    EXPECT_CONTAINS(code, QStringLiteral("const totalSegments = 3;\n"));
    EXPECT_CONTAINS(
        code, QStringLiteral("const segmentInput = { ...input, Segment: segment, TotalSegments: totalSegments };"));
    EXPECT_CONTAINS(code, QStringLiteral("paginateScan({ client, pageSize: 10 }, segmentInput)"));
    EXPECT_CONTAINS(code, QStringLiteral("if (segmentItems.length >= 4) break;"));
    EXPECT_CONTAINS(code, QStringLiteral("await Promise.all("));
    EXPECT_CONTAINS(code, QStringLiteral("const items = segments.flat().slice(0, 4);\n"));

    const QString statement
        = JavaScriptCodeGenerator(request(QStringLiteral("ExecuteStatement"), R"({"Statement": "SELECT * FROM T"})"),
            JavaScriptCodeGenerator::Flavor::Client)
              .generate();
    EXPECT_CONTAINS(statement, QStringLiteral("import { DynamoDBClient, ExecuteStatementCommand } from"));
    EXPECT_CONTAINS(statement,
        QStringLiteral("await client.send(new ExecuteStatementCommand({ ...input, NextToken: nextToken }))"));
    EXPECT_CONTAINS(statement, QStringLiteral("} while (nextToken);\n"));
}

void CodeGeneratorTest::documentClientWritesNativeValues()
{
    const CodeRequest put = request(QStringLiteral("PutItem"), R"({
        "TableName": "T",
        "Item": {
            "s": {"S": "x"}, "n": {"N": "1.50"}, "big": {"N": "123456789012345678901234567890"},
            "huge": {"N": "10000000000000000"}, "safe": {"N": "-900719925474099"},
            "b": {"B": "AQI="}, "t": {"BOOL": true}, "z": {"NULL": true},
            "ss": {"SS": ["a", "b"]}, "ns": {"NS": ["1", "2"]}, "bigs": {"NS": ["1", "0.12345678901234567"]},
            "bs": {"BS": ["AQ=="]}, "l": {"L": [{"S": "y"}, {"N": "3"}]}, "m": {"M": {"k": {"S": "v"}, "__proto__": {"N": "1"}}}
        }
    })");
    const QString code = JavaScriptCodeGenerator(put, JavaScriptCodeGenerator::Flavor::DocumentClient).generate();
    EXPECT_CONTAINS(code, QStringLiteral("import { DynamoDBClient } from \"@aws-sdk/client-dynamodb\";\n"));
    EXPECT_CONTAINS(code,
        QStringLiteral("import { DynamoDBDocumentClient, NumberValue, PutCommand } from \"@aws-sdk/lib-dynamodb\";\n"));
    EXPECT_CONTAINS(code, QStringLiteral("const docClient = DynamoDBDocumentClient.from(client, {"));
    EXPECT_CONTAINS(code, QStringLiteral("  unmarshallOptions: { wrapNumbers: exactNumber },\n"));
    EXPECT_CONTAINS(code, QStringLiteral("    s: \"x\",\n"));
    EXPECT_CONTAINS(code, QStringLiteral("    n: 1.5,\n"));
    EXPECT_CONTAINS(code, QStringLiteral("    big: NumberValue.from(\"123456789012345678901234567890\"),\n"));
    // Exact as a double but beyond Number.MAX_SAFE_INTEGER: marshall() wants a NumberValue.
    EXPECT_CONTAINS(code, QStringLiteral("    huge: NumberValue.from(\"10000000000000000\"),\n"));
    EXPECT_CONTAINS(code, QStringLiteral("    safe: -900719925474099,\n"));
    EXPECT_CONTAINS(code, QStringLiteral("    b: Buffer.from(\"AQI=\", \"base64\"),\n"));
    EXPECT_CONTAINS(code, QStringLiteral("    t: true,\n"));
    EXPECT_CONTAINS(code, QStringLiteral("    z: null,\n"));
    EXPECT_CONTAINS(code, QStringLiteral("    ss: new Set([\"a\", \"b\"]),\n"));
    EXPECT_CONTAINS(code, QStringLiteral("    ns: new Set([1, 2]),\n"));
    EXPECT_CONTAINS(code,
        QStringLiteral("    bigs: new Set([\n      NumberValue.from(\"1\"),\n      "
                       "NumberValue.from(\"0.12345678901234567\"),\n    ]),\n"));
    EXPECT_CONTAINS(code, QStringLiteral("    bs: new Set([Buffer.from(\"AQ==\", \"base64\")]),\n"));
    EXPECT_CONTAINS(code, QStringLiteral("    l: [\"y\", 3],\n"));
    EXPECT_CONTAINS(code, QStringLiteral("    m: { [\"__proto__\"]: 1, k: \"v\" },\n"));
    EXPECT_CONTAINS(code, QStringLiteral("const response = await docClient.send(new PutCommand(input));\n"));
}

void CodeGeneratorTest::documentClientCommands()
{
    const QString query
        = JavaScriptCodeGenerator(trickyQuery(), JavaScriptCodeGenerator::Flavor::DocumentClient).generate();
    EXPECT_CONTAINS(query,
        QStringLiteral(
            "import { DynamoDBDocumentClient, NumberValue, paginateQuery } from \"@aws-sdk/lib-dynamodb\";"));
    EXPECT_CONTAINS(query, QStringLiteral("paginateQuery({ client: docClient, pageSize: 25 }, input)"));
    EXPECT_CONTAINS(query, QStringLiteral("\":note\": Buffer.from(\"AAFhYg==\", \"base64\")"));
    EXPECT_CONTAINS(query, QStringLiteral("\":pk\": \"it's"));

    // Operations without a document command go through the plain client.
    const QString describe = JavaScriptCodeGenerator(request(QStringLiteral("DescribeTable"), R"({"TableName": "T"})"),
        JavaScriptCodeGenerator::Flavor::DocumentClient)
                                 .generate();
    EXPECT_CONTAINS(
        describe, QStringLiteral("import { DynamoDBClient, DescribeTableCommand } from \"@aws-sdk/client-dynamodb\";"));
    EXPECT_CONTAINS(describe, QStringLiteral("await client.send(new DescribeTableCommand(input));"));

    const QString batch = JavaScriptCodeGenerator(
        request(QStringLiteral("BatchGetItem"),
            R"({"RequestItems": {"T": {"Keys": [{"pk": {"S": "a"}}, {"pk": {"N": "2"}}], "ProjectionExpression": "pk"}}})"),
        JavaScriptCodeGenerator::Flavor::DocumentClient)
                              .generate();
    EXPECT_CONTAINS(batch, QStringLiteral("BatchGetCommand"));
    EXPECT_CONTAINS(batch, QStringLiteral("Keys: [{ pk: \"a\" }, { pk: 2 }]"));
}

void CodeGeneratorTest::awsCliCommand()
{
    const QString code = AwsCliCodeGenerator(trickyQuery()).generate();
    QCOMPARE(code,
        QStringLiteral("aws dynamodb query \\\n"
                       "    --table-name Orders \\\n"
                       "    --index-name byStatus \\\n"
                       "    --key-condition-expression '#pk = :pk' \\\n"
                       "    --filter-expression '#note <> :note' \\\n"
                       "    --expression-attribute-names '{\"#note\":\"note\",\"#pk\":\"pk\"}' \\\n"
                       "    --expression-attribute-values '{\":note\":{\"B\":\"AAFhYg==\"},\":pk\":{\"S\":\"it'\\''s "
                       "\\\"A\\\"\\\\\\n\\tü 😀\"}}' \\\n"
                       "    --no-scan-index-forward \\\n"
                       "    --page-size 25 \\\n"
                       "    --max-items 100 \\\n"
                       "    --region eu-west-1 \\\n"
                       "    --endpoint-url http://127.0.0.1:8000\n"));

    const QString get = AwsCliCodeGenerator(
        request(QStringLiteral("GetItem"),
            R"({"TableName": "-odd", "Key": {"pk": {"S": "a"}}, "ConsistentRead": true, "ReturnConsumedCapacity": "TOTAL"})"))
                            .generate();
    EXPECT_CONTAINS(get, QStringLiteral("aws dynamodb get-item \\\n    --table-name=-odd \\\n"));
    EXPECT_CONTAINS(get, QStringLiteral("    --key '{\"pk\":{\"S\":\"a\"}}' \\\n"));
    EXPECT_CONTAINS(get, QStringLiteral("    --consistent-read \\\n"));
    EXPECT_CONTAINS(get, QStringLiteral("    --return-consumed-capacity TOTAL\n"));
}

void CodeGeneratorTest::awsCliQuotesAnyText()
{
    // bash reads each quoted word back as the text.
    QString script = QStringLiteral("printf '%s\\0'");
    for (const QString& text : trickyStrings())
        script += QLatin1Char(' ') + AwsCliCodeGenerator::shellQuote(text);
    const Run result = run(QStringLiteral("bash"), { QStringLiteral("-c"), script });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QStringList words = QString::fromUtf8(result.out).split(QChar(0));
    QCOMPARE(words.takeLast(), QString());
    QCOMPARE(words, trickyStrings());
    QCOMPARE(AwsCliCodeGenerator::shellQuote(QStringLiteral("Orders-2024.v1")), QStringLiteral("Orders-2024.v1"));
    QCOMPARE(AwsCliCodeGenerator::shellQuote(QStringLiteral("a b")), QStringLiteral("'a b'"));
}

void CodeGeneratorTest::awsCliParallelScanAndStatements()
{
    const QString code = AwsCliCodeGenerator(parallelScan()).generate();
    for (int segment = 0; segment < 3; ++segment)
        EXPECT_CONTAINS(code,
            QStringLiteral("aws dynamodb scan \\\n    --table-name Orders \\\n    --total-segments 3 \\\n"
                           "    --segment %1 \\\n    --page-size 10\n")
                .arg(segment));
    QCOMPARE(code.count(QStringLiteral("aws dynamodb scan")), 3);
    QVERIFY(code.startsWith(QLatin1Char('#')));

    const QString statement = AwsCliCodeGenerator(
        request(QStringLiteral("ExecuteStatement"),
            R"({"Statement": "SELECT * FROM \"T\" WHERE pk = ?", "Parameters": [{"S": "a"}], "Limit": 5})"))
                                  .generate();
    EXPECT_CONTAINS(statement, QStringLiteral("--next-token"));
    EXPECT_CONTAINS(statement,
        QStringLiteral("aws dynamodb execute-statement \\\n    --statement 'SELECT * FROM \"T\" WHERE pk = ?' \\\n"));
    EXPECT_CONTAINS(statement, QStringLiteral("    --parameters '[{\"S\":\"a\"}]' \\\n    --limit 5\n"));
}

void CodeGeneratorTest::goQuery()
{
    CodeRequest query = trickyQuery();
    query.request.insert(QStringLiteral("Select"), QStringLiteral("ALL_PROJECTED_ATTRIBUTES"));
    query.request.insert(QStringLiteral("ReturnConsumedCapacity"), QStringLiteral("SOMETHING_NEW"));
    const QString code = GoCodeGenerator(query).generate();
    EXPECT_CONTAINS(code, QStringLiteral("package main\n"));
    EXPECT_CONTAINS(code, QStringLiteral("\t\"github.com/aws/aws-sdk-go-v2/service/dynamodb/types\"\n"));
    EXPECT_LACKS(code, QStringLiteral("errgroup"));
    EXPECT_CONTAINS(
        code, QStringLiteral("cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(\"eu-west-1\"))\n"));
    EXPECT_CONTAINS(code, QStringLiteral("\t\to.BaseEndpoint = aws.String(\"http://127.0.0.1:8000\")\n"));
    EXPECT_CONTAINS(code,
        QStringLiteral("\tinput := &dynamodb.QueryInput{\n"
                       "\t\tTableName:                aws.String(\"Orders\"),\n"
                       "\t\tIndexName:                aws.String(\"byStatus\"),\n"
                       "\t\tKeyConditionExpression:   aws.String(\"#pk = :pk\"),\n"
                       "\t\tFilterExpression:         aws.String(\"#note <> :note\"),\n"
                       "\t\tExpressionAttributeNames: map[string]string{\"#note\": \"note\", \"#pk\": \"pk\"},\n"
                       "\t\tExpressionAttributeValues: map[string]types.AttributeValue{\n"));
    EXPECT_CONTAINS(
        code, QStringLiteral("\":note\": &types.AttributeValueMemberB{Value: []byte{0x00, 0x01, 0x61, 0x62}},"));
    EXPECT_CONTAINS(
        code, QStringLiteral("\":pk\":   &types.AttributeValueMemberS{Value: \"it's \\\"A\\\"\\\\\\n\\tü 😀\"},"));
    // A multi-line member ends gofmt's alignment run.
    EXPECT_CONTAINS(code, QStringLiteral("\t\t},\n\t\tLimit:                  aws.Int32(25),\n"));
    EXPECT_CONTAINS(code, QStringLiteral("ScanIndexForward:       aws.Bool(false),\n"));
    EXPECT_CONTAINS(code, QStringLiteral("Select:                 types.SelectAllProjectedAttributes,\n"));
    EXPECT_CONTAINS(code, QStringLiteral("types.ReturnConsumedCapacity(\"SOMETHING_NEW\"),"));
    EXPECT_CONTAINS(code, QStringLiteral("\tconst maxItems = 100\n"));
    EXPECT_CONTAINS(code,
        QStringLiteral("\tpaginator := dynamodb.NewQueryPaginator(client, input)\n"
                       "\tfor paginator.HasMorePages() && len(items) < maxItems {\n"));
    EXPECT_CONTAINS(code, QStringLiteral("\t\titems = items[:maxItems]\n"));
    EXPECT_CONTAINS(code, QStringLiteral("func printItems(items []map[string]types.AttributeValue) {\n"));
    QCOMPARE(code.count(QLatin1Char('{')), code.count(QLatin1Char('}')) + 0);
    QCOMPARE(code.count(QLatin1Char('(')), code.count(QLatin1Char(')')));
}

void CodeGeneratorTest::goValuesAndStructures()
{
    const QString put = GoCodeGenerator(request(QStringLiteral("PutItem"), R"({
        "TableName": "T",
        "Item": {"b": {"B": "aGk="}, "bs": {"BS": ["AQ=="]}, "t": {"BOOL": true}, "z": {"NULL": true},
                 "ns": {"NS": ["1", "2"]}, "l": {"L": [{"S": "x"}]}, "m": {"M": {"k": {"N": "7"}}}},
        "ReturnValues": "ALL_OLD"
    })"))
                            .generate();
    EXPECT_CONTAINS(put, QStringLiteral("&types.AttributeValueMemberB{Value: []byte(\"hi\")}"));
    EXPECT_CONTAINS(put, QStringLiteral("&types.AttributeValueMemberBS{Value: [][]byte{[]byte{0x01}}}"));
    EXPECT_CONTAINS(put, QStringLiteral("&types.AttributeValueMemberBOOL{Value: true}"));
    EXPECT_CONTAINS(put, QStringLiteral("&types.AttributeValueMemberNULL{Value: true}"));
    EXPECT_CONTAINS(put, QStringLiteral("&types.AttributeValueMemberNS{Value: []string{\"1\", \"2\"}}"));
    EXPECT_CONTAINS(put,
        QStringLiteral(
            "\t\t\t\"l\": &types.AttributeValueMemberL{\n"
            "\t\t\t\tValue: []types.AttributeValue{&types.AttributeValueMemberS{Value: \"x\"}},\n\t\t\t},\n"));
    EXPECT_CONTAINS(put, QStringLiteral("\t\t\t\t\t\"k\": &types.AttributeValueMemberN{Value: \"7\"},\n"));
    EXPECT_CONTAINS(put,
        QStringLiteral("\t\t\t\"ns\": &types.AttributeValueMemberNS{Value: []string{\"1\", \"2\"}},\n"
                       "\t\t\t\"t\":  &types.AttributeValueMemberBOOL{Value: true},\n"));
    EXPECT_CONTAINS(put, QStringLiteral("ReturnValues: types.ReturnValueAllOld,"));
    EXPECT_CONTAINS(put, QStringLiteral("\toutput, err := client.PutItem(ctx, input)\n"));
    EXPECT_LACKS(put, QStringLiteral("attributevalue"));

    const QString transact = GoCodeGenerator(request(QStringLiteral("TransactWriteItems"), R"({"TransactItems": [
        {"Put": {"TableName": "T", "Item": {"pk": {"S": "a"}}}},
        {"Update": {"TableName": "T", "Key": {"pk": {"S": "b"}}, "UpdateExpression": "SET n = n + :one",
                    "ExpressionAttributeValues": {":one": {"N": "1"}}}}]})"))
                                 .generate();
    EXPECT_CONTAINS(transact, QStringLiteral("TransactItems: []types.TransactWriteItem{\n"));
    EXPECT_CONTAINS(
        transact, QStringLiteral("\t\t\t{\n\t\t\t\tPut: &types.Put{\n\t\t\t\t\tTableName: aws.String(\"T\"),\n"));
    EXPECT_CONTAINS(transact, QStringLiteral("Update: &types.Update{\n"));

    const QString batch = GoCodeGenerator(request(QStringLiteral("BatchWriteItem"), R"({"RequestItems": {"T": [
        {"PutRequest": {"Item": {"pk": {"S": "a"}}}}, {"DeleteRequest": {"Key": {"pk": {"S": "b"}}}}]}})"))
                              .generate();
    EXPECT_CONTAINS(batch, QStringLiteral("RequestItems: map[string][]types.WriteRequest{\n"));
    // Element types are left out where Go allows: map values and slice elements.
    EXPECT_CONTAINS(batch,
        QStringLiteral("\t\t\t\"T\": {\n\t\t\t\t{\n\t\t\t\t\tPutRequest: &types.PutRequest{\n"
                       "\t\t\t\t\t\tItem: map[string]types.AttributeValue{\n"));
    EXPECT_CONTAINS(batch,
        QStringLiteral("\t\t\t\t{\n\t\t\t\t\tDeleteRequest: &types.DeleteRequest{\n"
                       "\t\t\t\t\t\tKey: map[string]types.AttributeValue{\n"));

    const QString batchGet
        = GoCodeGenerator(request(QStringLiteral("BatchGetItem"),
                              R"({"RequestItems": {"T": {"Keys": [{"pk": {"S": "a"}}], "ConsistentRead": true}}})"))
              .generate();
    EXPECT_CONTAINS(batchGet,
        QStringLiteral("\t\tRequestItems: map[string]types.KeysAndAttributes{\n\t\t\t\"T\": {\n"
                       "\t\t\t\tConsistentRead: aws.Bool(true),\n"
                       "\t\t\t\tKeys: []map[string]types.AttributeValue{\n"
                       "\t\t\t\t\t{\"pk\": &types.AttributeValueMemberS{Value: \"a\"}},\n"));

    QCOMPARE(GoCodeGenerator::bytesLiteral(QByteArray("\xff\x00", 2)), QStringLiteral("[]byte{0xff, 0x00}"));
    QCOMPARE(
        GoCodeGenerator::stringLiteral(QStringLiteral("a\"b\\c\nd\x01")), QStringLiteral("\"a\\\"b\\\\c\\nd\\x01\""));
}

void CodeGeneratorTest::goParallelScanAndStatements()
{
    const QString code = GoCodeGenerator(parallelScan()).generate();
    EXPECT_CONTAINS(code, QStringLiteral("\t\"golang.org/x/sync/errgroup\"\n"));
    EXPECT_CONTAINS(code, QStringLiteral("\tconst totalSegments = 3\n"));
    EXPECT_CONTAINS(code, QStringLiteral("\tgroup, groupCtx := errgroup.WithContext(ctx)\n"));
    EXPECT_CONTAINS(
        code, QStringLiteral("\t\t\tsegmentInput := *input\n\t\t\tsegmentInput.Segment = aws.Int32(int32(segment))\n"));
    EXPECT_CONTAINS(code, QStringLiteral("dynamodb.NewScanPaginator(client, &segmentInput)"));
    EXPECT_CONTAINS(code, QStringLiteral("page, err := paginator.NextPage(groupCtx)"));
    EXPECT_CONTAINS(code, QStringLiteral("\tif err := group.Wait(); err != nil {\n"));

    const QString statement
        = GoCodeGenerator(request(QStringLiteral("ExecuteStatement"),
                              R"({"Statement": "SELECT * FROM T WHERE pk = ?", "Parameters": [{"S": "a"}]})"))
              .generate();
    EXPECT_CONTAINS(
        statement, QStringLiteral("Parameters: []types.AttributeValue{&types.AttributeValueMemberS{Value: \"a\"}},"));
    EXPECT_CONTAINS(statement, QStringLiteral("\t\toutput, err := client.ExecuteStatement(ctx, input)\n"));
    EXPECT_CONTAINS(statement, QStringLiteral("\t\tinput.NextToken = output.NextToken\n"));
}

void CodeGeneratorTest::generatedCodeParses_data()
{
    QTest::addColumn<CodeRequest>("codeRequest");
    CodeRequest query = trickyQuery();
    QTest::newRow("query") << query;
    query.maxItems = 0;
    query.endpointUrl.clear();
    query.region.clear();
    QTest::newRow("query, no options") << query;
    QTest::newRow("parallel scan") << parallelScan();
    CodeRequest limited = parallelScan();
    limited.maxItems = 3;
    QTest::newRow("parallel scan with max items") << limited;
    QTest::newRow("get") << request(
        QStringLiteral("GetItem"), R"({"TableName": "T", "Key": {"pk": {"S": "'\"$`\\"}}})");
    QTest::newRow("update") << request(
        QStringLiteral("UpdateItem"), R"json({"TableName": "T", "Key": {"pk": {"S": "a"}},
        "UpdateExpression": "SET #l = list_append(#l, :l)", "ExpressionAttributeNames": {"#l": "l"},
        "ExpressionAttributeValues": {":l": {"L": [{"M": {"x": {"BS": ["AQ=="]}, "y": {"NULL": true}}}]}},
        "ReturnValues": "ALL_NEW"})json");
    QTest::newRow("statement") << request(QStringLiteral("ExecuteStatement"),
        R"({"Statement": "SELECT * FROM \"T\"\nWHERE pk = ?", "Parameters": [{"N": "1e400"}], "Limit": 2})");
    QTest::newRow("transaction") << request(QStringLiteral("TransactWriteItems"),
        R"({"TransactItems": [{"Delete": {"TableName": "T", "Key": {"pk": {"S": "a"}}}}], "ClientRequestToken": "t"})");
}

void CodeGeneratorTest::generatedCodeParses()
{
    QFETCH(CodeRequest, codeRequest);
    const QString python = generateCode(CodeLanguage::Python, codeRequest);
    Run result = run(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"), QStringLiteral("import ast, sys; ast.parse(sys.stdin.read())") }, python.toUtf8());
    QVERIFY2(result.exitCode == 0, qPrintable(QString::fromUtf8(result.err) + python));

    for (const CodeLanguage language : { CodeLanguage::JavaScript, CodeLanguage::JavaScriptDocumentClient }) {
        const QString javascript = generateCode(language, codeRequest);
        const QString path = m_dir.filePath(QStringLiteral("check.mjs"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(javascript.toUtf8());
        file.close();
        result = run(QStringLiteral("node"), { QStringLiteral("--check"), path });
        QVERIFY2(result.exitCode == 0, qPrintable(QString::fromUtf8(result.err) + javascript));
    }

    const QString cli = generateCode(CodeLanguage::AwsCli, codeRequest);
    result = run(QStringLiteral("bash"), { QStringLiteral("-n") }, cli.toUtf8());
    QVERIFY2(result.exitCode == 0, qPrintable(QString::fromUtf8(result.err) + cli));

    const QString go = generateCode(CodeLanguage::Go, codeRequest);
    QCOMPARE(go.count(QLatin1Char('{')), go.count(QLatin1Char('}')));
    QVERIFY(go.contains(QStringLiteral("func main() {\n")));
}

void CodeGeneratorTest::invalidOperationGivesAComment()
{
    CodeRequest bad = request(QStringLiteral("Query\"); os.system(\"x"), R"({"TableName": "T"})");
    QCOMPARE(generateCode(CodeLanguage::Python, bad), QStringLiteral("# No DynamoDB operation to write code for.\n"));
    QCOMPARE(generateCode(CodeLanguage::Go, bad), QStringLiteral("// No DynamoDB operation to write code for.\n"));
    bad.operation.clear();
    QCOMPARE(generateCode(CodeLanguage::AwsCli, bad), QStringLiteral("# No DynamoDB operation to write code for.\n"));
    // Members of unexpected types still give code, not a crash.
    const CodeRequest odd = request(QStringLiteral("Query"),
        R"({"TableName": 5, "Key": "x", "ExpressionAttributeValues": {":v": {"S": 1, "N": 2}}, "Limit": -4, "X": null})");
    for (const CodeLanguage language : allCodeLanguages())
        QVERIFY(!generateCode(language, odd).isEmpty());

    // Member names are written as identifiers: one that is not a DynamoDB
    // member name never becomes code.
    CodeRequest hostile = request(QStringLiteral("GetItem"), R"({"TableName": "T", "Key": {"pk": {"S": "a"}}})");
    hostile.request.insert(QStringLiteral("X=1); import os; os.system('id'"), 1);
    hostile.request.insert(QStringLiteral("Y $(id)"), QStringLiteral("v"));
    for (const CodeLanguage language : { CodeLanguage::Python, CodeLanguage::AwsCli, CodeLanguage::Go }) {
        const QString code = generateCode(language, hostile);
        EXPECT_CONTAINS(code, QStringLiteral("{\"pk\":"));
        EXPECT_LACKS(code, QStringLiteral("os.system"));
        EXPECT_LACKS(code, QStringLiteral("$(id)"));
    }
}

void CodeGeneratorTest::codeViewFollowsTheLanguage()
{
    QSettings().remove(QStringLiteral("codeView/language"));
    CodeView view;
    view.show();
    QCOMPARE(view.language(), CodeLanguage::Python);
    QVERIFY(view.code().isEmpty());
    auto* copy = view.findChild<QPushButton*>();
    QVERIFY(copy);
    QVERIFY(!copy->isEnabled());

    view.setRequest(trickyQuery());
    QCOMPARE(view.code(), generateCode(CodeLanguage::Python, trickyQuery()));
    auto* editor = view.findChild<QsciScintilla*>();
    QVERIFY(editor);
    QVERIFY(editor->isReadOnly());
    QCOMPARE(QString::fromLatin1(editor->lexer()->language()), QStringLiteral("Python"));

    QSignalSpy changed(&view, &CodeView::languageChanged);
    auto* combo = view.findChild<QComboBox*>();
    QVERIFY(combo);
    QCOMPARE(combo->count(), allCodeLanguages().size());
    combo->setCurrentIndex(combo->findData(QStringLiteral("aws-cli")));
    QCOMPARE(view.language(), CodeLanguage::AwsCli);
    QCOMPARE(changed.size(), 1);
    QVERIFY(view.code().startsWith(QStringLiteral("aws dynamodb query")));
    QCOMPARE(QString::fromLatin1(editor->lexer()->language()), QStringLiteral("Bash"));

    view.setLanguage(CodeLanguage::Go);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("go"));
    QCOMPARE(changed.size(), 2);
    QVERIFY(view.code().contains(QStringLiteral("dynamodb.NewQueryPaginator")));
    view.setLanguage(CodeLanguage::JavaScriptDocumentClient);
    QCOMPARE(QString::fromLatin1(editor->lexer()->language()), QStringLiteral("JavaScript"));
    QVERIFY(view.code().contains(QStringLiteral("DynamoDBDocumentClient")));

    QVERIFY(copy->isEnabled());
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), view.code());

    // The next view starts in the language picked last.
    CodeView next;
    QCOMPARE(next.language(), CodeLanguage::JavaScriptDocumentClient);
    QCOMPARE(next.findChild<QComboBox*>()->currentData().toString(), QStringLiteral("javascript-document"));
}

#endif // Q_MOC_RUN

QTEST_MAIN(CodeGeneratorTest)
#include "CodeGeneratorTest.moc"
