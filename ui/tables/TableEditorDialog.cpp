// Layout and behaviour of the table editor.
#include "tables/TableEditorDialog.h"

#include "tables/FieldMessage.h"
#include "tables/IndexListEditor.h"
#include "tables/KeyAttributeEditor.h"
#include "tables/ReadOnlyField.h"
#include "tables/TableChangeRunner.h"
#include "tables/TableRequestPlanner.h"
#include "tables/TableSpecValidator.h"
#include "tables/TagEditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dynoscope::ui {

namespace {

using Field = ValidationIssue::Field;

enum Page { TablePage, IndexPage, StreamPage, TagPage };

Page pageOf(Field field)
{
    switch (field) {
    case Field::Indexes:
    case Field::GlobalIndexes:
    case Field::GlobalIndex:
    case Field::LocalIndexes:
    case Field::LocalIndex:
        return IndexPage;
    case Field::TimeToLive:
        return StreamPage;
    case Field::Tags:
    case Field::Tag:
        return TagPage;
    default:
        return TablePage;
    }
}

QLabel* hint(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A field with its inline message under it, as one form row.
QWidget* withMessage(QWidget* field, FieldMessage* message, QLabel* note = nullptr)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(field);
    if (note)
        layout->addWidget(note);
    layout->addWidget(message);
    return box;
}

QFormLayout* form(QGroupBox* group)
{
    auto* layout = new QFormLayout(group);
    layout->setContentsMargins(14, 14, 14, 14);
    layout->setHorizontalSpacing(14);
    layout->setVerticalSpacing(10);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return layout;
}

QSpinBox* capacityBox(const QString& objectName, const QString& suffix)
{
    auto* box = new QSpinBox;
    box->setObjectName(objectName);
    // 0 is accepted so that the editor can say why it is wrong.
    box->setRange(0, 1000000000);
    box->setValue(5);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    box->setMinimumWidth(170);
    box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return box;
}

QWidget* scrollable(QWidget* page)
{
    auto* area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(page);
    return area;
}

QString streamHint(const QString& viewType)
{
    if (viewType == QLatin1String("KEYS_ONLY"))
        return TableEditorDialog::tr("Stream records hold the key attributes of the changed item.");
    if (viewType == QLatin1String("NEW_IMAGE"))
        return TableEditorDialog::tr("Stream records hold the item as it is after the change.");
    if (viewType == QLatin1String("OLD_IMAGE"))
        return TableEditorDialog::tr("Stream records hold the item as it was before the change.");
    return TableEditorDialog::tr("Stream records hold the item as it was before and as it is after the change.");
}

} // namespace

TableEditorDialog::TableEditorDialog(QWidget* parent) : QDialog(parent)
{
    build();
    setWindowTitle(tr("Create Table"));
    m_ok->setText(tr("Create Table"));
    load(TableSpec());
    m_name->setFocus();
}

TableEditorDialog::TableEditorDialog(const TableSnapshot& existing, QWidget* parent) : QDialog(parent)
{
    m_changeMode = true;
    m_original = TableSpec::fromSnapshot(existing);
    build();
    setWindowTitle(tr("Change Table %1").arg(m_original.tableName));
    m_ok->setText(tr("Apply Changes"));
    applyChangeMode(existing);
    load(m_original);
}

void TableEditorDialog::build()
{
    setObjectName(QStringLiteral("tableEditor"));
    resize(1140, 740);
    m_pages = new QTabWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addTab(scrollable(buildTablePage()), tr("Table"));
    m_pages->addTab(scrollable(buildIndexPage()), tr("Indexes"));
    m_pages->addTab(scrollable(buildStreamPage()), tr("Stream and TTL"));
    m_tags = new TagEditor;
    auto* tagPage = new QWidget;
    auto* tagLayout = new QVBoxLayout(tagPage);
    tagLayout->setContentsMargins(16, 16, 16, 16);
    tagLayout->addWidget(m_tags);
    m_pages->addTab(tagPage, tr("Tags"));

    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* previewBox = new QWidget;
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto* previewTitle = new QLabel(tr("Requests to send"));
    QFont bold = previewTitle->font();
    bold.setBold(true);
    previewTitle->setFont(bold);
    previewLayout->addWidget(previewTitle);
    previewLayout->addWidget(m_preview, 1);

    auto* splitter = new QSplitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_pages);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({660, 440});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("ok"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addSpacing(12);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(12);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_touched[Field::TableName] = true; });
    connect(m_partitionKey->nameEdit(), &QLineEdit::textEdited, this,
            [this] { m_touched[Field::PartitionKey] = true; });
    for (auto* edit : {m_name, m_ttlAttribute})
        connect(edit, &QLineEdit::textChanged, this, &TableEditorDialog::refresh);
    for (auto* key : {m_partitionKey, m_sortKey})
        connect(key, &KeyAttributeEditor::changed, this, &TableEditorDialog::refresh);
    for (auto* box : {m_read, m_write})
        connect(box, &QSpinBox::valueChanged, this, &TableEditorDialog::refresh);
    for (auto* check : {m_deletionProtection, m_stream, m_ttl})
        connect(check, &QCheckBox::toggled, this, &TableEditorDialog::refresh);
    connect(m_provisioned, &QRadioButton::toggled, this, &TableEditorDialog::refresh);
    connect(m_streamViewType, &QComboBox::currentIndexChanged, this, &TableEditorDialog::refresh);
    for (auto* list : {m_globalIndexes, m_localIndexes})
        connect(list, &IndexListEditor::changed, this, &TableEditorDialog::refresh);
    connect(m_tags, &TagEditor::changed, this, &TableEditorDialog::refresh);
}

