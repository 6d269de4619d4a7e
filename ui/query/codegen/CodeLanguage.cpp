// Names of the code languages and the dispatch to their generators.
#include "query/codegen/CodeLanguage.h"

#include "query/codegen/AwsCliCodeGenerator.h"
#include "query/codegen/GoCodeGenerator.h"
#include "query/codegen/JavaScriptCodeGenerator.h"
#include "query/codegen/PythonCodeGenerator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dynoscope::ui {

namespace {

QString commentPrefix(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Python:
    case CodeLanguage::AwsCli:
        return QStringLiteral("# ");
    case CodeLanguage::JavaScript:
    case CodeLanguage::JavaScriptDocumentClient:
    case CodeLanguage::Go:
        break;
    }
    return QStringLiteral("// ");
}

} // namespace

QList<CodeLanguage> allCodeLanguages()
{
    return { CodeLanguage::Python, CodeLanguage::JavaScript, CodeLanguage::JavaScriptDocumentClient,
        CodeLanguage::AwsCli, CodeLanguage::Go };
}

QString codeLanguageName(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Python:
        return QCoreApplication::translate("CodeLanguage", "Python (boto3)");
    case CodeLanguage::JavaScript:
        return QCoreApplication::translate("CodeLanguage", "JavaScript (SDK v3 client)");
    case CodeLanguage::JavaScriptDocumentClient:
        return QCoreApplication::translate("CodeLanguage", "JavaScript (SDK v3 document client)");
    case CodeLanguage::AwsCli:
        return QCoreApplication::translate("CodeLanguage", "AWS CLI");
    case CodeLanguage::Go:
        return QCoreApplication::translate("CodeLanguage", "Go (SDK v2)");
    }
    return {};
}

QString codeLanguageKey(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Python:
        return QStringLiteral("python");
    case CodeLanguage::JavaScript:
        return QStringLiteral("javascript");
    case CodeLanguage::JavaScriptDocumentClient:
        return QStringLiteral("javascript-document");
    case CodeLanguage::AwsCli:
        return QStringLiteral("aws-cli");
    case CodeLanguage::Go:
        return QStringLiteral("go");
    }
    return {};
}

CodeLanguage codeLanguageFromKey(const QString& key, CodeLanguage fallback)
{
    for (const CodeLanguage language : allCodeLanguages()) {
        if (codeLanguageKey(language) == key)
            return language;
    }
    return fallback;
}

QString generateCode(CodeLanguage language, const CodeRequest& request)
{
    // The operation becomes a method, command and type name: only a plain
    // DynamoDB operation name is safe to write into code.
    static const QRegularExpression operationName(QStringLiteral("^[A-Z][A-Za-z]{1,63}$"));
    if (!operationName.match(request.operation).hasMatch())
        return commentPrefix(language)
            + QCoreApplication::translate("CodeLanguage", "No DynamoDB operation to write code for.")
            + QLatin1Char('\n');

    switch (language) {
    case CodeLanguage::Python:
        return PythonCodeGenerator(request).generate();
    case CodeLanguage::JavaScript:
        return JavaScriptCodeGenerator(request, JavaScriptCodeGenerator::Flavor::Client).generate();
    case CodeLanguage::JavaScriptDocumentClient:
        return JavaScriptCodeGenerator(request, JavaScriptCodeGenerator::Flavor::DocumentClient).generate();
    case CodeLanguage::AwsCli:
        return AwsCliCodeGenerator(request).generate();
    case CodeLanguage::Go:
        return GoCodeGenerator(request).generate();
    }
    return {};
}

} // namespace dynoscope::ui
