// A translated, helpful sentence for the common DynamoDB errors. DynamoDB's
// own message stays in English (it is what the documentation and search
// engines know); the explanation is shown under it, in the user's language.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace dynoscope::ui {

class ErrorExplanation {
    Q_DECLARE_TR_FUNCTIONS(ErrorExplanation)
public:
    // type is the short name ("ValidationException"), message DynamoDB's
    // message. Empty when no explanation would help.
    static QString explain(const QString& type, const QString& message);

    // The same for a "Type: message" text, as the UI's describe functions
    // write it; empty when the text does not start with an error type.
    static QString explainText(const QString& text);

    // text, then its explanation on a line of its own when there is one.
    static QString withExplanation(const QString& text);

private:
    static QString explainValidation(const QString& message);
};

} // namespace dynoscope::ui
