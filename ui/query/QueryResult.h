// What a query run read so far: DynamoDB's Count and ScannedCount summed
// over its pages, the capacity consumed, and how it ended. The result bar
// shows it; filterWarning() flags a filter that reads far more than it
// returns.
#pragma once

#include <QString>

namespace dynoscope::ui {

struct QueryResult {
    QString operation;        // "Query" or "Scan"
    qint64 rows = 0;          // rows in the grid (Count, cut at maxItems)
    qint64 count = 0;         // DynamoDB's Count, summed
    qint64 scanned = 0;       // ScannedCount, summed
    double capacity = 0;      // read capacity units consumed
    int pages = 0;            // requests sent
    bool loading = false;
    bool complete = false;    // every page read (or maxItems reached)
    bool stopped = false;     // the user stopped it
    bool reachedMaxItems = false;
    QString errorType;        // DynamoDB's error, when it failed
    QString errorMessage;

    // A filter is flagged when it returned under a tenth of what it read
    // and read at least kMinScannedForWarning items: below that the waste
    // is too small to matter (a Query of a small partition). Empty when
    // not flagged; else e.g. "Read 1,000 items to return 3".
    static constexpr qint64 kMinScannedForWarning = 100;
    static constexpr double kWarningRatio = 0.1;
    QString filterWarning() const;
    // "Count 3 · ScannedCount 1,000 · 12.5 RCU · 4 pages".
    QString summary() const;
};

} // namespace dynoscope::ui
