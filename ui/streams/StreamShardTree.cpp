// Building the shard lineage tree.
#include "streams/StreamShardTree.h"

#include <QHash>
#include <QHeaderView>

namespace dynoscope::ui {

StreamShardTree::StreamShardTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({ tr("Shard"), tr("State") });
    setUniformRowHeights(true);
    setTextElideMode(Qt::ElideMiddle); // the ids differ at their ends
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
}

void StreamShardTree::setShards(const StreamShardList& shards)
{
    const QString current = currentItem() ? currentItem()->data(0, Qt::UserRole).toString() : QString();
    clear();
    QHash<QString, QTreeWidgetItem*> items;
    // DescribeStream lists a parent before its children.
    for (const StreamShard& shard : shards) {
        QTreeWidgetItem* parent = items.value(shard.parentShardId);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
        item->setText(0, shard.shardId);
        item->setData(0, Qt::UserRole, shard.shardId);
        item->setText(1, shard.isOpen() ? tr("Open") : tr("Closed"));
        item->setToolTip(0,
            shard.isOpen()
                ? tr("Sequence numbers from %1").arg(shard.startingSequenceNumber)
                : tr("Sequence numbers %1 to %2").arg(shard.startingSequenceNumber, shard.endingSequenceNumber));
        if (!shard.isOpen())
            item->setForeground(1, palette().color(QPalette::PlaceholderText));
        items.insert(shard.shardId, item);
        if (shard.shardId == current)
            setCurrentItem(item);
    }
    expandAll();
}

QTreeWidgetItem* StreamShardTree::itemOf(const QString& shardId) const
{
    const QList<QTreeWidgetItem*> found = findItems(shardId, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace dynoscope::ui
