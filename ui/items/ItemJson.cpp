// DynamoDB JSON <-> plain JSON, item checks and DynamoDB value equality.
#include "items/ItemJson.h"

#include "items/ItemJsonReader.h"

#include <dynoscope/Number.h>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace dynoscope::ui::ItemJson {

namespace {

// A named context, so that lupdate files these free functions' texts where
// the translator looks them up.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ItemJson)
};

bool fail(ItemJsonError* error, qsizetype offset, const QString& message)
{
    if (error)
        *error = ItemJsonError::at(offset, message);
    return false;
}

ItemJsonValue descriptor(const QString& type, ItemJsonValue payload, qsizetype offset)
{
    payload.setOffset(offset);
    ItemJsonValue v = ItemJsonValue::object();
    v.insert(type, std::move(payload));
    v.setOffset(offset);
    return v;
}

ItemJsonValue stringsOf(const ItemJsonValue& array)
{
    ItemJsonValue out = ItemJsonValue::array();
    for (const ItemJsonValue& e : array.elements())
        out.append(ItemJsonValue::string(e.text()));
    return out;
}

// The canonical text of a DynamoDB number, so that equal numbers compare equal.
QString canonicalNumber(const QString& text)
{
    Number n;
    return Number::tryParse(text.toStdString(), n) ? QString::fromStdString(n.toString()) : text;
}

QByteArray decodedBase64(const QString& text)
{
    return QByteArray::fromBase64(text.toLatin1());
}

bool isBase64(const QString& text)
{
    const QByteArray latin = text.toLatin1();
    if (QString::fromLatin1(latin) != text || latin.size() % 4 != 0)
        return false;
    return QByteArray::fromBase64Encoding(latin, QByteArray::AbortOnBase64DecodingErrors).decodingStatus
        == QByteArray::Base64DecodingStatus::Ok;
}

bool checkNumber(const ItemJsonValue& v, ItemJsonError* error)
{
    if (!v.isString())
        return fail(error, v.offset(), Text::tr("A number is written as a string here, e.g. {\"N\": \"1.5\"}"));
    Number n;
    if (!Number::tryParse(v.text().toStdString(), n))
        return fail(error, v.offset(),
            Text::tr("“%1” is not a number DynamoDB accepts (at most 38 significant digits, "
               "magnitude from 1E-130 to below 1E+126)")
                .arg(v.text()));
    return true;
}

bool checkBinary(const ItemJsonValue& v, ItemJsonError* error)
{
    if (!v.isString())
        return fail(error, v.offset(), Text::tr("A binary value is written as a base64 string"));
    if (!isBase64(v.text()))
        return fail(error, v.offset(), Text::tr("“%1” is not valid base64").arg(v.text().left(40)));
    return true;
}

bool checkSet(const QString& type, const ItemJsonValue& payload, ItemJsonError* error)
{
    if (!payload.isArray())
        return fail(error, payload.offset(), Text::tr("A %1 set is written as an array").arg(type.left(1)));
    if (payload.elements().empty())
        return fail(error, payload.offset(), Text::tr("DynamoDB does not store empty sets"));
    QSet<QString> seen;
    for (const ItemJsonValue& e : payload.elements()) {
        if (type == QLatin1String("SS") && !e.isString())
            return fail(error, e.offset(), Text::tr("A string set holds strings only"));
        if (type == QLatin1String("NS") && !checkNumber(e, error))
            return false;
        if (type == QLatin1String("BS") && !checkBinary(e, error))
            return false;
        const QString key = type == QLatin1String("NS") ? canonicalNumber(e.text()) : e.text();
        if (seen.contains(key))
            return fail(error, e.offset(), Text::tr("“%1” is in the set twice").arg(e.text().left(40)));
        seen.insert(key);
    }
    return true;
}

// Unique names in a map.
bool checkNames(const ItemJsonValue& object, ItemJsonError* error)
{
    QSet<QString> seen;
    for (const ItemJsonValue::Member& m : object.members()) {
        if (seen.contains(m.name)) {
            if (error)
                *error = ItemJsonError::at(m.offset, Text::tr("“%1” appears twice").arg(m.name), m.name.toUtf8().size() + 2);
            return false;
        }
        seen.insert(m.name);
    }
    return true;
}

