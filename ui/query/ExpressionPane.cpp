// The Expressions tab: three expression editors and the two placeholder
// maps, kept consistent with each other as the user edits any of them.
#include "query/ExpressionPane.h"

#include "editor/JsonEditor.h"
#include "query/ExpressionEditor.h"

#include <dynoscope/ExpressionSyntax.h>

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace dynoscope::ui {

namespace {

constexpr int kEditedDelayMs = 300;
constexpr int kMapEditorHeight = 110;

const QLatin1String kKeyCondition("KeyConditionExpression");
const QLatin1String kFilter("FilterExpression");
const QLatin1String kProjection("ProjectionExpression");
const QLatin1String kNames("ExpressionAttributeNames");
const QLatin1String kValues("ExpressionAttributeValues");

// The object in an editor's text; nullopt when the text is not a JSON
// object. An empty text is an empty object.
std::optional<QJsonObject> objectIn(const QByteArray& json)
{
    if (json.trimmed().isEmpty())
        return QJsonObject {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QByteArray mapText(const QJsonObject& map)
{
    return map.isEmpty() ? QByteArrayLiteral("{}") : QJsonDocument(map).toJson(QJsonDocument::Indented).trimmed();
}

// JSON syntax, then the shape of the map: an object whose members are
// strings (names) or objects (DynamoDB JSON values).
JsonEditor::Validator mapValidator(bool values)
{
    return [values](const QByteArray& json) {
        ItemJsonError error = JsonEditor::checkSyntax(json);
        if (!error.isNull() || json.trimmed().isEmpty())
            return error;
        const QJsonDocument document = QJsonDocument::fromJson(json);
        if (!document.isObject())
            return ItemJsonError::at(0,
                values
                    ? ExpressionPane::tr("ExpressionAttributeValues must be a JSON object of placeholders and values.")
                    : ExpressionPane::tr("ExpressionAttributeNames must be a JSON object of placeholders and names."));
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool ok = values ? it.value().isObject() : it.value().isString();
            if (ok)
                continue;
            const qsizetype at = json.indexOf(QByteArray("\"") + it.key().toUtf8() + "\"");
            return ItemJsonError::at(std::max<qsizetype>(at, 0),
                values ? ExpressionPane::tr("The value of %1 must be a DynamoDB JSON value such as {\"S\": \"text\"}.")
                             .arg(it.key())
                       : ExpressionPane::tr("The value of %1 must be a string: the attribute name.").arg(it.key()),
                it.key().toUtf8().size() + 2);
        }
        return error;
    };
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ExpressionPane::ExpressionPane(QWidget* parent)
    : QWidget(parent)
{
    m_keyCondition = new ExpressionEditor(ExpressionSyntax::Kind::KeyCondition, this);
    m_filter = new ExpressionEditor(ExpressionSyntax::Kind::Filter, this);
    m_projection = new ExpressionEditor(ExpressionSyntax::Kind::Projection, this);
    m_namesEdit = new JsonEditor(this);
    m_valuesEdit = new JsonEditor(this);
    m_namesEdit->setValidator(mapValidator(false));
    m_valuesEdit->setValidator(mapValidator(true));
    for (JsonEditor* edit : { m_namesEdit, m_valuesEdit }) {
        edit->setMinimumHeight(kMapEditorHeight);
        edit->setJson("{}");
    }
    m_requestMessage = new QLabel(this);
    m_requestMessage->setWordWrap(true);
    QPalette messagePalette = m_requestMessage->palette();
    messagePalette.setColor(QPalette::WindowText, QColor(0xcd, 0x31, 0x31));
    m_requestMessage->setPalette(messagePalette);
    m_requestMessage->hide();

    auto* layout = new QVBoxLayout(this);
    m_keyConditionLabel = heading(tr("Key condition (KeyConditionExpression)"), this);
    layout->addWidget(m_keyConditionLabel);
    layout->addWidget(m_keyCondition);
    layout->addWidget(heading(tr("Filter (FilterExpression)"), this));
    layout->addWidget(m_filter);
    layout->addWidget(heading(tr("Projection (ProjectionExpression)"), this));
    layout->addWidget(m_projection);
    layout->addWidget(heading(tr("ExpressionAttributeNames"), this));
    layout->addWidget(m_namesEdit, 1);
    layout->addWidget(heading(tr("ExpressionAttributeValues (DynamoDB JSON)"), this));
    layout->addWidget(m_valuesEdit, 1);
    layout->addWidget(m_requestMessage);

    m_editedDelay = new QTimer(this);
    m_editedDelay->setSingleShot(true);
    m_editedDelay->setInterval(kEditedDelayMs);
    connect(m_editedDelay, &QTimer::timeout, this, &ExpressionPane::edited);

    for (ExpressionEditor* editor : { m_keyCondition, m_filter, m_projection }) {
        connect(editor, &ExpressionEditor::textEdited, this, [this] {
            updateRequestMessage();
            userEdited();
        });
        // A reserved-word fix adds the alias to the names map.
        connect(editor, &ExpressionEditor::namesEdited, this, [this](const QJsonObject& added) {
            QJsonObject merged = names();
            for (auto it = added.begin(); it != added.end(); ++it)
                merged.insert(it.key(), it.value());
            m_namesEdit->setJson(mapText(merged));
            m_namesEdit->setModified(true);
            mapsChanged();
            userEdited();
        });
    }
    for (JsonEditor* edit : { m_namesEdit, m_valuesEdit }) {
        connect(edit, &QsciScintilla::textChanged, this, [this] {
            if (m_loading)
                return;
            mapsChanged();
            userEdited();
        });
    }
    setOperation(QueryOperation::Scan);
    mapsChanged();
}

void ExpressionPane::setOperation(QueryOperation operation)
{
    m_operation = operation;
    const bool query = operation == QueryOperation::Query;
    m_keyConditionLabel->setVisible(query);
    m_keyCondition->setVisible(query);
    updateRequestMessage();
}

void ExpressionPane::setAttributeNames(const QStringList& names)
{
    for (ExpressionEditor* editor : { m_keyCondition, m_filter, m_projection })
        editor->setAttributeNames(names);
}

void ExpressionPane::setRequest(const QJsonObject& request)
{
    m_loading = true;
    m_keyCondition->setText(request.value(kKeyCondition).toString());
    m_filter->setText(request.value(kFilter).toString());
    m_projection->setText(request.value(kProjection).toString());
    m_namesEdit->setJson(mapText(request.value(kNames).toObject()));
    m_valuesEdit->setJson(mapText(request.value(kValues).toObject()));
    m_loading = false;
    mapsChanged();
    m_editedDelay->stop();
}

QJsonObject ExpressionPane::expressionMembers() const
{
    QJsonObject members;
    const auto add = [&members](QLatin1String member, const QString& text) {
        if (!text.trimmed().isEmpty())
            members.insert(member, text);
    };
    if (m_operation == QueryOperation::Query)
        add(kKeyCondition, m_keyCondition->text());
    add(kFilter, m_filter->text());
    add(kProjection, m_projection->text());
    if (const QJsonObject n = names(); !n.isEmpty())
        members.insert(kNames, n);
    if (const QJsonObject v = values(); !v.isEmpty())
        members.insert(kValues, v);
    return members;
}

bool ExpressionPane::hasErrors() const
{
    if (m_operation == QueryOperation::Query && m_keyCondition->hasError())
        return true;
    if (m_filter->hasError() || m_projection->hasError())
        return true;
    // The map editors validate on a worker after a pause; check them now.
    if (!mapValidator(false)(m_namesEdit->json()).isNull() || !mapValidator(true)(m_valuesEdit->json()).isNull())
        return true;
    return !requestMessage().isEmpty();
}

QString ExpressionPane::requestMessage() const
{
    return m_requestMessage->text();
}

void ExpressionPane::userEdited()
{
    if (!m_loading)
        m_editedDelay->start();
}

// New maps change what every editor completes and how it checks placeholders.
void ExpressionPane::mapsChanged()
{
    const QJsonObject n = names();
    const QJsonObject v = values();
    for (ExpressionEditor* editor : { m_keyCondition, m_filter, m_projection })
        editor->setPlaceholders(n, v);
    updateRequestMessage();
}

// What DynamoDB refuses in the request as a whole: a Query without a key
// condition, placeholders that no expression uses. Its messages are
// DynamoDB's own, untranslated like those of the expression editors.
void ExpressionPane::updateRequestMessage()
{
    QString message;
    const std::optional<QJsonObject> n = objectIn(m_namesEdit->json());
    const std::optional<QJsonObject> v = objectIn(m_valuesEdit->json());
    if (!n)
        message = tr("ExpressionAttributeNames is not a valid JSON object.");
    else if (!v)
        message = tr("ExpressionAttributeValues is not a valid JSON object.");
    if (message.isEmpty() && m_operation == QueryOperation::Query && m_keyCondition->text().trimmed().isEmpty())
        message = QStringLiteral("Either the KeyConditions or KeyConditionExpression parameter must be specified in "
                                 "the request.");
    if (message.isEmpty()) {
        QList<QByteArray> texts;
        if (m_operation == QueryOperation::Query)
            texts.append(m_keyCondition->text().toUtf8());
        texts.append(m_filter->text().toUtf8());
        texts.append(m_projection->text().toUtf8());
        std::vector<std::string_view> views;
        for (const QByteArray& text : texts)
            views.emplace_back(text.constData(), static_cast<std::size_t>(text.size()));
        const auto compact = [](const QJsonObject& o) {
            return o.isEmpty() ? std::string() : QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
        };
        if (const auto unused = ExpressionSyntax::unusedPlaceholders(views, { compact(*n), compact(*v) }))
            message = QString::fromStdString(*unused);
    }
    m_requestMessage->setText(message);
    m_requestMessage->setVisible(!message.isEmpty());
}

QJsonObject ExpressionPane::names() const
{
    return objectIn(m_namesEdit->json()).value_or(QJsonObject {});
}

QJsonObject ExpressionPane::values() const
{
    return objectIn(m_valuesEdit->json()).value_or(QJsonObject {});
}

} // namespace dynoscope::ui
