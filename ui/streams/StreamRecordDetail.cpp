// Lays out a record's images attribute by attribute, using ItemDiff to find
// what the write changed.
#include "streams/StreamRecordDetail.h"

#include "items/AttributeFormat.h"
#include "items/ItemDiff.h"
#include "items/ItemJson.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dynoscope::ui {

namespace {

ItemJsonValue parsed(const QJsonObject& image)
{
    return ItemJson::parseItem(QJsonDocument(image).toJson(QJsonDocument::Compact), ItemJsonForm::DynamoDb)
        .value_or(ItemJsonValue::object());
}

QString changeName(ItemDiff::Change change)
{
    switch (change) {
    case ItemDiff::Change::Added:
        return QStringLiteral("added");
    case ItemDiff::Change::Removed:
        return QStringLiteral("removed");
    case ItemDiff::Change::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QColor tintOf(const QString& change, bool dark)
{
    if (change == QLatin1String("added"))
        return dark ? QColor(0x1f, 0x3d, 0x2a) : QColor(0xe6, 0xf6, 0xea);
    if (change == QLatin1String("removed"))
        return dark ? QColor(0x4a, 0x22, 0x24) : QColor(0xfd, 0xe8, 0xe8);
    return dark ? QColor(0x45, 0x3a, 0x1a) : QColor(0xfd, 0xf4, 0xdc);
}

QString cellText(const QJsonObject& image, const QString& name)
{
    return image.contains(name) ? AttributeFormat::display(image.value(name)) : QString();
}

QString cellTip(const QJsonObject& image, const QString& name)
{
    if (!image.contains(name))
        return {};
    return QString::fromUtf8(QJsonDocument(image.value(name).toObject()).toJson(QJsonDocument::Indented)).left(4000);
}

} // namespace

StreamRecordDetail::StreamRecordDetail(QWidget* parent)
    : QWidget(parent)
{
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({ tr("Attribute"), tr("Old image"), tr("New image") });
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(AttributeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(OldColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(NewColumn, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    clear();
}

void StreamRecordDetail::clear()
{
    m_heading->setText(tr("No record selected"));
    m_summary->clear();
    m_tree->clear();
}

void StreamRecordDetail::setRecord(const StreamRecord& record)
{
    m_tree->clear();
    m_heading->setText(tr("%1 %2 at %3, sequence number %4")
                           .arg(record.eventName, record.keysText(), record.time.toLocalTime().toString(Qt::ISODate),
                               record.sequenceNumber));
    const QJsonObject keys = record.keys();
    const QJsonObject oldImage = record.oldImage();
    const QJsonObject newImage = record.newImage();
    const bool hasOld = record.json.value(QLatin1String("dynamodb")).toObject().contains(QLatin1String("OldImage"));
    const bool hasNew = record.json.value(QLatin1String("dynamodb")).toObject().contains(QLatin1String("NewImage"));
    const bool insert = record.eventName == QLatin1String("INSERT");
    const bool remove = record.eventName == QLatin1String("REMOVE");

    // What changed is known only when the stream holds both sides of it.
    QHash<QString, QString> changes;
    if ((hasOld || insert) && (hasNew || remove)) {
        const ItemDiff diff(parsed(oldImage), parsed(newImage));
        for (const ItemDiff::Entry& e : diff.entries()) {
            const QString name = e.path.value(0);
            // A change inside a map changes the attribute.
            changes.insert(name, e.path.size() > 1 ? QStringLiteral("changed") : changeName(e.change));
        }
        m_summary->setText(diff.summary());
    } else {
        const QString viewType
            = record.json.value(QLatin1String("dynamodb")).toObject().value(QLatin1String("StreamViewType")).toString();
        m_summary->setText(tr("The stream's view type, %1, does not record what this write changed.").arg(viewType));
    }

    // A side the stream does not hold still has the keys, which never change;
    // an inserted item has no old side and a removed one no new side.
    const QJsonObject oldSide = hasOld ? oldImage : insert ? QJsonObject() : keys;
    const QJsonObject newSide = hasNew ? newImage : remove ? QJsonObject() : keys;

    // Keys first, then the other attributes by name.
    QStringList names = keys.keys();
    QStringList others;
    for (const QJsonObject& image : { oldSide, newSide })
        for (const QString& name : image.keys())
            if (!keys.contains(name) && !others.contains(name))
                others << name;
    others.sort();
    names += others;

    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont bold = font();
    bold.setBold(true);
    for (const QString& name : names) {
        auto* row = new QTreeWidgetItem(m_tree);
        row->setText(AttributeColumn, name);
        row->setText(OldColumn, cellText(oldSide, name));
        row->setText(NewColumn, cellText(newSide, name));
        row->setToolTip(OldColumn, cellTip(oldSide, name));
        row->setToolTip(NewColumn, cellTip(newSide, name));
        row->setFont(OldColumn, mono);
        row->setFont(NewColumn, mono);
        if (keys.contains(name))
            row->setFont(AttributeColumn, bold);
        const QString change = changes.value(name);
        row->setData(AttributeColumn, ChangeRole, change);
        if (!change.isEmpty())
            for (int column = AttributeColumn; column <= NewColumn; ++column)
                row->setBackground(column, tintOf(change, dark));
    }
}

} // namespace dynoscope::ui
