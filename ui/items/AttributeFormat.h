// How an attribute value (DynamoDB JSON, e.g. {"N":"1.50"}) shows in a grid
// cell: exact numbers, base64 binaries, summarised sets, maps and lists, and
// its type for tooltips and editors.
#pragma once

#include <QJsonValue>
#include <QString>

namespace dynoscope::ui {

struct AttributeFormat {
    // "S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS" or "BS"; empty when
    // the value is not a DynamoDB attribute value.
    static QString type(const QJsonValue& value);
    // The cell text: "abc", "1.50", "true", "null", "{a, b}" (set),
    // "{3 attributes}" (map), "[2 items]" (list).
    static QString display(const QJsonValue& value);
    // The tooltip: type and, for long or nested values, the whole value.
    static QString tooltip(const QJsonValue& value);
    // True for S, N, B and BOOL: what a cell can edit in place.
    static bool isScalar(const QJsonValue& value);
    // The type's human name, "String", "Number", ...
    static QString typeName(const QString& type);
    // DynamoDB's number syntax (range and precision are the engine's to check).
    static bool isNumberText(const QString& text);
    // Canonical padded base64.
    static bool isBase64Text(const QString& text);
};

} // namespace dynoscope::ui
