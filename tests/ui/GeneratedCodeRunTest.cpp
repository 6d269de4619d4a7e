// Generated code run for real: against a started dynoscope-server holding
// items of every type (and a GSI), the Python, JavaScript (client and
// document client) and AWS CLI code for a request must read exactly the
// items the builder reads for it through HttpConnection, following
// LastEvaluatedKey (NextToken for PartiQL). Each snippet runs as generated,
// with a short epilogue that writes its collected items as DynamoDB JSON to
// $CODEGEN_OUTPUT (the CLI's replies are read from its output).
#include "QueryTestSupport.h"
#include "RemoteTestSupport.h"

#include "connection/HttpConnection.h"
#include "query/codegen/CodeLanguage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace dynoscope::ui;

Q_DECLARE_METATYPE(dynoscope::ui::CodeRequest)
Q_DECLARE_METATYPE(dynoscope::ui::CodeLanguage)

class GeneratedCodeRunTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void generatedCodeReadsTheBuildersItems_data();
    void generatedCodeReadsTheBuildersItems();

private:
    QJsonArray buildersItems(const CodeRequest& request);
    QJsonArray runGenerated(CodeLanguage language, const CodeRequest& request);

    remotetest::ChildProcess m_server;
    QUrl m_url;
    std::unique_ptr<HttpConnection> m_connection;
    QTemporaryDir m_dir;
};

#ifndef Q_MOC_RUN

using namespace querytest;

namespace {

const QString kTable = QStringLiteral("CodegenItems");

QJsonObject string(const QString& text)
{
    return { { QStringLiteral("S"), text } };
}

QJsonObject number(const QString& text)
{
    return { { QStringLiteral("N"), text } };
}

// Items of every attribute type, on four partition keys; every third has
// no status, so it is not in the GSI.
QList<QJsonObject> seedItems()
{
    static const QStringList texts { QStringLiteral("plain"), QStringLiteral("it's \"quoted\"\\ back"),
        QStringLiteral("two\nlines\tand ü 日本 😀"), QStringLiteral("$HOME `cmd` ${x}") };
    static const QStringList statuses { QStringLiteral("open"), QStringLiteral("closed"), QString() };
    QList<QJsonObject> items;
    for (int i = 0; i < 30; ++i) {
        QJsonObject item;
        item.insert(QStringLiteral("pk"), string(QStringLiteral("user#%1").arg(i % 4)));
        item.insert(QStringLiteral("sk"), string(QStringLiteral("item#%1").arg(i, 3, 10, QLatin1Char('0'))));
        if (!statuses.at(i % 3).isEmpty())
            item.insert(QStringLiteral("status"), string(statuses.at(i % 3)));
        item.insert(QStringLiteral("rank"),
            number(i % 5 == 0 ? QStringLiteral("1234567890123456789012345.5") : QString::number(i * 1.25)));
        item.insert(QStringLiteral("text"), string(texts.at(i % texts.size())));
        item.insert(QStringLiteral("blob"),
            QJsonObject { { QStringLiteral("B"),
                QString::fromLatin1(QByteArray("\x00\xff\x10", 3).append(char(i)).toBase64()) } });
        item.insert(QStringLiteral("tags"),
            QJsonObject {
                { QStringLiteral("SS"), QJsonArray { QStringLiteral("t%1").arg(i % 3), QStringLiteral("all") } } });
        item.insert(QStringLiteral("nums"),
            QJsonObject { { QStringLiteral("NS"),
                QJsonArray {
                    QString::number(i), QStringLiteral("-0.5"), QStringLiteral("99999999999999999999999") } } });
        item.insert(QStringLiteral("blobs"),
            QJsonObject { { QStringLiteral("BS"), QJsonArray { QStringLiteral("AQ=="), QStringLiteral("Ag==") } } });
        item.insert(QStringLiteral("flag"), QJsonObject { { QStringLiteral("BOOL"), i % 2 == 0 } });
        item.insert(QStringLiteral("nothing"), QJsonObject { { QStringLiteral("NULL"), true } });
        item.insert(QStringLiteral("doc"),
            QJsonObject { { QStringLiteral("M"),
                QJsonObject { { QStringLiteral("list"),
                                  QJsonObject { { QStringLiteral("L"),
                                      QJsonArray { string(QStringLiteral("x")), number(QStringLiteral("7")),
                                          QJsonObject { { QStringLiteral("M"), QJsonObject {} } } } } } },
                    { QStringLiteral("empty"), QJsonObject { { QStringLiteral("L"), QJsonArray {} } } } } } });
        items.append(item);
    }
    return items;
}

CodeRequest codeRequest(const char* body, int maxItems = 0, bool allSegments = false)
{
    CodeRequest request;
    request.request = json(body);
    if (request.request.contains(QLatin1String("Statement")))
        request.operation = QStringLiteral("ExecuteStatement");
    else if (request.request.contains(QLatin1String("KeyConditionExpression")))
        request.operation = QStringLiteral("Query");
    else
        request.operation = QStringLiteral("Scan");
    request.maxItems = maxItems;
    request.allSegments = allSegments;
    request.region = QStringLiteral("us-east-1");
    return request;
}

// Sets in a stable order, so that items compare whatever order a client
// keeps set elements in.
QJsonValue canonical(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& element : value.toArray())
            array.append(canonical(element));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString type = it.key();
        if ((type == QLatin1String("SS") || type == QLatin1String("NS") || type == QLatin1String("BS"))
            && it.value().isArray()) {
            QStringList elements = it.value().toVariant().toStringList();
            elements.sort();
            it.value() = QJsonArray::fromStringList(elements);
        } else {
            it.value() = canonical(it.value());
        }
    }
    return object;
}

