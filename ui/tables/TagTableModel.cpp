// Tag rows.
#include "tables/TagTableModel.h"

#include <QApplication>
#include <QStyle>

namespace dynoscope::ui {

TagTableModel::TagTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TagTableModel::setTags(const QList<TableTag>& tags)
{
    beginResetModel();
    m_tags = tags;
    m_messages.clear();
    endResetModel();
}

int TagTableModel::appendTag(const TableTag& tag)
{
    const int row = int(m_tags.size());
    beginInsertRows({}, row, row);
    m_tags.append(tag);
    endInsertRows();
    return row;
}

void TagTableModel::setRowMessages(const QHash<int, QStringList>& messages)
{
    if (messages == m_messages)
        return;
    m_messages = messages;
    if (!m_tags.isEmpty())
        emit dataChanged(index(0, KeyColumn), index(int(m_tags.size()) - 1, KeyColumn),
                         {Qt::DecorationRole, Qt::ToolTipRole});
}

void TagTableModel::setReadOnly(bool readOnly) { m_readOnly = readOnly; }

int TagTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_tags.size()); }

int TagTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TagTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto& tag = m_tags[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == KeyColumn ? tag.key : tag.value;
    case Qt::DecorationRole:
        if (index.column() == KeyColumn && m_messages.contains(index.row()))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (m_messages.contains(index.row()))
            return m_messages.value(index.row()).join(QLatin1Char('\n'));
        return {};
    default:
        return {};
    }
}

QVariant TagTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == KeyColumn ? tr("Key") : tr("Value");
}

Qt::ItemFlags TagTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool TagTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || m_readOnly || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    auto& tag = m_tags[index.row()];
    QString& field = index.column() == KeyColumn ? tag.key : tag.value;
    if (field == value.toString())
        return true;
    field = value.toString();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

bool TagTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_tags.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_tags.remove(row, count);
    m_messages.clear();
    endRemoveRows();
    return true;
}

} // namespace dynoscope::ui
