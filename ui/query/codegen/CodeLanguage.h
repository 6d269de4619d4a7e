// The languages the query builder can write a request in, and the one entry
// that writes it: generateCode(language, request).
#pragma once

#include "query/codegen/CodeRequest.h"

#include <QList>
#include <QString>

namespace dynoscope::ui {

// Append-only: the settings store languages by key, not by value.
enum class CodeLanguage { Python, JavaScript, JavaScriptDocumentClient, AwsCli, Go };

QList<CodeLanguage> allCodeLanguages();
// What the language menu shows, translated: "Python (boto3)", ...
QString codeLanguageName(CodeLanguage language);
// A stable identifier for settings: "python", "javascript", ...
QString codeLanguageKey(CodeLanguage language);
// The language with that key; fallback when there is none.
CodeLanguage codeLanguageFromKey(const QString& key, CodeLanguage fallback = CodeLanguage::Python);

// Complete, runnable code for the request. A request without a valid
// operation name gives a one-line comment saying so.
QString generateCode(CodeLanguage language, const CodeRequest& request);

} // namespace dynoscope::ui