QStringList itemTexts(const QJsonArray& items, bool ordered)
{
    QStringList texts;
    for (const QJsonValue& item : items)
        texts.append(QString::fromUtf8(QJsonDocument(canonical(item).toObject()).toJson(QJsonDocument::Compact)));
    if (!ordered)
        texts.sort();
    return texts;
}

// Writes the snippet's items as DynamoDB JSON to $CODEGEN_OUTPUT.
QString epilogue(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Python:
        return QStringLiteral("\nimport base64 as _base64, json as _json, os as _os\n"
                              "with open(_os.environ[\"CODEGEN_OUTPUT\"], \"w\") as _out:\n"
                              "    _json.dump(items, _out, default=lambda b: _base64.b64encode(b).decode())\n");
    case CodeLanguage::JavaScript:
        return QStringLiteral(
            "\nimport * as codegenFs from \"node:fs\";\n"
            "codegenFs.writeFileSync(process.env.CODEGEN_OUTPUT, JSON.stringify(items, function (key, value) {\n"
            "  const raw = this[key];\n"
            "  return raw instanceof Uint8Array ? Buffer.from(raw).toString(\"base64\") : value;\n"
            "}));\n");
    case CodeLanguage::JavaScriptDocumentClient:
        return QStringLiteral(
            "\nimport * as codegenFs from \"node:fs\";\n"
            "const codegenBase64 = (bytes) => Buffer.from(bytes).toString(\"base64\");\n"
            "const codegenTyped = (v) => {\n"
            "  if (v === null) return { NULL: true };\n"
            "  if (typeof v === \"boolean\") return { BOOL: v };\n"
            "  if (typeof v === \"string\") return { S: v };\n"
            "  if (typeof v === \"number\" || typeof v === \"bigint\") return { N: String(v) };\n"
            "  if (typeof v.toAttributeValue === \"function\") return v.toAttributeValue();\n"
            "  if (v instanceof Uint8Array) return { B: codegenBase64(v) };\n"
            "  if (v instanceof Set) {\n"
            "    const elements = [...v];\n"
            "    if (typeof elements[0] === \"string\") return { SS: elements };\n"
            "    if (elements[0] instanceof Uint8Array) return { BS: elements.map(codegenBase64) };\n"
            "    return { NS: elements.map((e) => (typeof e === \"object\" ? e.toString() : String(e))) };\n"
            "  }\n"
            "  if (Array.isArray(v)) return { L: v.map(codegenTyped) };\n"
            "  return { M: codegenItem(v) };\n"
            "};\n"
            "const codegenItem = (item) =>\n"
            "  Object.fromEntries(Object.entries(item).map(([k, v]) => [k, codegenTyped(v)]));\n"
            "codegenFs.writeFileSync(process.env.CODEGEN_OUTPUT, JSON.stringify(items.map(codegenItem)));\n");
    case CodeLanguage::AwsCli:
    case CodeLanguage::Go:
        break;
    }
    return {};
}

