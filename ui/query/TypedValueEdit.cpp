// The typed value editor of the query builder: parsing and checking the
// text per type, as DynamoDB would.
#include "query/TypedValueEdit.h"

#include "items/AttributeFormat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalBlocker>

namespace dynoscope::ui {

namespace {

bool isSet(const QString& type) { return type.size() == 2 && type.endsWith(QLatin1Char('S')); }

bool isJsonType(const QString& type) { return isSet(type) || type == QLatin1String("L") || type == QLatin1String("M"); }

bool isAttributeValue(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return object.size() == 1 && TypedValueEdit::allTypes().contains(object.begin().key());
}

// Parses text as a value of type; sets *problem when it is not one.
QJsonObject parse(const QString& type, const QString& text, QString* problem)
{
    if (type == QLatin1String("S"))
        return {{type, text}};
    if (type == QLatin1String("N")) {
        if (!AttributeFormat::isNumberText(text.trimmed())) {
            *problem = text.trimmed().isEmpty() ? TypedValueEdit::tr("Enter a number.")
                                                : TypedValueEdit::tr("\"%1\" is not a number.").arg(text);
            return {};
        }
        return {{type, text.trimmed()}};
    }
    if (type == QLatin1String("B")) {
        if (text.trimmed().isEmpty() || !AttributeFormat::isBase64Text(text.trimmed())) {
            *problem = TypedValueEdit::tr("Enter binary data as base64.");
            return {};
        }
        return {{type, text.trimmed()}};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = type == QLatin1String("M") ? TypedValueEdit::tr("Enter a JSON object of typed values, e.g. "
                                                                    "{\"name\": {\"S\": \"x\"}}.")
                                              : TypedValueEdit::tr("Enter a JSON array, e.g. %1.")
                                                    .arg(type == QLatin1String("L")
                                                             ? QStringLiteral("[{\"S\": \"a\"}, {\"N\": \"1\"}]")
                                                             : QStringLiteral("[\"a\", \"b\"]"));
        return {};
    }
    if (type == QLatin1String("M")) {
        if (!document.isObject()) {
            *problem = TypedValueEdit::tr("A map is a JSON object.");
            return {};
        }
        const QJsonObject map = document.object();
        for (auto it = map.begin(); it != map.end(); ++it)
            if (!isAttributeValue(it.value())) {
                *problem = TypedValueEdit::tr("%1 is not a typed value such as {\"S\": \"x\"}.").arg(it.key());
                return {};
            }
        return {{type, map}};
    }
    if (!document.isArray()) {
        *problem = TypedValueEdit::tr("Enter a JSON array.");
        return {};
    }
    const QJsonArray array = document.array();
    if (type == QLatin1String("L")) {
        for (const auto& element : array)
            if (!isAttributeValue(element)) {
                *problem = TypedValueEdit::tr("Each element of a list is a typed value such as {\"S\": \"x\"}.");
                return {};
            }
        return {{type, array}};
    }
    if (array.isEmpty()) {
        *problem = TypedValueEdit::tr("A set cannot be empty.");
        return {};
    }
    QJsonArray set;
    for (const auto& element : array) {
        QString member = element.isDouble() && type == QLatin1String("NS")
                             ? QString::number(element.toDouble(), 'g', 17)
                             : element.toString();
        if (!element.isString() && !(element.isDouble() && type == QLatin1String("NS"))) {
            *problem = TypedValueEdit::tr("Set members are strings, e.g. [\"a\", \"b\"].");
            return {};
        }
        if ((type == QLatin1String("NS") && !AttributeFormat::isNumberText(member)) ||
            (type == QLatin1String("BS") && !AttributeFormat::isBase64Text(member))) {
            *problem = TypedValueEdit::tr("\"%1\" is not a valid member of a %2.").arg(member, type);
            return {};
        }
        if (set.contains(member)) {
            *problem = TypedValueEdit::tr("A set cannot hold \"%1\" twice.").arg(member);
            return {};
        }
        set.append(member);
    }
    return {{type, set}};
}

QString placeholder(const QString& type)
{
    if (type == QLatin1String("S"))
        return TypedValueEdit::tr("text");
    if (type == QLatin1String("N"))
        return TypedValueEdit::tr("number");
    if (type == QLatin1String("B"))
        return TypedValueEdit::tr("base64");
    if (type == QLatin1String("NS"))
        return QStringLiteral("[\"1\", \"2\"]");
    if (type == QLatin1String("BS"))
        return QStringLiteral("[\"AQI=\"]");
    if (type == QLatin1String("L"))
        return QStringLiteral("[{\"S\": \"a\"}, {\"N\": \"1\"}]");
    if (type == QLatin1String("M"))
        return QStringLiteral("{\"name\": {\"S\": \"x\"}}");
    return QStringLiteral("[\"a\", \"b\"]");
}

} // namespace

TypedValueEdit::TypedValueEdit(QWidget* parent)
    : QWidget(parent), m_type(new QComboBox), m_text(new QLineEdit), m_bool(new QComboBox)
{
    m_type->addItems(allTypes());
    m_type->setToolTip(tr("The value's DynamoDB type"));
    m_bool->addItem(QStringLiteral("true"), true);
    m_bool->addItem(QStringLiteral("false"), false);
    m_text->setMinimumWidth(60);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_type);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_bool, 1);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateEditors();
        emit changed();
    });
    connect(m_text, &QLineEdit::textEdited, this, [this] {
        showProblem();
        emit changed();
    });
    connect(m_bool, &QComboBox::currentIndexChanged, this, &TypedValueEdit::changed);
    updateEditors();
}

