// Shows a request as code: a language combo, a read-only editor highlighted
// for the language and a Copy button. The query builder calls setRequest()
// whenever its request changes; the language the user picks is remembered
// in QSettings ("codeView/language") for the next CodeView.
#pragma once

#include "query/codegen/CodeLanguage.h"
#include "query/codegen/CodeRequest.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QsciScintilla;

namespace dynoscope::ui {

class CodeView : public QWidget {
    Q_OBJECT
public:
    explicit CodeView(QWidget* parent = nullptr);

    // Shows the code for request in the current language. Generating is
    // quick and local: it never talks to a connection.
    void setRequest(const CodeRequest& request);
    const CodeRequest& request() const { return m_request; }

    CodeLanguage language() const { return m_language; }
    // Switches the language (as the combo does) and remembers it.
    void setLanguage(CodeLanguage language);

    // The code shown.
    QString code() const;

signals:
    void languageChanged(dynoscope::ui::CodeLanguage language);

private:
    void regenerate();
    void applyLexer();

    QComboBox* m_languages;
    QsciScintilla* m_editor;
    QPushButton* m_copy;
    CodeRequest m_request;
    CodeLanguage m_language = CodeLanguage::Python;
};

} // namespace dynoscope::ui
