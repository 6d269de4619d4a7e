// Builds the Query/Scan request of a QuerySpec: expressions, placeholders
// and options, and the checks made before sending.
#include "query/QueryRequest.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace dynoscope::ui::QueryRequest {

namespace {

// The texts' context, visible to lupdate.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(QueryRequest)
};

// One attribute path split into names and list indexes: "a.b[0].c" ->
// {"a", "b[0]"...}; each element is a name followed by zero or more [n].
struct PathElement {
    QString name;
    QList<int> indexes;
};

bool splitPath(const QString& text, QList<PathElement>* elements)
{
    const QString path = text.trimmed();
    if (path.isEmpty())
        return false;
    int i = 0;
    while (i <= path.size()) {
        PathElement element;
        while (i < path.size() && path[i] != QLatin1Char('.') && path[i] != QLatin1Char('['))
            element.name += path[i++];
        if (element.name.isEmpty())
            return false;
        while (i < path.size() && path[i] == QLatin1Char('[')) {
            const int close = int(path.indexOf(QLatin1Char(']'), i));
            if (close < 0)
                return false;
            bool ok = false;
            const QString digits = path.mid(i + 1, close - i - 1);
            const int index = digits.toInt(&ok);
            if (!ok || index < 0 || digits.contains(QLatin1Char('+')) || digits.contains(QLatin1Char(' ')))
                return false;
            element.indexes << index;
            i = close + 1;
        }
        elements->append(element);
        if (i == path.size())
            return true;
        if (path[i] != QLatin1Char('.'))
            return false;
        ++i;
        if (i == path.size())
            return false; // a trailing dot
    }
    return true;
}

// Gives every attribute name one readable, unique #placeholder.
class Names {
public:
    explicit Names(const QJsonObject& existing = {}) : m_names(existing)
    {
        for (auto it = existing.begin(); it != existing.end(); ++it)
            m_byName.insert(it.value().toString(), it.key());
    }

    QString alias(const QString& name)
    {
        if (const auto it = m_byName.constFind(name); it != m_byName.constEnd())
            return *it;
        QString base;
        for (const QChar c : name)
            base += (c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('_'))) ? c : QLatin1Char('_');
        if (base.isEmpty() || base.count(QLatin1Char('_')) == base.size())
            base = QStringLiteral("attr");
        QString placeholder = QLatin1Char('#') + base;
        for (int n = 2; m_names.contains(placeholder); ++n)
            placeholder = QStringLiteral("#%1_%2").arg(base).arg(n);
        m_names.insert(placeholder, name);
        m_byName.insert(name, placeholder);
        return placeholder;
    }

    // "#a.#b[0].#c"; the text unchanged when it is not a valid path
    // (validate() reports it).
    QString path(const QString& text)
    {
        QList<PathElement> elements;
        if (!splitPath(text, &elements))
            return text;
        QStringList parts;
        for (const PathElement& element : elements) {
            QString part = alias(element.name);
            for (int index : element.indexes)
                part += QStringLiteral("[%1]").arg(index);
            parts << part;
        }
        return parts.join(QLatin1Char('.'));
    }

    const QJsonObject& names() const { return m_names; }

private:
    QJsonObject m_names;
    QHash<QString, QString> m_byName;
};

// Hands out :placeholders for values, skipping those already taken.
class Values {
public:
    explicit Values(const QJsonObject& existing = {}) : m_values(existing) {}

    QString add(const QString& wanted, const QJsonObject& value)
    {
        QString placeholder = wanted;
        for (int n = 2; m_values.contains(placeholder); ++n)
            placeholder = wanted + QStringLiteral("_%1").arg(n);
        m_values.insert(placeholder, value);
        return placeholder;
    }
    QString next(const QJsonObject& value)
    {
        QString placeholder;
        do
            placeholder = QStringLiteral(":v%1").arg(++m_counter);
        while (m_values.contains(placeholder));
        m_values.insert(placeholder, value);
        return placeholder;
    }

    const QJsonObject& values() const { return m_values; }

private:
    QJsonObject m_values;
    int m_counter = 0;
};

