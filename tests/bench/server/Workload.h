// The requests of one benchmark run: GetItem, PutItem and Query on a table of
// about-250-byte items keyed by pk (partition) and sk (sort), or Load, which
// writes the partitions GetItem and Query read.
#pragma once

#include <cstdint>
#include <random>
#include <string>

namespace dynoscope::bench {

class Workload {
public:
    enum class Operation { GetItem, PutItem, Query, Load };

    struct Shape {
        std::string table = "bench";
        int partitions = 20; // loaded partitions, read by GetItem and Query
        int itemsPerPartition = 100; // items in each loaded partition
        int pageSize = 25; // Query's Limit
    };

    Workload(Operation operation, Shape shape, std::uint64_t seed);

    // The next request's operation name and JSON body. False when a finite
    // workload (Load) has no request left.
    bool next(std::string& operation, std::string& body);

    static bool parseOperation(const std::string& name, Operation* operation);

private:
    std::string item(int partition, int sort) const;
    std::string key(int partition, int sort) const;

    Operation m_operation;
    Shape m_shape;
    std::mt19937_64 m_random;
    int m_loaded = 0;
};

} // namespace dynoscope::bench
