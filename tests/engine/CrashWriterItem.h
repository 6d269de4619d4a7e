// The items CrashWriter writes, shared with CrashDurabilityTest, which
// checks that every acknowledged one survived intact.
#pragma once

#include <string>

namespace dynoscope::test {

inline const char* const kCrashTable = "Durable";

// A payload whose length and bytes depend on n, so that a torn, stale or
// misplaced item shows.
inline std::string crashPayload(long long n)
{
    std::string payload(std::size_t(40 + n % 300), 'a');
    for (std::size_t i = 0; i < payload.size(); ++i)
        payload[i] = char('a' + (std::size_t(n) + i) % 26);
    return payload;
}

inline std::string crashKey(long long n) { return "key-" + std::to_string(n); }

// The item of key number n as wire JSON.
inline std::string crashItemJson(long long n)
{
    return "{\"pk\":{\"S\":\"" + crashKey(n) + "\"},\"n\":{\"N\":\"" + std::to_string(n) +
           "\"},\"payload\":{\"S\":\"" + crashPayload(n) + "\"}}";
}

} // namespace dynoscope::test
