// The app's one QScintilla editor: JSON with highlighting for light and dark
// palettes, folding, line numbers, brace matching and a monospace font. It
// validates what the user types after a pause, on a worker thread, and
// marks the first problem where it is: a squiggle under it, a marker in the
// margin, its message as a tooltip and through messageChanged().
#pragma once

#include "items/ItemJsonError.h"

#include <Qsci/qsciscintilla.h>

#include <QByteArray>

#include <functional>

class QTimer;

namespace dynoscope::ui {

class JsonEditor : public QsciScintilla {
    Q_OBJECT
public:
    // Returns the first problem in json, or a null error. Runs on a worker
    // thread: it must not touch widgets or shared state.
    using Validator = std::function<ItemJsonError(const QByteArray& json)>;

    explicit JsonEditor(QWidget* parent = nullptr);
    ~JsonEditor() override;

    // Replaces the text and forgets the undo history: isModified() becomes
    // false. Validation follows at once.
    void setJson(const QByteArray& json);
    QByteArray json() const;
    // Pretty-prints the text (numbers and member order kept exactly) as one
    // undoable edit; false, changing nothing, while it is not valid JSON.
    bool formatJson();

    // True after the user changed the text since setJson() or
    // setModified(false). Unlike QsciScintilla's, it survives setJson()
    // when the caller restores it, e.g. after converting the text.
    bool isModified() const { return m_modified; }
    void setModified(bool modified) override;

    // What validation checks; the default checks JSON syntax only.
    void setValidator(Validator validator);
    void setValidationDelay(int milliseconds);
    // Validates now, on this thread, and shows the result.
    void validateNow();
    // The problem shown (from validation or showError()); null when none.
    const ItemJsonError& error() const { return m_error; }
    bool hasError() const { return !m_error.isNull(); }
    // Marks a problem found elsewhere (e.g. when saving); it stays until the
    // next validation. error.offset < 0 shows the message without a place.
    void showError(const ItemJsonError& error);
    // Moves the cursor to the problem shown, if it has a place.
    void goToError();

    // A validator that checks JSON syntax only.
    static ItemJsonError checkSyntax(const QByteArray& json);

signals:
    // After each validation: whether the text passed.
    void validated(bool valid);
    // The problem's "Line 3, column 7: ..." text; empty when there is none.
    void messageChanged(const QString& message);
    // isModified() changed.
    void modifiedChanged(bool modified);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();
    void updateLineNumberWidth();
    void scheduleValidation();
    void startValidation();
    void applyResult(const ItemJsonError& error);
    void showDwellTip(int position, int x, int y);

    Validator m_validator;
    QTimer* m_delay = nullptr;
    quint64 m_generation = 0;
    ItemJsonError m_error;
    bool m_modified = false;
    bool m_loading = false;
    int m_errorIndicator = -1;
    int m_errorMarker = -1;
};

} // namespace dynoscope::ui
