// Places and wording of ItemJson problems.
#include "items/ItemJsonError.h"

#include <QCoreApplication>

namespace dynoscope::ui {

QString ItemJsonError::describe() const
{
    if (line <= 0)
        return message;
    return QCoreApplication::translate("ItemJsonError", "Line %1, column %2: %3").arg(line).arg(column).arg(message);
}

void ItemJsonError::locate(QByteArrayView text)
{
    if (offset < 0)
        return;
    const qsizetype end = std::min(offset, text.size());
    line = 1;
    column = 1;
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++column;
        }
    }
}

ItemJsonError ItemJsonError::at(qsizetype offset, QString message, qsizetype length)
{
    ItemJsonError error;
    error.message = std::move(message);
    error.offset = offset;
    error.length = std::max<qsizetype>(length, 1);
    return error;
}

} // namespace dynoscope::ui
