// SDK v3 code, formatted as prettier would: 2 spaces, 80 columns, trailing commas.
#include "query/codegen/JavaScriptCodeGenerator.h"

#include "query/codegen/CodeRequestShape.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace dynoscope::ui {

namespace {


CodeLiteral::Layout layout()
{
    CodeLiteral::Layout layout;
    layout.indent = QStringLiteral("  ");
    layout.width = 80;
    layout.hugSoleArgument = true;
    return layout;
}

QString render(const CodeLiteral& literal, int indentLevel, int startColumn)
{
    return literal.render(layout(), indentLevel, startColumn);
}

QString numberLiteral(double value)
{
    if (value == double(qint64(value)))
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// marshall() refuses numbers beyond Number.MAX_SAFE_INTEGER even when a
// double holds them exactly: those need a NumberValue.
bool fitsNumber(const QString& text)
{
    return CodeRequestShape::fitsDouble(text) && std::abs(text.toDouble()) <= 9007199254740991.0;
}

QString bufferLiteral(const QJsonValue& base64)
{
    // Buffer is Node's Uint8Array; the SDK sends it as base64.
    return QStringLiteral("Buffer.from(%1, \"base64\")").arg(JavaScriptCodeGenerator::stringLiteral(base64.toString()));
}

} // namespace

JavaScriptCodeGenerator::JavaScriptCodeGenerator(const CodeRequest& request, Flavor flavor)
    : m_request(request)
    , m_flavor(flavor)
{
}

QString JavaScriptCodeGenerator::stringLiteral(const QString& text)
{
    return CodeLiteral::doubleQuoted(text, CodeLiteral::LoneSurrogate::Escape);
}

QString JavaScriptCodeGenerator::key(const QString& name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    // A literal __proto__ key would set the prototype instead of a property.
    if (name == QLatin1String("__proto__"))
        return QStringLiteral("[\"__proto__\"]: ");
    return (identifier.match(name).hasMatch() ? name : stringLiteral(name)) + QStringLiteral(": ");
}

CodeLiteral JavaScriptCodeGenerator::plain(const QJsonValue& value) const
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return CodeLiteral::scalar(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    case QJsonValue::Double:
        return CodeLiteral::scalar(numberLiteral(value.toDouble()));
    case QJsonValue::String:
        return CodeLiteral::scalar(stringLiteral(value.toString()));
    case QJsonValue::Array: {
        CodeLiteral list = CodeLiteral::group(QStringLiteral("["), QStringLiteral("]"));
        for (const QJsonValue& element : value.toArray())
            list.add({}, plain(element));
        return list;
    }
    case QJsonValue::Object: {
        CodeLiteral object = CodeLiteral::group(QStringLiteral("{"), QStringLiteral("}"), true);
        const QJsonObject members = value.toObject();
        for (const QString& name : CodeRequestShape::memberOrder(members))
            object.add(key(name), member(name, members.value(name)));
        return object;
    }
    default:
        return CodeLiteral::scalar(QStringLiteral("null"));
    }
}

CodeLiteral JavaScriptCodeGenerator::typedValue(const QJsonValue& value) const
{
    const QJsonObject object = value.toObject();
    const QString type = object.begin().key();
    const QJsonValue inner = object.begin().value();
    CodeLiteral typed = CodeLiteral::group(QStringLiteral("{"), QStringLiteral("}"), true);
    if (type == QLatin1String("B")) {
        typed.add(key(type), CodeLiteral::scalar(bufferLiteral(inner)));
    } else if (type == QLatin1String("BS")) {
        CodeLiteral list = CodeLiteral::group(QStringLiteral("["), QStringLiteral("]"));
        for (const QJsonValue& element : inner.toArray())
            list.add({}, CodeLiteral::scalar(bufferLiteral(element)));
        typed.add(key(type), list);
    } else if (type == QLatin1String("M")) {
        typed.add(key(type), attributeValueMap(inner));
    } else if (type == QLatin1String("L")) {
        CodeLiteral list = CodeLiteral::group(QStringLiteral("["), QStringLiteral("]"));
        for (const QJsonValue& element : inner.toArray())
            list.add({}, attributeValue(element));
        typed.add(key(type), list);
    } else {
        typed.add(key(type), plain(inner));
    }
    return typed;
}

