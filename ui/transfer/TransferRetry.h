// The retry policy shared by the transfers: which errors an AWS SDK retries,
// and its exponential backoff.
#pragma once

#include "connection/Connection.h"

namespace dynoscope::ui {

class TransferRetry {
public:
    // Attempts of one request before a transfer gives up.
    static constexpr int kMaxAttempts = 10;

    // Throttling and server errors, which succeed when tried again.
    static bool isRetryable(const Reply& reply);
    // Delay before attempt + 1: 50 ms doubling, capped at 6.4 s.
    static int backoffMs(int attempt);
    // "ErrorType: message", or the message alone for a transport error.
    static QString describe(const Reply& reply);
};

} // namespace dynoscope::ui
