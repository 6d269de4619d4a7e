// What every generator needs to know about a request beyond its JSON: the
// order members read best in, which members hold DynamoDB attribute values
// (so each language can write them its own way), how the operation pages,
// and the SDKs' spellings of operation and member names.
#pragma once

#include "query/codegen/CodeLiteral.h"
#include "query/codegen/CodeRequest.h"

#include <QJsonValue>
#include <QStringList>

#include <functional>

namespace dynoscope::ui {

class CodeRequestShape {
public:
    // Where a member's value holds attribute values, by member name (the same
    // in every DynamoDB operation) and checked against the value's JSON type.
    enum class ValueKind {
        Plain,
        AttributeValue, // Value (Expected, AttributeUpdates)
        AttributeValueMap, // Key, Item, ExpressionAttributeValues, ExclusiveStartKey
        AttributeValueList, // Parameters, AttributeValueList
        AttributeValueMapList // Keys
    };
    static ValueKind valueKind(const QString& member, const QJsonValue& value);
    // {"S":"x"}, {"N":"1"}, ...: an object with exactly one member of a DynamoDB type.
    static bool isAttributeValue(const QJsonValue& value);
    // A member's literal by its ValueKind, for generators whose lists are
    // "[...]": attributeValue and attributeValueMap write DynamoDB values the
    // language's way, plain any other JSON.
    using ValueWriter = std::function<CodeLiteral(const QJsonValue&)>;
    static CodeLiteral memberLiteral(const QString& member, const QJsonValue& value, const ValueWriter& attributeValue,
                                     const ValueWriter& attributeValueMap, const ValueWriter& plain);

    // The request's members, the ones people read first first (table, index,
    // expressions, values), then the rest alphabetically.
    static QStringList memberOrder(const QJsonObject& object);
    // The same for a request or structure whose member names the code writes
    // as identifiers (keyword arguments, fields, CLI options): only names
    // DynamoDB could have (PascalCase letters and digits), so that no text
    // from a request can become code. DynamoDB rejects the others anyway.
    static QStringList requestMembers(const QJsonObject& object);

    // Query and Scan: the SDKs' paginators follow LastEvaluatedKey.
    static bool isPaginated(const QString& operation);
    // ExecuteStatement: pages with NextToken, without an SDK paginator.
    static bool pagesWithNextToken(const QString& operation);
    // The request's Limit (a page size for paginators); 0 when it has none.
    static int limit(const QJsonObject& request);
    // The number of segments the generated code reads in parallel; 0 when
    // it reads the request as it is.
    static int parallelSegments(const CodeRequest& request);

    // botocore's xform_name: "BatchGetItem" -> "batch_get_item" (separator
    // '_') or "batch-get-item" (the AWS CLI, separator '-').
    static QString xformName(const QString& name, QChar separator);
    // The N text of a number without loss through a double: at most 15
    // significant digits and a modest exponent.
    static bool fitsDouble(const QString& number);
};

} // namespace dynoscope::ui
