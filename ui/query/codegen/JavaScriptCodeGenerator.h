// JavaScript (ES module, Node 18+) for a request with the AWS SDK for
// JavaScript v3: either the low-level client (@aws-sdk/client-dynamodb,
// values as AttributeValue objects) or the document client
// (@aws-sdk/lib-dynamodb, native values: numbers, strings, booleans, null,
// arrays, objects, Set for SS/NS/BS, Buffer for B, NumberValue for numbers
// a double cannot hold). Query and Scan page with paginateQuery/paginateScan,
// a parallel scan runs its segments with Promise.all, ExecuteStatement loops
// on NextToken; other operations are one send().
#pragma once

#include "query/codegen/CodeLiteral.h"
#include "query/codegen/CodeRequest.h"

#include <QJsonValue>

namespace dynoscope::ui {

class JavaScriptCodeGenerator {
public:
    enum class Flavor { Client, DocumentClient };

    JavaScriptCodeGenerator(const CodeRequest& request, Flavor flavor);

    // A complete module that prints the items (or the response).
    QString generate() const;

    // A JavaScript string literal in double quotes.
    static QString stringLiteral(const QString& text);
    // An object key: bare when it is an identifier, quoted otherwise.
    static QString key(const QString& name);

private:
    CodeLiteral member(const QString& name, const QJsonValue& value) const;
    CodeLiteral plain(const QJsonValue& value) const;
    CodeLiteral attributeValue(const QJsonValue& value) const; // as the flavor writes one
    CodeLiteral attributeValueMap(const QJsonValue& value) const;
    CodeLiteral typedValue(const QJsonValue& value) const; // {"S": ...} as an object
    CodeLiteral nativeValue(const QJsonValue& value) const; // the document client's value
    CodeLiteral input(const QStringList& skip) const;
    // The lib-dynamodb command for an operation; empty when it has none.
    static QString documentCommand(const QString& operation);

    CodeRequest m_request;
    Flavor m_flavor;
};

} // namespace dynoscope::ui