// The AWS CLI prints one JSON document per command: their Items, in order.
QJsonArray cliItems(const QByteArray& output, QString* error)
{
    QJsonArray items;
    QByteArray rest = output.trimmed();
    while (!rest.isEmpty()) {
        QJsonParseError parseError;
        QJsonDocument document = QJsonDocument::fromJson(rest, &parseError);
        qsizetype consumed = rest.size();
        if (parseError.error == QJsonParseError::GarbageAtEnd) {
            consumed = parseError.offset;
            document = QJsonDocument::fromJson(rest.left(consumed), &parseError);
        }
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            *error = QStringLiteral("unreadable CLI output: ") + QString::fromUtf8(output);
            return {};
        }
        for (const QJsonValue& item : document.object().value(QLatin1String("Items")).toArray())
            items.append(item);
        rest = rest.mid(consumed).trimmed();
    }
    return items;
}

} // namespace

void GeneratedCodeRunTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QRegularExpressionMatch match = m_server.start(QStringLiteral(DYNOSCOPE_SERVER_BINARY),
        { QStringLiteral("--in-memory"), QStringLiteral("--port"), QStringLiteral("0") },
        QRegularExpression(QStringLiteral("listening on (\\S+)")));
    QVERIFY2(match.hasMatch(), qPrintable(m_server.output()));
    m_url = QUrl(match.captured(1));
    m_connection
        = std::make_unique<HttpConnection>(remotetest::endpoint(m_url, QStringLiteral("x"), QStringLiteral("x")));

    const QByteArray create = R"json({"TableName": "CodegenItems",
        "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
        "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}, {"AttributeName": "sk", "AttributeType": "S"},
            {"AttributeName": "status", "AttributeType": "S"}, {"AttributeName": "rank", "AttributeType": "N"}],
        "GlobalSecondaryIndexes": [{"IndexName": "byStatus",
            "KeySchema": [{"AttributeName": "status", "KeyType": "HASH"}, {"AttributeName": "rank", "KeyType": "RANGE"}],
            "Projection": {"ProjectionType": "ALL"}}],
        "BillingMode": "PAY_PER_REQUEST"})json";
    Reply reply = remotetest::call(*m_connection, QStringLiteral("CreateTable"), create);
    QVERIFY2(reply.ok, qPrintable(reply.errorType + QStringLiteral(": ") + reply.errorMessage));
    for (const QJsonObject& item : seedItems()) {
        const QJsonObject put { { QStringLiteral("TableName"), kTable }, { QStringLiteral("Item"), item } };
        reply = remotetest::call(
            *m_connection, QStringLiteral("PutItem"), QJsonDocument(put).toJson(QJsonDocument::Compact));
        QVERIFY2(reply.ok, qPrintable(reply.errorType + QStringLiteral(": ") + reply.errorMessage));
    }
    QVERIFY(QFile::link(QStringLiteral(CODEGEN_NODE_MODULES), m_dir.filePath(QStringLiteral("node_modules"))));
}

void GeneratedCodeRunTest::cleanupTestCase()
{
    m_connection.reset();
    m_server.stop();
}

