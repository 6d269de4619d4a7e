// A stream's shards as their lineage: each child shard under its parent.
#pragma once

#include "streams/StreamShard.h"

#include <QTreeWidget>

namespace dynoscope::ui {

class StreamShardTree : public QTreeWidget {
    Q_OBJECT
public:
    explicit StreamShardTree(QWidget* parent = nullptr);

    // A shard whose parent is not listed (trimmed away) is a root.
    void setShards(const StreamShardList& shards);
    // The item of a shard, or null.
    QTreeWidgetItem* itemOf(const QString& shardId) const;
};

} // namespace dynoscope::ui
