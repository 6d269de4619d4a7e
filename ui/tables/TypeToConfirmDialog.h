// A confirmation for an action that cannot be undone: it names what will be
// destroyed and enables its destructive button only once the user has typed
// that name exactly.
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace dynoscope::ui {

class TypeToConfirmDialog : public QDialog {
    Q_OBJECT
public:
    // heading and explanation are rich text; expected is what must be typed;
    // actionText labels the destructive button ("Delete table").
    TypeToConfirmDialog(const QString& heading, const QString& explanation, const QString& expected,
                        const QString& actionText, QWidget* parent = nullptr);

    QLineEdit* confirmationEdit() const { return m_edit; }
    QPushButton* actionButton() const { return m_action; }

private:
    QString m_expected;
    QLineEdit* m_edit;
    QPushButton* m_action;
};

} // namespace dynoscope::ui
