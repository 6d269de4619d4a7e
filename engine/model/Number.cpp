// DynamoDB's exact decimal number: parsing with DynamoDB's limits and messages,
// canonical printing, exact addition, ordering and an order-preserving binary
// form for keys.
#include <dynoscope/Number.h>

#include <dynoscope/Error.h>

#include <algorithm>
#include <cstring>
#include <limits>

namespace dynoscope {

namespace {

constexpr int kMaxDigits = 38;
// Value = 0.d1d2... * 10^exponent, so 1E-130 has exponent -129 and
// 9.99...E+125 has exponent 126.
constexpr int kMinExponent = -129;
constexpr int kMaxExponent = 126;

constexpr const char* kNotNumeric = "The parameter cannot be converted to a numeric value";
constexpr const char* kOverflow
    = "Number overflow. Attempting to store a number with magnitude larger than supported range";
constexpr const char* kUnderflow
    = "Number underflow. Attempting to store a number with magnitude smaller than supported range";
constexpr const char* kTooPrecise = "Attempting to store more than 38 significant digits in a Number";

// Sortable form: a sign byte, a biased exponent byte, digit pairs and a
// terminator. Negative numbers complement every byte after the sign so that a
// larger magnitude sorts first.
constexpr unsigned char kSortNegative = 0x00;
constexpr unsigned char kSortZero = 0x01;
constexpr unsigned char kSortPositive = 0x02;
constexpr unsigned char kSortTerminator = 0x00;

enum class Status { Ok, NotNumeric, Overflow, Underflow, TooPrecise };

struct Scanned {
    Status status = Status::Ok;
    bool negative = false;
    int count = 0; // significant digits kept in digits[]
    std::int64_t exponent = 0;
    char digits[kMaxDigits];
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Java's BigDecimal syntax, which DynamoDB accepts: [+-] digits [. digits]
// [eE [+-] digits], at least one mantissa digit, no spaces, no NaN/Infinity.
Scanned scan(std::string_view text)
{
    Scanned r;
    std::size_t i = 0;
    const std::size_t n = text.size();
    if (i < n && (text[i] == '+' || text[i] == '-')) {
        r.negative = text[i] == '-';
        ++i;
    }
    std::int64_t digitIndex = 0; // mantissa digits seen, '.' excluded
    std::int64_t pointIndex = -1; // digits before the '.'
    std::int64_t firstSignificant = -1;
    std::int64_t pendingZeros = 0; // zeros after the last non-zero digit
    std::int64_t significant = 0; // significant digits, trailing zeros excluded
    bool sawDigit = false;
    for (; i < n; ++i) {
        const char c = text[i];
        if (isDigit(c)) {
            sawDigit = true;
            if (c == '0') {
                if (firstSignificant >= 0)
                    ++pendingZeros;
            } else {
                if (firstSignificant < 0)
                    firstSignificant = digitIndex;
                for (; pendingZeros > 0; --pendingZeros) {
                    if (significant < kMaxDigits)
                        r.digits[significant] = '0';
                    ++significant;
                }
                if (significant < kMaxDigits)
                    r.digits[significant] = c;
                ++significant;
            }
            ++digitIndex;
        } else if (c == '.' && pointIndex < 0) {
            pointIndex = digitIndex;
        } else {
            break;
        }
    }
    if (!sawDigit) {
        r.status = Status::NotNumeric;
        return r;
    }
    std::int64_t exponent = 0;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < n && (text[i] == '+' || text[i] == '-')) {
            negativeExponent = text[i] == '-';
            ++i;
        }
        if (i == n) {
            r.status = Status::NotNumeric;
            return r;
        }
        // Like BigDecimal, an exponent beyond 32 bits is not a number.
        const std::int64_t limit = std::int64_t(std::numeric_limits<std::int32_t>::max()) + (negativeExponent ? 1 : 0);
        for (; i < n && isDigit(text[i]); ++i) {
            exponent = exponent * 10 + (text[i] - '0');
            if (exponent > limit) {
                r.status = Status::NotNumeric;
                return r;
            }
        }
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != n) {
        r.status = Status::NotNumeric;
        return r;
    }
    if (significant == 0) { // zero, whatever its exponent
        r.negative = false;
        return r;
    }
    if (pointIndex < 0)
        pointIndex = digitIndex;
    r.exponent = pointIndex - firstSignificant + exponent;
    r.count = int(std::min<std::int64_t>(significant, kMaxDigits));
    // DynamoDB reports range errors before precision errors.
    if (r.exponent > kMaxExponent)
        r.status = Status::Overflow;
    else if (r.exponent < kMinExponent)
        r.status = Status::Underflow;
    else if (significant > kMaxDigits)
        r.status = Status::TooPrecise;
    return r;
}

[[noreturn]] void throwFor(Status status, std::string_view text)
{
    switch (status) {
    case Status::NotNumeric:
        if (text.empty())
            throw Error::validation(kNotNumeric);
        throw Error::validation(std::string(kNotNumeric) + ": " + std::string(text));
    case Status::Overflow:
        throw Error::validation(kOverflow);
    case Status::Underflow:
        throw Error::validation(kUnderflow);
    case Status::TooPrecise:
    case Status::Ok:
        break;
    }
    throw Error::validation(kTooPrecise);
}

// Adds or subtracts two magnitudes given as canonical digit strings and
// exponents. Writes the result digits (most significant first, possibly with
// leading and trailing zeros) into out and returns the exponent of out[0].
// Sets *negativeResult when the second magnitude is larger and subtracted.
// REQUIRES: both operands are non-zero and within DynamoDB's range; out has
// room for kMaxExponent - kMinExponent + kMaxDigits + 1 digits.
int combine(std::string_view a, int ea, std::string_view b, int eb, bool subtract, signed char* out, int* length,
    bool* negativeResult)
{
    const int top = std::max(ea, eb) + 1; // one more place for a carry
    const int bottom = std::min(ea - int(a.size()), eb - int(b.size()));
    const int len = top - bottom;
    // Digit of weight 10^(e-1-k) sits at index top-1-(e-1-k) = top-e+k.
    auto digitAt = [&](std::string_view d, int e, int index) -> int {
        const int k = index - (top - e);
        return k >= 0 && k < int(d.size()) ? d[k] - '0' : 0;
    };
    *negativeResult = false;
    if (subtract) {
        int order = 0;
        for (int k = 0; k < len && order == 0; ++k)
            order = digitAt(a, ea, k) - digitAt(b, eb, k);
        if (order < 0) {
            std::swap(a, b);
            std::swap(ea, eb);
            *negativeResult = true;
        }
    }
    int carry = 0;
    for (int k = len - 1; k >= 0; --k) {
        int d = digitAt(a, ea, k) + (subtract ? -digitAt(b, eb, k) : digitAt(b, eb, k)) + carry;
        carry = 0;
        if (d >= 10) {
            d -= 10;
            carry = 1;
        } else if (d < 0) {
            d += 10;
            carry = -1;
        }
        out[k] = static_cast<signed char>(d);
    }
    *length = len;
    return top;
}

} // namespace

