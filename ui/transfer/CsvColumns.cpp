// Item <-> CSV row conversion.
#include "transfer/CsvColumns.h"

#include "transfer/ItemLineCodec.h"
#include "transfer/TableKeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dynoscope::ui {

namespace {

const QString kJson = QStringLiteral("JSON");

// A named context, so that lupdate files these free functions' texts where
// the translator looks them up.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CsvColumns)
};

bool isKnownType(const QString& type)
{
    static const QStringList types { QStringLiteral("S"), QStringLiteral("N"), QStringLiteral("B"),
        QStringLiteral("BOOL"), QStringLiteral("NULL"), QStringLiteral("M"), QStringLiteral("L"), QStringLiteral("SS"),
        QStringLiteral("NS"), QStringLiteral("BS"), kJson };
    return types.contains(type);
}

QString compact(const QJsonValue& value)
{
    const QJsonDocument document = value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QString typeOf(const QJsonValue& attribute)
{
    const QJsonObject o = attribute.toObject();
    return o.size() == 1 ? o.begin().key() : kJson;
}

QString cell(const QString& columnType, const QJsonValue& attribute)
{
    if (columnType == kJson)
        return compact(attribute);
    const QJsonValue v = attribute.toObject().begin().value();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isString())
        return v.toString();
    return compact(v);
}

// The attribute value of a cell, or an undefined value when the cell does
// not hold a value of the type.
QJsonValue parseCell(const QString& type, const QString& text)
{
    if (type == QLatin1String("S") || type == QLatin1String("N") || type == QLatin1String("B"))
        return QJsonObject { { type, text } };
    if (type == QLatin1String("BOOL") || type == QLatin1String("NULL")) {
        if (text == QLatin1String("true") || (type == QLatin1String("BOOL") && text == QLatin1String("false")))
            return QJsonObject { { type, text == QLatin1String("true") } };
        return QJsonValue::Undefined;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue::Undefined;
    if (type == kJson)
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue::Undefined;
    if (type == QLatin1String("M"))
        return document.isObject() ? QJsonValue(QJsonObject { { type, document.object() } }) : QJsonValue::Undefined;
    return document.isArray() ? QJsonValue(QJsonObject { { type, document.array() } }) : QJsonValue::Undefined;
}

QString expectation(const QString& type)
{
    if (type == QLatin1String("BOOL"))
        return Text::tr("true or false");
    if (type == QLatin1String("NULL"))
        return Text::tr("true");
    if (type == QLatin1String("M") || type == kJson)
        return Text::tr("a JSON object");
    return Text::tr("a JSON array");
}

} // namespace

CsvColumns::CsvColumns(const TableKeys& keys)
{
    for (const QString& name : keys.names())
        append(name, keys.typeOf(name));
}

void CsvColumns::append(const QString& name, const QString& type)
{
    m_index.insert(name, m_columns.size());
    m_columns.append({ name, type });
}

void CsvColumns::observe(const QJsonObject& item)
{
    for (auto it = item.begin(); it != item.end(); ++it) {
        const QString type = typeOf(it.value());
        const auto found = m_index.constFind(it.key());
        if (found == m_index.constEnd())
            append(it.key(), type);
        else if (m_columns[*found].type != type)
            m_columns[*found].type = kJson;
    }
}

CsvRecord CsvColumns::header() const
{
    CsvRecord record;
    for (const Column& column : m_columns)
        record.append(column.name + QLatin1Char(':') + column.type);
    return record;
}

CsvRecord CsvColumns::row(const QJsonObject& item) const
{
    CsvRecord record(m_columns.size());
    for (auto it = item.begin(); it != item.end(); ++it) {
        const qsizetype index = m_index.value(it.key(), -1);
        if (index >= 0)
            record[index] = cell(m_columns[index].type, it.value());
    }
    return record;
}

CsvColumns CsvColumns::fromHeader(const CsvRecord& header, const TableKeys& keys, QString* error)
{
    CsvColumns columns;
    for (qsizetype i = 0; i < header.size(); ++i) {
        QString name = header[i].value_or(QString());
        QString type;
        const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && isKnownType(name.mid(colon + 1))) {
            type = name.mid(colon + 1);
            name.truncate(colon);
        } else {
            type = keys.typeOf(name);
            if (type.isEmpty())
                type = QStringLiteral("S");
        }
        if (name.isEmpty()) {
            *error = Text::tr("Column %1 of the header has no name").arg(i + 1);
            return {};
        }
        if (columns.m_index.contains(name)) {
            *error = Text::tr("Column %1 appears twice in the header").arg(name);
            return {};
        }
        columns.append(name, type);
    }
    return columns;
}

QJsonObject CsvColumns::item(const CsvRecord& row, QString* error) const
{
    if (row.size() != m_columns.size()) {
        *error = Text::tr("The record has %1 fields; the header has %2").arg(row.size()).arg(m_columns.size());
        return {};
    }
    QJsonObject item;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (!row[i])
            continue;
        const Column& column = m_columns[i];
        const QJsonValue value = parseCell(column.type, *row[i]);
        if (value.isUndefined()) {
            *error = Text::tr("Column %1 (%2) must hold %3").arg(column.name, column.type, expectation(column.type));
            return {};
        }
        if (const QString problem = ItemLineCodec::checkValue(value); !problem.isEmpty()) {
            *error = Text::tr("Column %1: %2").arg(column.name, problem);
            return {};
        }
        item.insert(column.name, value);
    }
    return item;
}

} // namespace dynoscope::ui
