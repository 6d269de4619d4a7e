// Retry policy of the transfers.
#include "transfer/TransferRetry.h"

#include <QStringList>

namespace dynoscope::ui {

bool TransferRetry::isRetryable(const Reply& reply)
{
    static const QStringList retryable { QStringLiteral("ProvisionedThroughputExceededException"),
        QStringLiteral("ThrottlingException"), QStringLiteral("RequestLimitExceeded"),
        QStringLiteral("InternalServerError"), QStringLiteral("ServiceUnavailable") };
    return !reply.cancelled && retryable.contains(reply.errorType);
}

int TransferRetry::backoffMs(int attempt)
{
    return 50 << qBound(0, attempt - 1, 7);
}

QString TransferRetry::describe(const Reply& reply)
{
    return reply.errorType.isEmpty() ? reply.errorMessage
                                     : QStringLiteral("%1: %2").arg(reply.errorType, reply.errorMessage);
}

} // namespace dynoscope::ui
