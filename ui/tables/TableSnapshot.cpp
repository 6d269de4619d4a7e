// Decoding of the three responses that make up a TableSnapshot.
#include "tables/TableSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dynoscope::ui {

namespace {
QJsonObject parse(const QByteArray& body) { return QJsonDocument::fromJson(body).object(); }
} // namespace

QString TableSnapshot::activeTtlAttribute() const
{
    if (ttlStatus == QLatin1String("ENABLED") || ttlStatus == QLatin1String("ENABLING"))
        return ttlAttribute;
    return {};
}

void TableSnapshot::setDescribeTableResponse(const QByteArray& body)
{
    table = parse(body).value(QStringLiteral("Table")).toObject();
}

QString TableSnapshot::addListTagsResponse(const QByteArray& body)
{
    const auto response = parse(body);
    for (const auto& tag : response.value(QStringLiteral("Tags")).toArray()) {
        const auto object = tag.toObject();
        tags.append({object.value(QStringLiteral("Key")).toString(), object.value(QStringLiteral("Value")).toString()});
    }
    tagsKnown = true;
    tagsError.clear();
    return response.value(QStringLiteral("NextToken")).toString();
}

void TableSnapshot::setDescribeTimeToLiveResponse(const QByteArray& body)
{
    const auto description = parse(body).value(QStringLiteral("TimeToLiveDescription")).toObject();
    ttlStatus = description.value(QStringLiteral("TimeToLiveStatus")).toString();
    ttlAttribute = description.value(QStringLiteral("AttributeName")).toString();
    ttlKnown = true;
    ttlError.clear();
}

} // namespace dynoscope::ui
