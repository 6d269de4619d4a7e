// Expressions -> QuerySpec, over the engine's parse tree.
#include "query/ExpressionReader.h"

#include <dynoscope/ExpressionSyntax.h>

#include <QCoreApplication>
#include <QJsonValue>

namespace dynoscope::ui::ExpressionReader {

namespace {

namespace syntax = dynoscope::ExpressionSyntax;
using Node = syntax::ConditionNode;
using Operand = syntax::Operand;

// A named context, so that lupdate files these free functions' texts where
// the translator looks them up.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ExpressionReader)
};

// Thrown inside this file only: why the builder cannot show an expression.
struct Unreadable {
    QString reason;
};

std::string utf8(const QString& text)
{
    return text.toStdString();
}

// Reads placeholders against the request's maps and turns tree parts into
// the spec's paths and values.
class Resolver {
public:
    Resolver(const QJsonObject& names, const QJsonObject& values)
        : m_names(names)
        , m_values(values)
    {
    }

    // "a.b[0]" with #names resolved; a name the spec's path syntax cannot
    // carry (it contains ".", "[" or "]") is unreadable.
    QString path(const syntax::Path& path) const
    {
        QString out;
        for (const syntax::PathElement& element : path) {
            if (element.isIndex) {
                out += QStringLiteral("[%1]").arg(element.index);
                continue;
            }
            QString name = QString::fromStdString(element.name);
            if (element.isPlaceholder) {
                const QJsonValue resolved = m_names.value(name);
                if (!resolved.isString())
                    throw Unreadable { Text::tr("The attribute name placeholder %1 is not defined.").arg(name) };
                name = resolved.toString();
            }
            if (name.contains(QLatin1Char('.')) || name.contains(QLatin1Char('[')) || name.contains(QLatin1Char(']')))
                throw Unreadable { Text::tr(
                    "The attribute name \"%1\" contains \".\", \"[\" or \"]\", which builder paths cannot show.")
                                       .arg(name) };
            if (!out.isEmpty())
                out += QLatin1Char('.');
            out += name;
        }
        return out;
    }

