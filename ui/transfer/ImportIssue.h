// A record an import skipped, and why.
#pragma once

#include <QList>
#include <QString>

namespace dynoscope::ui {

struct ImportIssue {
    qint64 line = 0; // 1-based line of the file where the record starts
    QString reason;

    bool operator==(const ImportIssue&) const = default;
};

} // namespace dynoscope::ui
