// What the query builder edits: a Query or Scan on a table or one of its
// indexes, its key condition, filter tree, projection and options. The
// builder's widgets, the expression editor, saved queries and the code
// generator all meet here; QueryRequest turns a spec into the exact DynamoDB
// request, and ExpressionReader turns expressions back into a spec.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace dynoscope::ui {

enum class QueryOperation { Query, Scan };

// The sort-key condition of a Query.
enum class SortKeyOperator { None, Equal, Less, LessEqual, Greater, GreaterEqual, Between, BeginsWith };

struct KeyCondition {
    QString partitionKey;        // attribute names, from the table or index key schema
    QString sortKey;             // empty when the table or index has none
    QJsonObject partitionValue;  // a DynamoDB attribute value, e.g. {"S":"USER#1"}
    SortKeyOperator sortOperator = SortKeyOperator::None;
    QJsonObject sortValue;       // the value, or BETWEEN's low end
    QJsonObject sortValueHigh;   // BETWEEN's high end

    bool operator==(const KeyCondition&) const = default;
};

enum class FilterOperator {
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Between,      // values: low, high
    In,           // values: one or more (DynamoDB allows up to 100)
    BeginsWith,
    Contains,
    Exists,       // attribute_exists(path): no value
    NotExists,    // attribute_not_exists(path): no value
    AttributeType // attribute_type(path, :t): the value is {"S":"N"}, {"S":"SS"}, ...
};

// One row or one AND/OR group of the filter. A row compares an attribute
// path ("a.b[0].c", written as in an expression but without placeholders)
// or, with size set, size(path); a group combines its children.
struct FilterNode {
    enum class Kind { Row, And, Or };

    Kind kind = Kind::And;
    bool negated = false;        // NOT (...)
    // Kind::Row
    QString path;
    bool size = false;           // compares size(path) (comparisons, BETWEEN and IN only)
    FilterOperator op = FilterOperator::Equal;
    QList<QJsonObject> values;   // DynamoDB attribute values
    // Kind::And / Kind::Or
    std::vector<FilterNode> children;

    bool isEmptyGroup() const { return kind != Kind::Row && children.empty(); }
    bool operator==(const FilterNode&) const = default;
};

struct QuerySpec {
    QueryOperation operation = QueryOperation::Scan;
    QString tableName;
    QString indexName;           // empty: the table itself
    KeyCondition key;            // Query only

    FilterNode filter;           // the root group (Kind::And or Kind::Or); empty: no filter
    // When the filter was written in the expression editor in a form the
    // builder cannot show (e.g. comparing two paths), the expression text is
    // the filter and filterNames/filterValues hold its placeholders; the
    // builder then shows the text and says why it cannot show rows.
    bool filterIsText = false;
    QString filterText;
    QJsonObject filterNames;
    QJsonObject filterValues;

    QStringList projection;      // attribute paths; empty: all attributes
    int pageSize = 0;            // the request's Limit; 0: none (DynamoDB's 1 MB pages)
    int maxItems = 0;            // stop after this many items in all; 0: no limit
    bool scanIndexForward = true;
    bool consistentRead = false;
    int totalSegments = 1;       // parallel Scan: TotalSegments when > 1
    int segment = -1;            // the one segment to read; -1: all of them, in turn

    bool operator==(const QuerySpec&) const = default;
};

QString operationName(QueryOperation operation); // "Query" or "Scan"

} // namespace dynoscope::ui