CodeLiteral JavaScriptCodeGenerator::nativeValue(const QJsonValue& value) const
{
    const QJsonObject object = value.toObject();
    const QString type = object.begin().key();
    const QJsonValue inner = object.begin().value();
    const auto number = [](const QString& text) {
        return fitsNumber(text) ? CodeLiteral::scalar(numberLiteral(text.toDouble()))
                                : CodeLiteral::scalar(QStringLiteral("NumberValue.from(%1)").arg(stringLiteral(text)));
    };
    if (type == QLatin1String("S"))
        return CodeLiteral::scalar(stringLiteral(inner.toString()));
    if (type == QLatin1String("N"))
        return number(inner.toString());
    if (type == QLatin1String("B"))
        return CodeLiteral::scalar(bufferLiteral(inner));
    if (type == QLatin1String("BOOL"))
        return plain(inner.toBool());
    if (type == QLatin1String("NULL"))
        return CodeLiteral::scalar(QStringLiteral("null"));
    if (type == QLatin1String("M"))
        return attributeValueMap(inner);
    CodeLiteral list = CodeLiteral::group(QStringLiteral("["), QStringLiteral("]"));
    const QJsonArray elements = inner.toArray();
    if (type == QLatin1String("L")) {
        for (const QJsonValue& element : elements)
            list.add({}, attributeValue(element));
        return list;
    }
    // A set: the first element's type decides how marshall() writes all of
    // them, so a number set is either all numbers or all NumberValues.
    bool exact = true;
    for (const QJsonValue& element : elements)
        exact = exact && fitsNumber(element.toString());
    for (const QJsonValue& element : elements) {
        if (type == QLatin1String("NS"))
            list.add({},
                exact ? number(element.toString())
                      : CodeLiteral::scalar(
                          QStringLiteral("NumberValue.from(%1)").arg(stringLiteral(element.toString()))));
        else if (type == QLatin1String("BS"))
            list.add({}, CodeLiteral::scalar(bufferLiteral(element)));
        else
            list.add({}, plain(element));
    }
    CodeLiteral set = CodeLiteral::group(QStringLiteral("new Set("), QStringLiteral(")"));
    set.add({}, list);
    return set;
}

CodeLiteral JavaScriptCodeGenerator::attributeValue(const QJsonValue& value) const
{
    if (!CodeRequestShape::isAttributeValue(value))
        return plain(value);
    return m_flavor == Flavor::DocumentClient ? nativeValue(value) : typedValue(value);
}

CodeLiteral JavaScriptCodeGenerator::attributeValueMap(const QJsonValue& value) const
{
    CodeLiteral object = CodeLiteral::group(QStringLiteral("{"), QStringLiteral("}"), true);
    const QJsonObject members = value.toObject();
    for (auto it = members.begin(); it != members.end(); ++it)
        object.add(key(it.key()), attributeValue(it.value()));
    return object;
}

CodeLiteral JavaScriptCodeGenerator::member(const QString& name, const QJsonValue& value) const
{
    return CodeRequestShape::memberLiteral(
        name, value, [this](const QJsonValue& v) { return attributeValue(v); },
        [this](const QJsonValue& v) { return attributeValueMap(v); }, [this](const QJsonValue& v) { return plain(v); });
}

CodeLiteral JavaScriptCodeGenerator::input(const QStringList& skip) const
{
    CodeLiteral object = CodeLiteral::group(QStringLiteral("{"), QStringLiteral("}"), true);
    for (const QString& name : CodeRequestShape::memberOrder(m_request.request)) {
        if (!skip.contains(name))
            object.add(key(name), member(name, m_request.request.value(name)));
    }
    return object;
}