FieldMessage* TableEditorDialog::addMessage(Field field)
{
    auto* message = new FieldMessage;
    m_messages.insert(field, message);
    return message;
}

QWidget* TableEditorDialog::buildTablePage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(14);

    auto* names = new QGroupBox(tr("Table"));
    auto* namesForm = form(names);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("tableName"));
    m_name->setPlaceholderText(tr("e.g. Orders"));
    m_nameHint = hint(tr("3 to 255 characters: letters, digits, _ - ."));
    namesForm->addRow(tr("Table name:"), withMessage(m_name, addMessage(Field::TableName), m_nameHint));
    layout->addWidget(names);

    auto* keys = new QGroupBox(tr("Primary key"));
    auto* keysForm = form(keys);
    m_partitionKey = new KeyAttributeEditor(tr("e.g. customerId"), false);
    m_partitionKey->setObjectName(QStringLiteral("partitionKey"));
    m_sortKey = new KeyAttributeEditor(tr("optional, e.g. orderDate"), true);
    m_sortKey->setObjectName(QStringLiteral("sortKey"));
    keysForm->addRow(tr("Partition key:"), withMessage(m_partitionKey, addMessage(Field::PartitionKey)));
    keysForm->addRow(tr("Sort key:"), withMessage(m_sortKey, addMessage(Field::SortKey)));
    keysForm->addRow(hint(tr("Items with the same partition key are stored together, ordered by the sort key. "
                             "The primary key cannot change once the table exists.")));
    layout->addWidget(keys);

    auto* capacity = new QGroupBox(tr("Capacity"));
    auto* capacityLayout = new QVBoxLayout(capacity);
    capacityLayout->setContentsMargins(14, 14, 14, 14);
    capacityLayout->setSpacing(6);
    m_onDemand = new QRadioButton(tr("On-demand"));
    m_onDemand->setObjectName(QStringLiteral("onDemand"));
    m_provisioned = new QRadioButton(tr("Provisioned"));
    m_provisioned->setObjectName(QStringLiteral("provisioned"));
    auto* group = new QButtonGroup(capacity);
    group->addButton(m_onDemand);
    group->addButton(m_provisioned);
    auto* onDemandHint = hint(tr("Pay per request; nothing to plan. Suits new or spiky workloads."));
    onDemandHint->setContentsMargins(24, 0, 0, 4);
    capacityLayout->addWidget(m_onDemand);
    capacityLayout->addWidget(onDemandHint);
    capacityLayout->addWidget(m_provisioned);
    m_read = capacityBox(QStringLiteral("readCapacity"), tr(" reads/s"));
    m_write = capacityBox(QStringLiteral("writeCapacity"), tr(" writes/s"));
    m_capacity = new QWidget;
    auto* units = new QFormLayout(m_capacity);
    units->setContentsMargins(24, 0, 0, 0);
    units->setHorizontalSpacing(14);
    units->addRow(hint(tr("Reserve read and write capacity units per second; cheaper for steady traffic.")));
    units->addRow(tr("Read capacity units:"), m_read);
    units->addRow(tr("Write capacity units:"), m_write);
    units->addRow(addMessage(Field::Capacity));
    capacityLayout->addWidget(m_capacity);
    layout->addWidget(capacity);

    auto* protection = new QGroupBox(tr("Deletion protection"));
    auto* protectionLayout = new QVBoxLayout(protection);
    protectionLayout->setContentsMargins(14, 14, 14, 14);
    m_deletionProtection = new QCheckBox(tr("Protect the table against deletion"));
    m_deletionProtection->setObjectName(QStringLiteral("deletionProtection"));
    protectionLayout->addWidget(m_deletionProtection);
    protectionLayout->addWidget(hint(tr("DeleteTable fails while the protection is on.")));
    layout->addWidget(protection);
    layout->addStretch();
    return page;
}

