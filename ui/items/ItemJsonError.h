// A problem found in JSON text or in an item written in it: the message, and
// where it is so that an editor can put a marker on it.
#pragma once

#include <QByteArrayView>
#include <QString>

namespace dynoscope::ui {

struct ItemJsonError {
    QString message;
    // Byte offset in the UTF-8 text (the position an editor such as
    // Scintilla uses), or -1 when the problem has no place in a text.
    qsizetype offset = -1;
    // Bytes the problem spans from offset (at least 1 when offset >= 0).
    qsizetype length = 0;
    // 1-based; column counts characters (code points), 0 when unknown.
    int line = 0;
    int column = 0;

    bool isNull() const { return message.isEmpty(); }
    // "Line 3, column 7: message", or the message alone without a place.
    QString describe() const;
    // Fills line and column from offset in text.
    void locate(QByteArrayView text);

    static ItemJsonError at(qsizetype offset, QString message, qsizetype length = 1);
};

} // namespace dynoscope::ui
