// Base64 with the strictness and messages of DynamoDB's request parser: the
// length is checked first, then the alphabet, then the padding and unused bits.
#include "model/Base64.h"

#include <array>

namespace dynoscope::Base64 {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr unsigned char kInvalid = 0xFF;
constexpr unsigned char kPad = 0xFE;

constexpr std::array<unsigned char, 256> makeDecodeTable()
{
    std::array<unsigned char, 256> table {};
    for (auto& entry : table)
        entry = kInvalid;
    for (unsigned i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(kAlphabet[i])] = static_cast<unsigned char>(i);
    table['='] = kPad;
    return table;
}

constexpr std::array<unsigned char, 256> kDecode = makeDecodeTable();

// DynamoDB's message keeps its original spelling ("dectected").
constexpr const char* kBadLastCharacter = "Invalid last non-pad Base64 character dectected";

bool fail(std::string* error, std::string message)
{
    if (error)
        *error = std::move(message);
    return false;
}

} // namespace

void append(std::string& out, std::string_view bytes)
{
    const std::size_t start = out.size();
    out.resize(start + (bytes.size() + 2) / 3 * 4);
    char* p = out.data() + start;
    const auto* in = reinterpret_cast<const unsigned char*>(bytes.data());
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const unsigned v = unsigned(in[i]) << 16 | unsigned(in[i + 1]) << 8 | in[i + 2];
        *p++ = kAlphabet[v >> 18];
        *p++ = kAlphabet[(v >> 12) & 63];
        *p++ = kAlphabet[(v >> 6) & 63];
        *p++ = kAlphabet[v & 63];
    }
    const std::size_t rest = bytes.size() - i;
    if (rest > 0) {
        const unsigned v = unsigned(in[i]) << 16 | (rest == 2 ? unsigned(in[i + 1]) << 8 : 0u);
        *p++ = kAlphabet[v >> 18];
        *p++ = kAlphabet[(v >> 12) & 63];
        *p++ = rest == 2 ? kAlphabet[(v >> 6) & 63] : '=';
        *p++ = '=';
    }
}

std::string encode(std::string_view bytes)
{
    std::string out;
    append(out, bytes);
    return out;
}

bool decode(std::string_view text, std::string* out, std::string* error)
{
    const std::size_t n = text.size();
    if (n % 4 != 0)
        return fail(error, "Base64 encoded length is expected a multiple of 4 bytes but found: " + std::to_string(n));
    std::size_t padding = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const unsigned char v = kDecode[c];
        if (v == kInvalid) {
            // Name the whole character, not one byte of its UTF-8 encoding.
            std::size_t end = i + 1;
            while (c >= 0x80 && end < n && end < i + 4 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
                ++end;
            return fail(error, "Invalid Base64 character: '" + std::string(text.substr(i, end - i)) + "'");
        }
        if (v == kPad) {
            ++padding;
        } else if (padding > 0) {
            return fail(error, kBadLastCharacter); // data after padding
        }
    }
    if (padding > 2)
        return fail(error, kBadLastCharacter);
    out->clear();
    out->reserve(n / 4 * 3);
    const auto* in = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t i = 0; i < n; i += 4) {
        const bool last = i + 4 == n;
        const std::size_t pads = last ? padding : 0;
        unsigned v = 0;
        for (std::size_t k = 0; k < 4; ++k)
            v = v << 6 | (k < 4 - pads ? kDecode[in[i + k]] : 0u);
        out->push_back(char(v >> 16));
        if (pads < 2)
            out->push_back(char((v >> 8) & 0xFF));
        if (pads < 1)
            out->push_back(char(v & 0xFF));
        // The bits of the last character that no byte uses must be zero.
        if ((pads == 1 && (v & 0xFF) != 0) || (pads == 2 && (v & 0xFFFF) != 0))
            return fail(error, kBadLastCharacter);
    }
    return true;
}

} // namespace dynoscope::Base64