Number Number::parse(std::string_view text)
{
    const Scanned s = scan(text);
    if (s.status != Status::Ok)
        throwFor(s.status, text);
    Number result;
    result.m_negative = s.negative;
    result.m_digits.assign(s.digits, std::size_t(s.count));
    result.m_exponent = std::int32_t(s.exponent);
    return result;
}

bool Number::tryParse(std::string_view text, Number& out)
{
    const Scanned s = scan(text);
    if (s.status != Status::Ok)
        return false;
    out.m_negative = s.negative;
    out.m_digits.assign(s.digits, std::size_t(s.count));
    out.m_exponent = std::int32_t(s.exponent);
    return true;
}

Number Number::fromInt(std::int64_t value)
{
    Number result;
    if (value == 0)
        return result;
    result.m_negative = value < 0;
    // Negate in unsigned arithmetic so INT64_MIN works.
    std::uint64_t magnitude = value < 0 ? 0 - std::uint64_t(value) : std::uint64_t(value);
    char buffer[20];
    int n = 0;
    while (magnitude > 0) {
        buffer[n++] = char('0' + magnitude % 10);
        magnitude /= 10;
    }
    result.m_exponent = n;
    int low = 0;
    while (buffer[low] == '0')
        ++low;
    result.m_digits.reserve(std::size_t(n - low));
    for (int k = n - 1; k >= low; --k)
        result.m_digits.push_back(buffer[k]);
    return result;
}

