// The wording of a query run's result.
#include "query/QueryResult.h"

#include <QCoreApplication>
#include <QLocale>

namespace dynoscope::ui {

QString QueryResult::filterWarning() const
{
    if (scanned < kMinScannedForWarning || double(count) >= double(scanned) * kWarningRatio)
        return {};
    const QLocale locale;
    return QCoreApplication::translate("QueryResult", "Read %1 items to return %2")
        .arg(locale.toString(scanned), locale.toString(count));
}

QString QueryResult::summary() const
{
    const QLocale locale;
    QString text = QCoreApplication::translate("QueryResult", "Count %1 · ScannedCount %2 · %3 RCU · %n page(s)",
                                               nullptr, pages)
                       .arg(locale.toString(count), locale.toString(scanned), locale.toString(capacity, 'g', 6));
    if (reachedMaxItems)
        text += QCoreApplication::translate("QueryResult", " · first %1 items shown (max items)").arg(locale.toString(rows));
    return text;
}

} // namespace dynoscope::ui