QString comparator(FilterOperator op)
{
    switch (op) {
    case FilterOperator::Equal: return QStringLiteral("=");
    case FilterOperator::NotEqual: return QStringLiteral("<>");
    case FilterOperator::Less: return QStringLiteral("<");
    case FilterOperator::LessEqual: return QStringLiteral("<=");
    case FilterOperator::Greater: return QStringLiteral(">");
    case FilterOperator::GreaterEqual: return QStringLiteral(">=");
    default: return {};
    }
}

bool isComparison(FilterOperator op) { return !comparator(op).isEmpty(); }

bool isFunction(FilterOperator op)
{
    return op == FilterOperator::BeginsWith || op == FilterOperator::Contains || op == FilterOperator::Exists ||
           op == FilterOperator::NotExists || op == FilterOperator::AttributeType;
}

QString rowExpression(const FilterNode& row, Names& names, Values& values)
{
    const QString path = names.path(row.path);
    const QString operand = row.size && !isFunction(row.op) ? QStringLiteral("size(%1)").arg(path) : path;
    const auto value = [&](int i) { return values.next(row.values.value(i)); };
    QString text;
    if (isComparison(row.op)) {
        text = QStringLiteral("%1 %2 %3").arg(operand, comparator(row.op), value(0));
    } else {
        switch (row.op) {
        case FilterOperator::Between: {
            const QString low = value(0);
            text = QStringLiteral("%1 BETWEEN %2 AND %3").arg(operand, low, value(1));
            break;
        }
        case FilterOperator::In: {
            QStringList list;
            for (int i = 0; i < std::max<int>(1, int(row.values.size())); ++i)
                list << value(i);
            text = QStringLiteral("%1 IN (%2)").arg(operand, list.join(QStringLiteral(", ")));
            break;
        }
        case FilterOperator::BeginsWith: text = QStringLiteral("begins_with(%1, %2)").arg(path, value(0)); break;
        case FilterOperator::Contains: text = QStringLiteral("contains(%1, %2)").arg(path, value(0)); break;
        case FilterOperator::Exists: text = QStringLiteral("attribute_exists(%1)").arg(path); break;
        case FilterOperator::NotExists: text = QStringLiteral("attribute_not_exists(%1)").arg(path); break;
        case FilterOperator::AttributeType: text = QStringLiteral("attribute_type(%1, %2)").arg(path, value(0)); break;
        default: break;
        }
    }
    // NOT binds more loosely than a comparison; the parentheses are for the reader.
    if (row.negated)
        return isFunction(row.op) ? QStringLiteral("NOT ") + text : QStringLiteral("NOT (%1)").arg(text);
    return text;
}

// Whether a node contributes to the expression (empty groups do not).
bool hasContent(const FilterNode& node)
{
    if (node.kind == FilterNode::Kind::Row)
        return true;
    return std::any_of(node.children.begin(), node.children.end(), hasContent);
}

QString nodeExpression(const FilterNode& node, Names& names, Values& values)
{
    if (node.kind == FilterNode::Kind::Row)
        return rowExpression(node, names, values);
    QStringList parts;
    for (const FilterNode& child : node.children) {
        if (!hasContent(child))
            continue;
        QString text = nodeExpression(child, names, values);
        const int grandchildren = int(std::count_if(child.children.begin(), child.children.end(), hasContent));
        // A nested group of two or more is parenthesized (AND binds more
        // tightly than OR, but the structure shown must be the one read).
        if (child.kind != FilterNode::Kind::Row && !child.negated && grandchildren > 1)
            text = QLatin1Char('(') + text + QLatin1Char(')');
        parts << text;
    }
    const QString joined = parts.join(node.kind == FilterNode::Kind::Or ? QStringLiteral(" OR ") : QStringLiteral(" AND "));
    if (!node.negated)
        return joined;
    return QStringLiteral("NOT (%1)").arg(joined);
}