// DynamoDB returns numbers in plain notation whatever their magnitude: a
// stored 1E+100 comes back as "1" and 100 zeros (boto3 issue #2500, observed
// against DynamoDB by an Alternator developer; boto3 issue #4636 shows
// "1.00000000000000007629769841092E+50" returned as 51 plain digits).
std::string Number::toString() const
{
    if (isZero())
        return "0";
    const int n = int(m_digits.size());
    const int e = m_exponent;
    std::string out;
    out.reserve(std::size_t(std::max(n, e) + (e <= 0 ? 2 - e : 1) + 1));
    if (m_negative)
        out.push_back('-');
    if (e <= 0) {
        out.append("0.");
        out.append(std::size_t(-e), '0');
        out.append(m_digits);
    } else if (e >= n) {
        out.append(m_digits);
        out.append(std::size_t(e - n), '0');
    } else {
        out.append(m_digits, 0, std::size_t(e));
        out.push_back('.');
        out.append(m_digits, std::size_t(e), std::string::npos);
    }
    return out;
}

bool Number::toInt64(std::int64_t* out) const
{
    if (isZero()) {
        *out = 0;
        return true;
    }
    const int n = int(m_digits.size());
    if (m_exponent < n || m_exponent > 19)
        return false;
    std::uint64_t magnitude = 0;
    for (int k = 0; k < m_exponent; ++k) {
        const unsigned digit = k < n ? unsigned(m_digits[std::size_t(k)] - '0') : 0u;
        if (magnitude > (std::numeric_limits<std::uint64_t>::max() - digit) / 10)
            return false;
        magnitude = magnitude * 10 + digit;
    }
    const std::uint64_t limit = std::uint64_t(std::numeric_limits<std::int64_t>::max()) + (m_negative ? 1 : 0);
    if (magnitude > limit)
        return false;
    *out = m_negative ? std::int64_t(0 - magnitude) : std::int64_t(magnitude);
    return true;
}

Number Number::operator+(const Number& other) const
{
    if (other.isZero())
        return *this;
    if (isZero())
        return other;
    signed char digits[kMaxExponent - kMinExponent + kMaxDigits + 2];
    int length = 0;
    bool swapped = false;
    const bool subtract = m_negative != other.m_negative;
    const int top
        = combine(m_digits, m_exponent, other.m_digits, other.m_exponent, subtract, digits, &length, &swapped);
    int first = 0;
    while (first < length && digits[first] == 0)
        ++first;
    if (first == length)
        return Number();
    int last = length - 1;
    while (digits[last] == 0)
        --last;
    Number result;
    result.m_negative = swapped ? other.m_negative : m_negative;
    result.m_exponent = top - first;
    // DynamoDB reports an inexact result (e.g. 1E50 + 1) as an overflow too,
    // as Alternator's test_update_expression_plus_imprecise records.
    if (result.m_exponent > kMaxExponent || last - first + 1 > kMaxDigits)
        throw Error::validation(kOverflow);
    if (result.m_exponent < kMinExponent)
        throw Error::validation(kUnderflow);
    result.m_digits.resize(std::size_t(last - first + 1));
    for (int k = first; k <= last; ++k)
        result.m_digits[std::size_t(k - first)] = char('0' + digits[k]);
    return result;
}

Number Number::operator-(const Number& other) const
{
    return *this + (-other);
}

