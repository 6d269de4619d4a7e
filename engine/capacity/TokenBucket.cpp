// Token bucket arithmetic.
#include "capacity/TokenBucket.h"

#include <algorithm>

namespace dynoscope::capacity {

void TokenBucket::configure(double ratePerSecond, double burstSeconds, std::int64_t nowMillis)
{
    const double capacity = ratePerSecond * burstSeconds;
    if (m_configured && m_rate == ratePerSecond && m_capacity == capacity)
        return;
    if (m_configured) {
        available(nowMillis);
        m_tokens = std::min(m_tokens, capacity);
    } else {
        m_tokens = capacity;
        m_lastMillis = nowMillis;
        m_configured = true;
    }
    m_rate = ratePerSecond;
    m_capacity = capacity;
}

double TokenBucket::available(std::int64_t nowMillis)
{
    if (nowMillis > m_lastMillis) {
        m_tokens = std::min(m_capacity, m_tokens + m_rate * double(nowMillis - m_lastMillis) / 1000.0);
        m_lastMillis = nowMillis;
    }
    return m_tokens;
}

void TokenBucket::take(double units)
{
    m_tokens = std::max(0.0, m_tokens - units);
}

} // namespace dynoscope::capacity