std::optional<ItemJsonValue> markerToDynamo(const ItemJsonValue::Member& marker, ItemJsonError* error)
{
    const QString& name = marker.name;
    const ItemJsonValue& v = marker.value;
    const qsizetype at = marker.offset;
    if (name == QLatin1String("$M")) {
        if (!v.isObject()) {
            fail(error, v.offset(), Text::tr("$M holds an object: the map's attributes"));
            return std::nullopt;
        }
        ItemJsonValue map = ItemJsonValue::object();
        for (const ItemJsonValue::Member& m : v.members()) {
            std::optional<ItemJsonValue> converted = toDynamoValue(m.value, error);
            if (!converted)
                return std::nullopt;
            map.members().push_back({ m.name, std::move(*converted), m.offset });
        }
        return descriptor(QStringLiteral("M"), std::move(map), at);
    }
    if (name == QLatin1String("$N") || name == QLatin1String("$B")) {
        if (!v.isString() && !(name == QLatin1String("$N") && v.isNumber())) {
            fail(error, v.offset(),
                name == QLatin1String("$N") ? Text::tr("$N holds the number as a string") : Text::tr("$B holds base64 text"));
            return std::nullopt;
        }
        ItemJsonValue payload = ItemJsonValue::string(v.text());
        return descriptor(name.mid(1), payload, v.offset());
    }
    if (name == QLatin1String("$SS") || name == QLatin1String("$NS") || name == QLatin1String("$BS")) {
        if (!v.isArray()) {
            fail(error, v.offset(), Text::tr("%1 holds an array").arg(name));
            return std::nullopt;
        }
        ItemJsonValue elements = ItemJsonValue::array();
        for (const ItemJsonValue& e : v.elements()) {
            if (!e.isString() && !(name == QLatin1String("$NS") && e.isNumber())) {
                fail(error, e.offset(),
                    name == QLatin1String("$NS") ? Text::tr("$NS holds numbers") : Text::tr("%1 holds strings").arg(name));
                return std::nullopt;
            }
            ItemJsonValue s = ItemJsonValue::string(e.text());
            s.setOffset(e.offset());
            elements.append(std::move(s));
        }
        ItemJsonValue d = descriptor(name.mid(1), std::move(elements), at);
        d.members().front().value.setOffset(v.offset());
        return d;
    }
    fail(error, at,
        Text::tr("Unknown marker “%1” (known: $SS, $NS, $BS, $B, $N, $M); a map whose only key starts "
           "with “$” is written {\"$M\": {\"%1\": …}}")
            .arg(name));
    return std::nullopt;
}

bool isMarkerLike(const ItemJsonValue& object)
{
    return object.members().size() == 1 && object.members().front().name.startsWith(QLatin1Char('$'));
}

} // namespace

std::optional<ItemJsonValue> toDynamoValue(const ItemJsonValue& plain, ItemJsonError* error)
{
    const qsizetype at = plain.offset();
    switch (plain.kind()) {
    case ItemJsonValue::Kind::Null:
        return descriptor(QStringLiteral("NULL"), ItemJsonValue::boolean(true), at);
    case ItemJsonValue::Kind::Bool:
        return descriptor(QStringLiteral("BOOL"), plain, at);
    case ItemJsonValue::Kind::Number:
        return descriptor(QStringLiteral("N"), ItemJsonValue::string(plain.text()), at);
    case ItemJsonValue::Kind::String:
        return descriptor(QStringLiteral("S"), plain, at);
    case ItemJsonValue::Kind::Array: {
        ItemJsonValue list = ItemJsonValue::array();
        for (const ItemJsonValue& e : plain.elements()) {
            std::optional<ItemJsonValue> converted = toDynamoValue(e, error);
            if (!converted)
                return std::nullopt;
            list.append(std::move(*converted));
        }
        return descriptor(QStringLiteral("L"), std::move(list), at);
    }
    case ItemJsonValue::Kind::Object:
        break;
    }
    if (isMarkerLike(plain))
        return markerToDynamo(plain.members().front(), error);
    ItemJsonValue map = ItemJsonValue::object();
    for (const ItemJsonValue::Member& m : plain.members()) {
        std::optional<ItemJsonValue> converted = toDynamoValue(m.value, error);
        if (!converted)
            return std::nullopt;
        map.members().push_back({ m.name, std::move(*converted), m.offset });
    }
    return descriptor(QStringLiteral("M"), std::move(map), at);
}