    QJsonObject value(const Operand& operand) const
    {
        const QString placeholder = QString::fromStdString(operand.placeholder);
        const QJsonValue v = m_values.value(placeholder);
        if (!v.isObject())
            throw Unreadable { Text::tr("The value placeholder %1 is not defined.").arg(placeholder) };
        return v.toObject();
    }

private:
    QJsonObject m_names;
    QJsonObject m_values;
};

bool isValue(const Operand& o)
{
    return o.kind == Operand::Kind::Value;
}

// A path or size(path): the left side of a builder row.
bool isSubject(const Operand& o)
{
    return o.kind == Operand::Kind::Path
        || (o.kind == Operand::Kind::Function && o.function == "size" && o.args.size() == 1
            && o.args[0].kind == Operand::Kind::Path);
}

const syntax::Path& subjectPath(const Operand& o)
{
    return o.kind == Operand::Kind::Path ? o.path : o.args[0].path;
}

FilterOperator comparisonOperator(Node::Comparator comparator, bool reversed)
{
    switch (comparator) {
    case Node::Comparator::Equal:
        return FilterOperator::Equal;
    case Node::Comparator::NotEqual:
        return FilterOperator::NotEqual;
    case Node::Comparator::Less:
        return reversed ? FilterOperator::Greater : FilterOperator::Less;
    case Node::Comparator::LessEqual:
        return reversed ? FilterOperator::GreaterEqual : FilterOperator::LessEqual;
    case Node::Comparator::Greater:
        return reversed ? FilterOperator::Less : FilterOperator::Greater;
    case Node::Comparator::GreaterEqual:
        return reversed ? FilterOperator::LessEqual : FilterOperator::GreaterEqual;
    }
    return FilterOperator::Equal;
}

FilterNode row(const Resolver& resolver, const Operand& subject, FilterOperator op)
{
    FilterNode node;
    node.kind = FilterNode::Kind::Row;
    node.path = resolver.path(subjectPath(subject));
    node.size = subject.kind == Operand::Kind::Function;
    node.op = op;
    return node;
}

FilterNode readCompare(const Resolver& resolver, const Node& c)
{
    const Operand& left = c.operands[0];
    const Operand& right = c.operands[1];
    if (isSubject(left) && isValue(right)) {
        FilterNode node = row(resolver, left, comparisonOperator(c.comparator, false));
        node.values.append(resolver.value(right));
        return node;
    }
    if (isValue(left) && isSubject(right)) {
        FilterNode node = row(resolver, right, comparisonOperator(c.comparator, true));
        node.values.append(resolver.value(left));
        return node;
    }
    if (isSubject(left) && isSubject(right))
        throw Unreadable { Text::tr("A comparison of two attributes cannot be shown as a builder row.") };
    if (isValue(left) && isValue(right))
        throw Unreadable { Text::tr("A comparison of two values cannot be shown as a builder row.") };
    throw Unreadable { Text::tr("A comparison with a function other than size(path) cannot be shown as a builder row.") };
}

FilterNode readFunction(const Resolver& resolver, const Node& c)
{
    const std::string& f = c.function;
    const std::vector<Operand>& args = c.operands;
    const bool pathFirst = !args.empty() && args[0].kind == Operand::Kind::Path;
    const auto unreadable = [&f] {
        return Unreadable {
            Text::tr("%1() with these operands cannot be shown as a builder row.").arg(QString::fromStdString(f))
        };
    };
    if (f == "attribute_exists" || f == "attribute_not_exists") {
        if (args.size() != 1 || !pathFirst)
            throw unreadable();
        return row(resolver, args[0], f == "attribute_exists" ? FilterOperator::Exists : FilterOperator::NotExists);
    }
    FilterOperator op {};
    if (f == "begins_with")
        op = FilterOperator::BeginsWith;
    else if (f == "contains")
        op = FilterOperator::Contains;
    else if (f == "attribute_type")
        op = FilterOperator::AttributeType;
    else
        throw Unreadable { Text::tr("The function %1() cannot be shown as a builder row.").arg(QString::fromStdString(f)) };
    if (args.size() != 2 || !pathFirst || !isValue(args[1]))
        throw unreadable();
    FilterNode node = row(resolver, args[0], op);
    node.values.append(resolver.value(args[1]));
    return node;
}

// Gathers the operands of a chain of same-kind groups into one group.
void flatten(const Resolver& resolver, const Node& c, Node::Kind kind, std::vector<FilterNode>* children);

FilterNode read(const Resolver& resolver, const Node& c)
{
    switch (c.kind) {
    case Node::Kind::Compare:
        return readCompare(resolver, c);
    case Node::Kind::Between:
    case Node::Kind::In: {
        const bool between = c.kind == Node::Kind::Between;
        if (!isSubject(c.operands[0]))
            throw Unreadable { between
                    ? Text::tr("BETWEEN needs an attribute or size(attribute) on its left to be shown as a builder row.")
                    : Text::tr("IN needs an attribute or size(attribute) on its left to be shown as a builder row.") };
        FilterNode node = row(resolver, c.operands[0], between ? FilterOperator::Between : FilterOperator::In);
        for (std::size_t i = 1; i < c.operands.size(); ++i) {
            if (!isValue(c.operands[i]))
                throw Unreadable { between ? Text::tr("BETWEEN needs values as its bounds to be shown as a builder row.")
                                           : Text::tr("IN needs a list of values to be shown as a builder row.") };
            node.values.append(resolver.value(c.operands[i]));
        }
        return node;
    }
    case Node::Kind::Function:
        return readFunction(resolver, c);
    case Node::Kind::Not: {
        FilterNode node = read(resolver, c.children[0]);
        node.negated = !node.negated;
        return node;
    }
    case Node::Kind::And:
    case Node::Kind::Or: {
        FilterNode node;
        node.kind = c.kind == Node::Kind::And ? FilterNode::Kind::And : FilterNode::Kind::Or;
        flatten(resolver, c, c.kind, &node.children);
        return node;
    }
    }
    throw Unreadable { Text::tr("The expression cannot be shown in the builder.") };
}

void flatten(const Resolver& resolver, const Node& c, Node::Kind kind, std::vector<FilterNode>* children)
{
    for (const Node& child : c.children) {
        if (child.kind == kind) {
            flatten(resolver, child, kind, children);
            continue;
        }
        FilterNode node = read(resolver, child);
        // A child group of the same kind that came from NOT, or was itself
        // flattened from a different shape, stays a group of its own.
        const bool sameKind = (node.kind == FilterNode::Kind::And && kind == Node::Kind::And)
            || (node.kind == FilterNode::Kind::Or && kind == Node::Kind::Or);
        if (sameKind && !node.negated) {
            for (FilterNode& grandchild : node.children)
                children->push_back(std::move(grandchild));
        } else {
            children->push_back(std::move(node));
        }
    }
}

void setReason(QString* reason, const QString& text)
{
    if (reason)
        *reason = text;
}

std::optional<Node> parse(syntax::Kind kind, const QString& text, QString* reason)
{
    syntax::Problem problem;
    std::optional<Node> tree = syntax::parseCondition(kind, utf8(text), &problem);
    if (!tree)
        setReason(reason, QString::fromStdString(problem.message));
    return tree;
}

SortKeyOperator sortOperator(Node::Comparator comparator, bool reversed)
{
    switch (comparisonOperator(comparator, reversed)) {
    case FilterOperator::Equal:
        return SortKeyOperator::Equal;
    case FilterOperator::Less:
        return SortKeyOperator::Less;
    case FilterOperator::LessEqual:
        return SortKeyOperator::LessEqual;
    case FilterOperator::Greater:
        return SortKeyOperator::Greater;
    case FilterOperator::GreaterEqual:
        return SortKeyOperator::GreaterEqual;
    default:
        throw Unreadable { Text::tr("<> cannot be used in a key condition.") };
    }
}

// One condition of a key condition's conjunction.
void readKeyTerm(const Resolver& resolver, const Node& c, KeyCondition* key, bool* havePartition)
{
    const auto keyName = [&](const Operand& o) {
        if (o.kind != Operand::Kind::Path)
            throw Unreadable { Text::tr("A key condition compares a key attribute with values.") };
        return resolver.path(o.path);
    };
    const auto onSortKey = [&](const QString& name) {
        if (name != key->sortKey || key->sortKey.isEmpty())
            throw Unreadable { Text::tr("\"%1\" is not a key attribute of the table or index.").arg(name) };
        if (key->sortOperator != SortKeyOperator::None)
            throw Unreadable { Text::tr("The key condition has more than one condition on the sort key.") };
    };
    switch (c.kind) {
    case Node::Kind::Compare: {
        const bool reversed = isValue(c.operands[0]);
        const Operand& attribute = c.operands[reversed ? 1 : 0];
        const Operand& value = c.operands[reversed ? 0 : 1];
        if (!isValue(value))
            throw Unreadable { Text::tr("A key condition compares a key attribute with values.") };
        const QString name = keyName(attribute);
        if (name == key->partitionKey) {
            if (c.comparator != Node::Comparator::Equal)
                throw Unreadable { Text::tr("The partition key condition must be an equality (=).") };
            if (*havePartition)
                throw Unreadable { Text::tr("The key condition has more than one condition on the partition key.") };
            key->partitionValue = resolver.value(value);
            *havePartition = true;
            return;
        }
        onSortKey(name);
        key->sortOperator = sortOperator(c.comparator, reversed);
        key->sortValue = resolver.value(value);
        return;
    }
    case Node::Kind::Between: {
        onSortKey(keyName(c.operands[0]));
        if (!isValue(c.operands[1]) || !isValue(c.operands[2]))
            throw Unreadable { Text::tr("A key condition compares a key attribute with values.") };
        key->sortOperator = SortKeyOperator::Between;
        key->sortValue = resolver.value(c.operands[1]);
        key->sortValueHigh = resolver.value(c.operands[2]);
        return;
    }
    case Node::Kind::Function:
        if (c.function == "begins_with" && c.operands.size() == 2 && isValue(c.operands[1])) {
            onSortKey(keyName(c.operands[0]));
            key->sortOperator = SortKeyOperator::BeginsWith;
            key->sortValue = resolver.value(c.operands[1]);
            return;
        }
        throw Unreadable { Text::tr("A key condition can only use the function begins_with(sortKey, :value).") };
    case Node::Kind::And:
        for (const Node& child : c.children)
            readKeyTerm(resolver, child, key, havePartition);
        return;
    default:
        throw Unreadable { Text::tr(
            "A key condition is one condition on the partition key, optionally AND one on the sort key.") };
    }
}

// The entries of map whose keys text uses.
QJsonObject usedEntries(const QJsonObject& map, const QString& text)
{
    QJsonObject out;
    const std::string utf8Text = utf8(text);
    for (const syntax::Token& token : syntax::tokenize(utf8Text)) {
        if (token.kind != syntax::Token::Kind::NamePlaceholder && token.kind != syntax::Token::Kind::ValuePlaceholder)
            continue;
        const QString key = QString::fromStdString(utf8Text.substr(token.offset, token.length));
        if (map.contains(key))
            out.insert(key, map.value(key));
    }
    return out;
}

void appendReason(QString* reasons, const QString& reason)
{
    if (reason.isEmpty())
        return;
    if (!reasons->isEmpty())
        *reasons += QLatin1Char('\n');
    *reasons += reason;
}

} // namespace