QJsonArray GeneratedCodeRunTest::buildersItems(const CodeRequest& request)
{
    QList<QJsonObject> requests;
    const int segments = request.allSegments ? request.request.value(QLatin1String("TotalSegments")).toInt() : 0;
    for (int segment = 0; segment < std::max(1, segments); ++segment) {
        QJsonObject body = request.request;
        if (segments > 0)
            body.insert(QStringLiteral("Segment"), segment);
        requests.append(body);
    }
    QJsonArray items;
    for (QJsonObject body : requests) {
        int pages = 0;
        while (true) {
            const Reply reply = remotetest::call(
                *m_connection, request.operation, QJsonDocument(body).toJson(QJsonDocument::Compact));
            if (!reply.ok) {
                qWarning("%s: %s", qPrintable(reply.errorType), qPrintable(reply.errorMessage));
                return {};
            }
            const QJsonObject page = QJsonDocument::fromJson(reply.body).object();
            for (const QJsonValue& item : page.value(QLatin1String("Items")).toArray())
                items.append(item);
            ++pages;
            // PartiQL pages with NextToken, Query and Scan with LastEvaluatedKey.
            const bool statement = request.operation == QLatin1String("ExecuteStatement");
            const QString next = statement ? QStringLiteral("NextToken") : QStringLiteral("LastEvaluatedKey");
            if (!page.contains(next) || pages > 1000)
                break;
            if (request.maxItems > 0 && items.size() >= request.maxItems)
                break;
            body.insert(statement ? next : QStringLiteral("ExclusiveStartKey"), page.value(next));
        }
    }
    while (request.maxItems > 0 && items.size() > request.maxItems)
        items.removeLast();
    return items;
}

QJsonArray GeneratedCodeRunTest::runGenerated(CodeLanguage language, const CodeRequest& request)
{
    const QString code = generateCode(language, request);
    const QString output = m_dir.filePath(QStringLiteral("items.json"));
    QFile::remove(output);
    QString script;
    QString program;
    switch (language) {
    case CodeLanguage::Python:
        script = m_dir.filePath(QStringLiteral("snippet.py"));
        program = QStringLiteral(CODEGEN_PYTHON);
        break;
    case CodeLanguage::JavaScript:
    case CodeLanguage::JavaScriptDocumentClient:
        // Next to the node_modules link: ES modules do not read NODE_PATH.
        script = m_dir.filePath(QStringLiteral("snippet.mjs"));
        program = QStringLiteral("node");
        break;
    case CodeLanguage::AwsCli:
    case CodeLanguage::Go:
        script = m_dir.filePath(QStringLiteral("snippet.sh"));
        program = QStringLiteral("bash");
        break;
    }
    QFile file(script);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    // The CLI snippet runs the `aws` of the test's choice.
    QString text = code + epilogue(language);
    if (language == CodeLanguage::AwsCli)
        text = QStringLiteral("aws() { \"%1\" \"$@\"; }\n").arg(QStringLiteral(CODEGEN_AWS_CLI)) + text;
    file.write(text.toUtf8());
    file.close();

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : { QStringLiteral("AWS_PROFILE"), QStringLiteral("AWS_SESSION_TOKEN"),
             QStringLiteral("AWS_REGION"), QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("NODE_OPTIONS") })
        environment.remove(name);
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("x"));
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("x"));
    environment.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), m_dir.filePath(QStringLiteral("no-config")));
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_dir.filePath(QStringLiteral("no-credentials")));
    environment.insert(QStringLiteral("AWS_PAGER"), QString());
    environment.insert(QStringLiteral("AWS_DEFAULT_OUTPUT"), QStringLiteral("json"));
    environment.insert(QStringLiteral("CODEGEN_OUTPUT"), output);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir.path());
    process.start(program, { script });
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << "generated code failed:" << err << "\n" << text;
        return { QStringLiteral("failed") };
    }
    if (language == CodeLanguage::AwsCli) {
        QString error;
        const QJsonArray items = cliItems(out, &error);
        if (!error.isEmpty())
            qWarning().noquote() << error;
        return items;
    }
    QFile result(output);
    if (!result.open(QIODevice::ReadOnly))
        return { QStringLiteral("no output") };
    return QJsonDocument::fromJson(result.readAll()).array();
}

