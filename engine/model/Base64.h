// Standard base64 (RFC 4648, with padding): how DynamoDB carries binary values
// on the wire. Decoding is strict and explains a failure with the message
// DynamoDB puts in its SerializationException.
#pragma once

#include <string>
#include <string_view>

namespace dynoscope::Base64 {

std::string encode(std::string_view bytes);
// Appends the encoding of bytes to out.
void append(std::string& out, std::string_view bytes);

// Decodes text into *out (replacing its contents; unspecified on failure).
// Returns false when text is not canonical padded base64 and, when error is
// not null, sets *error to DynamoDB's message, e.g. "Base64 encoded length is
// expected a multiple of 4 bytes but found: 5".
bool decode(std::string_view text, std::string* out, std::string* error = nullptr);

} // namespace dynoscope::Base64
