// A token bucket refilled continuously at a rate per second, holding at most
// burstSeconds of that rate: DynamoDB's provisioned throughput keeps up to
// 300 seconds of unused capacity for bursts.
#pragma once

#include <cstdint>

namespace dynoscope::capacity {

class TokenBucket {
public:
    // (Re)sets the rate. A new bucket starts full; a reconfigured one keeps
    // its tokens up to the new capacity.
    void configure(double ratePerSecond, double burstSeconds, std::int64_t nowMillis);

    double rate() const { return m_rate; }
    // The tokens at nowMillis (refills first). REQUIRES: configured.
    double available(std::int64_t nowMillis);
    // REQUIRES: units <= available(now) just before (up to rounding).
    void take(double units);

private:
    double m_rate = 0;
    double m_capacity = 0;
    double m_tokens = 0;
    std::int64_t m_lastMillis = 0;
    bool m_configured = false;
};

} // namespace dynoscope::capacity
