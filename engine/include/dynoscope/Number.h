// An exact decimal number with DynamoDB's limits: up to 38 significant
// digits, magnitudes from 1E-130 to 9.9999999999999999999999999999999999999E+125.
// A double is never used: parsing, printing, arithmetic and ordering are exact.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace dynoscope {

class Number {
public:
    Number() = default; // zero

    // Parses DynamoDB's number syntax ("-12.50", "1e3", "+7", ".5", "5.").
    // Throws Error (ValidationException) with DynamoDB's message when the
    // text is not a number, has more than 38 significant digits, or is out of
    // range (overflow/underflow).
    static Number parse(std::string_view text);
    // Like parse() but returns false instead of throwing.
    static bool tryParse(std::string_view text, Number& out);
    static Number fromInt(std::int64_t value);

    // The canonical text DynamoDB returns: no exponent, no trailing zeros in
    // the fraction, no leading '+', "0" for zero.
    std::string toString() const;

    bool isZero() const { return m_digits.empty(); }
    bool isNegative() const { return m_negative; }
    // True when it is an integer that fits in int64 (stored in *out).
    bool toInt64(std::int64_t* out) const;

    // Exact arithmetic; throws Error (ValidationException) on overflow,
    // underflow or more than 38 significant digits in the result.
    Number operator+(const Number& other) const;
    Number operator-(const Number& other) const;
    Number operator-() const;

    std::strong_ordering operator<=>(const Number& other) const;
    bool operator==(const Number& other) const;

    // Appends an encoding whose bytewise (memcmp) order is the numeric order,
    // for keys. Equal numbers encode identically ("1.0" and "1").
    void appendSortable(std::string& out) const;
    // Decodes what appendSortable wrote starting at data[*pos]; advances *pos.
    // Returns false on malformed input.
    static bool readSortable(std::string_view data, std::size_t* pos, Number& out);

    // Bytes this number counts for in DynamoDB's item size rules.
    std::size_t storageSize() const;

private:
    bool m_negative = false;
    // Significant digits as ASCII '0'..'9', no leading or trailing zeros;
    // empty for zero.
    std::string m_digits;
    // Value = 0.d1d2d3... * 10^m_exponent.
    std::int32_t m_exponent = 0;
};

} // namespace dynoscope
