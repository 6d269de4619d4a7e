// Item shape: seven attributes of the usual kinds (strings, a number, a
// boolean) adding up to 250 bytes by DynamoDB's item size rules.
#include "Workload.h"

#include <cstdio>

namespace dynoscope::bench {

namespace {

std::string partitionKey(int partition)
{
    char text[32];
    std::snprintf(text, sizeof text, "user#%06d", partition);
    return text;
}

std::string sortKey(int sort)
{
    char text[32];
    std::snprintf(text, sizeof text, "item#%05d", sort);
    return text;
}

} // namespace

Workload::Workload(Operation operation, Shape shape, std::uint64_t seed)
    : m_operation(operation)
    , m_shape(std::move(shape))
    , m_random(seed)
{
}

bool Workload::parseOperation(const std::string& name, Operation* operation)
{
    if (name == "GetItem")
        *operation = Operation::GetItem;
    else if (name == "PutItem")
        *operation = Operation::PutItem;
    else if (name == "Query")
        *operation = Operation::Query;
    else if (name == "Load")
        *operation = Operation::Load;
    else
        return false;
    return true;
}

std::string Workload::key(int partition, int sort) const
{
    return R"({"pk":{"S":")" + partitionKey(partition) + R"("},"sk":{"S":")" + sortKey(sort) + R"("}})";
}

std::string Workload::item(int partition, int sort) const
{
    // Names and values: pk 13, sk 12, name 21, email 31, score 9 (a number
    // counts one byte per two digits, plus one), active 7, bio 3 + 154.
    static const std::string bio(154, 'b');
    char name[32];
    std::snprintf(name, sizeof name, "Name %06d-%05d", partition, sort);
    char email[64];
    std::snprintf(email, sizeof email, "u%06d.i%05d@example.com", partition, sort);
    return R"({"pk":{"S":")" + partitionKey(partition) + R"("},"sk":{"S":")" + sortKey(sort) + R"("},"name":{"S":")"
        + name + R"("},"email":{"S":")" + email + R"("},"score":{"N":"1234.5"},"active":{"BOOL":true},"bio":{"S":")"
        + bio + R"("}})";
}

bool Workload::next(std::string& operation, std::string& body)
{
    const std::string table = R"({"TableName":")" + m_shape.table + R"(",)";
    switch (m_operation) {
    case Operation::Load: {
        if (m_loaded >= m_shape.partitions * m_shape.itemsPerPartition)
            return false;
        const int index = m_loaded++;
        operation = "PutItem";
        body = table + R"("Item":)" + item(index / m_shape.itemsPerPartition, index % m_shape.itemsPerPartition) + "}";
        return true;
    }
    case Operation::PutItem: {
        // Mostly new items, in partitions beyond the loaded ones.
        std::uniform_int_distribution<int> partition(m_shape.partitions, m_shape.partitions + 9999);
        std::uniform_int_distribution<int> sort(0, m_shape.itemsPerPartition - 1);
        operation = "PutItem";
        body = table + R"("Item":)" + item(partition(m_random), sort(m_random)) + "}";
        return true;
    }
    case Operation::GetItem: {
        std::uniform_int_distribution<int> partition(0, m_shape.partitions - 1);
        std::uniform_int_distribution<int> sort(0, m_shape.itemsPerPartition - 1);
        operation = "GetItem";
        body = table + R"("Key":)" + key(partition(m_random), sort(m_random)) + "}";
        return true;
    }
    case Operation::Query: {
        std::uniform_int_distribution<int> partition(0, m_shape.partitions - 1);
        operation = "Query";
        body = table + R"("KeyConditionExpression":"pk = :pk","ExpressionAttributeValues":{":pk":{"S":")"
            + partitionKey(partition(m_random)) + R"("}},"Limit":)" + std::to_string(m_shape.pageSize) + "}";
        return true;
    }
    }
    return false;
}

} // namespace dynoscope::bench