QStringList TypedValueEdit::allTypes()
{
    return {QStringLiteral("S"),  QStringLiteral("N"),  QStringLiteral("B"), QStringLiteral("BOOL"),
            QStringLiteral("NULL"), QStringLiteral("SS"), QStringLiteral("NS"), QStringLiteral("BS"),
            QStringLiteral("L"),  QStringLiteral("M")};
}

void TypedValueEdit::setAllowedTypes(const QStringList& types)
{
    const QString current = type();
    const QSignalBlocker block(m_type);
    m_type->clear();
    m_type->addItems(types);
    m_type->setCurrentIndex(std::max<int>(0, int(types.indexOf(current))));
    m_type->setEnabled(types.size() > 1);
    updateEditors();
}

QString TypedValueEdit::type() const { return m_type->currentText(); }

void TypedValueEdit::setType(const QString& type)
{
    const QSignalBlocker block(m_type);
    if (m_type->findText(type) < 0)
        m_type->addItem(type); // never drop a value the spec holds
    m_type->setCurrentText(type);
    updateEditors();
}

QJsonObject TypedValueEdit::value() const
{
    const QString t = type();
    if (t == QLatin1String("BOOL"))
        return {{t, m_bool->currentData().toBool()}};
    if (t == QLatin1String("NULL"))
        return {{t, true}};
    QString problem;
    return parse(t, m_text->text(), &problem);
}

QString TypedValueEdit::problem() const
{
    const QString t = type();
    if (t == QLatin1String("BOOL") || t == QLatin1String("NULL"))
        return {};
    QString problem;
    parse(t, m_text->text(), &problem);
    return problem;
}

void TypedValueEdit::setValue(const QJsonObject& value)
{
    if (value.size() == 1) {
        const QString t = value.begin().key();
        const QJsonValue inner = value.begin().value();
        setType(t);
        const QSignalBlocker blockBool(m_bool);
        if (t == QLatin1String("BOOL"))
            m_bool->setCurrentIndex(inner.toBool() ? 0 : 1);
        else if (isJsonType(t))
            m_text->setText(QString::fromUtf8(inner.isArray() ? QJsonDocument(inner.toArray()).toJson(QJsonDocument::Compact)
                                                              : QJsonDocument(inner.toObject()).toJson(QJsonDocument::Compact)));
        else if (t != QLatin1String("NULL"))
            m_text->setText(inner.toString());
    } else {
        m_text->clear();
    }
    showProblem();
}

void TypedValueEdit::updateEditors()
{
    const QString t = type();
    m_bool->setVisible(t == QLatin1String("BOOL"));
    m_text->setVisible(t != QLatin1String("BOOL") && t != QLatin1String("NULL"));
    m_text->setPlaceholderText(placeholder(t));
    showProblem();
}

void TypedValueEdit::showProblem()
{
    // An empty field is not flagged while typing; the request check names it.
    const QString text = m_text->text();
    const QString issue = text.isEmpty() || !m_text->isVisibleTo(this) ? QString() : problem();
    m_text->setToolTip(issue);
    m_text->setStyleSheet(issue.isEmpty() ? QString() : QStringLiteral("QLineEdit { background: #fdecea; }"));
}

} // namespace dynoscope::ui
