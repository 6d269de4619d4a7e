// Writes stream records as JSON Lines: each record as GetRecords returned it,
// one compact JSON object a line. The file is replaced only when the whole
// export succeeded.
#pragma once

#include "streams/StreamRecord.h"

namespace dynoscope::ui {

struct StreamRecordExport {
    // False with *error set when the file cannot be written.
    static bool writeJsonLines(const QString& path, const StreamRecordList& records, QString* error);
};

} // namespace dynoscope::ui
