// boto3 code, formatted as black would: 4 spaces, 88 columns, trailing commas.
#include "query/codegen/PythonCodeGenerator.h"

#include "query/codegen/CodeRequestShape.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dynoscope::ui {

namespace {


QString numberLiteral(double value)
{
    if (value == double(qint64(value)))
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

PythonCodeGenerator::PythonCodeGenerator(const CodeRequest& request)
    : m_request(request)
{
}

QString PythonCodeGenerator::stringLiteral(const QString& text)
{
    return CodeLiteral::doubleQuoted(text, CodeLiteral::LoneSurrogate::Escape);
}

QString PythonCodeGenerator::bytesLiteral(const QByteArray& bytes)
{
    QString out = QStringLiteral("b\"");
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        if (c == '"' || c == '\\')
            out += QStringLiteral("\\") + QLatin1Char(char(c));
        else if (c == '\n')
            out += QStringLiteral("\\n");
        else if (c == '\r')
            out += QStringLiteral("\\r");
        else if (c == '\t')
            out += QStringLiteral("\\t");
        else if (c >= 0x20 && c < 0x7f)
            out += QLatin1Char(char(c));
        else
            out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    return out + QLatin1Char('"');
}

CodeLiteral PythonCodeGenerator::plain(const QJsonValue& value) const
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return CodeLiteral::scalar(value.toBool() ? QStringLiteral("True") : QStringLiteral("False"));
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
        CodeLiteral dict = CodeLiteral::group(QStringLiteral("{"), QStringLiteral("}"));
        const QJsonObject object = value.toObject();
        for (const QString& name : CodeRequestShape::memberOrder(object))
            dict.add(stringLiteral(name) + QStringLiteral(": "), member(name, object.value(name)));
        return dict;
    }
    default:
        return CodeLiteral::scalar(QStringLiteral("None"));
    }
}

CodeLiteral PythonCodeGenerator::attributeValue(const QJsonValue& value) const
{
    const QJsonObject object = value.toObject();
    const QString type = object.begin().key();
    const QJsonValue inner = object.begin().value();
    CodeLiteral dict = CodeLiteral::group(QStringLiteral("{"), QStringLiteral("}"));
    const QString key = stringLiteral(type) + QStringLiteral(": ");
    // boto3 takes binary as bytes and base64-encodes it on the wire.
    if (type == QLatin1String("B")) {
        dict.add(key, CodeLiteral::scalar(bytesLiteral(QByteArray::fromBase64(inner.toString().toLatin1()))));
    } else if (type == QLatin1String("BS")) {
        CodeLiteral list = CodeLiteral::group(QStringLiteral("["), QStringLiteral("]"));
        for (const QJsonValue& element : inner.toArray())
            list.add({}, CodeLiteral::scalar(bytesLiteral(QByteArray::fromBase64(element.toString().toLatin1()))));
        dict.add(key, list);
    } else if (type == QLatin1String("M")) {
        dict.add(key, attributeValueMap(inner));
    } else if (type == QLatin1String("L")) {
        CodeLiteral list = CodeLiteral::group(QStringLiteral("["), QStringLiteral("]"));
        for (const QJsonValue& element : inner.toArray())
            list.add({}, CodeRequestShape::isAttributeValue(element) ? attributeValue(element) : plain(element));
        dict.add(key, list);
    } else {
        dict.add(key, plain(inner));
    }
    return dict;
}

CodeLiteral PythonCodeGenerator::attributeValueMap(const QJsonValue& value) const
{
    CodeLiteral dict = CodeLiteral::group(QStringLiteral("{"), QStringLiteral("}"));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool typed = CodeRequestShape::isAttributeValue(it.value());
        dict.add(
            stringLiteral(it.key()) + QStringLiteral(": "), typed ? attributeValue(it.value()) : plain(it.value()));
    }
    return dict;
}

CodeLiteral PythonCodeGenerator::member(const QString& name, const QJsonValue& value) const
{
    return CodeRequestShape::memberLiteral(
        name, value, [this](const QJsonValue& v) { return attributeValue(v); },
        [this](const QJsonValue& v) { return attributeValueMap(v); }, [this](const QJsonValue& v) { return plain(v); });
}

CodeLiteral PythonCodeGenerator::call(const QString& open, const QStringList& skip, const CodeLiteral& extra) const
{
    CodeLiteral arguments = CodeLiteral::group(open, QStringLiteral(")"));
    for (const QString& name : CodeRequestShape::requestMembers(m_request.request)) {
        if (!skip.contains(name))
            arguments.add(name + QLatin1Char('='), member(name, m_request.request.value(name)));
    }
    if (extra.isGroup() && !extra.isEmpty())
        arguments.add(QStringLiteral("PaginationConfig="), extra);
    return arguments;
}

QString PythonCodeGenerator::render(const CodeLiteral& literal, int indentLevel, int startColumn) const
{
    return literal.render(CodeLiteral::Layout(), indentLevel, startColumn);
}

