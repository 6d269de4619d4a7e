// Cell texts for attribute values.
#include "items/AttributeFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dynoscope::ui {

namespace {
constexpr int kMaxCellChars = 200;

// A named context, so that lupdate files these free functions' texts where
// the translator looks them up.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AttributeFormat)
};

QString elided(QString text)
{
    text.replace(QLatin1Char('\n'), QStringLiteral("↵"));
    if (text.size() > kMaxCellChars)
        text = text.left(kMaxCellChars) + QStringLiteral("…");
    return text;
}
} // namespace

QString AttributeFormat::type(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return o.size() == 1 ? o.begin().key() : QString();
}

QString AttributeFormat::display(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    if (o.size() != 1)
        return {};
    const QString t = o.begin().key();
    const QJsonValue v = o.begin().value();
    if (t == QLatin1String("S") || t == QLatin1String("N") || t == QLatin1String("B"))
        return elided(v.toString());
    if (t == QLatin1String("BOOL"))
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (t == QLatin1String("NULL"))
        return QStringLiteral("null");
    if (t == QLatin1String("M")) {
        const int n = int(v.toObject().size());
        return n == 1 ? Text::tr("{1 attribute}") : Text::tr("{%1 attributes}").arg(n);
    }
    if (t == QLatin1String("L")) {
        const int n = int(v.toArray().size());
        return n == 1 ? Text::tr("[1 item]") : Text::tr("[%1 items]").arg(n);
    }
    if (t == QLatin1String("SS") || t == QLatin1String("NS") || t == QLatin1String("BS")) {
        QStringList elements;
        for (const auto& element : v.toArray())
            elements << element.toString();
        return elided(QStringLiteral("{") + elements.join(QStringLiteral(", ")) + QStringLiteral("}"));
    }
    return {};
}

QString AttributeFormat::typeName(const QString& type)
{
    if (type == QLatin1String("S"))
        return Text::tr("String");
    if (type == QLatin1String("N"))
        return Text::tr("Number");
    if (type == QLatin1String("B"))
        return Text::tr("Binary");
    if (type == QLatin1String("BOOL"))
        return Text::tr("Boolean");
    if (type == QLatin1String("NULL"))
        return Text::tr("Null");
    if (type == QLatin1String("M"))
        return Text::tr("Map");
    if (type == QLatin1String("L"))
        return Text::tr("List");
    if (type == QLatin1String("SS"))
        return Text::tr("String set");
    if (type == QLatin1String("NS"))
        return Text::tr("Number set");
    if (type == QLatin1String("BS"))
        return Text::tr("Binary set");
    return type;
}

QString AttributeFormat::tooltip(const QJsonValue& value)
{
    const QString t = type(value);
    if (t.isEmpty())
        return {};
    QString tip = typeName(t) + QStringLiteral(" (") + t + QStringLiteral(")");
    const QJsonValue inner = value.toObject().begin().value();
    if (inner.isObject() || inner.isArray()) {
        const QByteArray json = inner.isObject() ? QJsonDocument(inner.toObject()).toJson(QJsonDocument::Indented)
                                                 : QJsonDocument(inner.toArray()).toJson(QJsonDocument::Indented);
        tip += QStringLiteral("\n") + QString::fromUtf8(json.left(2000));
    } else if (inner.isString() && inner.toString().size() > 60) {
        tip += QStringLiteral("\n") + inner.toString().left(2000);
    }
    return tip;
}

bool AttributeFormat::isNumberText(const QString& text)
{
    static const QRegularExpression number(QStringLiteral(R"(^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$)"));
    return number.match(text).hasMatch();
}

bool AttributeFormat::isBase64Text(const QString& text)
{
    static const QRegularExpression base64(
        QStringLiteral(R"(^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$)"));
    return base64.match(text).hasMatch();
}

bool AttributeFormat::isScalar(const QJsonValue& value)
{
    const QString t = type(value);
    return t == QLatin1String("S") || t == QLatin1String("N") || t == QLatin1String("B") ||
           t == QLatin1String("BOOL");
}

} // namespace dynoscope::ui