QWidget* TableEditorDialog::buildIndexPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(18);
    layout->addWidget(addMessage(Field::Indexes));
    m_globalIndexes = new IndexListEditor(SecondaryIndexEditor::Kind::Global);
    m_localIndexes = new IndexListEditor(SecondaryIndexEditor::Kind::Local);
    layout->addWidget(m_globalIndexes);
    auto* line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_localIndexes);
    layout->addStretch();
    return page;
}

QWidget* TableEditorDialog::buildStreamPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(14);

    auto* stream = new QGroupBox(tr("DynamoDB Streams"));
    auto* streamForm = form(stream);
    m_stream = new QCheckBox(tr("Record every change to the table's items in a stream"));
    m_stream->setObjectName(QStringLiteral("streamEnabled"));
    m_streamViewType = new QComboBox;
    m_streamViewType->setObjectName(QStringLiteral("streamViewType"));
    m_streamViewType->addItem(tr("New and old images"), QStringLiteral("NEW_AND_OLD_IMAGES"));
    m_streamViewType->addItem(tr("New image"), QStringLiteral("NEW_IMAGE"));
    m_streamViewType->addItem(tr("Old image"), QStringLiteral("OLD_IMAGE"));
    m_streamViewType->addItem(tr("Keys only"), QStringLiteral("KEYS_ONLY"));
    m_streamHint = hint({});
    streamForm->addRow(m_stream);
    streamForm->addRow(tr("View type:"), withMessage(m_streamViewType, new FieldMessage, m_streamHint));
    layout->addWidget(stream);

    auto* ttl = new QGroupBox(tr("Time to live"));
    auto* ttlForm = form(ttl);
    m_ttl = new QCheckBox(tr("Delete items automatically once they expire"));
    m_ttl->setObjectName(QStringLiteral("ttlEnabled"));
    m_ttlAttribute = new QLineEdit;
    m_ttlAttribute->setObjectName(QStringLiteral("ttlAttribute"));
    m_ttlAttribute->setPlaceholderText(tr("e.g. expiresAt"));
    m_ttlNote = hint(tr("The attribute holds the expiry time as a Number of seconds since the Unix epoch. "
                        "Items without it never expire."));
    ttlForm->addRow(m_ttl);
    ttlForm->addRow(tr("TTL attribute:"), withMessage(m_ttlAttribute, addMessage(Field::TimeToLive), m_ttlNote));
    layout->addWidget(ttl);
    layout->addStretch();
    return page;
}

void TableEditorDialog::applyChangeMode(const TableSnapshot& existing)
{
    setFixedValue(m_name, true);
    m_nameHint->hide();
    m_partitionKey->setReadOnly(true);
    m_sortKey->setReadOnly(true);
    m_localIndexes->setEditable(false);
    if (!existing.tagsKnown)
        m_tags->setUnavailable(existing.tagsError);
    if (!existing.ttlKnown)
        m_ttlNote->setText(tr("The table's current TTL setting could not be read (%1); enabling TTL here sends "
                              "UpdateTimeToLive.")
                               .arg(existing.ttlError));
    // Everything shown comes from DynamoDB: every message applies at once.
    for (auto field : {Field::TableName, Field::PartitionKey})
        m_touched[field] = true;
}

void TableEditorDialog::load(const TableSpec& spec)
{
    m_name->setText(spec.tableName);
    m_partitionKey->setKey(spec.partitionKey);
    m_sortKey->setKey(spec.sortKey);
    (spec.onDemand ? m_onDemand : m_provisioned)->setChecked(true);
    m_read->setValue(int(qMin<qint64>(spec.readCapacity, m_read->maximum())));
    m_write->setValue(int(qMin<qint64>(spec.writeCapacity, m_write->maximum())));
    m_deletionProtection->setChecked(spec.deletionProtection);
    m_localIndexes->setTablePartitionKey(spec.partitionKey);
    m_globalIndexes->setIndexes(spec.globalIndexes);
    m_localIndexes->setIndexes(spec.localIndexes);
    m_stream->setChecked(spec.streamEnabled);
    m_streamViewType->setCurrentIndex(qMax(0, m_streamViewType->findData(spec.streamViewType)));
    m_ttl->setChecked(spec.ttlEnabled);
    m_ttlAttribute->setText(spec.ttlAttribute);
    m_tags->setTags(spec.tags);
    refresh();
}

