// Rows of stream records, tinted by event.
#include "streams/StreamRecordModel.h"

#include <QColor>
#include <QLocale>

namespace dynoscope::ui {

void StreamRecordModel::append(const StreamRecordList& records)
{
    if (records.isEmpty())
        return;
    beginInsertRows({}, int(m_records.size()), int(m_records.size() + records.size() - 1));
    m_records.append(records);
    endInsertRows();
}

void StreamRecordModel::clear()
{
    beginResetModel();
    m_records.clear();
    endResetModel();
}

int StreamRecordModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int StreamRecordModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StreamRecordModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const StreamRecord& r = m_records.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return r.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case EventColumn:
            return r.eventName;
        case KeysColumn:
            return r.keysText();
        case SizeColumn:
            return role == Qt::DisplayRole ? QLocale().toString(r.sizeBytes)
                                           : tr("%n byte(s)", nullptr, int(r.sizeBytes));
        case ShardColumn:
            return r.shardId;
        case SequenceColumn:
            return r.sequenceNumber;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == EventColumn) {
        if (r.eventName == QLatin1String("INSERT"))
            return QColor(0x11, 0x8a, 0x3e);
        if (r.eventName == QLatin1String("REMOVE"))
            return QColor(0xc4, 0x2b, 0x1c);
        return QColor(0xa8, 0x6a, 0x00);
    }
    return {};
}

QVariant StreamRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case KeysColumn:
        return tr("Keys");
    case SizeColumn:
        return tr("Size");
    case ShardColumn:
        return tr("Shard");
    case SequenceColumn:
        return tr("Sequence number");
    default:
        return {};
    }
}

} // namespace dynoscope::ui