ItemJsonValue toPlainValue(const ItemJsonValue& dynamo)
{
    const QString type = typeOf(dynamo);
    const ItemJsonValue& payload = payloadOf(dynamo);
    const auto marked = [](const QString& marker, ItemJsonValue value) {
        ItemJsonValue v = ItemJsonValue::object();
        v.insert(marker, std::move(value));
        return v;
    };
    if (type == QLatin1String("S") || type == QLatin1String("BOOL"))
        return payload;
    if (type == QLatin1String("NULL"))
        return ItemJsonValue();
    if (type == QLatin1String("N")) {
        if (ItemJsonReader::isJsonNumber(payload.text()))
            return ItemJsonValue::number(payload.text());
        return marked(QStringLiteral("$N"), ItemJsonValue::string(payload.text()));
    }
    if (type == QLatin1String("B"))
        return marked(QStringLiteral("$B"), ItemJsonValue::string(payload.text()));
    if (type == QLatin1String("L")) {
        ItemJsonValue list = ItemJsonValue::array();
        for (const ItemJsonValue& e : payload.elements())
            list.append(toPlainValue(e));
        return list;
    }
    if (type == QLatin1String("M")) {
        ItemJsonValue map = ItemJsonValue::object();
        for (const ItemJsonValue::Member& m : payload.members())
            map.insert(m.name, toPlainValue(m.value));
        return isMarkerLike(map) ? marked(QStringLiteral("$M"), std::move(map)) : map;
    }
    return marked(QLatin1Char('$') + type, stringsOf(payload)); // SS, NS, BS
}

bool checkValue(const ItemJsonValue& dynamo, ItemJsonError* error, int level)
{
    if (level > kMaxNestingLevels)
        return fail(error, dynamo.offset(), Text::tr("Nested more than %1 levels deep").arg(kMaxNestingLevels));
    if (!dynamo.isObject())
        return fail(error, dynamo.offset(), Text::tr("An attribute value is an object such as {\"S\": \"text\"}"));
    if (dynamo.members().size() != 1)
        return fail(error, dynamo.offset(),
            dynamo.members().empty()
                ? Text::tr("An attribute value needs a type, e.g. {\"S\": \"text\"}")
                : Text::tr("An attribute value has exactly one type; this one has %1").arg(dynamo.members().size()));
    const ItemJsonValue::Member& m = dynamo.members().front();
    const QString& type = m.name;
    const ItemJsonValue& v = m.value;
    if (type == QLatin1String("S"))
        return v.isString() || fail(error, v.offset(), Text::tr("S holds a string"));
    if (type == QLatin1String("N"))
        return checkNumber(v, error);
    if (type == QLatin1String("B"))
        return checkBinary(v, error);
    if (type == QLatin1String("BOOL"))
        return v.isBool() || fail(error, v.offset(), Text::tr("BOOL holds true or false"));
    if (type == QLatin1String("NULL"))
        return (v.isBool() && v.toBool()) || fail(error, v.offset(), Text::tr("NULL holds true"));
    if (type == QLatin1String("SS") || type == QLatin1String("NS") || type == QLatin1String("BS"))
        return checkSet(type, v, error);
    if (type == QLatin1String("L")) {
        if (!v.isArray())
            return fail(error, v.offset(), Text::tr("L holds an array of attribute values"));
        return std::all_of(v.elements().begin(), v.elements().end(),
            [&](const ItemJsonValue& e) { return checkValue(e, error, level + 1); });
    }
    if (type == QLatin1String("M")) {
        if (!v.isObject())
            return fail(error, v.offset(), Text::tr("M holds an object of attribute values"));
        return checkNames(v, error)
            && std::all_of(v.members().begin(), v.members().end(),
                [&](const ItemJsonValue::Member& e) { return checkValue(e.value, error, level + 1); });
    }
    return fail(error, m.offset, Text::tr("Unknown type “%1”: use S, N, B, BOOL, NULL, M, L, SS, NS or BS").arg(type));
}

