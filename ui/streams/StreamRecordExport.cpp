// JSON Lines export through QSaveFile.
#include "streams/StreamRecordExport.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace dynoscope::ui {

bool StreamRecordExport::writeJsonLines(const QString& path, const StreamRecordList& records, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    for (const StreamRecord& r : records) {
        file.write(QJsonDocument(r.json).toJson(QJsonDocument::Compact));
        file.write("\n", 1);
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace dynoscope::ui