QString sortKeyExpression(const KeyCondition& key, const QString& path, Values& values)
{
    switch (key.sortOperator) {
    case SortKeyOperator::None: return {};
    case SortKeyOperator::Equal: return QStringLiteral("%1 = %2").arg(path, values.add(QStringLiteral(":sk"), key.sortValue));
    case SortKeyOperator::Less: return QStringLiteral("%1 < %2").arg(path, values.add(QStringLiteral(":sk"), key.sortValue));
    case SortKeyOperator::LessEqual:
        return QStringLiteral("%1 <= %2").arg(path, values.add(QStringLiteral(":sk"), key.sortValue));
    case SortKeyOperator::Greater: return QStringLiteral("%1 > %2").arg(path, values.add(QStringLiteral(":sk"), key.sortValue));
    case SortKeyOperator::GreaterEqual:
        return QStringLiteral("%1 >= %2").arg(path, values.add(QStringLiteral(":sk"), key.sortValue));
    case SortKeyOperator::Between: {
        const QString low = values.add(QStringLiteral(":sk"), key.sortValue);
        return QStringLiteral("%1 BETWEEN %2 AND %3").arg(path, low, values.add(QStringLiteral(":sk2"), key.sortValueHigh));
    }
    case SortKeyOperator::BeginsWith:
        return QStringLiteral("begins_with(%1, %2)").arg(path, values.add(QStringLiteral(":sk"), key.sortValue));
    }
    return {};
}

// The placeholders of kind ('#' or ':') that text uses.
QSet<QString> placeholdersIn(const QString& text, QChar kind)
{
    QSet<QString> found;
    static const QRegularExpression pattern(QStringLiteral("[#:][A-Za-z0-9_]+"));
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString token = it.next().captured();
        if (token.startsWith(kind))
            found.insert(token);
    }
    return found;
}

QJsonObject usedOnly(const QJsonObject& map, const QSet<QString>& used)
{
    QJsonObject result;
    for (auto it = map.begin(); it != map.end(); ++it)
        if (used.contains(it.key()))
            result.insert(it.key(), it.value());
    return result;
}

bool isAttributeValue(const QJsonObject& value)
{
    static const QStringList types{QStringLiteral("S"),    QStringLiteral("N"),  QStringLiteral("B"),
                                   QStringLiteral("BOOL"), QStringLiteral("NULL"), QStringLiteral("M"),
                                   QStringLiteral("L"),    QStringLiteral("SS"), QStringLiteral("NS"),
                                   QStringLiteral("BS")};
    return value.size() == 1 && types.contains(value.begin().key());
}

int valuesNeeded(FilterOperator op)
{
    switch (op) {
    case FilterOperator::Exists:
    case FilterOperator::NotExists: return 0;
    case FilterOperator::Between: return 2;
    case FilterOperator::In: return -1;
    default: return 1;
    }
}

QString checkFilter(const FilterNode& node, int* row)
{
    if (node.kind != FilterNode::Kind::Row) {
        for (const FilterNode& child : node.children)
            if (QString problem = checkFilter(child, row); !problem.isEmpty())
                return problem;
        return {};
    }
    ++*row;
    const QString where = Text::tr("Filter row %1: ").arg(*row);
    QList<PathElement> elements;
    if (node.path.trimmed().isEmpty())
        return where + Text::tr("choose an attribute.");
    if (!splitPath(node.path, &elements))
        return where + Text::tr("\"%1\" is not an attribute path (write a.b[0].c).").arg(node.path);
    if (node.size && isFunction(node.op))
        return where + Text::tr("size() applies to comparisons, BETWEEN and IN only.");
    const int needed = valuesNeeded(node.op);
    if (needed < 0) {
        if (node.values.isEmpty())
            return where + Text::tr("IN needs at least one value.");
        if (node.values.size() > 100)
            return where + Text::tr("IN takes at most 100 values; this one has %1.").arg(node.values.size());
    } else if (node.values.size() < needed) {
        return where + (needed == 2 ? Text::tr("BETWEEN needs two values.") : Text::tr("enter a value."));
    }
    const int checked = needed < 0 ? int(node.values.size()) : needed;
    for (int i = 0; i < checked; ++i)
        if (!isAttributeValue(node.values[i]))
            return where + (node.values[i].isEmpty() ? Text::tr("enter a value.") : Text::tr("enter a valid value."));
    if (node.op == FilterOperator::AttributeType) {
        static const QStringList types{QStringLiteral("S"),  QStringLiteral("SS"),   QStringLiteral("N"),
                                       QStringLiteral("NS"), QStringLiteral("B"),    QStringLiteral("BS"),
                                       QStringLiteral("BOOL"), QStringLiteral("NULL"), QStringLiteral("L"),
                                       QStringLiteral("M")};
        if (!types.contains(node.values[0].value(QStringLiteral("S")).toString()))
            return where + Text::tr("attribute_type needs one of S, SS, N, NS, B, BS, BOOL, NULL, L, M.");
    }
    return {};
}

} // namespace

