// Lossless conversions between the two ways the editor shows an item:
//
//   DynamoDB JSON  {"id": {"S": "a1"}, "n": {"N": "1.50"}, "tags": {"SS": ["x"]}}
//   plain JSON     {"id": "a1", "n": 1.50, "tags": {"$SS": ["x"]}}
//
// Plain JSON maps S, N, BOOL, NULL, M and L to their JSON kinds, numbers
// written exactly as their DynamoDB text (never through a double). What JSON
// has no kind for is marked by an object with one "$" member:
//
//   {"$SS": ["a", "b"]}     string set
//   {"$NS": ["1", "2.5"]}   number set (numbers as strings; JSON numbers are accepted too)
//   {"$BS": ["AAE=", "Ag=="]} binary set (base64)
//   {"$B": "AAE="}          binary (base64)
//   {"$N": "+.5"}           a number whose DynamoDB text is not JSON number syntax
//                           ("+.5", "5."); a JSON number is accepted too
//   {"$M": {"$x": 1}}       a map whose only key starts with "$", so that it
//                           is not read as a marker
//
// Any other object with exactly one member whose name starts with "$" is an
// error, never silently a map. The top-level object is always the item's
// attributes: an attribute may be called "$SS".
#pragma once

#include "items/ItemJsonError.h"
#include "items/ItemJsonValue.h"
#include "items/ItemJsonWriter.h"

#include <QByteArray>

#include <optional>

namespace dynoscope::ui {

enum class ItemJsonForm { DynamoDb, Plain };

namespace ItemJson {

// DynamoDB's limit on nested attribute levels, the attribute being level 1.
inline constexpr int kMaxNestingLevels = 32;

// Parses an item (a JSON object of attributes) written in form, checks it
// (checkValue on every attribute, unique non-empty names) and returns it in
// DynamoDB form: an object of type descriptors such as {"S": "x"}. Offsets
// in the result and in *error point into text.
std::optional<ItemJsonValue> parseItem(QByteArrayView text, ItemJsonForm form, ItemJsonError* error = nullptr);
// Writes an item held in DynamoDB form.
// REQUIRES: item is an object of valid DynamoDB-form values (as parseItem returns).
QByteArray writeItem(const ItemJsonValue& item, ItemJsonForm form, ItemJsonStyle style);

// Text to text; a null QByteArray when text is not a valid item in from.
QByteArray convertItem(
    QByteArrayView text, ItemJsonForm from, ItemJsonForm to, ItemJsonStyle style, ItemJsonError* error = nullptr);
QByteArray dynamoToPlain(
    QByteArrayView dynamoJson, ItemJsonStyle style = ItemJsonStyle::Pretty, ItemJsonError* error = nullptr);
QByteArray plainToDynamo(
    QByteArrayView plainJson, ItemJsonStyle style = ItemJsonStyle::Pretty, ItemJsonError* error = nullptr);

// One attribute value, DynamoDB form to plain form.
// REQUIRES: checkValue(dynamo).
ItemJsonValue toPlainValue(const ItemJsonValue& dynamo);
// One attribute value, plain form to DynamoDB form (not checked: see
// checkValue). Fails only on a malformed or unknown "$" marker.
std::optional<ItemJsonValue> toDynamoValue(const ItemJsonValue& plain, ItemJsonError* error = nullptr);

// Checks a DynamoDB-form value as DynamoDB would: exactly one known type,
// the JSON kind it needs, numbers DynamoDB accepts (38 digits, 1E-130 to
// 1E+126), base64 binaries, non-empty sets without duplicates, unique map
// keys, at most kMaxNestingLevels levels. level: this value's level.
bool checkValue(const ItemJsonValue& dynamo, ItemJsonError* error = nullptr, int level = 1);

// DynamoDB's equality of two valid DynamoDB-form values: same type; numbers
// numerically ("1.50" == "1.5"), binaries by bytes, sets and maps regardless
// of order.
bool sameValue(const ItemJsonValue& a, const ItemJsonValue& b);

// "S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS" or "BS".
// REQUIRES: checkValue(dynamo).
QString typeOf(const ItemJsonValue& dynamo);
// The descriptor's payload: the string of {"S": "x"}, the object of {"M": {...}}.
// REQUIRES: checkValue(dynamo).
const ItemJsonValue& payloadOf(const ItemJsonValue& dynamo);

} // namespace ItemJson

} // namespace dynoscope::ui
