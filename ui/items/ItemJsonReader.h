// A strict JSON (RFC 8259) reader into ItemJsonValue: numbers keep their
// text, members their order, values their offsets; problems come back with
// a line and column. QJsonDocument cannot do this: it turns numbers into
// doubles and loses digits past 2^53.
#pragma once

#include "items/ItemJsonError.h"
#include "items/ItemJsonValue.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <optional>

namespace dynoscope::ui {

class ItemJsonReader {
    Q_DECLARE_TR_FUNCTIONS(ItemJsonReader)
public:
    // Deeper nesting is refused rather than risking the stack; DynamoDB's
    // own limit (32 levels of attributes) is far below it.
    static constexpr int kMaxDepth = 512;

    // Parses one JSON value (UTF-8, an optional byte order mark, whitespace
    // around it). On failure returns nullopt and, when error is given, fills
    // it with the message, offset, line and column.
    static std::optional<ItemJsonValue> parse(QByteArrayView text, ItemJsonError* error = nullptr);

    // True when text is a JSON number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    static bool isJsonNumber(QStringView text);
};

} // namespace dynoscope::ui