QString PythonCodeGenerator::generate() const
{
    const QString& operation = m_request.operation;
    const int segments = CodeRequestShape::parallelSegments(m_request);
    const int limit = CodeRequestShape::limit(m_request.request);
    const QString maxItems = QString::number(m_request.maxItems);

    QString code;
    if (segments > 0)
        code += QStringLiteral("from concurrent.futures import ThreadPoolExecutor\n\n");
    code += QStringLiteral("import boto3\n\n");

    CodeLiteral client = CodeLiteral::group(QStringLiteral("boto3.client("), QStringLiteral(")"));
    client.add({}, CodeLiteral::scalar(QStringLiteral("\"dynamodb\"")));
    if (!m_request.region.isEmpty())
        client.add(QStringLiteral("region_name="), CodeLiteral::scalar(stringLiteral(m_request.region)));
    if (!m_request.endpointUrl.isEmpty())
        client.add(QStringLiteral("endpoint_url="), CodeLiteral::scalar(stringLiteral(m_request.endpointUrl)));
    code += QStringLiteral("client = ") + render(client, 0, 9) + QStringLiteral("\n\n");

    if (CodeRequestShape::isPaginated(operation)) {
        CodeLiteral pagination = CodeLiteral::group(QStringLiteral("{"), QStringLiteral("}"));
        if (m_request.maxItems > 0)
            pagination.add(QStringLiteral("\"MaxItems\": "), CodeLiteral::scalar(maxItems));
        if (limit > 0)
            pagination.add(QStringLiteral("\"PageSize\": "), CodeLiteral::scalar(QString::number(limit)));
        const QString paginator = QStringLiteral("paginator = client.get_paginator(%1)\n")
                                      .arg(stringLiteral(CodeRequestShape::xformName(operation, QLatin1Char('_'))));
        const QString collect = QStringLiteral("[item for page in pages for item in page.get(\"Items\", [])]");
        if (segments > 0) {
            CodeLiteral paginate = call(
                QStringLiteral("paginator.paginate("), { QStringLiteral("Limit"), QStringLiteral("TotalSegments") });
            paginate.add(QStringLiteral("Segment="), CodeLiteral::scalar(QStringLiteral("segment")));
            paginate.add(QStringLiteral("TotalSegments="), CodeLiteral::scalar(QStringLiteral("TOTAL_SEGMENTS")));
            if (!pagination.isEmpty())
                paginate.add(QStringLiteral("PaginationConfig="), pagination);
            code += QStringLiteral("TOTAL_SEGMENTS = %1\n\n\n").arg(segments);
            code += QStringLiteral("def scan_segment(segment):\n");
            code += QStringLiteral("    # boto3 clients are thread-safe: each thread pages through its own segment.\n");
            code += QStringLiteral("    ") + paginator;
            code += QStringLiteral("    pages = ") + render(paginate, 1, 12) + QLatin1Char('\n');
            code += QStringLiteral("    return ") + collect + QStringLiteral("\n\n\n");
            code += QStringLiteral("with ThreadPoolExecutor(max_workers=TOTAL_SEGMENTS) as executor:\n");
            code += QStringLiteral("    segments = list(executor.map(scan_segment, range(TOTAL_SEGMENTS)))\n");
            code += QStringLiteral("items = [item for segment_items in segments for item in segment_items]");
            code += m_request.maxItems > 0 ? QStringLiteral("[:%1]\n").arg(maxItems) : QStringLiteral("\n");
        } else {
            code += paginator;
            code += QStringLiteral("pages = ")
                + render(call(QStringLiteral("paginator.paginate("), { QStringLiteral("Limit") }, pagination), 0, 8)
                + QLatin1Char('\n');
            code += QStringLiteral("items = ") + collect + QLatin1Char('\n');
        }
        code += QStringLiteral("for item in items:\n    print(item)\n");
        return code;
    }

    const QString method = CodeRequestShape::xformName(operation, QLatin1Char('_'));
    if (CodeRequestShape::pagesWithNextToken(operation)) {
        code += QStringLiteral("request = ") + render(plain(m_request.request), 0, 10) + QLatin1Char('\n');
        code += QStringLiteral("items = []\n");
        code += QStringLiteral("while True:\n");
        code += QStringLiteral("    response = client.%1(**request)\n").arg(method);
        code += QStringLiteral("    items.extend(response.get(\"Items\", []))\n");
        if (m_request.maxItems > 0)
            code += QStringLiteral("    if \"NextToken\" not in response or len(items) >= %1:\n").arg(maxItems);
        else
            code += QStringLiteral("    if \"NextToken\" not in response:\n");
        code += QStringLiteral("        break\n");
        code += QStringLiteral("    request[\"NextToken\"] = response[\"NextToken\"]\n");
        if (m_request.maxItems > 0)
            code += QStringLiteral("del items[%1:]\n").arg(maxItems);
        code += QStringLiteral("for item in items:\n    print(item)\n");
        return code;
    }

    code += QStringLiteral("response = ") + render(call(QStringLiteral("client.%1(").arg(method), {}), 0, 11)
        + QLatin1Char('\n');
    code += QStringLiteral("print(response)\n");
    return code;
}

} // namespace dynoscope::ui
