// Asks for a trigger's command and delivery settings.
#pragma once

#include "streams/TriggerConfig.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dynoscope::ui {

class TriggerDialog : public QDialog {
    Q_OBJECT
public:
    explicit TriggerDialog(QWidget* parent = nullptr);

    TriggerConfig config() const;

private:
    void updateOk();

    QLineEdit* m_name;
    QLineEdit* m_program;
    QLineEdit* m_arguments;
    QLineEdit* m_directory;
    QSpinBox* m_batchSize;
    QComboBox* m_start;
    QSpinBox* m_attempts;
    QSpinBox* m_retryDelay;
    QSpinBox* m_timeout;
    QPushButton* m_ok = nullptr;
};

} // namespace dynoscope::ui
