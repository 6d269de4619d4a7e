// DescribeTable -> CreateTable.
#include "transfer/TableSchema.h"

#include <QJsonArray>

namespace dynoscope::ui {

namespace {

const QString kProvisionedThroughput = QStringLiteral("ProvisionedThroughput");
const QString kKeySchema = QStringLiteral("KeySchema");
const QString kProjection = QStringLiteral("Projection");
const QString kIndexName = QStringLiteral("IndexName");

QJsonObject throughput(const QJsonObject& described)
{
    return { { QStringLiteral("ReadCapacityUnits"), described.value(QStringLiteral("ReadCapacityUnits")) },
        { QStringLiteral("WriteCapacityUnits"), described.value(QStringLiteral("WriteCapacityUnits")) } };
}

QJsonArray indexes(const QJsonArray& described, bool withThroughput)
{
    QJsonArray out;
    for (const auto& value : described) {
        const QJsonObject index = value.toObject();
        QJsonObject copy { { kIndexName, index.value(kIndexName) }, { kKeySchema, index.value(kKeySchema) },
            { kProjection, index.value(kProjection) } };
        if (withThroughput)
            copy.insert(kProvisionedThroughput, throughput(index.value(kProvisionedThroughput).toObject()));
        out.append(copy);
    }
    return out;
}

} // namespace

QJsonObject TableSchema::createTableRequest(const QJsonObject& table, const QString& tableName)
{
    // A table that never switched billing modes may have no summary: it is
    // provisioned.
    const QString billing = table.value(QStringLiteral("BillingModeSummary"))
                                .toObject()
                                .value(QStringLiteral("BillingMode"))
                                .toString(QStringLiteral("PROVISIONED"));
    const bool provisioned = billing == QLatin1String("PROVISIONED");
    QJsonObject request { { QStringLiteral("TableName"), tableName },
        { QStringLiteral("AttributeDefinitions"), table.value(QStringLiteral("AttributeDefinitions")) },
        { kKeySchema, table.value(kKeySchema) }, { QStringLiteral("BillingMode"), billing } };
    if (provisioned)
        request.insert(kProvisionedThroughput, throughput(table.value(kProvisionedThroughput).toObject()));
    const QJsonArray global = table.value(QStringLiteral("GlobalSecondaryIndexes")).toArray();
    if (!global.isEmpty())
        request.insert(QStringLiteral("GlobalSecondaryIndexes"), indexes(global, provisioned));
    const QJsonArray local = table.value(QStringLiteral("LocalSecondaryIndexes")).toArray();
    if (!local.isEmpty())
        request.insert(QStringLiteral("LocalSecondaryIndexes"), indexes(local, false));
    const QJsonObject stream = table.value(QStringLiteral("StreamSpecification")).toObject();
    if (stream.value(QStringLiteral("StreamEnabled")).toBool())
        request.insert(QStringLiteral("StreamSpecification"),
            QJsonObject { { QStringLiteral("StreamEnabled"), true },
                { QStringLiteral("StreamViewType"), stream.value(QStringLiteral("StreamViewType")) } });
    // Only a non-default class is asked for: endpoints without table
    // classes then still accept the request.
    const QString tableClass
        = table.value(QStringLiteral("TableClassSummary")).toObject().value(QStringLiteral("TableClass")).toString();
    if (!tableClass.isEmpty() && tableClass != QLatin1String("STANDARD"))
        request.insert(QStringLiteral("TableClass"), tableClass);
    return request;
}

bool TableSchema::isActive(const QJsonObject& table)
{
    if (table.value(QStringLiteral("TableStatus")).toString() != QLatin1String("ACTIVE"))
        return false;
    const QJsonArray global = table.value(QStringLiteral("GlobalSecondaryIndexes")).toArray();
    return std::all_of(global.begin(), global.end(), [](const QJsonValue& index) {
        return index.toObject().value(QStringLiteral("IndexStatus")).toString() == QLatin1String("ACTIVE");
    });
}

} // namespace dynoscope::ui
