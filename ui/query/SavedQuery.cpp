// The Definition of a saved query, as JSON.
#include "query/SavedQuery.h"

#include <QCoreApplication>

namespace dynoscope::ui {

QJsonObject SavedQuery::toJson() const
{
    QJsonObject definition {
        { QStringLiteral("Operation"), operation },
        { QStringLiteral("Request"), request },
    };
    if (maxItems > 0)
        definition.insert(QStringLiteral("MaxItems"), maxItems);
    if (savedAt.isValid())
        definition.insert(QStringLiteral("SavedAt"), savedAt.toUTC().toString(Qt::ISODateWithMs));
    return definition;
}

SavedQuery SavedQuery::fromJson(const QJsonObject& definition, const QString& name, QString* error)
{
    SavedQuery query;
    query.name = name;
    query.operation = definition.value(QStringLiteral("Operation")).toString();
    query.request = definition.value(QStringLiteral("Request")).toObject();
    query.maxItems = qMax(0, definition.value(QStringLiteral("MaxItems")).toInt());
    query.savedAt = QDateTime::fromString(definition.value(QStringLiteral("SavedAt")).toString(), Qt::ISODateWithMs);
    if (error) {
        if (query.operation.isEmpty())
            *error = QCoreApplication::translate("SavedQuery", "The definition has no Operation.");
        else if (!definition.value(QStringLiteral("Request")).isObject())
            *error = QCoreApplication::translate("SavedQuery", "The definition has no Request object.");
        else
            error->clear();
    }
    return query;
}

QString SavedQuery::indexName() const
{
    return request.value(QStringLiteral("IndexName")).toString();
}

QString SavedQuery::summary() const
{
    const QString index = indexName();
    return index.isEmpty() ? operation : QCoreApplication::translate("SavedQuery", "%1 on %2").arg(operation, index);
}

} // namespace dynoscope::ui
