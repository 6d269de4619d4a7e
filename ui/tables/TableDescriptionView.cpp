// Layout and formatting of a table's description.
#include "tables/TableDescriptionView.h"

#include "common/ErrorExplanation.h"
#include "tables/TableSnapshotLoader.h"

#include <QAction>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace dynoscope::ui {

namespace {

QString typeName(const QString& type)
{
    if (type == QLatin1String("N"))
        return TableDescriptionView::tr("Number");
    if (type == QLatin1String("B"))
        return TableDescriptionView::tr("Binary");
    return TableDescriptionView::tr("String");
}

QString keyText(const KeyAttribute& key)
{
    return key.isSet() ? TableDescriptionView::tr("%1 (%2)").arg(key.name, typeName(key.type))
                       : TableDescriptionView::tr("None");
}

QString sizeText(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return locale.formattedDataSize(bytes);
    return TableDescriptionView::tr("%1 (%2 bytes)")
        .arg(locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat), locale.toString(bytes));
}

QString projectionText(const SecondaryIndexSpec& index)
{
    if (index.projectionType == QLatin1String("INCLUDE"))
        return TableDescriptionView::tr("Keys + %1").arg(index.nonKeyAttributes.join(QStringLiteral(", ")));
    if (index.projectionType == QLatin1String("KEYS_ONLY"))
        return TableDescriptionView::tr("Keys only");
    return TableDescriptionView::tr("All attributes");
}

QString streamViewText(const QString& viewType)
{
    if (viewType == QLatin1String("KEYS_ONLY"))
        return TableDescriptionView::tr("keys only");
    if (viewType == QLatin1String("NEW_IMAGE"))
        return TableDescriptionView::tr("new images");
    if (viewType == QLatin1String("OLD_IMAGE"))
        return TableDescriptionView::tr("old images");
    return TableDescriptionView::tr("new and old images");
}

