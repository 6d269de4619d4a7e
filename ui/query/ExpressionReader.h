// Turns the expressions of a Query or Scan request back into the builder's
// QuerySpec, using the engine's parse tree (dynoscope/ExpressionSyntax.h).
// Paths come out without placeholders ("a.b[0]", #names resolved) and values
// as the DynamoDB JSON of their :placeholders. A function returns nullopt
// with *reason set when the builder cannot show the expression, e.g. a
// comparison of two paths; reason may be null.
#pragma once

#include "query/QuerySpec.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace dynoscope::ui::ExpressionReader {

// A FilterExpression as a group (Kind::And or Kind::Or); an empty text gives
// an empty And group.
std::optional<FilterNode> readFilter(
    const QString& text, const QJsonObject& names, const QJsonObject& values, QString* reason);

// A KeyConditionExpression on the given key attributes (sortKey empty when
// the table or index has none).
std::optional<KeyCondition> readKeyCondition(const QString& text, const QJsonObject& names, const QJsonObject& values,
    const QString& partitionKey, const QString& sortKey, QString* reason);

// A ProjectionExpression as its paths; an empty text gives an empty list.
std::optional<QStringList> readProjection(const QString& text, const QJsonObject& names, QString* reason);

// A whole Query or Scan request (operation "Query" or "Scan") -> spec. A
// filter the builder cannot show sets filterIsText with the text, names and
// values (never loses anything); *reason says why. Parts that cannot be read
// at all (e.g. an invalid key condition) are left at their defaults, with
// *reason saying so.
QuerySpec readRequest(const QString& operation, const QJsonObject& request, const QString& partitionKey,
    const QString& sortKey, QString* reason);

} // namespace dynoscope::ui::ExpressionReader
