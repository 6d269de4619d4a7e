// The records a StreamViewer has read, one row each, oldest first.
#pragma once

#include "streams/StreamRecord.h"

#include <QAbstractTableModel>

namespace dynoscope::ui {

class StreamRecordModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, EventColumn, KeysColumn, SizeColumn, ShardColumn, SequenceColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void append(const StreamRecordList& records);
    void clear();
    // REQUIRES: 0 <= row < rowCount()
    const StreamRecord& record(int row) const { return m_records.at(row); }
    const StreamRecordList& records() const { return m_records; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    StreamRecordList m_records;
};

} // namespace dynoscope::ui
