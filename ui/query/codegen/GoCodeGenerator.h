// Go for a request with the AWS SDK for Go v2: config.LoadDefaultConfig,
// typed input structs (aws.String, aws.Int32, aws.Bool, the types package's
// enum constants and AttributeValueMember* values), NewQueryPaginator /
// NewScanPaginator, errgroup for a parallel scan, a NextToken loop for
// ExecuteStatement, one call otherwise; BaseEndpoint for a local endpoint.
// Covers the members of the item operations (reads, writes, batches,
// transactions, PartiQL); other members are written from their JSON type.
#pragma once

#include "query/codegen/CodeLiteral.h"
#include "query/codegen/CodeRequest.h"

#include <QJsonValue>

namespace dynoscope::ui {

class GoCodeGenerator {
public:
    explicit GoCodeGenerator(const CodeRequest& request);

    // A complete main package that prints the items (or the output).
    QString generate() const;

    // A Go interpreted string literal.
    static QString stringLiteral(const QString& text);
    // A []byte expression: []byte("text") for printable UTF-8, []byte{0x01, ...} otherwise.
    static QString bytesLiteral(const QByteArray& bytes);

private:
    // A member's value as its SDK type requires (element types left out
    // where Go allows: in map values and slice elements).
    CodeLiteral member(const QString& name, const QJsonValue& value) const;
    CodeLiteral structure(const QString& open, const QJsonObject& object) const;
    CodeLiteral attributeValue(const QJsonValue& value) const;
    CodeLiteral attributeValueMap(const QString& open, const QJsonValue& value) const;

    CodeRequest m_request;
};

} // namespace dynoscope::ui
