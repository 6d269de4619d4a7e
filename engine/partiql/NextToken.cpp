// NextToken: base64 of {"f": fingerprint, "p": position}.
#include "partiql/NextToken.h"

#include "model/Base64.h"

#include <dynoscope/Error.h>

#include <xxhash.h>

#include <cstdio>

namespace dynoscope::partiql::NextToken {

std::string fingerprint(std::string_view statement, const boost::json::value& parameters)
{
    std::string text(statement);
    text += '\n';
    text += boost::json::serialize(parameters);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(XXH3_64bits(text.data(), text.size())));
    return hex;
}

std::string encode(std::string_view fingerprint, const boost::json::object& position)
{
    boost::json::object token;
    token["f"] = fingerprint;
    token["p"] = position;
    return Base64::encode(boost::json::serialize(token));
}

boost::json::object decode(std::string_view token, std::string_view fingerprint)
{
    std::string text;
    boost::json::error_code ec;
    boost::json::value parsed;
    if (Base64::decode(token, &text))
        parsed = boost::json::parse(text, ec);
    const boost::json::object* object = !ec ? parsed.if_object() : nullptr;
    const boost::json::value* f = object ? object->if_contains("f") : nullptr;
    const boost::json::value* p = object ? object->if_contains("p") : nullptr;
    if (!f || !f->is_string() || !p || !p->is_object())
        throw Error::validation("Invalid NextToken");
    if (f->get_string() != fingerprint)
        throw Error::validation("NextToken does not match request");
    return p->get_object();
}

} // namespace dynoscope::partiql::NextToken
