// Random rather than sequential ids, so that ids from two servers (or two
// runs) never collide in a client's logs.
#include "server/RequestId.h"

#include <random>

namespace dynoscope::server {

std::string RequestId::next()
{
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    thread_local std::mt19937_64 generator { std::random_device {}() };
    std::string id(kLength, '0');
    // One 64-bit draw yields twelve base-36 digits.
    for (std::size_t i = 0; i < kLength; i += 12) {
        std::uint64_t bits = generator();
        for (std::size_t j = i; j < std::min(i + 12, kLength); ++j) {
            id[j] = kAlphabet[bits % 36];
            bits /= 36;
        }
    }
    return id;
}

} // namespace dynoscope::server