QString JavaScriptCodeGenerator::documentCommand(const QString& operation)
{
    static const QHash<QString, QString> commands {
        { QStringLiteral("GetItem"), QStringLiteral("GetCommand") },
        { QStringLiteral("PutItem"), QStringLiteral("PutCommand") },
        { QStringLiteral("UpdateItem"), QStringLiteral("UpdateCommand") },
        { QStringLiteral("DeleteItem"), QStringLiteral("DeleteCommand") },
        { QStringLiteral("Query"), QStringLiteral("QueryCommand") },
        { QStringLiteral("Scan"), QStringLiteral("ScanCommand") },
        { QStringLiteral("BatchGetItem"), QStringLiteral("BatchGetCommand") },
        { QStringLiteral("BatchWriteItem"), QStringLiteral("BatchWriteCommand") },
        { QStringLiteral("TransactGetItems"), QStringLiteral("TransactGetCommand") },
        { QStringLiteral("TransactWriteItems"), QStringLiteral("TransactWriteCommand") },
        { QStringLiteral("ExecuteStatement"), QStringLiteral("ExecuteStatementCommand") },
        { QStringLiteral("BatchExecuteStatement"), QStringLiteral("BatchExecuteStatementCommand") },
        { QStringLiteral("ExecuteTransaction"), QStringLiteral("ExecuteTransactionCommand") },
    };
    return commands.value(operation);
}

