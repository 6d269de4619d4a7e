// The tags of a table as an editable two-column model (Key, Value), with
// each row's validation messages shown as a warning icon and tooltip.
#pragma once

#include "tables/TableSpec.h"

#include <QAbstractTableModel>
#include <QHash>

namespace dynoscope::ui {

class TagTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };

    explicit TagTableModel(QObject* parent = nullptr);

    QList<TableTag> tags() const { return m_tags; }
    void setTags(const QList<TableTag>& tags);
    // Appends a tag and returns its row.
    int appendTag(const TableTag& tag = {});
    // Problems of each row (row -> messages); rows not listed are fine.
    void setRowMessages(const QHash<int, QStringList>& messages);
    void setReadOnly(bool readOnly);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

private:
    QList<TableTag> m_tags;
    QHash<int, QStringList> m_messages;
    bool m_readOnly = false;
};

} // namespace dynoscope::ui
