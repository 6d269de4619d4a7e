// DynamoDB's table, index, TTL and tag rules (see the CreateTable,
// UpdateTable, UpdateTimeToLive and TagResource API references and the
// Developer Guide's "Service, account, and table quotas" page).
#include "tables/TableSpecValidator.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace dynoscope::ui {

namespace {

using Field = ValidationIssue::Field;

constexpr int maxKeyNameBytes = 255;
constexpr int maxTagKeyChars = 128;
constexpr int maxTagValueChars = 256;

QString typeName(const QString& type)
{
    if (type == QLatin1String("N"))
        return TableSpecValidator::tr("Number");
    if (type == QLatin1String("B"))
        return TableSpecValidator::tr("Binary");
    return TableSpecValidator::tr("String");
}

// Key, projected and TTL attribute names: 1 to 255 bytes of UTF-8.
QString attributeNameProblem(const QString& name, const QString& whenEmpty)
{
    if (name.isEmpty())
        return whenEmpty;
    const auto bytes = name.toUtf8().size();
    if (bytes > maxKeyNameBytes)
        return TableSpecValidator::tr("Attribute names used here are at most 255 bytes long (this one has %1).")
            .arg(bytes);
    return {};
}

QString capacityProblem(qint64 units, bool read)
{
    if (units < 1)
        return read ? TableSpecValidator::tr("Read capacity must be at least 1 unit.")
                    : TableSpecValidator::tr("Write capacity must be at least 1 unit.");
    if (units > TableSpecValidator::maxCapacityUnits)
        return TableSpecValidator::tr("Given value %1 for %2 is out of bounds.")
            .arg(units)
            .arg(read ? QStringLiteral("ReadCapacityUnits") : QStringLiteral("WriteCapacityUnits"));
    return {};
}

// Attribute names and their one type, across the table and all its indexes
// (AttributeDefinitions lists each attribute once).
class AttributeTypes {
public:
    // The problem when key was declared before with another type.
    QString declare(const KeyAttribute& key, const QString& owner)
    {
        if (!key.isSet())
            return {};
        const auto it = m_types.constFind(key.name);
        if (it == m_types.cend()) {
            m_types.insert(key.name, {key.type, owner});
            return {};
        }
        if (it->first == key.type)
            return {};
        return TableSpecValidator::tr("'%1' is a %2 attribute in %3; an attribute has one type in all keys.")
            .arg(key.name, typeName(it->first), it->second);
    }

private:
    QHash<QString, std::pair<QString, QString>> m_types; // name -> type, where it was declared
};

class Checker {
public:
    explicit Checker(const TableSpec& spec) : m_spec(spec) {}

    QList<ValidationIssue> run()
    {
        checkTable();
        checkIndexes(m_spec.localIndexes, true);
        checkIndexes(m_spec.globalIndexes, false);
        checkIndexTotals();
        checkTimeToLive();
        checkTags();
        return m_issues;
    }

private:
    void add(Field field, const QString& message, int row = -1)
    {
        if (!message.isEmpty())
            m_issues.append({field, row, message});
    }

    void checkTable()
    {
        add(Field::TableName, TableSpecValidator::nameProblem(m_spec.tableName, false));
        add(Field::PartitionKey, attributeNameProblem(m_spec.partitionKey.name,
                                                      TableSpecValidator::tr("Enter the partition key attribute.")));
        if (m_spec.sortKey.isSet()) {
            add(Field::SortKey, attributeNameProblem(m_spec.sortKey.name, {}));
            if (m_spec.sortKey.name == m_spec.partitionKey.name)
                add(Field::SortKey, TableSpecValidator::tr("The sort key must differ from the partition key."));
        }
        m_types.declare(m_spec.partitionKey, TableSpecValidator::tr("the table's partition key"));
        m_types.declare(m_spec.sortKey, TableSpecValidator::tr("the table's sort key"));
        if (!m_spec.onDemand) {
            add(Field::Capacity, capacityProblem(m_spec.readCapacity, true));
            add(Field::Capacity, capacityProblem(m_spec.writeCapacity, false));
        }
    }

