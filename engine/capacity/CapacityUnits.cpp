// Capacity unit arithmetic and its wire form.
#include "capacity/CapacityUnits.h"

#include <cstdio>

namespace dynoscope::capacity {

double readUnits(std::size_t bytes, bool consistentRead)
{
    std::size_t units = (bytes + 4095) / 4096;
    if (units == 0)
        units = 1;
    return consistentRead ? double(units) : double(units) / 2.0;
}

double writeUnits(std::size_t bytes)
{
    std::size_t units = (bytes + 1023) / 1024;
    return units == 0 ? 1.0 : double(units);
}

namespace {

// {"CapacityUnits":u,"ReadCapacityUnits":u} (or WriteCapacityUnits) without the braces.
void appendUnits(std::string& out, double units, bool isWrite)
{
    char number[64];
    std::snprintf(number, sizeof number, "%.1f", units);
    out += "\"CapacityUnits\":";
    out += number;
    out += isWrite ? ",\"WriteCapacityUnits\":" : ",\"ReadCapacityUnits\":";
    out += number;
}

void appendIndexes(std::string& out, std::string_view member, const Consumption::IndexUnits& indexes, bool isWrite)
{
    if (indexes.empty())
        return;
    out += ",\"";
    out += member;
    out += "\":{";
    for (std::size_t i = 0; i < indexes.size(); ++i) {
        if (i > 0)
            out += ',';
        out += "\"" + indexes[i].first + "\":{";
        appendUnits(out, indexes[i].second, isWrite);
        out += '}';
    }
    out += '}';
}

} // namespace

std::string consumedCapacityJson(std::string_view tableName, const Consumption& units, bool isWrite, Report report)
{
    std::string out = "{\"TableName\":\"" + std::string(tableName) + "\",";
    appendUnits(out, units.total(), isWrite);
    if (report == Report::Indexes) {
        out += ",\"Table\":{";
        appendUnits(out, units.table(), isWrite);
        out += '}';
        appendIndexes(out, "GlobalSecondaryIndexes", units.globalIndexes(), isWrite);
        appendIndexes(out, "LocalSecondaryIndexes", units.localIndexes(), isWrite);
    }
    out += '}';
    return out;
}

} // namespace dynoscope::capacity
