// Writes ItemJsonValue as JSON text: numbers exactly as their text, members
// in order, strings as UTF-8 with only the escapes JSON requires.
#pragma once

#include "items/ItemJsonValue.h"

#include <QByteArray>

namespace dynoscope::ui {

enum class ItemJsonStyle {
    Compact, // no whitespace at all
    SingleLine, // one line, spaced for reading: {"a": 1, "b": [1, 2]}
    Pretty, // 2-space indent; short values without nested members
            // ({"S": "x"}, [1, 2]) stay on one line
};

class ItemJsonWriter {
public:
    static QByteArray write(const ItemJsonValue& value, ItemJsonStyle style);
    // Appends a quoted, escaped JSON string.
    static void appendString(QByteArray& out, QStringView text);
};

} // namespace dynoscope::ui
