// A one-to-few-line editor for one DynamoDB expression of a given kind
// (key condition, filter, projection, ...): engine-driven highlighting,
// completion of attribute names, functions and the request's placeholders,
// live syntax errors from the engine (a squiggle, a tooltip and a message
// below), and a warning with a one-click fix for reserved words used as
// attribute names.
#pragma once

#include <dynoscope/ExpressionSyntax.h>

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTimer;
class QsciScintilla;

namespace dynoscope::ui {

class ExpressionLexer;

class ExpressionEditor : public QWidget {
    Q_OBJECT
public:
    explicit ExpressionEditor(ExpressionSyntax::Kind kind, QWidget* parent = nullptr);

    ExpressionSyntax::Kind kind() const { return m_kind; }

    QString text() const;
    // Replaces the text without emitting textEdited(); checks it at once.
    void setText(const QString& text);

    // Attribute names seen in items, offered by completion.
    void setAttributeNames(const QStringList& names);
    // The request's ExpressionAttributeNames/Values: offered by completion,
    // and used to check the expression's placeholders and operand types.
    void setPlaceholders(const QJsonObject& names, const QJsonObject& values);
    QJsonObject placeholderNames() const { return m_names; }

    // What completion offers for the word being typed (e.g. "#", ":st", "beg"),
    // sorted; an empty prefix offers attribute names and functions.
    QStringList completions(const QString& prefix) const;
    // Shows the completion list for the word before the cursor.
    void showCompletions();

    // Checks the text now instead of after the typing pause.
    void validateNow();
    // The problem shown, from the last check; nullopt when the text was
    // valid (an empty text is valid: the request leaves the member out).
    const std::optional<ExpressionSyntax::Problem>& problem() const { return m_problem; }
    // Whether the text as it is now has a problem (checked now, not when the
    // typing pause ends).
    bool hasError() const { return computeProblem().has_value(); }
    // The text shown below the editor: the problem's message, else the
    // reserved-word warning; empty when there is neither.
    QString message() const;

    // Reserved words used as bare attribute names, in order of appearance.
    QStringList reservedWords() const;
    // Replaces every bare use of word as an attribute name by a #placeholder,
    // adds it to the ExpressionAttributeNames and emits namesEdited() and
    // textEdited(). Returns the placeholder ("#status"), empty when word is
    // not used bare.
    QString aliasReservedWord(const QString& word);

    QsciScintilla* textEdit() const { return m_edit; }
    // The QScintilla indicator number of the error squiggle.
    int errorIndicator() const { return m_errorIndicator; }

signals:
    // The user changed the text (not emitted by setText()).
    void textEdited();
    // A reserved-word fix added an entry to the ExpressionAttributeNames.
    void namesEdited(const QJsonObject& names);
    // problem() or the reserved-word warning changed.
    void messageChanged(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    std::optional<ExpressionSyntax::Problem> computeProblem() const;
    QString placeholderFor(const QString& word) const;
    void showProblem();
    void updateHeight();
    void showDwellTip(int position, int x, int y);
    void onCharAdded(int ch);
    QString wordBeforeCursor() const;

    ExpressionSyntax::Kind m_kind;
    QsciScintilla* m_edit = nullptr;
    ExpressionLexer* m_lexer = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_fix = nullptr;
    QTimer* m_delay = nullptr;
    QStringList m_attributeNames;
    QJsonObject m_names;
    QJsonObject m_values;
    std::optional<ExpressionSyntax::Problem> m_problem;
    QString m_shownMessage;
    bool m_checkPlaceholders = false; // set by setPlaceholders()
    bool m_loading = false;
    int m_errorIndicator = -1;
};

} // namespace dynoscope::ui