std::optional<FilterNode> readFilter(
    const QString& text, const QJsonObject& names, const QJsonObject& values, QString* reason)
{
    if (text.trimmed().isEmpty())
        return FilterNode {};
    const std::optional<Node> tree = parse(syntax::Kind::Filter, text, reason);
    if (!tree)
        return std::nullopt;
    try {
        FilterNode node = read(Resolver(names, values), *tree);
        if (node.kind == FilterNode::Kind::Row) {
            FilterNode group;
            group.children.push_back(std::move(node));
            return group;
        }
        return node;
    } catch (const Unreadable& e) {
        setReason(reason, e.reason);
    }
    return std::nullopt;
}

std::optional<KeyCondition> readKeyCondition(const QString& text, const QJsonObject& names, const QJsonObject& values,
    const QString& partitionKey, const QString& sortKey, QString* reason)
{
    KeyCondition key;
    key.partitionKey = partitionKey;
    key.sortKey = sortKey;
    if (text.trimmed().isEmpty()) {
        setReason(reason, Text::tr("The key condition is empty."));
        return std::nullopt;
    }
    const std::optional<Node> tree = parse(syntax::Kind::KeyCondition, text, reason);
    if (!tree)
        return std::nullopt;
    try {
        bool havePartition = false;
        readKeyTerm(Resolver(names, values), *tree, &key, &havePartition);
        if (!havePartition)
            throw Unreadable { Text::tr("The key condition has no condition on the partition key %1.").arg(partitionKey) };
        return key;
    } catch (const Unreadable& e) {
        setReason(reason, e.reason);
    }
    return std::nullopt;
}