void GeneratedCodeRunTest::generatedCodeReadsTheBuildersItems_data()
{
    QTest::addColumn<CodeRequest>("request");
    QTest::addColumn<CodeLanguage>("language");
    QTest::addColumn<bool>("ordered");
    QTest::addColumn<int>("expectedCount"); // -1: any, but at least one

    struct Case {
        const char* name;
        CodeRequest request;
        bool ordered;
        int expectedCount;
    };
    const QList<Case> cases {
        { "query with filter and projection", codeRequest(R"json({"TableName": "CodegenItems",
                "KeyConditionExpression": "#pk = :pk AND begins_with(#sk, :prefix)",
                "FilterExpression": "#text <> :odd AND #flag = :yes",
                "ProjectionExpression": "#pk, #sk, #text, #blob, tags, nums, blobs, doc.#list, #nothing",
                "ExpressionAttributeNames": {"#pk": "pk", "#sk": "sk", "#text": "text", "#flag": "flag", "#nothing": "nothing",
                    "#blob": "blob", "#list": "list"},
                "ExpressionAttributeValues": {":pk": {"S": "user#2"}, ":prefix": {"S": "item#0"},
                    ":odd": {"S": "it's \"quoted\"\\ back"}, ":yes": {"BOOL": true}},
                "Limit": 2})json"),
            true, -1 },
        { "query on the index, descending", codeRequest(R"json({"TableName": "CodegenItems", "IndexName": "byStatus",
                "KeyConditionExpression": "#status = :open AND #rank > :low",
                "ExpressionAttributeNames": {"#status": "status", "#rank": "rank"},
                "ExpressionAttributeValues": {":open": {"S": "open"}, ":low": {"N": "-1"}},
                "ScanIndexForward": false, "Limit": 3})json"),
            true, 10 },
        { "scan in small pages", codeRequest(R"json({"TableName": "CodegenItems", "Limit": 4})json"), true, 30 },
        { "scan with a filter on values of every kind", codeRequest(R"json({"TableName": "CodegenItems",
                "FilterExpression": "contains(tags, :tag) OR #rank > :big OR #blob = :blob OR #text = :lines",
                "ExpressionAttributeNames": {"#rank": "rank", "#text": "text", "#blob": "blob"},
                "ExpressionAttributeValues": {":tag": {"S": "t1"}, ":big": {"N": "1000000000000000000000000"},
                    ":blob": {"B": "AP8QAQ=="}, ":lines": {"S": "two\nlines\tand ü 日本 😀"}},
                "Limit": 7})json"),
            true, -1 },
        { "parallel scan, 3 segments",
            codeRequest(R"json({"TableName": "CodegenItems", "TotalSegments": 3, "Limit": 4})json", 0, true), false,
            30 },
        { "max items", codeRequest(R"json({"TableName": "CodegenItems", "Limit": 3})json", 7), true, 7 },
        { "PartiQL statement in pages",
            codeRequest(R"json({"Statement": "SELECT * FROM \"CodegenItems\" WHERE pk = ? AND \"text\" <> ?",
                "Parameters": [{"S": "user#2"}, {"S": "it's \"quoted\"\\ back"}], "Limit": 2})json"),
            true, 7 },
    };
    const QList<CodeLanguage> languages { CodeLanguage::Python, CodeLanguage::JavaScript,
        CodeLanguage::JavaScriptDocumentClient, CodeLanguage::AwsCli };
    for (const Case& c : cases) {
        for (const CodeLanguage language : languages) {
            // The CLI reads one page of a statement (the snippet says so).
            if (language == CodeLanguage::AwsCli && c.request.operation == QLatin1String("ExecuteStatement"))
                continue;
            QTest::addRow("%s / %s", c.name, qPrintable(codeLanguageKey(language)))
                << c.request << language << c.ordered << c.expectedCount;
        }
    }
}

void GeneratedCodeRunTest::generatedCodeReadsTheBuildersItems()
{
    QFETCH(CodeRequest, request);
    QFETCH(CodeLanguage, language);
    QFETCH(bool, ordered);
    QFETCH(int, expectedCount);
    request.endpointUrl = m_url.toString();

    const QJsonArray expected = buildersItems(request);
    if (expectedCount >= 0)
        QCOMPARE(expected.size(), expectedCount);
    else
        QVERIFY(!expected.isEmpty());

    const QJsonArray actual = runGenerated(language, request);
    QCOMPARE(itemTexts(actual, ordered), itemTexts(expected, ordered));
}

#endif // Q_MOC_RUN

QTEST_MAIN(GeneratedCodeRunTest)
#include "GeneratedCodeRunTest.moc"
