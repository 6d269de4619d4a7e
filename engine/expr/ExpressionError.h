// The error the parsing stages throw: DynamoDB's message without the
// "Invalid <Parameter>: " prefix, which only the public parse functions know.
#pragma once

#include <string>

namespace dynoscope::expr {

struct ExpressionError {
    std::string message;
};

} // namespace dynoscope::expr