std::optional<QStringList> readProjection(const QString& text, const QJsonObject& names, QString* reason)
{
    if (text.trimmed().isEmpty())
        return QStringList {};
    syntax::Problem problem;
    const auto paths = syntax::parseProjection(utf8(text), &problem);
    if (!paths) {
        setReason(reason, QString::fromStdString(problem.message));
        return std::nullopt;
    }
    try {
        const Resolver resolver(names, {});
        QStringList out;
        for (const syntax::Path& path : *paths)
            out.append(resolver.path(path));
        return out;
    } catch (const Unreadable& e) {
        setReason(reason, e.reason);
    }
    return std::nullopt;
}

QuerySpec readRequest(const QString& operation, const QJsonObject& request, const QString& partitionKey,
    const QString& sortKey, QString* reason)
{
    QuerySpec spec;
    QString reasons;
    spec.operation = operation == QLatin1String("Query") ? QueryOperation::Query : QueryOperation::Scan;
    spec.tableName = request.value(QLatin1String("TableName")).toString();
    spec.indexName = request.value(QLatin1String("IndexName")).toString();
    const QJsonObject names = request.value(QLatin1String("ExpressionAttributeNames")).toObject();
    const QJsonObject values = request.value(QLatin1String("ExpressionAttributeValues")).toObject();

    spec.key.partitionKey = partitionKey;
    spec.key.sortKey = sortKey;
    if (spec.operation == QueryOperation::Query) {
        QString why;
        const QString text = request.value(QLatin1String("KeyConditionExpression")).toString();
        if (const auto key = readKeyCondition(text, names, values, partitionKey, sortKey, &why))
            spec.key = *key;
        else
            appendReason(&reasons, Text::tr("Key condition: %1").arg(why));
    }

    const QString filter = request.value(QLatin1String("FilterExpression")).toString();
    if (!filter.trimmed().isEmpty()) {
        QString why;
        if (const auto node = readFilter(filter, names, values, &why)) {
            spec.filter = *node;
        } else {
            spec.filterIsText = true;
            spec.filterText = filter;
            spec.filterNames = usedEntries(names, filter);
            spec.filterValues = usedEntries(values, filter);
            appendReason(&reasons, Text::tr("Filter: %1").arg(why));
        }
    }

    const QString projection = request.value(QLatin1String("ProjectionExpression")).toString();
    QString why;
    if (const auto paths = readProjection(projection, names, &why))
        spec.projection = *paths;
    else
        appendReason(&reasons, Text::tr("Projection: %1").arg(why));

    for (const char* legacy :
        { "KeyConditions", "QueryFilter", "ScanFilter", "AttributesToGet", "ConditionalOperator" }) {
        if (request.contains(QLatin1String(legacy)))
            appendReason(
                &reasons, Text::tr("The legacy parameter %1 is not read; use expressions.").arg(QLatin1String(legacy)));
    }

    spec.pageSize = request.value(QLatin1String("Limit")).toInt(0);
    spec.scanIndexForward = request.value(QLatin1String("ScanIndexForward")).toBool(true);
    spec.consistentRead = request.value(QLatin1String("ConsistentRead")).toBool(false);
    spec.totalSegments = request.value(QLatin1String("TotalSegments")).toInt(1);
    spec.segment = request.contains(QLatin1String("Segment")) ? request.value(QLatin1String("Segment")).toInt(0) : -1;
    setReason(reason, reasons);
    return spec;
}

} // namespace dynoscope::ui::ExpressionReader
