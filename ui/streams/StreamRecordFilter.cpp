// Event and key filters over a StreamRecordModel.
#include "streams/StreamRecordFilter.h"

#include "streams/StreamRecordModel.h"

namespace dynoscope::ui {

void StreamRecordFilter::setEventName(const QString& eventName)
{
    m_eventName = eventName;
    invalidateFilter();
}

void StreamRecordFilter::setKeyText(const QString& text)
{
    m_keyText = text.trimmed();
    invalidateFilter();
}

bool StreamRecordFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = qobject_cast<const StreamRecordModel*>(sourceModel());
    if (!model)
        return true;
    const StreamRecord& r = model->record(sourceRow);
    if (!m_eventName.isEmpty() && r.eventName != m_eventName)
        return false;
    return m_keyText.isEmpty() || r.keysText().contains(m_keyText, Qt::CaseInsensitive);
}

} // namespace dynoscope::ui