std::optional<ItemJsonValue> parseItem(QByteArrayView text, ItemJsonForm form, ItemJsonError* error)
{
    std::optional<ItemJsonValue> json = ItemJsonReader::parse(text, error);
    if (!json)
        return std::nullopt;
    // The first problem in text order, attribute by attribute.
    ItemJsonError problem;
    ItemJsonValue item = ItemJsonValue::object();
    item.setOffset(json->offset());
    QSet<QString> names;
    if (!json->isObject())
        problem = ItemJsonError::at(json->offset(), Text::tr("An item is a JSON object of attributes"));
    for (const ItemJsonValue::Member& m : json->members()) {
        if (m.name.isEmpty()) {
            problem = ItemJsonError::at(m.offset, Text::tr("An attribute name cannot be empty"), 2);
            break;
        }
        if (names.contains(m.name)) {
            problem = ItemJsonError::at(m.offset, Text::tr("“%1” appears twice").arg(m.name), m.name.toUtf8().size() + 2);
            break;
        }
        names.insert(m.name);
        std::optional<ItemJsonValue> value
            = form == ItemJsonForm::Plain ? toDynamoValue(m.value, &problem) : std::optional(m.value);
        if (!value || !checkValue(*value, &problem))
            break;
        item.members().push_back({ m.name, std::move(*value), m.offset });
    }
    if (problem.isNull())
        return item;
    if (error) {
        *error = problem;
        error->locate(text);
    }
    return std::nullopt;
}

QByteArray writeItem(const ItemJsonValue& item, ItemJsonForm form, ItemJsonStyle style)
{
    if (form == ItemJsonForm::DynamoDb)
        return ItemJsonWriter::write(item, style);
    ItemJsonValue plain = ItemJsonValue::object();
    for (const ItemJsonValue::Member& m : item.members())
        plain.insert(m.name, toPlainValue(m.value));
    return ItemJsonWriter::write(plain, style);
}

QByteArray convertItem(
    QByteArrayView text, ItemJsonForm from, ItemJsonForm to, ItemJsonStyle style, ItemJsonError* error)
{
    const std::optional<ItemJsonValue> item = parseItem(text, from, error);
    return item ? writeItem(*item, to, style) : QByteArray();
}

QByteArray dynamoToPlain(QByteArrayView dynamoJson, ItemJsonStyle style, ItemJsonError* error)
{
    return convertItem(dynamoJson, ItemJsonForm::DynamoDb, ItemJsonForm::Plain, style, error);
}

QByteArray plainToDynamo(QByteArrayView plainJson, ItemJsonStyle style, ItemJsonError* error)
{
    return convertItem(plainJson, ItemJsonForm::Plain, ItemJsonForm::DynamoDb, style, error);
}

bool sameValue(const ItemJsonValue& a, const ItemJsonValue& b)
{
    const QString type = typeOf(a);
    if (type != typeOf(b))
        return false;
    const ItemJsonValue& x = payloadOf(a);
    const ItemJsonValue& y = payloadOf(b);
    if (type == QLatin1String("N"))
        return canonicalNumber(x.text()) == canonicalNumber(y.text());
    if (type == QLatin1String("B"))
        return decodedBase64(x.text()) == decodedBase64(y.text());
    if (type == QLatin1String("L")) {
        return x.elements().size() == y.elements().size()
            && std::equal(x.elements().begin(), x.elements().end(), y.elements().begin(), sameValue);
    }
    if (type == QLatin1String("M")) {
        if (x.members().size() != y.members().size())
            return false;
        QHash<QString, const ItemJsonValue*> yByName;
        for (const ItemJsonValue::Member& m : y.members())
            yByName.insert(m.name, &m.value);
        return std::all_of(x.members().begin(), x.members().end(), [&](const ItemJsonValue::Member& m) {
            const ItemJsonValue* other = yByName.value(m.name);
            return other && sameValue(m.value, *other);
        });
    }
    if (type == QLatin1String("SS") || type == QLatin1String("NS") || type == QLatin1String("BS")) {
        const auto keys = [&](const ItemJsonValue& set) {
            QList<QByteArray> out;
            for (const ItemJsonValue& e : set.elements()) {
                out.append(type == QLatin1String("SS") ? e.text().toUtf8()
                        : type == QLatin1String("NS")  ? canonicalNumber(e.text()).toUtf8()
                                                       : decodedBase64(e.text()));
            }
            std::sort(out.begin(), out.end());
            return out;
        };
        return keys(x) == keys(y);
    }
    return x == y; // S, BOOL, NULL
}

QString typeOf(const ItemJsonValue& dynamo)
{
    return dynamo.members().front().name;
}

const ItemJsonValue& payloadOf(const ItemJsonValue& dynamo)
{
    return dynamo.members().front().value;
}

} // namespace dynoscope::ui::ItemJson
