// Inline field messages.
#include "tables/FieldMessage.h"

#include <QEvent>

namespace dynoscope::ui {

FieldMessage::FieldMessage(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    applyColor();
    hide();
}

void FieldMessage::setMessages(const QStringList& messages)
{
    if (messages == m_messages)
        return;
    m_messages = messages;
    setText(messages.join(QLatin1Char('\n')));
    setVisible(!messages.isEmpty());
}

void FieldMessage::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColor();
}

void FieldMessage::applyColor()
{
    // A red that reads on the window colour, light or dark.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor red = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    if (palette().color(QPalette::WindowText) == red && palette().color(QPalette::Text) == red)
        return;
    // Inside a card the label's background is Base and it paints with Text.
    QPalette p = palette();
    p.setColor(QPalette::WindowText, red);
    p.setColor(QPalette::Text, red);
    setPalette(p);
}

} // namespace dynoscope::ui
