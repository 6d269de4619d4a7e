// The preview text of planned requests.
#include "tables/PlannedRequest.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace dynoscope::ui {

QString formatPlannedRequests(const QList<PlannedRequest>& requests)
{
    QString text;
    for (int i = 0; i < requests.size(); ++i) {
        const auto& request = requests[i];
        if (i > 0)
            text += QLatin1Char('\n');
        text += QCoreApplication::translate("PlannedRequest", "// %1/%2  %3 — %4\n")
                    .arg(i + 1)
                    .arg(requests.size())
                    .arg(request.operation, request.summary);
        text += QString::fromUtf8(QJsonDocument::fromJson(request.json).toJson(QJsonDocument::Indented));
    }
    return text;
}

} // namespace dynoscope::ui