QString dateText(const QJsonValue& epochSeconds)
{
    if (!epochSeconds.isDouble())
        return TableDescriptionView::tr("Unknown");
    const auto time = QDateTime::fromMSecsSinceEpoch(qint64(epochSeconds.toDouble() * 1000.0));
    return QLocale().toString(time, QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

// Green when usable, amber while changing, red while going away.
QString statusStyle(const QString& status)
{
    QString color = QStringLiteral("#6b7280");
    if (status == QLatin1String("ACTIVE"))
        color = QStringLiteral("#15803d");
    else if (status == QLatin1String("CREATING") || status == QLatin1String("UPDATING"))
        color = QStringLiteral("#b45309");
    else if (status == QLatin1String("DELETING") || status.startsWith(QLatin1String("INACCESSIBLE")))
        color = QStringLiteral("#b91c1c");
    return QStringLiteral("QLabel { color: white; background: %1; border-radius: 9px; padding: 2px 10px; "
                          "font-weight: bold; }")
        .arg(color);
}

QGroupBox* section(const QString& title, QFormLayout** form)
{
    auto* box = new QGroupBox(title);
    *form = new QFormLayout(box);
    (*form)->setContentsMargins(14, 14, 14, 14);
    (*form)->setHorizontalSpacing(16);
    (*form)->setVerticalSpacing(8);
    (*form)->setLabelAlignment(Qt::AlignLeft);
    return box;
}

enum IndexColumn { NameColumn, KindColumn, PartitionColumn, SortColumn, ProjectionColumn, StatusColumn,
                   ItemsColumn, SizeColumn, CapacityColumn, IndexColumnCount };

} // namespace

TableDescriptionView::TableDescriptionView(QWidget* parent)
    : QWidget(parent), m_refresh(new QAction(tr("Refresh"), this)), m_change(new QAction(tr("Change Table…"), this)),
      m_purge(new QAction(tr("Delete All Items…"), this)), m_delete(new QAction(tr("Delete Table…"), this)),
      m_title(new QLabel), m_status(new QLabel), m_subtitle(new QLabel), m_error(new QLabel), m_noIndexes(new QLabel),
      m_indexes(new QTableWidget(0, IndexColumnCount))
{
    setObjectName(QStringLiteral("tableDescription"));
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh->setEnabled(false);
    addAction(m_refresh);
    connect(m_refresh, &QAction::triggered, this, &TableDescriptionView::refresh);
    m_change->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_purge->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    m_delete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("statusBadge"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; "
                                          "border-radius: 4px; padding: 8px; }"));
    m_error->hide();

    auto* toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_refresh);
    toolbar->addSeparator();
    toolbar->addAction(m_change);
    toolbar->addAction(m_purge);
    toolbar->addAction(m_delete);

    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_status, 0, Qt::AlignVCenter);
    titleRow->addStretch();
    titleRow->addWidget(toolbar);

    QFormLayout* form = nullptr;
    auto* overview = section(tr("Overview"), &form);
    addField(form, QStringLiteral("status"), tr("Status:"));
    addField(form, QStringLiteral("itemCount"), tr("Items:"))
        ->setToolTip(tr("DynamoDB updates the item count and size about every six hours."));
    addField(form, QStringLiteral("size"), tr("Size:"))
        ->setToolTip(tr("DynamoDB updates the item count and size about every six hours."));
    addField(form, QStringLiteral("created"), tr("Created:"));
    addField(form, QStringLiteral("tableClass"), tr("Table class:"));
    addField(form, QStringLiteral("deletionProtection"), tr("Deletion protection:"));

    auto* keys = section(tr("Primary key"), &form);
    addField(form, QStringLiteral("partitionKey"), tr("Partition key:"));
    addField(form, QStringLiteral("sortKey"), tr("Sort key:"));

    auto* capacity = section(tr("Capacity"), &form);
    addField(form, QStringLiteral("billing"), tr("Billing mode:"));
    addField(form, QStringLiteral("capacity"), tr("Provisioned:"));

    auto* stream = section(tr("Stream and time to live"), &form);
    addField(form, QStringLiteral("stream"), tr("Stream:"));
    addField(form, QStringLiteral("streamArn"), tr("Latest stream:"));
    addField(form, QStringLiteral("ttl"), tr("Time to live:"));

    auto* identity = section(tr("Identity and tags"), &form);
    addField(form, QStringLiteral("arn"), tr("ARN:"));
    addField(form, QStringLiteral("tags"), tr("Tags:"));

    auto* indexBox = new QGroupBox(tr("Secondary indexes"));
    auto* indexLayout = new QVBoxLayout(indexBox);
    indexLayout->setContentsMargins(14, 14, 14, 14);
    m_indexes->setObjectName(QStringLiteral("indexes"));
    m_indexes->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Partition key"), tr("Sort key"),
                                          tr("Projection"), tr("Status"), tr("Items"), tr("Size"), tr("Capacity")});
    m_indexes->verticalHeader()->hide();
    m_indexes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_indexes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_indexes->setAlternatingRowColors(true);
    m_indexes->horizontalHeader()->setStretchLastSection(false);
    m_indexes->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_indexes->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_noIndexes->setText(tr("This table has no secondary indexes."));
    m_noIndexes->setForegroundRole(QPalette::PlaceholderText);
    indexLayout->addWidget(m_noIndexes);
    indexLayout->addWidget(m_indexes);

    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(14);
    grid->addWidget(overview, 0, 0, 2, 1);
    grid->addWidget(keys, 0, 1);
    grid->addWidget(capacity, 1, 1);
    grid->addWidget(stream, 2, 0);
    grid->addWidget(identity, 2, 1);
    grid->addWidget(indexBox, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(4, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(10);
    layout->addLayout(titleRow);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    setSnapshot(TableSnapshot());
}

QLabel* TableDescriptionView::addField(QFormLayout* form, const QString& field, const QString& label)
{
    auto* value = new QLabel;
    value->setObjectName(field);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    m_fields.insert(field, value);
    return value;
}

QString TableDescriptionView::fieldText(const QString& field) const
{
    const auto* label = m_fields.value(field);
    return label ? label->text() : QString();
}

void TableDescriptionView::setSource(Connection& connection, const QString& tableName)
{
    delete m_loader;
    m_loader = new TableSnapshotLoader(connection, this);
    m_sourceTable = tableName;
    m_refresh->setEnabled(true);
    connect(m_loader, &TableSnapshotLoader::loaded, this, [this](const TableSnapshot& snapshot) {
        m_refresh->setEnabled(true);
        m_error->hide();
        setSnapshot(snapshot);
        emit refreshed();
    });
    connect(m_loader, &TableSnapshotLoader::failed, this, [this](const QString& message) {
        m_refresh->setEnabled(true);
        m_error->setText(tr("Could not describe the table: %1").arg(ErrorExplanation::withExplanation(message)));
        m_error->show();
        emit refreshFailed(message);
    });
}

void TableDescriptionView::refresh()
{
    if (!m_loader)
        return;
    m_refresh->setEnabled(false);
    m_loader->load(m_sourceTable);
}

void TableDescriptionView::setStatus(const QString& status)
{
    m_status->setText(status);
    m_status->setStyleSheet(statusStyle(status));
    m_status->setVisible(!status.isEmpty());
    m_fields.value(QStringLiteral("status"))->setText(status.isEmpty() ? tr("Unknown") : status);
}

void TableDescriptionView::setSnapshot(const TableSnapshot& snapshot)
{
    m_snapshot = snapshot;
    const QJsonObject& table = snapshot.table;
    const TableSpec spec = TableSpec::fromSnapshot(snapshot);
    const QLocale locale;
    auto set = [this](const char* field, const QString& text) { m_fields.value(QLatin1String(field))->setText(text); };

    m_title->setText(spec.tableName.isEmpty() ? tr("No table") : spec.tableName);
    setStatus(table.value(QStringLiteral("TableStatus")).toString());
    const bool hasTable = !table.isEmpty();
    for (auto* action : {m_change, m_purge, m_delete})
        action->setEnabled(hasTable);
    // The count may exceed an int: it is printed as %1, and n only picks the plural form.
    const qint64 itemCount = table.value(QStringLiteral("ItemCount")).toInteger();
    m_subtitle->setText(hasTable
            ? tr("%1 item(s) · %2 · %3", nullptr, int(std::min<qint64>(itemCount, INT_MAX)))
                  .arg(locale.toString(itemCount), sizeText(table.value(QStringLiteral("TableSizeBytes")).toInteger()),
                      spec.onDemand ? tr("on-demand") : tr("provisioned"))
            : QString());

    set("itemCount", locale.toString(table.value(QStringLiteral("ItemCount")).toInteger()));
    set("size", sizeText(table.value(QStringLiteral("TableSizeBytes")).toInteger()));
    set("created", dateText(table.value(QStringLiteral("CreationDateTime"))));
    set("tableClass", table.value(QStringLiteral("TableClassSummary"))
                          .toObject()
                          .value(QStringLiteral("TableClass"))
                          .toString(QStringLiteral("STANDARD")));
    set("deletionProtection", spec.deletionProtection ? tr("On: the table cannot be deleted") : tr("Off"));
    set("partitionKey", keyText(spec.partitionKey));
    set("sortKey", keyText(spec.sortKey));
    set("billing", spec.onDemand ? tr("On-demand (pay per request)") : tr("Provisioned"));
    set("capacity", spec.onDemand ? tr("—")
                                  : tr("%1 reads/s, %2 writes/s")
                                        .arg(locale.toString(spec.readCapacity), locale.toString(spec.writeCapacity)));
    set("stream", spec.streamEnabled ? tr("Enabled, %1").arg(streamViewText(spec.streamViewType)) : tr("Disabled"));
    set("streamArn", table.value(QStringLiteral("LatestStreamArn")).toString(tr("—")));
    if (!snapshot.ttlKnown)
        set("ttl", hasTable ? tr("Unknown (%1)").arg(snapshot.ttlError) : QString());
    else if (snapshot.ttlStatus == QLatin1String("DISABLED") || snapshot.ttlAttribute.isEmpty())
        set("ttl", tr("Disabled"));
    else
        set("ttl", (snapshot.ttlStatus == QLatin1String("ENABLING") ? tr("Enabling on the attribute %1")
                                                                     : tr("Enabled on the attribute %1"))
                       .arg(snapshot.ttlAttribute));
    set("arn", table.value(QStringLiteral("TableArn")).toString());
    if (!snapshot.tagsKnown) {
        set("tags", hasTable ? tr("Unknown (%1)").arg(snapshot.tagsError) : QString());
    } else {
        QStringList tags;
        for (const auto& tag : snapshot.tags)
            tags.append(QStringLiteral("%1 = %2").arg(tag.key, tag.value));
        set("tags", tags.isEmpty() ? tr("None") : tags.join(QLatin1Char('\n')));
    }
    showIndexes();
}

void TableDescriptionView::showIndexes()
{
    const TableSpec spec = TableSpec::fromSnapshot(m_snapshot);
    const QLocale locale;
    m_indexes->setRowCount(0);
    auto addRows = [&](const QString& arrayName, bool global) {
        const auto described = m_snapshot.table.value(arrayName).toArray();
        const auto& indexes = global ? spec.globalIndexes : spec.localIndexes;
        for (int i = 0; i < indexes.size(); ++i) {
            const auto& index = indexes[i];
            const auto json = described.at(i).toObject();
            const int row = m_indexes->rowCount();
            m_indexes->insertRow(row);
            const QString capacity =
                !global        ? tr("table's")
                : spec.onDemand ? tr("on-demand")
                                : tr("%1 R / %2 W").arg(index.readCapacity).arg(index.writeCapacity);
            const QStringList cells{
                index.name,
                global ? tr("Global") : tr("Local"),
                keyText(index.partitionKey),
                index.sortKey.isSet() ? keyText(index.sortKey) : tr("—"),
                projectionText(index),
                json.value(QStringLiteral("IndexStatus")).toString(global ? tr("Unknown") : tr("ACTIVE")),
                locale.toString(json.value(QStringLiteral("ItemCount")).toInteger()),
                sizeText(json.value(QStringLiteral("IndexSizeBytes")).toInteger()),
                capacity};
            for (int column = 0; column < cells.size(); ++column) {
                auto* item = new QTableWidgetItem(cells[column]);
                if (column == ItemsColumn || column == SizeColumn)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_indexes->setItem(row, column, item);
            }
        }
    };
    addRows(QStringLiteral("GlobalSecondaryIndexes"), true);
    addRows(QStringLiteral("LocalSecondaryIndexes"), false);
    m_indexes->resizeColumnsToContents();
    // Breathing room in every column; the projection takes what is left.
    for (int column = 0; column < IndexColumnCount; ++column)
        m_indexes->horizontalHeader()->resizeSection(column, m_indexes->horizontalHeader()->sectionSize(column) + 16);
    m_indexes->horizontalHeader()->setSectionResizeMode(ProjectionColumn, QHeaderView::Stretch);
    m_indexes->setVisible(m_indexes->rowCount() > 0);
    m_noIndexes->setVisible(m_indexes->rowCount() == 0);
}

} // namespace dynoscope::ui
