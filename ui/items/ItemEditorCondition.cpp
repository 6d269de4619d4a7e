// Optimistic-concurrency conditions for saving an edited item.
#include "items/ItemEditorCondition.h"

#include "items/ItemJson.h"

namespace dynoscope::ui {

namespace {

// Attribute names that conventionally hold an item's version number
// (DynamoDBMapper's @DynamoDBVersionAttribute, Enhanced Client, Dynamoose).
bool isVersionName(const QString& name)
{
    static const QStringList names { QStringLiteral("version"), QStringLiteral("_version"), QStringLiteral("__version"),
        QStringLiteral("versionnumber"), QStringLiteral("version_number"), QStringLiteral("revision"),
        QStringLiteral("rev") };
    return names.contains(name.toLower());
}

} // namespace

ItemEditorCondition ItemEditorCondition::itemAbsent(const QString& partitionKey)
{
    ItemEditorCondition c;
    c.m_kind = Kind::ItemAbsent;
    c.m_expression = QStringLiteral("attribute_not_exists(%1)").arg(c.name(partitionKey));
    c.m_operators = 1;
    return c;
}

ItemEditorCondition ItemEditorCondition::unchangedSince(
    const ItemJsonValue& stored, const ItemJsonValue& edited, const QString& partitionKey)
{
    ItemEditorCondition c;
    c.m_kind = Kind::Unchanged;
    QStringList terms;
    for (const ItemJsonValue::Member& m : stored.members())
        terms.append(c.name(m.name) + QStringLiteral(" = ") + c.value(m.value));
    for (const ItemJsonValue::Member& m : edited.members()) {
        if (!c.m_namePlaceholders.contains(m.name)) // not in stored
            terms.append(QStringLiteral("attribute_not_exists(%1)").arg(c.name(m.name)));
    }
    c.m_expression = terms.join(QStringLiteral(" AND "));
    c.m_operators = int(terms.size() * 2 - 1); // each term, and the ANDs between them
    if (c.m_operators <= kMaxOperators && c.m_expression.size() <= kMaxExpressionLength)
        return c;
    return fallback(stored, partitionKey);
}

ItemEditorCondition ItemEditorCondition::fallback(const ItemJsonValue& stored, const QString& partitionKey)
{
    ItemEditorCondition c;
    c.m_expression = QStringLiteral("attribute_exists(%1)").arg(c.name(partitionKey));
    c.m_operators = 1;
    for (const ItemJsonValue::Member& m : stored.members()) {
        if (isVersionName(m.name) && ItemJson::typeOf(m.value) == QLatin1String("N")) {
            c.m_kind = Kind::VersionUnchanged;
            c.m_expression += QStringLiteral(" AND %1 = %2").arg(c.name(m.name), c.value(m.value));
            c.m_operators = 3;
            c.m_warning = tr("This item has too many attributes to check each one for changes made since you "
                             "opened it: only its version attribute “%1” is checked.")
                              .arg(m.name);
            return c;
        }
    }
    c.m_kind = Kind::KeyExists;
    c.m_warning = tr("This item has too many attributes to check them for changes made since you opened it, "
                     "and no version attribute: saving overwrites any such change.");
    return c;
}

QString ItemEditorCondition::name(const QString& attribute)
{
    QString& placeholder = m_namePlaceholders[attribute];
    if (placeholder.isEmpty()) {
        placeholder = QStringLiteral("#n%1").arg(m_names.members().size());
        m_names.insert(placeholder, ItemJsonValue::string(attribute));
    }
    return placeholder;
}

QString ItemEditorCondition::value(const ItemJsonValue& attributeValue)
{
    const QString placeholder = QStringLiteral(":v%1").arg(m_values.members().size());
    m_values.insert(placeholder, attributeValue);
    return placeholder;
}

void ItemEditorCondition::addTo(ItemJsonValue& request) const
{
    if (m_kind == Kind::None)
        return;
    request.insert(QStringLiteral("ConditionExpression"), ItemJsonValue::string(m_expression));
    request.insert(QStringLiteral("ExpressionAttributeNames"), m_names);
    if (!m_values.members().empty())
        request.insert(QStringLiteral("ExpressionAttributeValues"), m_values);
}

} // namespace dynoscope::ui
