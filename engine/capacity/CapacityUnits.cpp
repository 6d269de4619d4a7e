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

std::string consumedCapacityJson(std::string_view tableName, double units, bool isWrite, Report report)
{
    char number[64];
    std::snprintf(number, sizeof number, "%.1f", units);
    std::string out = "{\"TableName\":\"" + std::string(tableName) + "\",\"CapacityUnits\":" + number;
    out += isWrite ? ",\"WriteCapacityUnits\":" : ",\"ReadCapacityUnits\":";
    out += number;
    if (report == Report::Indexes) {
        out += ",\"Table\":{\"CapacityUnits\":";
        out += number;
        out += isWrite ? ",\"WriteCapacityUnits\":" : ",\"ReadCapacityUnits\":";
        out += number;
        out += "}";
    }
    out += "}";
    return out;
}

} // namespace dynoscope::capacity
