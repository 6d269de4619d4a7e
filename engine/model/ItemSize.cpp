// Item size arithmetic. The list and map overheads follow the developer
// guide; dynalite measured the same rules against DynamoDB's consumed capacity.
#include "model/ItemSize.h"

#include <dynoscope/Error.h>

namespace dynoscope::ItemSize {

std::size_t valueSize(const AttributeValue& value)
{
    switch (value.type()) {
    case AttributeValue::Type::S:
    case AttributeValue::Type::B:
        return value.str().size();
    case AttributeValue::Type::N:
        return value.num().storageSize();
    case AttributeValue::Type::BOOL:
    case AttributeValue::Type::NUL:
        return 1;
    case AttributeValue::Type::SS:
    case AttributeValue::Type::BS: {
        std::size_t size = 0;
        for (const std::string& s : value.strings())
            size += s.size();
        return size;
    }
    case AttributeValue::Type::NS: {
        std::size_t size = 0;
        for (const Number& n : value.numbers())
            size += n.storageSize();
        return size;
    }
    case AttributeValue::Type::L: {
        std::size_t size = 3;
        for (const AttributeValue& element : value.list())
            size += 1 + valueSize(element);
        return size;
    }
    case AttributeValue::Type::M: {
        std::size_t size = 3;
        for (const auto& [name, element] : value.map())
            size += 1 + attributeSize(name, element);
        return size;
    }
    }
    return 0;
}

std::size_t attributeSize(std::string_view name, const AttributeValue& value)
{
    return name.size() + valueSize(value);
}

std::size_t itemSize(const Item& item)
{
    std::size_t size = 0;
    for (const auto& [name, value] : item)
        size += attributeSize(name, value);
    return size;
}

void checkPartitionKeySize(const AttributeValue& key)
{
    // DynamoDB's message lacks the space before 2048.
    if (key.type() != AttributeValue::Type::N && key.str().size() > kMaxPartitionKeySize)
        throw Error::validation("One or more parameter values were invalid: Size of hashkey has exceeded the maximum "
                                "size limit of2048 bytes");
}

void checkSortKeySize(const AttributeValue& key)
{
    if (key.type() != AttributeValue::Type::N && key.str().size() > kMaxSortKeySize)
        throw Error::validation("One or more parameter values were invalid: Aggregated size of all range keys has "
                                "exceeded the size limit of 1024 bytes");
}

} // namespace dynoscope::ItemSize
