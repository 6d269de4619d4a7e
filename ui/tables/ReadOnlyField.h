// How the table editor shows a value that cannot change (an existing
// table's name and keys, an existing index's definition): still readable
// and selectable, but shaded like the window so it does not invite typing.
#pragma once

#include <QLineEdit>

namespace dynoscope::ui {

inline void setFixedValue(QLineEdit* edit, bool fixed)
{
    edit->setReadOnly(fixed);
    QPalette palette = edit->parentWidget() ? edit->parentWidget()->palette() : edit->palette();
    if (fixed)
        palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    edit->setPalette(palette);
}

} // namespace dynoscope::ui
