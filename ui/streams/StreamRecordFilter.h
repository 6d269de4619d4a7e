// Narrows the listed stream records to one event type and to records whose
// keys contain a text.
#pragma once

#include <QSortFilterProxyModel>

namespace dynoscope::ui {

class StreamRecordFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // "INSERT", "MODIFY", "REMOVE", or empty for every event.
    void setEventName(const QString& eventName);
    // Case-insensitive, matched against the keys as listed ("pk=Fred").
    void setKeyText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_eventName;
    QString m_keyText;
};

} // namespace dynoscope::ui