Number Number::operator-() const
{
    Number result = *this;
    if (!isZero())
        result.m_negative = !m_negative;
    return result;
}

std::strong_ordering Number::operator<=>(const Number& other) const
{
    const int sign = isZero() ? 0 : (m_negative ? -1 : 1);
    const int otherSign = other.isZero() ? 0 : (other.m_negative ? -1 : 1);
    if (sign != otherSign || sign == 0)
        return sign <=> otherSign;
    std::strong_ordering magnitude = m_exponent <=> other.m_exponent;
    if (magnitude == 0) {
        // Canonical digits have no trailing zeros, so bytewise order is numeric.
        const int c = m_digits.compare(other.m_digits);
        magnitude = c <=> 0;
    }
    if (sign > 0)
        return magnitude;
    return 0 <=> magnitude;
}

bool Number::operator==(const Number& other) const
{
    return m_negative == other.m_negative && m_exponent == other.m_exponent && m_digits == other.m_digits;
}

void Number::appendSortable(std::string& out) const
{
    if (isZero()) {
        out.push_back(char(kSortZero));
        return;
    }
    const unsigned char flip = m_negative ? 0xFF : 0x00;
    out.push_back(char(m_negative ? kSortNegative : kSortPositive));
    out.push_back(char((m_exponent - kMinExponent) ^ flip));
    const std::size_t n = m_digits.size();
    for (std::size_t k = 0; k < n; k += 2) {
        const int high = m_digits[k] - '0';
        const int low = k + 1 < n ? m_digits[k + 1] - '0' : 0;
        // Pairs are stored as 1..100 so that the terminator sorts first.
        out.push_back(char((high * 10 + low + 1) ^ flip));
    }
    out.push_back(char(kSortTerminator ^ flip));
}

bool Number::readSortable(std::string_view data, std::size_t* pos, Number& out)
{
    std::size_t p = *pos;
    if (p >= data.size())
        return false;
    const unsigned char sign = static_cast<unsigned char>(data[p++]);
    if (sign == kSortZero) {
        out = Number();
        *pos = p;
        return true;
    }
    if (sign != kSortNegative && sign != kSortPositive)
        return false;
    const unsigned char flip = sign == kSortNegative ? 0xFF : 0x00;
    if (p >= data.size())
        return false;
    const int exponent = int(static_cast<unsigned char>(data[p++]) ^ flip) + kMinExponent;
    char digits[kMaxDigits + 1];
    int n = 0;
    for (;;) {
        if (p >= data.size())
            return false;
        const int byte = static_cast<unsigned char>(data[p++]) ^ flip;
        if (byte == kSortTerminator)
            break;
        if (byte > 100 || n >= kMaxDigits)
            return false;
        const int pair = byte - 1;
        digits[n++] = char('0' + pair / 10);
        digits[n++] = char('0' + pair % 10);
    }
    // The last pair of an odd digit count carries a padding zero.
    if (n > 0 && digits[n - 1] == '0')
        --n;
    // Canonical form: a non-empty digit string without leading or trailing zeros.
    if (n == 0 || digits[0] == '0' || digits[n - 1] == '0')
        return false;
    out.m_negative = sign == kSortNegative;
    out.m_exponent = exponent;
    out.m_digits.assign(digits, std::size_t(n));
    *pos = p;
    return true;
}

// The per-number size rule that dynalite derived from DynamoDB's consumed
// capacity: one byte per two significant digits, aligned to pairs at even
// powers of ten (an even digit count starting on an odd place needs one more
// byte), plus one byte, plus one for a negative number's terminator.
std::size_t Number::storageSize() const
{
    if (isZero())
        return 1;
    const std::size_t n = m_digits.size();
    // The first digit's power of ten is m_exponent - 1.
    const bool misaligned = n % 2 == 0 && (m_exponent - 1) % 2 == 0;
    return 1 + (n + 1) / 2 + (misaligned ? 1 : 0) + (m_negative ? 1 : 0);
}

} // namespace dynoscope