TableSpec TableEditorDialog::spec() const
{
    TableSpec spec = m_changeMode ? m_original : TableSpec();
    spec.tableName = m_name->text();
    spec.partitionKey = m_partitionKey->key();
    spec.sortKey = m_sortKey->key();
    spec.onDemand = m_onDemand->isChecked();
    spec.readCapacity = m_read->value();
    spec.writeCapacity = m_write->value();
    spec.deletionProtection = m_deletionProtection->isChecked();
    spec.globalIndexes = m_globalIndexes->indexes();
    spec.localIndexes = m_localIndexes->indexes();
    spec.streamEnabled = m_stream->isChecked();
    spec.streamViewType = m_streamViewType->currentData().toString();
    spec.ttlEnabled = m_ttl->isChecked();
    spec.ttlAttribute = spec.ttlEnabled ? m_ttlAttribute->text() : QString();
    spec.tags = m_tags->tags();
    return spec;
}

QList<PlannedRequest> TableEditorDialog::plannedRequests() const
{
    if (!m_issues.isEmpty())
        return {};
    const TableSpec wanted = spec();
    return m_changeMode ? TableRequestPlanner::planChange(m_original, wanted) : TableRequestPlanner::planCreate(wanted);
}

TableChangeRunner* TableEditorDialog::applyTo(Connection& connection, QObject* parent) const
{
    auto* runner = new TableChangeRunner(connection, plannedRequests(), parent);
    runner->start();
    return runner;
}

void TableEditorDialog::refresh()
{
    // Signals fire while build() wires the widgets: wait for the last one.
    if (!m_ok)
        return;
    const TableSpec wanted = spec();
    m_capacity->setEnabled(!wanted.onDemand);
    m_globalIndexes->setProvisioned(!wanted.onDemand);
    m_localIndexes->setTablePartitionKey(wanted.partitionKey);
    m_streamViewType->setEnabled(wanted.streamEnabled);
    m_streamHint->setText(streamHint(wanted.streamViewType));
    m_ttlAttribute->setEnabled(wanted.ttlEnabled);

    m_issues = TableSpecValidator::validate(wanted);
    // An empty required field the user has not reached yet is not an error
    // to shout about; the summary line still names it.
    const auto pristine = [&](Field field) {
        const QLineEdit* edit = field == Field::TableName      ? m_name
                                : field == Field::PartitionKey ? m_partitionKey->nameEdit()
                                                               : nullptr;
        return edit && edit->text().isEmpty() && !m_touched.value(field);
    };
    QList<ValidationIssue> shown;
    for (const auto& issue : m_issues)
        if (!pristine(issue.field))
            shown.append(issue);
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        it.value()->setMessages(messagesFor(shown, it.key()));
    m_globalIndexes->setIssues(m_issues);
    m_localIndexes->setIssues(m_issues);
    m_tags->setIssues(m_issues);
    updateTabIcons(shown);

    const auto requests = m_changeMode ? TableRequestPlanner::planChange(m_original, wanted)
                                       : TableRequestPlanner::planCreate(wanted);
    QString preview;
    if (!m_issues.isEmpty())
        preview = tr("// Draft: fix the problems in the form to send it.\n\n");
    else if (requests.isEmpty())
        preview = tr("// Nothing to send: the table already looks like this.\n");
    preview += formatPlannedRequests(requests);
    if (m_preview->toPlainText() != preview)
        m_preview->setPlainText(preview);

    const bool ready = m_issues.isEmpty() && !requests.isEmpty();
    m_ok->setEnabled(ready);
    if (!m_issues.isEmpty())
        m_summary->setText(m_issues.size() == 1 ? m_issues.first().message
                                                : tr("%1  ·  Problems to fix: %2")
                                                      .arg(m_issues.first().message)
                                                      .arg(m_issues.size()));
    else if (requests.isEmpty())
        m_summary->setText(tr("No changes yet."));
    else
        m_summary->setText(tr("Ready. Requests to send: %1").arg(requests.size()));
    m_summary->setForegroundRole(ready ? QPalette::WindowText : QPalette::PlaceholderText);
}

void TableEditorDialog::updateTabIcons(const QList<ValidationIssue>& shown)
{
    bool problem[4] = {false, false, false, false};
    for (const auto& issue : shown)
        problem[pageOf(issue.field)] = true;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int page = 0; page < m_pages->count(); ++page)
        m_pages->setTabIcon(page, problem[page] ? warning : QIcon());
}

} // namespace dynoscope::ui
