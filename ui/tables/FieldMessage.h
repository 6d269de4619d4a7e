// The inline problem text shown under a form field: red, wrapped, hidden
// while there is nothing wrong.
#pragma once

#include <QLabel>
#include <QStringList>

namespace dynoscope::ui {

class FieldMessage : public QLabel {
    Q_OBJECT
public:
    explicit FieldMessage(QWidget* parent = nullptr);

    void setMessages(const QStringList& messages);
    const QStringList& messages() const { return m_messages; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColor();

    QStringList m_messages;
};

} // namespace dynoscope::ui
