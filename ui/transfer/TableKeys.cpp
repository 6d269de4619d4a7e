// Key schema of a table and key checks with DynamoDB's messages.
#include "transfer/TableKeys.h"

#include <dynoscope/Number.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace dynoscope::ui {

TableKeys TableKeys::fromDescription(const QJsonObject& table)
{
    QHash<QString, QString> types;
    for (const auto& definition : table.value(QStringLiteral("AttributeDefinitions")).toArray()) {
        const QJsonObject d = definition.toObject();
        types.insert(
            d.value(QStringLiteral("AttributeName")).toString(), d.value(QStringLiteral("AttributeType")).toString());
    }
    TableKeys keys;
    for (const auto& element : table.value(QStringLiteral("KeySchema")).toArray()) {
        const QJsonObject e = element.toObject();
        const QString name = e.value(QStringLiteral("AttributeName")).toString();
        if (e.value(QStringLiteral("KeyType")).toString() == QLatin1String("HASH")) {
            keys.m_partitionName = name;
            keys.m_partitionType = types.value(name);
        } else {
            keys.m_sortName = name;
            keys.m_sortType = types.value(name);
        }
    }
    return keys;
}

QStringList TableKeys::names() const
{
    QStringList list { m_partitionName };
    if (!m_sortName.isEmpty())
        list.append(m_sortName);
    return list;
}

QString TableKeys::typeOf(const QString& name) const
{
    if (name == m_partitionName)
        return m_partitionType;
    if (!m_sortName.isEmpty() && name == m_sortName)
        return m_sortType;
    return {};
}

QString TableKeys::check(const QJsonObject& item) const
{
    for (const QString& name : names()) {
        const auto it = item.constFind(name);
        if (it == item.constEnd())
            return QStringLiteral("One or more parameter values were invalid: Missing the key %1 in the item")
                .arg(name);
        const QJsonObject value = it->toObject();
        const QString actual = value.size() == 1 ? value.begin().key() : QString();
        const QString expected = typeOf(name);
        if (actual != expected)
            return QStringLiteral("One or more parameter values were invalid: Type mismatch for key %1 expected: %2 "
                                  "actual: %3")
                .arg(name, expected, actual);
        if (actual != QLatin1String("N") && value.begin().value().toString().isEmpty())
            return QStringLiteral("One or more parameter values are not valid. The AttributeValue for a key "
                                  "attribute cannot contain an empty %1 value. Key: %2")
                .arg(actual == QLatin1String("S") ? QStringLiteral("string") : QStringLiteral("binary"), name);
    }
    return {};
}

QByteArray TableKeys::identity(const QJsonObject& item) const
{
    QJsonObject key;
    for (const QString& name : names()) {
        QJsonValue value = item.value(name);
        // "1.0" and "1" are the same key.
        const QString number = value.toObject().value(QStringLiteral("N")).toString();
        Number parsed;
        if (!number.isEmpty() && Number::tryParse(number.toStdString(), parsed))
            value = QJsonObject { { QStringLiteral("N"), QString::fromStdString(parsed.toString()) } };
        key.insert(name, value);
    }
    return QJsonDocument(key).toJson(QJsonDocument::Compact);
}

} // namespace dynoscope::ui
