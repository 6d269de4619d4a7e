// The error the parsing stages throw: DynamoDB's message without the
// "Invalid <Parameter>: " prefix, which only the public parse functions know,
// and, when a stage knows it, the byte range of the text it refers to (for
// editors; DynamoDB's messages never show it).
#pragma once

#include <cstddef>
#include <string>
#include <utility>

namespace dynoscope::expr {

struct ExpressionError {
    static constexpr std::size_t kNoOffset = std::string::npos;

    ExpressionError(std::string text, std::size_t at = kNoOffset, std::size_t size = 0)
        : message(std::move(text))
        , offset(at)
        , length(size)
    {
    }

    std::string message;
    std::size_t offset; // kNoOffset when the error has no place in the text
    std::size_t length;
};

} // namespace dynoscope::expr