QString JavaScriptCodeGenerator::generate() const
{
    const QString& operation = m_request.operation;
    const bool document = m_flavor == Flavor::DocumentClient;
    const int segments = CodeRequestShape::parallelSegments(m_request);
    const int limit = CodeRequestShape::limit(m_request.request);
    const bool paginated = CodeRequestShape::isPaginated(operation);
    const QString maxItems = QString::number(m_request.maxItems);
    const QString sender = document ? QStringLiteral("docClient") : QStringLiteral("client");

    // What the module imports, from which package.
    QStringList clientImports { QStringLiteral("DynamoDBClient") };
    QStringList documentImports { QStringLiteral("DynamoDBDocumentClient"), QStringLiteral("NumberValue") };
    QStringList& operationImports = document ? documentImports : clientImports;
    QString command = operation + QStringLiteral("Command");
    QString commandSender = sender;
    if (paginated) {
        operationImports.append(QStringLiteral("paginate") + operation);
    } else if (document && !documentCommand(operation).isEmpty()) {
        command = documentCommand(operation);
        documentImports.append(command);
    } else {
        clientImports.append(command);
        commandSender = QStringLiteral("client");
    }

    // The client class first, the rest in order.
    std::sort(clientImports.begin() + 1, clientImports.end());
    std::sort(documentImports.begin() + 1, documentImports.end());

    // Top-level await needs an ES module: say so, and what to install.
    QString code = document ? QStringLiteral("// An ES module for Node.js 18+ (e.g. query.mjs); "
                                             "npm install @aws-sdk/client-dynamodb @aws-sdk/lib-dynamodb\n")
                            : QStringLiteral("// An ES module for Node.js 18+ (e.g. query.mjs); "
                                             "npm install @aws-sdk/client-dynamodb\n");
    code += QStringLiteral("import { %1 } from \"@aws-sdk/client-dynamodb\";\n")
                .arg(clientImports.join(QStringLiteral(", ")));
    if (document)
        code += QStringLiteral("import { %1 } from \"@aws-sdk/lib-dynamodb\";\n")
                    .arg(documentImports.join(QStringLiteral(", ")));
    code += QLatin1Char('\n');

    CodeLiteral config = CodeLiteral::group(QStringLiteral("{"), QStringLiteral("}"), true);
    if (!m_request.region.isEmpty())
        config.add(QStringLiteral("region: "), CodeLiteral::scalar(stringLiteral(m_request.region)));
    if (!m_request.endpointUrl.isEmpty())
        config.add(QStringLiteral("endpoint: "), CodeLiteral::scalar(stringLiteral(m_request.endpointUrl)));
    CodeLiteral construct = CodeLiteral::group(QStringLiteral("new DynamoDBClient("), QStringLiteral(")"));
    construct.add({}, config);
    code += QStringLiteral("const client = ") + render(construct, 0, 15) + QStringLiteral(";\n");
    if (document) {
        code += QStringLiteral(
            "// Numbers a JavaScript number cannot hold exactly stay NumberValue (their exact text).\n"
            "const exactNumber = (text) => {\n"
            "  const number = Number(text);\n"
            "  return String(number) === text && Math.abs(number) <= Number.MAX_SAFE_INTEGER\n"
            "    ? number\n"
            "    : NumberValue.from(text);\n"
            "};\n"
            "const docClient = DynamoDBDocumentClient.from(client, {\n"
            "  unmarshallOptions: { wrapNumbers: exactNumber },\n"
            "});\n");
    }
    code += QLatin1Char('\n');

    QStringList skip;
    if (paginated)
        skip.append(QStringLiteral("Limit"));
    if (segments > 0)
        skip.append(QStringLiteral("TotalSegments"));
    code += QStringLiteral("const input = ") + render(input(skip), 0, 14) + QStringLiteral(";\n");

    if (paginated) {
        const QString clientMember = document ? QStringLiteral("client: docClient") : QStringLiteral("client");
        const QString paginatorConfig = limit > 0 ? QStringLiteral("{ %1, pageSize: %2 }").arg(clientMember).arg(limit)
                                                  : QStringLiteral("{ %1 }").arg(clientMember);
        const QString paginate = QStringLiteral("paginate") + operation;
        if (segments > 0) {
            code += QStringLiteral("const totalSegments = %1;\n\n").arg(segments);
            code += QStringLiteral("// Reads one segment page by page; the segments run concurrently.\n");
            code += QStringLiteral("async function scanSegment(segment) {\n");
            code += QStringLiteral(
                "  const segmentInput = { ...input, Segment: segment, TotalSegments: totalSegments };\n");
            code += QStringLiteral("  const segmentItems = [];\n");
            code += QStringLiteral("  for await (const page of %1(%2, segmentInput)) {\n")
                        .arg(paginate, paginatorConfig);
            code += QStringLiteral("    segmentItems.push(...(page.Items ?? []));\n");
            if (m_request.maxItems > 0)
                code += QStringLiteral("    if (segmentItems.length >= %1) break;\n").arg(maxItems);
            code += QStringLiteral("  }\n  return segmentItems;\n}\n\n");
            code += QStringLiteral("const segments = await Promise.all(\n"
                                   "  Array.from({ length: totalSegments }, (_, segment) => scanSegment(segment)),\n"
                                   ");\n");
            code += m_request.maxItems > 0
                ? QStringLiteral("const items = segments.flat().slice(0, %1);\n").arg(maxItems)
                : QStringLiteral("const items = segments.flat();\n");
        } else if (m_request.maxItems > 0) {
            code += QStringLiteral("const maxItems = %1;\n").arg(maxItems);
            code += QStringLiteral("const items = [];\n");
            code += QStringLiteral("pages: for await (const page of %1(%2, input)) {\n").arg(paginate, paginatorConfig);
            code += QStringLiteral("  for (const item of page.Items ?? []) {\n"
                                   "    items.push(item);\n"
                                   "    if (items.length === maxItems) break pages;\n"
                                   "  }\n}\n");
        } else {
            code += QStringLiteral("const items = [];\n");
            code += QStringLiteral("for await (const page of %1(%2, input)) {\n").arg(paginate, paginatorConfig);
            code += QStringLiteral("  items.push(...(page.Items ?? []));\n}\n");
        }
        code += QStringLiteral("console.dir(items, { depth: null });\n");
        return code;
    }

    if (CodeRequestShape::pagesWithNextToken(operation)) {
        code += QStringLiteral("const items = [];\nlet nextToken;\ndo {\n");
        code += QStringLiteral("  const page = await %1.send(new %2({ ...input, NextToken: nextToken }));\n")
                    .arg(commandSender, command);
        code += QStringLiteral("  items.push(...(page.Items ?? []));\n  nextToken = page.NextToken;\n");
        code += m_request.maxItems > 0 ? QStringLiteral("} while (nextToken && items.length < %1);\n").arg(maxItems)
                                       : QStringLiteral("} while (nextToken);\n");
        if (m_request.maxItems > 0)
            code += QStringLiteral("items.splice(%1);\n").arg(maxItems);
        code += QStringLiteral("console.dir(items, { depth: null });\n");
        return code;
    }

    code += QStringLiteral("const response = await %1.send(new %2(input));\n").arg(commandSender, command);
    code += QStringLiteral("console.dir(response, { depth: null });\n");
    return code;
}

} // namespace dynoscope::ui
