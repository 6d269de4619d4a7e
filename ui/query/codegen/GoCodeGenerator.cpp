// SDK for Go v2 code, laid out as gofmt would (tabs, aligned one-line fields).
// Member types follow the SDK's service/dynamodb and types packages.
#include "query/codegen/GoCodeGenerator.h"

#include "query/codegen/CodeRequestShape.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

#include <algorithm>

namespace dynoscope::ui {

namespace {

CodeLiteral::Layout layout()
{
    CodeLiteral::Layout layout;
    layout.indent = QStringLiteral("\t");
    layout.width = 100;
    layout.alignKeys = true;
    return layout;
}

QString numberText(double value)
{
    if (value == double(qint64(value)))
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// The types package's enum type of a member, with the values it has constants for.
struct GoEnum {
    QString type;
    QStringList values;
};

const GoEnum* enumOf(const QString& member)
{
    static const QHash<QString, GoEnum> enums {
        { QStringLiteral("Select"),
            { QStringLiteral("Select"),
                { QStringLiteral("ALL_ATTRIBUTES"), QStringLiteral("ALL_PROJECTED_ATTRIBUTES"),
                    QStringLiteral("SPECIFIC_ATTRIBUTES"), QStringLiteral("COUNT") } } },
        { QStringLiteral("ReturnConsumedCapacity"),
            { QStringLiteral("ReturnConsumedCapacity"),
                { QStringLiteral("INDEXES"), QStringLiteral("TOTAL"), QStringLiteral("NONE") } } },
        { QStringLiteral("ReturnValues"),
            { QStringLiteral("ReturnValue"),
                { QStringLiteral("NONE"), QStringLiteral("ALL_OLD"), QStringLiteral("UPDATED_OLD"),
                    QStringLiteral("ALL_NEW"), QStringLiteral("UPDATED_NEW") } } },
        { QStringLiteral("ReturnItemCollectionMetrics"),
            { QStringLiteral("ReturnItemCollectionMetrics"), { QStringLiteral("SIZE"), QStringLiteral("NONE") } } },
        { QStringLiteral("ReturnValuesOnConditionCheckFailure"),
            { QStringLiteral("ReturnValuesOnConditionCheckFailure"),
                { QStringLiteral("ALL_OLD"), QStringLiteral("NONE") } } },
        { QStringLiteral("ConditionalOperator"),
            { QStringLiteral("ConditionalOperator"), { QStringLiteral("AND"), QStringLiteral("OR") } } },
        { QStringLiteral("ComparisonOperator"),
            { QStringLiteral("ComparisonOperator"),
                { QStringLiteral("EQ"), QStringLiteral("NE"), QStringLiteral("IN"), QStringLiteral("LE"),
                    QStringLiteral("LT"), QStringLiteral("GE"), QStringLiteral("GT"), QStringLiteral("BETWEEN"),
                    QStringLiteral("NOT_NULL"), QStringLiteral("NULL"), QStringLiteral("CONTAINS"),
                    QStringLiteral("NOT_CONTAINS"), QStringLiteral("BEGINS_WITH") } } },
        { QStringLiteral("Action"),
            { QStringLiteral("AttributeAction"),
                { QStringLiteral("ADD"), QStringLiteral("PUT"), QStringLiteral("DELETE") } } },
    };
    const auto it = enums.constFind(member);
    return it == enums.constEnd() ? nullptr : &it.value();
}

// "ALL_OLD" of ReturnValue -> types.ReturnValueAllOld; values without a
// constant become a conversion, types.ReturnValue("...").
QString enumLiteral(const GoEnum& goEnum, const QString& value)
{
    if (!goEnum.values.contains(value))
        return QStringLiteral("types.%1(%2)").arg(goEnum.type, GoCodeGenerator::stringLiteral(value));
    QString name = QStringLiteral("types.") + goEnum.type;
    for (const QString& word : value.split(QLatin1Char('_')))
        name += word.left(1) + word.mid(1).toLower();
    return name;
}

// The Go element type of members whose values are structures.
QString structureType(const QString& member)
{
    static const QHash<QString, QString> types {
        { QStringLiteral("Get"), QStringLiteral("Get") },
        { QStringLiteral("Put"), QStringLiteral("Put") },
        { QStringLiteral("Delete"), QStringLiteral("Delete") },
        { QStringLiteral("Update"), QStringLiteral("Update") },
        { QStringLiteral("ConditionCheck"), QStringLiteral("ConditionCheck") },
        { QStringLiteral("PutRequest"), QStringLiteral("PutRequest") },
        { QStringLiteral("DeleteRequest"), QStringLiteral("DeleteRequest") },
    };
    return types.value(member);
}

} // namespace

GoCodeGenerator::GoCodeGenerator(const CodeRequest& request)
    : m_request(request)
{
}

QString GoCodeGenerator::stringLiteral(const QString& text)
{
    return CodeLiteral::doubleQuoted(text, CodeLiteral::LoneSurrogate::Replace);
}

QString GoCodeGenerator::bytesLiteral(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    bool printable = !decoder.hasError() && !bytes.isEmpty();
    for (const QChar c : text)
        printable = printable && (c.isPrint() || c == QLatin1Char('\n') || c == QLatin1Char('\t'));
    if (printable)
        return QStringLiteral("[]byte(%1)").arg(stringLiteral(text));
    QStringList values;
    for (const char byte : bytes)
        values.append(QStringLiteral("0x%1").arg(static_cast<unsigned char>(byte), 2, 16, QLatin1Char('0')));
    return QStringLiteral("[]byte{%1}").arg(values.join(QStringLiteral(", ")));
}

CodeLiteral GoCodeGenerator::attributeValue(const QJsonValue& value) const
{
    if (!CodeRequestShape::isAttributeValue(value))
        return CodeLiteral::scalar(QStringLiteral("nil"));
    const QJsonObject object = value.toObject();
    const QString type = object.begin().key();
    const QJsonValue inner = object.begin().value();
    CodeLiteral member
        = CodeLiteral::group(QStringLiteral("&types.AttributeValueMember%1{").arg(type), QStringLiteral("}"));
    const QString key = QStringLiteral("Value: ");
    if (type == QLatin1String("S") || type == QLatin1String("N")) {
        member.add(key, CodeLiteral::scalar(stringLiteral(inner.toString())));
    } else if (type == QLatin1String("B")) {
        member.add(key, CodeLiteral::scalar(bytesLiteral(QByteArray::fromBase64(inner.toString().toLatin1()))));
    } else if (type == QLatin1String("BOOL") || type == QLatin1String("NULL")) {
        member.add(key, CodeLiteral::scalar(inner.toBool() ? QStringLiteral("true") : QStringLiteral("false")));
    } else if (type == QLatin1String("SS") || type == QLatin1String("NS")) {
        CodeLiteral list = CodeLiteral::group(QStringLiteral("[]string{"), QStringLiteral("}"));
        for (const QJsonValue& element : inner.toArray())
            list.add({}, CodeLiteral::scalar(stringLiteral(element.toString())));
        member.add(key, list);
    } else if (type == QLatin1String("BS")) {
        CodeLiteral list = CodeLiteral::group(QStringLiteral("[][]byte{"), QStringLiteral("}"));
        for (const QJsonValue& element : inner.toArray())
            list.add({}, CodeLiteral::scalar(bytesLiteral(QByteArray::fromBase64(element.toString().toLatin1()))));
        member.add(key, list);
    } else if (type == QLatin1String("M")) {
        member.add(key, attributeValueMap(QStringLiteral("map[string]types.AttributeValue{"), inner));
    } else if (type == QLatin1String("L")) {
        CodeLiteral list = CodeLiteral::group(QStringLiteral("[]types.AttributeValue{"), QStringLiteral("}"));
        for (const QJsonValue& element : inner.toArray())
            list.add({}, attributeValue(element));
        member.add(key, list);
    }
    return member;
}

CodeLiteral GoCodeGenerator::attributeValueMap(const QString& open, const QJsonValue& value) const
{
    CodeLiteral map = CodeLiteral::group(open, QStringLiteral("}"));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.add(stringLiteral(it.key()) + QStringLiteral(": "), attributeValue(it.value()));
    return map;
}

CodeLiteral GoCodeGenerator::structure(const QString& open, const QJsonObject& object) const
{
    CodeLiteral literal = CodeLiteral::group(open, QStringLiteral("}"));
    for (const QString& name : CodeRequestShape::requestMembers(object))
        literal.add(name + QStringLiteral(": "), member(name, object.value(name)));
    return literal;
}

CodeLiteral GoCodeGenerator::member(const QString& name, const QJsonValue& value) const
{
    const QString& operation = m_request.operation;

    switch (CodeRequestShape::valueKind(name, value)) {
    case CodeRequestShape::ValueKind::AttributeValue:
        return attributeValue(value);
    case CodeRequestShape::ValueKind::AttributeValueMap:
        return attributeValueMap(QStringLiteral("map[string]types.AttributeValue{"), value);
    case CodeRequestShape::ValueKind::AttributeValueList: {
        CodeLiteral list = CodeLiteral::group(QStringLiteral("[]types.AttributeValue{"), QStringLiteral("}"));
        for (const QJsonValue& element : value.toArray())
            list.add({}, attributeValue(element));
        return list;
    }
    case CodeRequestShape::ValueKind::AttributeValueMapList: {
        CodeLiteral list
            = CodeLiteral::group(QStringLiteral("[]map[string]types.AttributeValue{"), QStringLiteral("}"));
        for (const QJsonValue& element : value.toArray())
            list.add({}, attributeValueMap(QStringLiteral("{"), element));
        return list;
    }
    case CodeRequestShape::ValueKind::Plain:
        break;
    }

    if (const GoEnum* goEnum = enumOf(name); goEnum && value.isString())
        return CodeLiteral::scalar(enumLiteral(*goEnum, value.toString()));
    if (name == QLatin1String("ExpressionAttributeNames") && value.isObject()) {
        CodeLiteral map = CodeLiteral::group(QStringLiteral("map[string]string{"), QStringLiteral("}"));
        const QJsonObject names = value.toObject();
        for (auto it = names.begin(); it != names.end(); ++it)
            map.add(stringLiteral(it.key()) + QStringLiteral(": "),
                CodeLiteral::scalar(stringLiteral(it.value().toString())));
        return map;
    }
    if (const QString type = structureType(name); !type.isEmpty() && value.isObject())
        return structure(QStringLiteral("&types.%1{").arg(type), value.toObject());

    // Members whose element type depends on the operation.
    const auto structureMap = [&](const QString& type) {
        CodeLiteral map = CodeLiteral::group(QStringLiteral("map[string]types.%1{").arg(type), QStringLiteral("}"));
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            map.add(
                stringLiteral(it.key()) + QStringLiteral(": "), structure(QStringLiteral("{"), it.value().toObject()));
        return map;
    };
    const auto structureList = [&](const QString& open, const QJsonArray& array) {
        CodeLiteral list = CodeLiteral::group(open, QStringLiteral("}"));
        for (const QJsonValue& element : array)
            list.add({}, structure(QStringLiteral("{"), element.toObject()));
        return list;
    };
    if (name == QLatin1String("RequestItems") && value.isObject()) {
        if (operation == QLatin1String("BatchWriteItem")) {
            CodeLiteral map
                = CodeLiteral::group(QStringLiteral("map[string][]types.WriteRequest{"), QStringLiteral("}"));
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                map.add(stringLiteral(it.key()) + QStringLiteral(": "),
                    structureList(QStringLiteral("{"), it.value().toArray()));
            return map;
        }
        return structureMap(QStringLiteral("KeysAndAttributes"));
    }
    if (name == QLatin1String("KeyConditions") || name == QLatin1String("QueryFilter")
        || name == QLatin1String("ScanFilter"))
        return structureMap(QStringLiteral("Condition"));
    if (name == QLatin1String("Expected"))
        return structureMap(QStringLiteral("ExpectedAttributeValue"));
    if (name == QLatin1String("AttributeUpdates"))
        return structureMap(QStringLiteral("AttributeValueUpdate"));
    if (name == QLatin1String("TransactItems") && value.isArray()) {
        const QString type = operation == QLatin1String("TransactGetItems") ? QStringLiteral("TransactGetItem")
                                                                            : QStringLiteral("TransactWriteItem");
        return structureList(QStringLiteral("[]types.%1{").arg(type), value.toArray());
    }
    if (name == QLatin1String("Statements") && value.isArray())
        return structureList(QStringLiteral("[]types.BatchStatementRequest{"), value.toArray());
    if (name == QLatin1String("TransactStatements") && value.isArray())
        return structureList(QStringLiteral("[]types.ParameterizedStatement{"), value.toArray());

    // Scalars: DynamoDB's integer members are int32, the rest pointers to their type.
    switch (value.type()) {
    case QJsonValue::Bool:
        return CodeLiteral::scalar(QStringLiteral("aws.Bool(%1)").arg(value.toBool() ? "true" : "false"));
    case QJsonValue::Double:
        return CodeLiteral::scalar(QStringLiteral("aws.Int32(%1)").arg(numberText(value.toDouble())));
    case QJsonValue::String:
        return CodeLiteral::scalar(QStringLiteral("aws.String(%1)").arg(stringLiteral(value.toString())));
    case QJsonValue::Object:
        return structure(QStringLiteral("&types.%1{").arg(name), value.toObject());
    case QJsonValue::Array: {
        // Beyond the item operations: strings stay strings; structures get a
        // type named after the member, for the reader to check.
        const QJsonArray array = value.toArray();
        if (std::all_of(array.begin(), array.end(), [](const QJsonValue& element) { return element.isString(); })) {
            CodeLiteral list = CodeLiteral::group(QStringLiteral("[]string{"), QStringLiteral("}"));
            for (const QJsonValue& element : array)
                list.add({}, CodeLiteral::scalar(stringLiteral(element.toString())));
            return list;
        }
        return structureList(QStringLiteral("[]types.%1{").arg(name), array);
    }
    default:
        return CodeLiteral::scalar(QStringLiteral("nil"));
    }
}

QString GoCodeGenerator::generate() const
{
    const QString& operation = m_request.operation;
    const int segments = CodeRequestShape::parallelSegments(m_request);
    const bool paginated = CodeRequestShape::isPaginated(operation);
    const bool tokenPaged = CodeRequestShape::pagesWithNextToken(operation);
    const bool collectsItems = paginated || tokenPaged;
    const int maxItems = m_request.maxItems;
    const QString inputType = QStringLiteral("&dynamodb.%1Input{").arg(operation);
    const CodeLiteral input = structure(inputType, m_request.request);
    const QString inputText = input.render(layout(), 1, 13);

    QStringList packages { QStringLiteral("context") };
    if (collectsItems)
        packages.append(QStringLiteral("encoding/json"));
    packages.append({ QStringLiteral("fmt"), QStringLiteral("log") });
    QStringList modules;
    if (!m_request.endpointUrl.isEmpty() || segments > 0 || inputText.contains(QLatin1String("aws.")))
        modules.append(QStringLiteral("github.com/aws/aws-sdk-go-v2/aws"));
    modules.append(QStringLiteral("github.com/aws/aws-sdk-go-v2/config"));
    if (collectsItems)
        modules.append(QStringLiteral("github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"));
    modules.append(QStringLiteral("github.com/aws/aws-sdk-go-v2/service/dynamodb"));
    if (collectsItems || inputText.contains(QLatin1String("types.")))
        modules.append(QStringLiteral("github.com/aws/aws-sdk-go-v2/service/dynamodb/types"));
    if (segments > 0)
        modules.append(QStringLiteral("golang.org/x/sync/errgroup"));

    QStringList getModules = modules;
    getModules.removeAll(QStringLiteral("github.com/aws/aws-sdk-go-v2/service/dynamodb/types"));
    QString code = QStringLiteral("// go get %1\npackage main\n\nimport (\n").arg(getModules.join(QLatin1Char(' ')));
    for (const QString& package : packages)
        code += QStringLiteral("\t\"%1\"\n").arg(package);
    code += QLatin1Char('\n');
    for (const QString& module : modules)
        code += QStringLiteral("\t\"%1\"\n").arg(module);
    code += QStringLiteral(")\n\nfunc main() {\n\tctx := context.Background()\n");
    code += m_request.region.isEmpty()
        ? QStringLiteral("\tcfg, err := config.LoadDefaultConfig(ctx)\n")
        : QStringLiteral("\tcfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(%1))\n")
              .arg(stringLiteral(m_request.region));
    code += QStringLiteral("\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n");
    if (m_request.endpointUrl.isEmpty()) {
        code += QStringLiteral("\tclient := dynamodb.NewFromConfig(cfg)\n\n");
    } else {
        code += QStringLiteral("\tclient := dynamodb.NewFromConfig(cfg, func(o *dynamodb.Options) {\n");
        code += QStringLiteral("\t\to.BaseEndpoint = aws.String(%1)\n\t})\n\n")
                    .arg(stringLiteral(m_request.endpointUrl));
    }
    code += QStringLiteral("\tinput := ") + inputText + QLatin1Char('\n');

    if (maxItems > 0 && collectsItems)
        code += QStringLiteral("\tconst maxItems = %1\n").arg(maxItems);
    if (paginated && segments > 0) {
        code += QStringLiteral("\tconst totalSegments = %1\n").arg(segments);
        code += QStringLiteral("\tsegments := make([][]map[string]types.AttributeValue, totalSegments)\n");
        code += QStringLiteral("\tgroup, groupCtx := errgroup.WithContext(ctx)\n");
        code += QStringLiteral("\tfor segment := 0; segment < totalSegments; segment++ {\n");
        code += QStringLiteral("\t\tgroup.Go(func() error {\n");
        code += QStringLiteral("\t\t\tsegmentInput := *input\n");
        code += QStringLiteral("\t\t\tsegmentInput.Segment = aws.Int32(int32(segment))\n");
        code += QStringLiteral("\t\t\tpaginator := dynamodb.NewScanPaginator(client, &segmentInput)\n");
        code += maxItems > 0
            ? QStringLiteral("\t\t\tfor paginator.HasMorePages() && len(segments[segment]) < maxItems {\n")
            : QStringLiteral("\t\t\tfor paginator.HasMorePages() {\n");
        code += QStringLiteral("\t\t\t\tpage, err := paginator.NextPage(groupCtx)\n\t\t\t\tif err != nil "
                               "{\n\t\t\t\t\treturn err\n\t\t\t\t}\n");
        code += QStringLiteral("\t\t\t\tsegments[segment] = append(segments[segment], "
                               "page.Items...)\n\t\t\t}\n\t\t\treturn nil\n\t\t})\n\t}\n");
        code += QStringLiteral("\tif err := group.Wait(); err != nil {\n\t\tlog.Fatal(err)\n\t}\n");
        code += QStringLiteral("\tvar items []map[string]types.AttributeValue\n");
        code += QStringLiteral(
            "\tfor _, segmentItems := range segments {\n\t\titems = append(items, segmentItems...)\n\t}\n");
    } else if (paginated) {
        code += QStringLiteral("\tvar items []map[string]types.AttributeValue\n");
        code += QStringLiteral("\tpaginator := dynamodb.New%1Paginator(client, input)\n").arg(operation);
        code += maxItems > 0 ? QStringLiteral("\tfor paginator.HasMorePages() && len(items) < maxItems {\n")
                             : QStringLiteral("\tfor paginator.HasMorePages() {\n");
        code += QStringLiteral(
            "\t\tpage, err := paginator.NextPage(ctx)\n\t\tif err != nil {\n\t\t\tlog.Fatal(err)\n\t\t}\n");
        code += QStringLiteral("\t\titems = append(items, page.Items...)\n\t}\n");
    } else if (tokenPaged) {
        code += QStringLiteral("\tvar items []map[string]types.AttributeValue\n\tfor {\n");
        code += QStringLiteral(
            "\t\toutput, err := client.%1(ctx, input)\n\t\tif err != nil {\n\t\t\tlog.Fatal(err)\n\t\t}\n")
                    .arg(operation);
        code += QStringLiteral("\t\titems = append(items, output.Items...)\n");
        code += maxItems > 0 ? QStringLiteral("\t\tif output.NextToken == nil || len(items) >= maxItems {\n")
                             : QStringLiteral("\t\tif output.NextToken == nil {\n");
        code += QStringLiteral("\t\t\tbreak\n\t\t}\n\t\tinput.NextToken = output.NextToken\n\t}\n");
    } else {
        code += QStringLiteral("\toutput, err := client.%1(ctx, input)\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n")
                    .arg(operation);
        code += QStringLiteral("\tfmt.Printf(\"%+v\\n\", *output)\n}\n");
        return code;
    }
    if (maxItems > 0)
        code += QStringLiteral("\tif len(items) > maxItems {\n\t\titems = items[:maxItems]\n\t}\n");
    code += QStringLiteral("\tprintItems(items)\n}\n\n");
    code += QStringLiteral("// printItems prints each item as JSON, its attribute values as plain Go values.\n"
                           "func printItems(items []map[string]types.AttributeValue) {\n"
                           "\tfor _, item := range items {\n"
                           "\t\tvar record map[string]any\n"
                           "\t\tif err := attributevalue.UnmarshalMap(item, &record); err != nil {\n"
                           "\t\t\tlog.Fatal(err)\n"
                           "\t\t}\n"
                           "\t\tline, err := json.Marshal(record)\n"
                           "\t\tif err != nil {\n"
                           "\t\t\tlog.Fatal(err)\n"
                           "\t\t}\n"
                           "\t\tfmt.Println(string(line))\n"
                           "\t}\n"
                           "}\n");
    return code;
}

} // namespace dynoscope::ui
