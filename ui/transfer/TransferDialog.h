// What the export, import and copy dialogs share: a form of options, a
// progress bar with a status line, and the buttons to start, stop and
// close. While a transfer runs the options are locked and the Close button
// reads Stop; closing the window stops the transfer first. Subclasses fill the form and run the transfer.
#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace dynoscope::ui {

class TransferDialog : public QDialog {
    Q_OBJECT
public:
    bool isRunning() const { return m_state != State::Idle; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* closeButton() const { return m_close; }
    QLabel* statusLabel() const { return m_status; }
    QProgressBar* progressBar() const { return m_progress; }

public slots:
    // Starts the transfer when the options are valid.
    void startTransfer();
    // Stops a running transfer, keeping the dialog open.
    void requestStop();
    // Stops a running transfer first, then closes.
    void reject() override;

protected:
    TransferDialog(const QString& title, const QString& startText, QWidget* parent);

    // The options, shown above the progress.
    QFormLayout* form() const { return m_form; }
    // Room below the progress (the import's report).
    QVBoxLayout* footer() const { return m_footer; }
    // Adds an explanation in small grey text as a row of the form.
    QLabel* addNote(const QString& text);

    // Starts the transfer; returns false (after saying why with setStatus)
    // when the options do not allow it.
    virtual bool begin() = 0;
    // Asks the running transfer to stop; it then calls finish().
    virtual void stop() = 0;

    // value of maximum; maximum 0 shows a busy bar.
    void setProgress(qint64 value, qint64 maximum);
    void setStatus(const QString& text, bool error = false);
    // The transfer ended (done, failed or stopped): unlocks the options.
    void finish(const QString& status, bool error);
    // A count for tr()'s %Ln, which takes an int.
    static int count(qint64 n) { return int(qMin<qint64>(n, INT_MAX)); }

private:
    enum class State { Idle, Running, Stopping };
    void setState(State state);

    State m_state = State::Idle;
    bool m_closeWhenStopped = false;
    QWidget* m_options;
    QFormLayout* m_form;
    QVBoxLayout* m_footer;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_start;
    QPushButton* m_close;
};

} // namespace dynoscope::ui
