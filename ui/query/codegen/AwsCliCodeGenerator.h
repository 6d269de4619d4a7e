// AWS CLI v2 for a request: one `aws dynamodb <operation>` command with
// every member as an option (structures and lists as inline JSON), quoted
// for bash whatever they contain. Query and Scan page through the CLI's own
// pagination (--page-size for Limit, --max-items); a parallel scan is one
// command per segment.
#pragma once

#include "query/codegen/CodeRequest.h"

#include <QStringList>

namespace dynoscope::ui {

class AwsCliCodeGenerator {
public:
    explicit AwsCliCodeGenerator(const CodeRequest& request);

    // The commands, each continued over lines with " \", separated by a
    // blank line; each prints its reply as the CLI does.
    QString generate() const;

    // text as one bash word: as is when it has only safe characters,
    // otherwise in single quotes (a quote inside written as '\'').
    static QString shellQuote(const QString& text);

private:
    // The options of one command; segment >= 0 reads that segment of a parallel scan.
    QStringList options(int segment) const;
    QString command(const QStringList& options) const;

    CodeRequest m_request;
};

} // namespace dynoscope::ui
