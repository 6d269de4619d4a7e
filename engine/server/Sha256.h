// SHA-256 and HMAC-SHA256 (FIPS 180-4, RFC 2104) for verifying AWS Signature
// Version 4. Written here because the project takes no OpenSSL dependency.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace dynoscope::server {

class Sha256 {
public:
    using Digest = std::array<unsigned char, 32>;

    Sha256();
    void update(std::string_view data);
    // REQUIRES: called once; the object is spent afterwards.
    Digest finish();

    static Digest hash(std::string_view data);
    static Digest hmac(std::string_view key, std::string_view message);
    static std::string hex(const Digest& digest);
    static std::string_view view(const Digest& digest)
    {
        return { reinterpret_cast<const char*>(digest.data()), digest.size() };
    }

private:
    void compress(const unsigned char* block);

    std::array<std::uint32_t, 8> m_state;
    std::array<unsigned char, 64> m_buffer {};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0;
};

} // namespace dynoscope::server
