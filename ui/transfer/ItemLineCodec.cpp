// JSON Lines of items, through ItemJson so that numbers stay exact.
#include "transfer/ItemLineCodec.h"

#include "items/ItemJson.h"
#include "items/ItemJsonReader.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace dynoscope::ui {

namespace {

const QString kItem = QStringLiteral("Item");

bool isTypeDescriptor(const ItemJsonValue& value)
{
    static const QStringList types { QStringLiteral("S"), QStringLiteral("N"), QStringLiteral("B"),
        QStringLiteral("BOOL"), QStringLiteral("NULL"), QStringLiteral("M"), QStringLiteral("L"), QStringLiteral("SS"),
        QStringLiteral("NS"), QStringLiteral("BS") };
    return value.isObject() && value.members().size() == 1 && types.contains(value.members().front().name);
}

QString describe(ItemJsonError error, QByteArrayView line)
{
    error.locate(line);
    return error.column > 0
        ? QCoreApplication::translate("ItemLineCodec", "Column %1: %2").arg(error.column).arg(error.message)
        : error.message;
}

// A DynamoDB-form ItemJsonValue holds no JSON number, so QJsonObject keeps
// it exactly.
QJsonObject toJsonObject(const ItemJsonValue& item)
{
    return QJsonDocument::fromJson(ItemJsonWriter::write(item, ItemJsonStyle::Compact)).object();
}

} // namespace

QByteArray ItemLineCodec::encode(const QJsonObject& item, TransferFormat format, QString* error)
{
    QByteArray line;
    if (format == TransferFormat::PlainJson) {
        ItemJsonError problem;
        const QByteArray dynamo = QJsonDocument(item).toJson(QJsonDocument::Compact);
        line = ItemJson::dynamoToPlain(dynamo, ItemJsonStyle::Compact, &problem);
        // Never a silently empty line: the export would lose the item.
        if (line.isNull()) {
            *error = describe(problem, dynamo);
            return {};
        }
    } else {
        line = QJsonDocument(QJsonObject { { kItem, item } }).toJson(QJsonDocument::Compact);
    }
    line += '\n';
    return line;
}

QJsonObject ItemLineCodec::decode(QByteArrayView line, QString* error)
{
    ItemJsonError problem;
    const std::optional<ItemJsonValue> root = ItemJsonReader::parse(line, &problem);
    if (!root) {
        *error = describe(problem, line);
        return {};
    }
    if (!root->isObject()) {
        *error = QCoreApplication::translate("ItemLineCodec", "A line holds one item: a JSON object");
        return {};
    }
    const auto& members = root->members();
    if (members.size() == 1 && members.front().name == kItem && members.front().value.isObject()) {
        // {"Item":{...}}: the item is the text of the only member's value,
        // which ends where the line's object closes.
        const qsizetype start = members.front().value.offset();
        const qsizetype end = QByteArrayView(line).lastIndexOf('}');
        const QByteArrayView inner = line.sliced(start, end - start);
        const std::optional<ItemJsonValue> item = ItemJson::parseItem(inner, ItemJsonForm::DynamoDb, &problem);
        if (item)
            return toJsonObject(*item);
        if (problem.offset >= 0)
            problem.offset += start;
        else
            problem.column = 0;
        *error = describe(problem, line);
        return {};
    }
    const bool dynamo = !members.empty()
        && std::all_of(
            members.begin(), members.end(), [](const ItemJsonValue::Member& m) { return isTypeDescriptor(m.value); });
    const std::optional<ItemJsonValue> item
        = ItemJson::parseItem(line, dynamo ? ItemJsonForm::DynamoDb : ItemJsonForm::Plain, &problem);
    if (item)
        return toJsonObject(*item);
    *error = describe(problem, line);
    return {};
}

QString ItemLineCodec::checkValue(const QJsonValue& value)
{
    const QByteArray text
        = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact) : QByteArrayLiteral("null");
    ItemJsonError problem;
    const std::optional<ItemJsonValue> parsed = ItemJsonReader::parse(text, &problem);
    if (parsed && ItemJson::checkValue(*parsed, &problem))
        return {};
    return problem.message;
}

} // namespace dynoscope::ui
