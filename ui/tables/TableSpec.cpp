// Reading a TableSpec back from DynamoDB's description of a table.
#include "tables/TableSpec.h"

#include "tables/TableSnapshot.h"

#include <QHash>
#include <QJsonArray>

namespace dynoscope::ui {

namespace {

using Types = QHash<QString, QString>;

void readKeys(const QJsonArray& schema, const Types& types, KeyAttribute* partitionKey, KeyAttribute* sortKey)
{
    for (const auto& element : schema) {
        const auto object = element.toObject();
        const QString name = object.value(QStringLiteral("AttributeName")).toString();
        KeyAttribute key{name, types.value(name, QStringLiteral("S"))};
        if (object.value(QStringLiteral("KeyType")).toString() == QLatin1String("HASH"))
            *partitionKey = key;
        else
            *sortKey = key;
    }
}

// A capacity of 0 is how DynamoDB describes on-demand throughput; keep the
// editor's default so that switching to provisioned starts from a sane value.
void readThroughput(const QJsonObject& throughput, qint64* read, qint64* write)
{
    const qint64 r = throughput.value(QStringLiteral("ReadCapacityUnits")).toInteger();
    const qint64 w = throughput.value(QStringLiteral("WriteCapacityUnits")).toInteger();
    if (r > 0)
        *read = r;
    if (w > 0)
        *write = w;
}

QList<SecondaryIndexSpec> readIndexes(const QJsonArray& indexes, const Types& types)
{
    QList<SecondaryIndexSpec> out;
    for (const auto& value : indexes) {
        const auto index = value.toObject();
        SecondaryIndexSpec spec;
        spec.existing = true;
        spec.name = index.value(QStringLiteral("IndexName")).toString();
        readKeys(index.value(QStringLiteral("KeySchema")).toArray(), types, &spec.partitionKey, &spec.sortKey);
        const auto projection = index.value(QStringLiteral("Projection")).toObject();
        spec.projectionType = projection.value(QStringLiteral("ProjectionType")).toString(QStringLiteral("ALL"));
        for (const auto& attribute : projection.value(QStringLiteral("NonKeyAttributes")).toArray())
            spec.nonKeyAttributes.append(attribute.toString());
        readThroughput(index.value(QStringLiteral("ProvisionedThroughput")).toObject(), &spec.readCapacity,
                     &spec.writeCapacity);
        out.append(spec);
    }
    return out;
}

} // namespace

TableSpec TableSpec::fromSnapshot(const TableSnapshot& snapshot)
{
    const QJsonObject& table = snapshot.table;
    TableSpec spec;
    spec.tableName = table.value(QStringLiteral("TableName")).toString();
    spec.tableArn = table.value(QStringLiteral("TableArn")).toString();

    Types types;
    for (const auto& definition : table.value(QStringLiteral("AttributeDefinitions")).toArray()) {
        const auto object = definition.toObject();
        types.insert(object.value(QStringLiteral("AttributeName")).toString(),
                     object.value(QStringLiteral("AttributeType")).toString());
    }
    readKeys(table.value(QStringLiteral("KeySchema")).toArray(), types, &spec.partitionKey, &spec.sortKey);

    // Tables created provisioned and never switched have no BillingModeSummary.
    spec.onDemand = table.value(QStringLiteral("BillingModeSummary"))
                        .toObject()
                        .value(QStringLiteral("BillingMode"))
                        .toString() == QLatin1String("PAY_PER_REQUEST");
    readThroughput(table.value(QStringLiteral("ProvisionedThroughput")).toObject(), &spec.readCapacity,
                 &spec.writeCapacity);

    spec.globalIndexes = readIndexes(table.value(QStringLiteral("GlobalSecondaryIndexes")).toArray(), types);
    spec.localIndexes = readIndexes(table.value(QStringLiteral("LocalSecondaryIndexes")).toArray(), types);

    const auto stream = table.value(QStringLiteral("StreamSpecification")).toObject();
    spec.streamEnabled = stream.value(QStringLiteral("StreamEnabled")).toBool();
    if (spec.streamEnabled)
        spec.streamViewType = stream.value(QStringLiteral("StreamViewType")).toString();

    spec.ttlAttribute = snapshot.activeTtlAttribute();
    spec.ttlEnabled = !spec.ttlAttribute.isEmpty();
    spec.tags = snapshot.tags;
    spec.deletionProtection = table.value(QStringLiteral("DeletionProtectionEnabled")).toBool();
    return spec;
}

} // namespace dynoscope::ui
