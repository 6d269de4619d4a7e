// The item editor dialog: loading, form switching, checks, confirmation,
// conditional saving and conflict handling.
#include "items/ItemEditorDialog.h"

#include "common/ErrorExplanation.h"
#include "connection/Connection.h"
#include "editor/JsonEditor.h"
#include "items/ItemDiff.h"
#include "items/ItemDiffDialog.h"
#include "items/ItemEditorCondition.h"
#include "items/ItemEditorConflictDialog.h"
#include "items/ItemJsonReader.h"
#include "items/ItemJsonWriter.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabBar>
#include <QVBoxLayout>

namespace dynoscope::ui {

namespace {

enum FormTab { DynamoDbTab, PlainTab };

// text's %1 and %2 filled with the error's type and DynamoDB's (English)
// message, then a translated explanation on its own line when one helps.
QString explained(const QString& text, const Reply& reply)
{
    const QString explanation = ErrorExplanation::explain(reply.errorType, reply.errorMessage);
    const QString message = text.arg(reply.errorType, reply.errorMessage);
    return explanation.isEmpty() ? message : message + QLatin1Char('\n') + explanation;
}

ItemJsonForm formOfTab(int index)
{
    return index == PlainTab ? ItemJsonForm::Plain : ItemJsonForm::DynamoDb;
}
int tabOfForm(ItemJsonForm form)
{
    return form == ItemJsonForm::Plain ? PlainTab : DynamoDbTab;
}

QString formName(ItemJsonForm form)
{
    return form == ItemJsonForm::Plain ? ItemEditorDialog::tr("plain JSON") : ItemEditorDialog::tr("DynamoDB JSON");
}

QByteArray compact(const ItemJsonValue& value)
{
    return ItemJsonWriter::write(value, ItemJsonStyle::Compact);
}

// The live check: the item in its form, and its key attributes' presence
// and types (emptiness waits for Save: a new item starts with empty keys).
JsonEditor::Validator validatorFor(ItemJsonForm form, const std::optional<ItemEditorKeySchema>& schema)
{
    return [form, schema](const QByteArray& json) {
        ItemJsonError error;
        const std::optional<ItemJsonValue> item = ItemJson::parseItem(json, form, &error);
        if (item && schema) {
            error = schema->check(*item, true);
            error.locate(json);
        }
        return error;
    };
}

bool sameKey(const ItemEditorKeySchema& schema, const ItemJsonValue& a, const ItemJsonValue& b)
{
    return std::all_of(schema.keys().begin(), schema.keys().end(), [&](const ItemEditorKeySchema::Key& k) {
        const ItemJsonValue* x = a.member(k.name);
        const ItemJsonValue* y = b.member(k.name);
        return x && y && ItemJson::sameValue(*x, *y);
    });
}

} // namespace

ItemEditorDialog::ItemEditorDialog(Connection& connection, const QByteArray& describeTableJson, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
{
    QString schemaError;
    m_schema = ItemEditorKeySchema::fromDescribeTable(describeTableJson, &schemaError);
    buildUi();
    if (!m_schema) {
        setNotice(schemaError, true);
        setState(State::Failed);
        return;
    }
    showItem(m_schema->templateItem());
    // Put the cursor where the partition key's value goes.
    const qsizetype emptyValue = m_editor->json().indexOf("\"\"");
    if (emptyValue >= 0)
        m_editor->SendScintilla(JsonEditor::SCI_GOTOPOS, static_cast<unsigned long>(emptyValue + 1));
}

void ItemEditorDialog::buildUi()
{
    setWindowTitle(tr("Item Editor"));
    setSizeGripEnabled(true);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);

    m_formBar = new QTabBar(this);
    m_formBar->setDocumentMode(true);
    m_formBar->setDrawBase(false);
    m_formBar->addTab(tr("DynamoDB JSON"));
    m_formBar->addTab(tr("Plain JSON"));
    m_formBar->setTabToolTip(
        DynamoDbTab, tr("Every value with its type, as DynamoDB's API writes it: {\"S\": \"text\"}"));
    m_formBar->setTabToolTip(PlainTab,
        tr("Ordinary JSON; numbers keep every digit. What JSON cannot say is marked:\n"
           "{\"$SS\": [...]}, {\"$NS\": [\"1\"]}, {\"$BS\": [base64]} sets, {\"$B\": base64} binary,\n"
           "{\"$N\": \"+.5\"} unusual number text, {\"$M\": {...}} a map whose only key starts with $"));
    connect(m_formBar, &QTabBar::currentChanged, this, &ItemEditorDialog::onFormTab);
    m_format = new QPushButton(tr("Format"), this);
    m_format->setToolTip(tr("Indent the JSON (Ctrl+Shift+F)"));
    m_format->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+F")));
    m_format->setAutoDefault(false);
    connect(m_format, &QPushButton::clicked, this, [this] {
        if (!m_editor->formatJson())
            m_editor->validateNow();
    });
    auto* formRow = new QHBoxLayout;
    formRow->addWidget(m_formBar);
    formRow->addStretch(1);
    formRow->addWidget(m_format);

    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    m_editor = new JsonEditor(this);
    m_editor->setValidator(validatorFor(m_form, m_schema));
    m_editor->setMinimumSize(560, 300);
    connect(m_editor, &JsonEditor::validated, this, &ItemEditorDialog::onValidated);

    m_validation = new QLabel(this);
    m_validation->setTextFormat(Qt::RichText);
    m_validation->setWordWrap(true);
    connect(m_validation, &QLabel::linkActivated, m_editor, &JsonEditor::goToError);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    m_save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_save->setToolTip(tr("Save the item (Ctrl+S)"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &ItemEditorDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &ItemEditorDialog::reject);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &ItemEditorDialog::save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(6);
    layout->addLayout(formRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_validation);
    layout->addWidget(buttons);
    resize(760, 600);
    applyColors();
}

void ItemEditorDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

// Secondary text halfway to the background, and the validation line in the
// palette's light or dark variant.
void ItemEditorDialog::applyColors()
{
    const QColor text = palette().color(QPalette::WindowText);
    const QColor window = palette().color(QPalette::Window);
    QPalette muted = m_subtitle->palette();
    muted.setColor(QPalette::WindowText,
        QColor((text.red() * 2 + window.red()) / 3, (text.green() * 2 + window.green()) / 3,
            (text.blue() * 2 + window.blue()) / 3));
    m_subtitle->setPalette(muted);
    if (m_validation->text().isEmpty())
        return;
    onValidated(!m_editor->hasError());
}

void ItemEditorDialog::setNewItem(const QByteArray& dynamoItemJson)
{
    ItemJsonError error;
    const std::optional<ItemJsonValue> item = ItemJson::parseItem(dynamoItemJson, ItemJsonForm::DynamoDb, &error);
    m_isNew = true;
    m_stored.reset();
    if (item) {
        showItem(*item);
        setNotice({}, false);
    } else {
        m_editor->setJson(dynamoItemJson);
        m_editor->showError(error);
    }
    setState(m_schema ? State::Editing : State::Failed);
}

void ItemEditorDialog::editItem(const QByteArray& dynamoKeyJson)
{
    if (!m_schema)
        return;
    const std::optional<ItemJsonValue> key = ItemJsonReader::parse(dynamoKeyJson);
    if (!key || !key->isObject()) {
        setNotice(tr("The item's key is not a JSON object."), true);
        setState(State::Failed);
        return;
    }
    m_isNew = false;
    m_editor->setJson({});
    setState(State::Loading);
    setNotice(tr("Reading the item…"), false);
    ItemJsonValue request = ItemJsonValue::object();
    request.insert(QStringLiteral("TableName"), ItemJsonValue::string(m_schema->tableName()));
    request.insert(QStringLiteral("Key"), *key);
    request.insert(QStringLiteral("ConsistentRead"), ItemJsonValue::boolean(true));
    m_connection.send(QStringLiteral("GetItem"), compact(request), this, [this, key = *key](const Reply& reply) {
        if (!reply.ok) {
            setNotice(explained(tr("Could not read the item: %1: %2"), reply), true);
            setState(State::Failed);
            emit loaded();
            return;
        }
        const std::optional<ItemJsonValue> body = ItemJsonReader::parse(reply.body);
        const ItemJsonValue* item = body ? body->member(u"Item") : nullptr;
        if (item) {
            // DynamoDB returns attributes in no particular order: keys first reads best.
            m_stored = m_schema->keysFirst(*item);
            m_isNew = false;
            showItem(*m_stored);
            setNotice({}, false);
        } else {
            m_stored.reset();
            m_isNew = true;
            showItem(key);
            setNotice(tr("This item no longer exists. Saving creates it again."), true);
        }
        setState(State::Editing);
        emit loaded();
    });
}

bool ItemEditorDialog::setForm(ItemJsonForm form)
{
    if (form == m_form)
        return true;
    ItemJsonError error;
    const QByteArray converted = ItemJson::convertItem(m_editor->json(), m_form, form, ItemJsonStyle::Pretty, &error);
    if (converted.isNull()) {
        const QSignalBlocker blocker(m_formBar);
        m_formBar->setCurrentIndex(tabOfForm(m_form));
        m_editor->showError(error);
        setNotice(tr("Fix the problem below to switch to %1: %2").arg(formName(form), error.describe()), true);
        return false;
    }
    const bool modified = m_editor->isModified();
    m_form = form;
    m_editor->setValidator(validatorFor(m_form, m_schema));
    m_editor->setJson(converted);
    m_editor->setModified(modified);
    {
        const QSignalBlocker blocker(m_formBar);
        m_formBar->setCurrentIndex(tabOfForm(m_form));
    }
    setNotice({}, false);
    return true;
}

void ItemEditorDialog::onFormTab(int index)
{
    setForm(formOfTab(index));
}

bool ItemEditorDialog::hasUnsavedChanges() const
{
    if (!m_editor->isModified())
        return false;
    const std::optional<ItemJsonValue> item = ItemJson::parseItem(m_editor->json(), m_form);
    return !item || !ItemDiff(m_base, *item).isEmpty();
}

QByteArray ItemEditorDialog::storedItem() const
{
    return m_stored ? compact(*m_stored) : QByteArray();
}

void ItemEditorDialog::showItem(const ItemJsonValue& item)
{
    m_base = item;
    m_editor->setJson(ItemJson::writeItem(item, m_form, ItemJsonStyle::Pretty));
    updateHeader();
}

void ItemEditorDialog::updateHeader()
{
    if (!m_schema) {
        m_title->setText(tr("Item"));
        m_subtitle->clear();
        return;
    }
    const QString table = m_schema->tableName();
    m_title->setText(m_isNew ? tr("New item in %1").arg(table) : tr("Edit item in %1").arg(table));
    setWindowTitle(m_isNew ? tr("New Item — %1").arg(table) : tr("Edit Item — %1").arg(table));
    QString subtitle = tr("Key: %1").arg(m_schema->describeSchema());
    if (!m_isNew && m_stored)
        subtitle += QLatin1Char('\n') + tr("Stored item: %1").arg(m_schema->describeKey(*m_stored));
    m_subtitle->setText(subtitle);
}

void ItemEditorDialog::setState(State state)
{
    const bool editing = state == State::Editing;
    m_editor->setReadOnly(!editing);
    m_save->setEnabled(editing);
    m_format->setEnabled(editing);
    m_formBar->setEnabled(editing);
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ItemEditorDialog::setNotice(const QString& text, bool isError)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    const QString colors = isError ? QStringLiteral("background: #fdecea; color: #8c1d18; border: 1px solid #f1aeb5;")
                                   : QStringLiteral("background: #e8f1fb; color: #0b3d6e; border: 1px solid #b6d4f2;");
    m_notice->setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 4px; padding: 6px 8px; }").arg(colors));
}

void ItemEditorDialog::onValidated(bool valid)
{
    if (m_state == State::Loading || m_state == State::Failed) {
        m_validation->clear();
        return;
    }
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    if (valid) {
        const QString green = dark ? QStringLiteral("#7ee787") : QStringLiteral("#1a7f37");
        m_validation->setText(QStringLiteral("<span style='color:%1'>✓</span> %2")
                                  .arg(green, tr("Valid %1").arg(formName(m_form)).toHtmlEscaped()));
        return;
    }
    const QString red = dark ? QStringLiteral("#ff8a80") : QStringLiteral("#c62828");
    m_validation->setText(QStringLiteral("<span style='color:%1'>✗ %2</span> <a href='#error'>%3</a>")
                              .arg(red, m_editor->error().describe().toHtmlEscaped(), tr("Go to the problem")));
}

std::optional<ItemJsonValue> ItemEditorDialog::checkedItem()
{
    const QByteArray text = m_editor->json();
    ItemJsonError error;
    std::optional<ItemJsonValue> item = ItemJson::parseItem(text, m_form, &error);
    if (item && m_schema) {
        error = m_schema->check(*item);
        error.locate(text);
    }
    if (error.isNull())
        return item;
    m_editor->showError(error);
    m_editor->goToError();
    setNotice(tr("The item cannot be saved yet: %1").arg(error.describe()), true);
    return std::nullopt;
}

void ItemEditorDialog::save()
{
    if (m_state != State::Editing || pendingQuestion())
        return;
    const std::optional<ItemJsonValue> edited = checkedItem();
    if (!edited)
        return;
    const QString& partitionKey = m_schema->partitionKey().name;
    if (m_isNew || !m_stored) {
        put(*edited, ItemEditorCondition::itemAbsent(partitionKey));
    } else if (!sameKey(*m_schema, *m_stored, *edited)) {
        confirmNewKey(*edited);
    } else {
        confirmChanges(*edited);
    }
}

void ItemEditorDialog::confirmChanges(const ItemJsonValue& edited)
{
    const ItemDiff diff(*m_stored, edited);
    if (diff.isEmpty()) {
        setNotice(tr("Nothing to save: the item is as stored."), false);
        m_editor->setModified(false);
        return;
    }
    const ItemEditorCondition condition
        = ItemEditorCondition::unchangedSince(*m_stored, edited, m_schema->partitionKey().name);
    auto* dialog = new ItemDiffDialog(diff, m_form, subject(edited), condition.warning(), this);
    connect(dialog, &QDialog::accepted, this, [this, edited, condition] { put(edited, condition); });
    openQuestion(dialog);
}

void ItemEditorDialog::confirmNewKey(const ItemJsonValue& edited)
{
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Key Changed"), tr("You changed the item's key."), QMessageBox::Cancel, this);
    box->setInformativeText(tr("Saving creates a new item (%1). The item you opened (%2) stays as it is.")
                                .arg(m_schema->describeKey(edited), m_schema->describeKey(*m_stored)));
    QPushButton* create = box->addButton(tr("Save as New Item"), QMessageBox::AcceptRole);
    box->setDefaultButton(create);
    connect(box, &QMessageBox::finished, this, [this, box, create, edited] {
        if (box->clickedButton() == create)
            put(edited, ItemEditorCondition::itemAbsent(m_schema->partitionKey().name));
    });
    openQuestion(box);
}

void ItemEditorDialog::put(const ItemJsonValue& edited, const ItemEditorCondition& condition)
{
    ItemJsonValue request = ItemJsonValue::object();
    request.insert(QStringLiteral("TableName"), ItemJsonValue::string(m_schema->tableName()));
    request.insert(QStringLiteral("Item"), edited);
    condition.addTo(request);
    setState(State::Saving);
    setNotice(tr("Saving…"), false);
    m_connection.send(QStringLiteral("PutItem"), compact(request), this,
        [this, edited](const Reply& reply) { onPutReply(reply, edited); });
}

void ItemEditorDialog::onPutReply(const Reply& reply, const ItemJsonValue& edited)
{
    setState(State::Editing);
    if (reply.ok) {
        m_stored = edited;
        m_base = edited;
        m_isNew = false;
        m_editor->setModified(false);
        setNotice({}, false);
        updateHeader();
        emit saved(compact(edited));
        accept();
        return;
    }
    if (reply.errorType == QLatin1String("ConditionalCheckFailedException")) {
        setNotice({}, false);
        showConflict(edited);
        return;
    }
    setNotice(explained(tr("DynamoDB refused the item: %1: %2"), reply), true);
}

void ItemEditorDialog::showConflict(const ItemJsonValue& edited)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Item Changed"),
        m_isNew ? tr("An item with this key already exists.") : tr("The item changed since you opened it."),
        QMessageBox::Cancel, this);
    box->setInformativeText(m_isNew ? tr("Someone else created it after you started. Compare it with your edit, "
                                         "or overwrite it with your edit.")
                                    : tr("Someone else changed or deleted it after you opened it. Nothing was "
                                         "saved. Reload it to compare with your edit, or overwrite their change."));
    QPushButton* reload = box->addButton(m_isNew ? tr("Compare…") : tr("Reload and Compare…"), QMessageBox::AcceptRole);
    QPushButton* overwrite = box->addButton(tr("Overwrite"), QMessageBox::DestructiveRole);
    box->setDefaultButton(reload);
    connect(box, &QMessageBox::finished, this, [this, box, reload, overwrite, edited] {
        if (box->clickedButton() == reload)
            compareWithStored(edited);
        else if (box->clickedButton() == overwrite)
            put(edited, ItemEditorCondition());
    });
    openQuestion(box);
}

