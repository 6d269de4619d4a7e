// Python (boto3) for a request: the low-level client, a paginator for Query
// and Scan (PaginationConfig PageSize and MaxItems), threads for a parallel
// scan, a NextToken loop for ExecuteStatement, and one call otherwise.
// Values stay DynamoDB JSON dicts, with bytes for binary.
#pragma once

#include "query/codegen/CodeLiteral.h"
#include "query/codegen/CodeRequest.h"

#include <QJsonValue>

namespace dynoscope::ui {

class PythonCodeGenerator {
public:
    explicit PythonCodeGenerator(const CodeRequest& request);

    // A complete script that prints the items (or the response).
    QString generate() const;

    // Python literals: a str in double quotes, bytes as b"...".
    static QString stringLiteral(const QString& text);
    static QString bytesLiteral(const QByteArray& bytes);

private:
    // The request's members as keyword arguments of a call; extra entries
    // (e.g. PaginationConfig) go last.
    CodeLiteral call(const QString& open, const QStringList& skip, const CodeLiteral& extra = {}) const;
    CodeLiteral member(const QString& name, const QJsonValue& value) const;
    CodeLiteral plain(const QJsonValue& value) const;
    CodeLiteral attributeValue(const QJsonValue& value) const;
    CodeLiteral attributeValueMap(const QJsonValue& value) const;
    QString render(const CodeLiteral& literal, int indentLevel, int startColumn) const;

    CodeRequest m_request;
};

} // namespace dynoscope::ui
