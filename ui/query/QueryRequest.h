// A QuerySpec as the exact DynamoDB Query or Scan request it sends: every
// attribute name is aliased as a readable #placeholder (#status, #pk; one
// per path element, so a.b[0].c becomes #a.#b[0].#c), values are :pk, :sk,
// :sk2 for the key condition and :v1, :v2... for the filter. Only members
// that differ from DynamoDB's defaults are written.
//
// A parallel Scan of every segment (totalSegments > 1, segment -1) is
// written with TotalSegments and without Segment: whoever runs it adds
// Segment 0..TotalSegments-1 (ItemTableModel reads them in turn, generated
// code in parallel). maxItems is client-side and never in the request.
#pragma once

#include "query/QuerySpec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace dynoscope::ui::QueryRequest {

// The request for spec. REQUIRES: validate(spec) is empty, or the caller
// accepts a request DynamoDB will reject (it is still well-formed JSON).
QJsonObject build(const QuerySpec& spec);

// What DynamoDB would reject that is cheap to see before sending (a missing
// partition value, a filter row without an attribute or value, BETWEEN
// without two values, a Segment out of range...); empty when none.
QString validate(const QuerySpec& spec);

// request as JSON text for people: members in the order of the API
// reference (TableName, IndexName, the expressions, their names and values,
// then the options), each name or value of the maps on one line.
QByteArray toJson(const QJsonObject& request);

// The text of one filter tree as a FilterExpression, with its placeholders
// added to names and values (ExpressionReaderTest reads it back).
QString filterExpression(const FilterNode& filter, QJsonObject* names, QJsonObject* values);

} // namespace dynoscope::ui::QueryRequest
