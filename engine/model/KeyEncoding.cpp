// Key encodings for the storage layer's primary-key columns and the hash ring.
#include "model/KeyEncoding.h"

#include <xxhash.h>

namespace dynoscope::KeyEncoding {

void appendKey(std::string& out, const AttributeValue& value)
{
    if (value.type() == AttributeValue::Type::N)
        value.num().appendSortable(out);
    else
        out.append(value.str());
}

std::string encodeKey(const AttributeValue& value)
{
    std::string out;
    appendKey(out, value);
    return out;
}

bool decodeKey(AttributeValue::Type type, std::string_view bytes, AttributeValue& out)
{
    switch (type) {
    case AttributeValue::Type::S:
        out = AttributeValue::string(std::string(bytes));
        return true;
    case AttributeValue::Type::B:
        out = AttributeValue::binary(std::string(bytes));
        return true;
    case AttributeValue::Type::N: {
        Number n;
        std::size_t pos = 0;
        if (!Number::readSortable(bytes, &pos, n) || pos != bytes.size())
            return false;
        out = AttributeValue::number(std::move(n));
        return true;
    }
    default:
        return false;
    }
}

std::uint64_t partitionHash(const AttributeValue& partitionKey)
{
    const auto seed = static_cast<XXH64_hash_t>(partitionKey.type());
    if (partitionKey.type() != AttributeValue::Type::N)
        return XXH3_64bits_withSeed(partitionKey.str().data(), partitionKey.str().size(), seed);
    std::string bytes;
    partitionKey.num().appendSortable(bytes);
    return XXH3_64bits_withSeed(bytes.data(), bytes.size(), seed);
}

} // namespace dynoscope::KeyEncoding
