// Command lines for the AWS CLI v2. Option names are botocore's xform_name of
// the member names; the CLI turns automatic pagination off when --limit is
// given, so a page size goes to --page-size instead.
#include "query/codegen/AwsCliCodeGenerator.h"

#include "query/codegen/CodeRequestShape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dynoscope::ui {

namespace {

QString compactJson(const QJsonValue& value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QString numberText(double value)
{
    if (value == double(qint64(value)))
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// "--name value", or "--name=value" when the value starts with '-' (the CLI
// would read it as an option otherwise).
QString option(const QString& name, const QString& value)
{
    const QString flag = QStringLiteral("--") + name;
    if (value.startsWith(QLatin1Char('-')))
        return flag + QLatin1Char('=') + AwsCliCodeGenerator::shellQuote(value);
    return flag + QLatin1Char(' ') + AwsCliCodeGenerator::shellQuote(value);
}

} // namespace

AwsCliCodeGenerator::AwsCliCodeGenerator(const CodeRequest& request)
    : m_request(request)
{
}

QString AwsCliCodeGenerator::shellQuote(const QString& text)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QStringList AwsCliCodeGenerator::options(int segment) const
{
    const bool paginated = CodeRequestShape::isPaginated(m_request.operation);
    QStringList result;
    for (const QString& name : CodeRequestShape::requestMembers(m_request.request)) {
        const QJsonValue value = m_request.request.value(name);
        const QString optionName = CodeRequestShape::xformName(name, QLatin1Char('-'));
        if (paginated && name == QLatin1String("Limit"))
            continue; // --page-size below
        if (value.isBool())
            result.append((value.toBool() ? QStringLiteral("--") : QStringLiteral("--no-")) + optionName);
        else if (value.isDouble())
            result.append(option(optionName, numberText(value.toDouble())));
        else if (value.isString())
            result.append(option(optionName, value.toString()));
        else if (value.isArray() || value.isObject())
            result.append(option(optionName, compactJson(value)));
    }
    if (segment >= 0)
        result.append(QStringLiteral("--segment %1").arg(segment));
    if (paginated) {
        if (CodeRequestShape::limit(m_request.request) > 0)
            result.append(QStringLiteral("--page-size %1").arg(CodeRequestShape::limit(m_request.request)));
        if (m_request.maxItems > 0)
            result.append(QStringLiteral("--max-items %1").arg(m_request.maxItems));
    }
    if (!m_request.region.isEmpty())
        result.append(option(QStringLiteral("region"), m_request.region));
    if (!m_request.endpointUrl.isEmpty())
        result.append(option(QStringLiteral("endpoint-url"), m_request.endpointUrl));
    return result;
}

QString AwsCliCodeGenerator::command(const QStringList& options) const
{
    QString text = QStringLiteral("aws dynamodb ") + CodeRequestShape::xformName(m_request.operation, QLatin1Char('-'));
    for (const QString& option : options)
        text += QStringLiteral(" \\\n    ") + option;
    return text + QLatin1Char('\n');
}

QString AwsCliCodeGenerator::generate() const
{
    const int segments = CodeRequestShape::parallelSegments(m_request);
    if (segments == 0) {
        QString text;
        if (CodeRequestShape::pagesWithNextToken(m_request.operation))
            text = QStringLiteral(
                "# The CLI reads one page: repeat with --next-token set to the reply's NextToken for the next one.\n");
        return text + command(options(-1));
    }
    QString text = QStringLiteral(
        "# A parallel scan: one command per segment; run them at the same time, e.g. in separate shells.\n");
    for (int segment = 0; segment < segments; ++segment) {
        if (segment > 0)
            text += QLatin1Char('\n');
        text += command(options(segment));
    }
    return text;
}

} // namespace dynoscope::ui
