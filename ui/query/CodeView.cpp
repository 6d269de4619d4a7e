// The code view: generation on each change of request or language, one
// QScintilla lexer per language, and the language kept in QSettings.
#include "query/CodeView.h"

#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexercpp.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qsciscintilla.h>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace dynoscope::ui {

namespace {

const QString kSettingsKey = QStringLiteral("codeView/language");

} // namespace

CodeView::CodeView(QWidget* parent)
    : QWidget(parent)
    , m_languages(new QComboBox(this))
    , m_editor(new QsciScintilla(this))
    , m_copy(new QPushButton(tr("Copy"), this))
{
    for (const CodeLanguage language : allCodeLanguages())
        m_languages->addItem(codeLanguageName(language), codeLanguageKey(language));
    m_language = codeLanguageFromKey(QSettings().value(kSettingsKey).toString());
    m_languages->setCurrentIndex(m_languages->findData(codeLanguageKey(m_language)));
    m_languages->setAccessibleName(tr("Language"));

    m_editor->setUtf8(true);
    m_editor->setReadOnly(true);
    m_editor->setMarginType(0, QsciScintilla::NumberMargin);
    m_editor->setMarginWidth(0, QStringLiteral("0000"));
    m_editor->setTabWidth(4);
    m_editor->setWrapMode(QsciScintilla::WrapNone);
    m_copy->setToolTip(tr("Copy the code to the clipboard"));

    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_languages);
    bar->addWidget(label);
    bar->addWidget(m_languages);
    bar->addStretch(1);
    bar->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_editor, 1);

    connect(m_languages, &QComboBox::currentIndexChanged, this,
        [this] { setLanguage(codeLanguageFromKey(m_languages->currentData().toString())); });
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(code()); });
    applyLexer();
    regenerate();
}

void CodeView::setRequest(const CodeRequest& request)
{
    m_request = request;
    regenerate();
}

void CodeView::setLanguage(CodeLanguage language)
{
    const int index = m_languages->findData(codeLanguageKey(language));
    if (m_languages->currentIndex() != index)
        m_languages->setCurrentIndex(index); // comes back here through currentIndexChanged
    if (language == m_language)
        return;
    m_language = language;
    QSettings().setValue(kSettingsKey, codeLanguageKey(language));
    applyLexer();
    regenerate();
    emit languageChanged(language);
}

QString CodeView::code() const
{
    return m_editor->text();
}

void CodeView::regenerate()
{
    // No request yet: nothing to show rather than a complaint.
    m_editor->setText(m_request.operation.isEmpty() ? QString() : generateCode(m_language, m_request));
    m_copy->setEnabled(!m_request.operation.isEmpty());
}

void CodeView::applyLexer()
{
    QsciLexer* old = m_editor->lexer();
    QsciLexer* lexer = nullptr;
    switch (m_language) {
    case CodeLanguage::Python:
        lexer = new QsciLexerPython(m_editor);
        break;
    case CodeLanguage::JavaScript:
    case CodeLanguage::JavaScriptDocumentClient:
        lexer = new QsciLexerJavaScript(m_editor);
        break;
    case CodeLanguage::AwsCli:
        lexer = new QsciLexerBash(m_editor);
        break;
    case CodeLanguage::Go:
        lexer = new QsciLexerCPP(m_editor); // close enough for Go: C-like keywords, strings, comments
        break;
    }
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    lexer->setDefaultFont(font);
    lexer->setFont(font);
    m_editor->setLexer(lexer);
    m_editor->setIndentationsUseTabs(m_language == CodeLanguage::Go);
    delete old;
}

} // namespace dynoscope::ui
