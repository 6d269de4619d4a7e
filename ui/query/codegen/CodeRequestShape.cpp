// Request facts shared by the generators; names follow the AWS API reference
// (DynamoDB's request members) and botocore's name transformation.
#include "query/codegen/CodeRequestShape.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace dynoscope::ui {

namespace {

const QStringList& attributeTypes()
{
    static const QStringList types { QStringLiteral("S"), QStringLiteral("N"), QStringLiteral("B"),
        QStringLiteral("BOOL"), QStringLiteral("NULL"), QStringLiteral("M"), QStringLiteral("L"), QStringLiteral("SS"),
        QStringLiteral("NS"), QStringLiteral("BS") };
    return types;
}

bool allOf(const QJsonArray& array, bool (*check)(const QJsonValue&))
{
    for (const QJsonValue& value : array) {
        if (!check(value))
            return false;
    }
    return true;
}

bool isAttributeValueMap(const QJsonValue& value)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!CodeRequestShape::isAttributeValue(it.value()))
            return false;
    }
    return true;
}

} // namespace

bool CodeRequestShape::isAttributeValue(const QJsonValue& value)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    return object.size() == 1 && attributeTypes().contains(object.begin().key());
}

CodeRequestShape::ValueKind CodeRequestShape::valueKind(const QString& member, const QJsonValue& value)
{
    static const QStringList maps { QStringLiteral("ExpressionAttributeValues"), QStringLiteral("Key"),
        QStringLiteral("Item"), QStringLiteral("ExclusiveStartKey") };
    static const QStringList lists { QStringLiteral("Parameters"), QStringLiteral("AttributeValueList") };
    if (maps.contains(member) && isAttributeValueMap(value))
        return ValueKind::AttributeValueMap;
    if (lists.contains(member) && value.isArray() && allOf(value.toArray(), &isAttributeValue))
        return ValueKind::AttributeValueList;
    if (member == QLatin1String("Keys") && value.isArray() && allOf(value.toArray(), &isAttributeValueMap))
        return ValueKind::AttributeValueMapList;
    if (member == QLatin1String("Value") && isAttributeValue(value))
        return ValueKind::AttributeValue;
    return ValueKind::Plain;
}

QStringList CodeRequestShape::memberOrder(const QJsonObject& object)
{
    static const QStringList first { QStringLiteral("TableName"), QStringLiteral("IndexName"),
        QStringLiteral("Statement"), QStringLiteral("Parameters"), QStringLiteral("Key"), QStringLiteral("Item"),
        QStringLiteral("KeyConditionExpression"), QStringLiteral("UpdateExpression"),
        QStringLiteral("ConditionExpression"), QStringLiteral("FilterExpression"),
        QStringLiteral("ProjectionExpression"), QStringLiteral("ExpressionAttributeNames"),
        QStringLiteral("ExpressionAttributeValues") };
    QStringList members;
    for (const QString& name : first) {
        if (object.contains(name))
            members.append(name);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!first.contains(it.key()))
            members.append(it.key());
    }
    return members;
}

QStringList CodeRequestShape::requestMembers(const QJsonObject& object)
{
    static const QRegularExpression name(QStringLiteral("^[A-Z][A-Za-z0-9]{0,127}$"));
    QStringList members = memberOrder(object);
    members.removeIf([](const QString& member) { return !name.match(member).hasMatch(); });
    return members;
}

bool CodeRequestShape::isPaginated(const QString& operation)
{
    return operation == QLatin1String("Query") || operation == QLatin1String("Scan");
}

bool CodeRequestShape::pagesWithNextToken(const QString& operation)
{
    return operation == QLatin1String("ExecuteStatement");
}

int CodeRequestShape::limit(const QJsonObject& request)
{
    return std::max(0, request.value(QLatin1String("Limit")).toInt());
}

int CodeRequestShape::parallelSegments(const CodeRequest& request)
{
    const int total = request.request.value(QLatin1String("TotalSegments")).toInt();
    if (request.operation != QLatin1String("Scan") || !request.allSegments || total < 2
        || request.request.contains(QLatin1String("Segment")))
        return 0;
    return total;
}

QString CodeRequestShape::xformName(const QString& name, QChar separator)
{
    // botocore/__init__.py: the three substitutions of xform_name.
    static const QRegularExpression firstCap(QStringLiteral("(.)([A-Z][a-z]+)"));
    static const QRegularExpression numberCap(QStringLiteral("([a-z])([0-9]+)"));
    static const QRegularExpression endCap(QStringLiteral("([a-z0-9])([A-Z])"));
    const QString replacement = QStringLiteral("\\1") + separator + QStringLiteral("\\2");
    QString text = name;
    text.replace(firstCap, replacement);
    text.replace(numberCap, replacement);
    text.replace(endCap, replacement);
    return text.toLower();
}

bool CodeRequestShape::fitsDouble(const QString& number)
{
    static const QRegularExpression pattern(QStringLiteral("^[+-]?(?:0*)(\\d*?)(?:\\.(\\d*))?(?:[eE]([+-]?\\d+))?$"));
    const QRegularExpressionMatch match = pattern.match(number);
    if (!match.hasMatch() || !number.contains(QRegularExpression(QStringLiteral("\\d"))))
        return false;
    QString digits = match.captured(1) + match.captured(2);
    while (digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    while (digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    bool ok = true;
    const int exponent = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt(&ok);
    return ok && digits.size() <= 15 && std::abs(exponent) <= 280 && match.captured(1).size() <= 280;
}

CodeLiteral CodeRequestShape::memberLiteral(const QString& member, const QJsonValue& value,
                                            const ValueWriter& attributeValue, const ValueWriter& attributeValueMap,
                                            const ValueWriter& plain)
{
    const auto list = [&](const ValueWriter& element) {
        CodeLiteral literal = CodeLiteral::group(QStringLiteral("["), QStringLiteral("]"));
        for (const QJsonValue& v : value.toArray())
            literal.add({}, element(v));
        return literal;
    };
    switch (valueKind(member, value)) {
    case ValueKind::AttributeValue: return attributeValue(value);
    case ValueKind::AttributeValueMap: return attributeValueMap(value);
    case ValueKind::AttributeValueList: return list(attributeValue);
    case ValueKind::AttributeValueMapList: return list(attributeValueMap);
    case ValueKind::Plain: break;
    }
    return plain(value);
}

} // namespace dynoscope::ui