void ItemEditorDialog::compareWithStored(const ItemJsonValue& edited)
{
    ItemJsonValue request = ItemJsonValue::object();
    request.insert(QStringLiteral("TableName"), ItemJsonValue::string(m_schema->tableName()));
    request.insert(QStringLiteral("Key"), m_schema->keyOf(edited));
    request.insert(QStringLiteral("ConsistentRead"), ItemJsonValue::boolean(true));
    setState(State::Loading);
    setNotice(tr("Reading the stored item…"), false);
    m_connection.send(QStringLiteral("GetItem"), compact(request), this, [this, edited](const Reply& reply) {
        setState(State::Editing);
        if (!reply.ok) {
            setNotice(explained(tr("Could not read the stored item: %1: %2"), reply), true);
            return;
        }
        setNotice({}, false);
        const std::optional<ItemJsonValue> body = ItemJsonReader::parse(reply.body);
        const ItemJsonValue* found = body ? body->member(u"Item") : nullptr;
        const std::optional<ItemJsonValue> current = found ? std::optional(m_schema->keysFirst(*found)) : std::nullopt;
        auto* dialog = new ItemEditorConflictDialog(current, edited, m_form, subject(edited), this);
        connect(dialog, &QDialog::finished, this,
            [this, dialog, current, edited] { resolveConflict(int(dialog->choice()), current, edited); });
        openQuestion(dialog);
    });
}