namespace {

QByteArray compactValue(const QJsonValue& value)
{
    // QJsonDocument holds only arrays and objects: wrap, then unwrap.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QString filterExpression(const FilterNode& filter, QJsonObject* names, QJsonObject* values)
{
    Names aliases(*names);
    Values placeholders(*values);
    const QString text = hasContent(filter) ? nodeExpression(filter, aliases, placeholders) : QString();
    *names = aliases.names();
    *values = placeholders.values();
    return text;
}

QByteArray toJson(const QJsonObject& request)
{
    static const QStringList order{
        QStringLiteral("TableName"),          QStringLiteral("IndexName"),
        QStringLiteral("KeyConditionExpression"), QStringLiteral("FilterExpression"),
        QStringLiteral("ProjectionExpression"), QStringLiteral("ExpressionAttributeNames"),
        QStringLiteral("ExpressionAttributeValues"), QStringLiteral("Select"),
        QStringLiteral("Limit"),              QStringLiteral("ScanIndexForward"),
        QStringLiteral("ConsistentRead"),     QStringLiteral("TotalSegments"),
        QStringLiteral("Segment"),            QStringLiteral("ExclusiveStartKey"),
        QStringLiteral("ReturnConsumedCapacity")};
    QStringList keys;
    for (const QString& key : order)
        if (request.contains(key))
            keys << key;
    for (auto it = request.begin(); it != request.end(); ++it)
        if (!keys.contains(it.key()))
            keys << it.key();
    QByteArray text = "{\n";
    for (int i = 0; i < keys.size(); ++i) {
        const QJsonValue value = request.value(keys[i]);
        text += "    " + compactValue(keys[i]) + ": ";
        if (value.isObject() && !value.toObject().isEmpty()) {
            const QJsonObject map = value.toObject();
            text += "{\n";
            for (auto it = map.begin(); it != map.end(); ++it)
                text += "        " + compactValue(it.key()) + ": " + compactValue(it.value()) +
                        (std::next(it) == map.end() ? "\n" : ",\n");
            text += "    }";
        } else {
            text += compactValue(value);
        }
        text += i + 1 < keys.size() ? ",\n" : "\n";
    }
    return text + "}\n";
}

QJsonObject build(const QuerySpec& spec)
{
    QJsonObject request{{QStringLiteral("TableName"), spec.tableName}};
    if (!spec.indexName.isEmpty())
        request.insert(QStringLiteral("IndexName"), spec.indexName);

    // A text filter's own placeholders come first: ours avoid their names.
    QJsonObject textNames, textValues;
    if (spec.filterIsText && !spec.filterText.trimmed().isEmpty()) {
        textNames = usedOnly(spec.filterNames, placeholdersIn(spec.filterText, QLatin1Char('#')));
        textValues = usedOnly(spec.filterValues, placeholdersIn(spec.filterText, QLatin1Char(':')));
    }
    Names names(textNames);
    Values values(textValues);

    if (spec.operation == QueryOperation::Query) {
        const KeyCondition& key = spec.key;
        QString condition = QStringLiteral("%1 = %2").arg(names.alias(key.partitionKey),
                                                          values.add(QStringLiteral(":pk"), key.partitionValue));
        if (!key.sortKey.isEmpty() && key.sortOperator != SortKeyOperator::None)
            condition += QStringLiteral(" AND ") + sortKeyExpression(key, names.alias(key.sortKey), values);
        request.insert(QStringLiteral("KeyConditionExpression"), condition);
    }

    if (spec.filterIsText) {
        if (!spec.filterText.trimmed().isEmpty())
            request.insert(QStringLiteral("FilterExpression"), spec.filterText);
    } else if (hasContent(spec.filter)) {
        request.insert(QStringLiteral("FilterExpression"), nodeExpression(spec.filter, names, values));
    }

    QStringList projection;
    for (const QString& path : spec.projection)
        if (!path.trimmed().isEmpty())
            projection << names.path(path);
    projection.removeDuplicates();
    if (!projection.isEmpty())
        request.insert(QStringLiteral("ProjectionExpression"), projection.join(QStringLiteral(", ")));

    if (!names.names().isEmpty())
        request.insert(QStringLiteral("ExpressionAttributeNames"), names.names());
    if (!values.values().isEmpty())
        request.insert(QStringLiteral("ExpressionAttributeValues"), values.values());
    if (spec.pageSize > 0)
        request.insert(QStringLiteral("Limit"), spec.pageSize);
    if (spec.operation == QueryOperation::Query && !spec.scanIndexForward)
        request.insert(QStringLiteral("ScanIndexForward"), false);
    if (spec.consistentRead)
        request.insert(QStringLiteral("ConsistentRead"), true);
    if (spec.operation == QueryOperation::Scan && spec.totalSegments > 1) {
        request.insert(QStringLiteral("TotalSegments"), spec.totalSegments);
        if (spec.segment >= 0)
            request.insert(QStringLiteral("Segment"), spec.segment);
    }
    request.insert(QStringLiteral("ReturnConsumedCapacity"), QStringLiteral("TOTAL"));
    return request;
}

QString validate(const QuerySpec& spec)
{
    if (spec.tableName.isEmpty())
        return Text::tr("Choose a table.");
    if (spec.operation == QueryOperation::Query) {
        const KeyCondition& key = spec.key;
        if (key.partitionKey.isEmpty())
            return Text::tr("A Query needs the partition key of the table or index.");
        if (!isAttributeValue(key.partitionValue))
            return Text::tr("Enter a value for the partition key %1: a Query reads one partition.").arg(key.partitionKey);
        const auto emptyKeyString = [](const QJsonObject& value) {
            return value.contains(QStringLiteral("S")) && value.value(QStringLiteral("S")).toString().isEmpty();
        };
        if (emptyKeyString(key.partitionValue))
            // DynamoDB's own message: it stays in English, as the engine's does.
            return QStringLiteral("One or more parameter values are not valid. The AttributeValue for a key "
                                  "attribute cannot contain an empty string value. Key: %1")
                .arg(key.partitionKey);
        if (key.sortOperator != SortKeyOperator::None) {
            if (emptyKeyString(key.sortValue) || emptyKeyString(key.sortValueHigh))
                return QStringLiteral("One or more parameter values are not valid. The AttributeValue for a key "
                                      "attribute cannot contain an empty string value. Key: %1")
                    .arg(key.sortKey);
            if (key.sortKey.isEmpty())
                return Text::tr("This table or index has no sort key to compare.");
            if (!isAttributeValue(key.sortValue))
                return Text::tr("Enter a value for the sort key %1.").arg(key.sortKey);
            if (key.sortOperator == SortKeyOperator::Between && !isAttributeValue(key.sortValueHigh))
                return Text::tr("BETWEEN needs a high value for the sort key %1.").arg(key.sortKey);
            if (key.sortOperator == SortKeyOperator::BeginsWith &&
                key.sortValue.begin().key() == QLatin1String("N"))
                return Text::tr("begins_with does not apply to a Number sort key.");
        }
    }
    if (spec.filterIsText) {
        if (spec.filterText.trimmed().isEmpty() && !spec.filterNames.isEmpty())
            return Text::tr("The filter text is empty.");
    } else {
        int row = 0;
        if (QString problem = checkFilter(spec.filter, &row); !problem.isEmpty())
            return problem;
    }
    for (const QString& path : spec.projection) {
        QList<PathElement> elements;
        if (!path.trimmed().isEmpty() && !splitPath(path, &elements))
            return Text::tr("\"%1\" is not an attribute path to project (write a.b[0].c).").arg(path);
    }
    if (spec.pageSize < 0)
        return Text::tr("The page size must be 1 or more.");
    if (spec.maxItems < 0)
        return Text::tr("The item limit must be 0 (all) or more.");
    if (spec.operation == QueryOperation::Scan) {
        if (spec.totalSegments < 1 || spec.totalSegments > 1000000)
            return Text::tr("Segments must be between 1 and 1,000,000.");
        if (spec.totalSegments > 1 && spec.segment >= spec.totalSegments)
            return QStringLiteral("The Segment parameter is zero-based and must be less than parameter "
                                  "TotalSegments: Segment: %1 is not less than TotalSegments: %2")
                .arg(spec.segment)
                .arg(spec.totalSegments);
    }
    return {};
}

} // namespace dynoscope::ui::QueryRequest