    void checkIndexes(const QList<SecondaryIndexSpec>& indexes, bool local)
    {
        const Field listField = local ? Field::LocalIndexes : Field::GlobalIndexes;
        const Field rowField = local ? Field::LocalIndex : Field::GlobalIndex;
        if (local && !indexes.isEmpty() && !m_spec.sortKey.isSet())
            add(listField, TableSpecValidator::tr("Local secondary indexes need a table with a sort key."));
        if (local && indexes.size() > TableSpecValidator::maxLocalIndexes)
            add(listField, TableSpecValidator::tr("A table can have at most %1 local secondary indexes.")
                               .arg(TableSpecValidator::maxLocalIndexes));
        if (!local && indexes.size() > TableSpecValidator::maxGlobalIndexes)
            add(listField, TableSpecValidator::tr("A table can have at most %1 global secondary indexes.")
                               .arg(TableSpecValidator::maxGlobalIndexes));
        for (int row = 0; row < indexes.size(); ++row) {
            const auto& index = indexes[row];
            const auto report = [&](const QString& message) { add(rowField, message, row); };
            report(TableSpecValidator::nameProblem(index.name, true));
            if (!index.name.isEmpty() && m_indexNames.contains(index.name))
                report(TableSpecValidator::tr("Another index is already named '%1'.").arg(index.name));
            m_indexNames.insert(index.name);
            // The table's partition key stands in for an LSI's: the editor
            // does not let it differ.
            const KeyAttribute partitionKey = local ? m_spec.partitionKey : index.partitionKey;
            if (!local)
                report(attributeNameProblem(partitionKey.name,
                                            TableSpecValidator::tr("Enter the index partition key.")));
            if (local)
                report(attributeNameProblem(index.sortKey.name,
                                            TableSpecValidator::tr("A local secondary index needs a sort key.")));
            else if (index.sortKey.isSet())
                report(attributeNameProblem(index.sortKey.name, {}));
            if (index.sortKey.isSet() && index.sortKey.name == partitionKey.name)
                report(TableSpecValidator::tr("The sort key must differ from the partition key."));
            const QString owner = TableSpecValidator::tr("index '%1'").arg(index.name);
            if (!local)
                report(m_types.declare(partitionKey, owner));
            report(m_types.declare(index.sortKey, owner));
            checkProjection(index, report);
            if (!local && !m_spec.onDemand) {
                report(capacityProblem(index.readCapacity, true));
                report(capacityProblem(index.writeCapacity, false));
            }
        }
    }

    template <typename Report>
    void checkProjection(const SecondaryIndexSpec& index, const Report& report)
    {
        if (index.projectionType != QLatin1String("INCLUDE"))
            return;
        if (index.nonKeyAttributes.isEmpty())
            report(TableSpecValidator::tr("List the non-key attributes to project (INCLUDE needs at least one)."));
        QSet<QString> seen;
        for (const auto& attribute : index.nonKeyAttributes) {
            report(attributeNameProblem(attribute, {}));
            if (seen.contains(attribute))
                report(TableSpecValidator::tr("Non-key attribute '%1' is listed twice.").arg(attribute));
            seen.insert(attribute);
        }
        m_projected += index.nonKeyAttributes.size();
    }

    void checkIndexTotals()
    {
        if (m_projected > TableSpecValidator::maxProjectedAttributes)
            add(Field::Indexes, TableSpecValidator::tr("The indexes project %1 non-key attributes in all; DynamoDB "
                                                       "allows at most %2, summed across all secondary indexes.")
                                    .arg(m_projected)
                                    .arg(TableSpecValidator::maxProjectedAttributes));
    }

    void checkTimeToLive()
    {
        if (m_spec.ttlEnabled)
            add(Field::TimeToLive,
                attributeNameProblem(m_spec.ttlAttribute,
                                     TableSpecValidator::tr("Enter the attribute that holds the expiry time.")));
    }

    void checkTags()
    {
        static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"));
        if (m_spec.tags.size() > TableSpecValidator::maxTags)
            add(Field::Tags,
                TableSpecValidator::tr("A table can have at most %1 tags.").arg(TableSpecValidator::maxTags));
        QSet<QString> keys;
        for (int row = 0; row < m_spec.tags.size(); ++row) {
            const auto& tag = m_spec.tags[row];
            if (tag.key.isEmpty())
                add(Field::Tag, TableSpecValidator::tr("Enter a tag key."), row);
            else if (tag.key.toUcs4().size() > maxTagKeyChars)
                add(Field::Tag, TableSpecValidator::tr("Tag keys are at most %1 characters long.").arg(maxTagKeyChars),
                    row);
            if (tag.value.toUcs4().size() > maxTagValueChars)
                add(Field::Tag,
                    TableSpecValidator::tr("Tag values are at most %1 characters long.").arg(maxTagValueChars), row);
            if (!allowed.match(tag.key).hasMatch() || !allowed.match(tag.value).hasMatch())
                add(Field::Tag,
                    TableSpecValidator::tr("Tags may contain only letters, digits, spaces and + - = . _ : / @"), row);
            if (tag.key.startsWith(QLatin1String("aws:"), Qt::CaseInsensitive))
                add(Field::Tag, TableSpecValidator::tr("The aws: prefix is reserved for AWS."), row);
            if (!tag.key.isEmpty() && keys.contains(tag.key))
                add(Field::Tag, TableSpecValidator::tr("The tag key '%1' is used twice.").arg(tag.key), row);
            keys.insert(tag.key);
        }
    }

    const TableSpec& m_spec;
    QList<ValidationIssue> m_issues;
    AttributeTypes m_types;
    QSet<QString> m_indexNames;
    qsizetype m_projected = 0;
};

} // namespace

QList<ValidationIssue> TableSpecValidator::validate(const TableSpec& spec) { return Checker(spec).run(); }

QString TableSpecValidator::nameProblem(const QString& name, bool isIndex)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_.-]+$"));
    if (name.isEmpty())
        return isIndex ? tr("Enter an index name.") : tr("Enter a table name.");
    if (name.size() < 3 || name.size() > 255)
        return (isIndex ? tr("Index names are 3 to 255 characters long (this one has %1).")
                        : tr("Table names are 3 to 255 characters long (this one has %1)."))
            .arg(name.size());
    if (!pattern.match(name).hasMatch())
        return isIndex ? tr("Index names may contain only letters, digits, '_', '-' and '.'.")
                       : tr("Table names may contain only letters, digits, '_', '-' and '.'.");
    return {};
}

} // namespace dynoscope::ui