void ItemEditorDialog::resolveConflict(
    int choice, const std::optional<ItemJsonValue>& current, const ItemJsonValue& edited)
{
    switch (ItemEditorConflictDialog::Choice(choice)) {
    case ItemEditorConflictDialog::Choice::Cancel:
        return;
    case ItemEditorConflictDialog::Choice::Overwrite:
        put(edited, ItemEditorCondition());
        return;
    case ItemEditorConflictDialog::Choice::KeepEditing:
        m_stored = current;
        m_isNew = !current;
        updateHeader();
        setNotice(tr("Saving now checks your edit against the item as stored now."), false);
        return;
    case ItemEditorConflictDialog::Choice::TakeStored:
        m_stored = current;
        m_isNew = !current;
        if (current)
            showItem(*current);
        setNotice(tr("Your edit was dropped: this is the item as stored now."), false);
        return;
    }
}

void ItemEditorDialog::reject()
{
    if (m_state == State::Saving || pendingQuestion())
        return;
    if (m_state == State::Editing && hasUnsavedChanges()) {
        askBeforeClosing();
        return;
    }
    QDialog::reject();
}

void ItemEditorDialog::askBeforeClosing()
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"),
        m_isNew ? tr("Save this new item before closing?") : tr("Save your changes to this item before closing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setInformativeText(tr("If you don't save, your changes are lost."));
    box->setDefaultButton(QMessageBox::Save);
    connect(box, &QMessageBox::finished, this, [this, box] {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Save)
            save();
        else if (answer == QMessageBox::Discard)
            QDialog::reject();
    });
    openQuestion(box);
}

void ItemEditorDialog::openQuestion(QDialog* question)
{
    question->setAttribute(Qt::WA_DeleteOnClose);
    m_question = question;
    question->open();
}

QString ItemEditorDialog::subject(const ItemJsonValue& item) const
{
    return tr("%1 · %2").arg(m_schema->tableName(), m_schema->describeKey(item));
}

} // namespace dynoscope::ui
