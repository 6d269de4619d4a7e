// Turns observed consumption into a monthly price for on-demand and for
// provisioned capacity. Defaults are AWS's published us-east-1 prices.
#pragma once

namespace dynoscope::ui {

struct CostPrices {
    // https://aws.amazon.com/dynamodb/pricing/on-demand/ (since the November 2024 price cut)
    double onDemandWritePerMillion = 0.625;
    double onDemandReadPerMillion = 0.125;
    // https://aws.amazon.com/dynamodb/pricing/provisioned/
    double provisionedWcuHour = 0.00065;
    double provisionedRcuHour = 0.00013;
};

struct CostEstimate {
    double onDemandRead = 0, onDemandWrite = 0;
    double provisionedRead = 0, provisionedWrite = 0;
    double provisionedRcu = 0, provisionedWcu = 0; // capacity needed to serve the observed peak second
    double onDemand() const { return onDemandRead + onDemandWrite; }
    double provisioned() const { return provisionedRead + provisionedWrite; }
};

class CostModel {
public:
    static constexpr double kHoursPerMonth = 730; // AWS's pricing examples use 730 hours

    // readUnits/writeUnits: consumed over windowSeconds; peaks: the busiest
    // second's units. Provisioned capacity is sized to the peak (rounded up),
    // since less would throttle it.
    // REQUIRES: windowSeconds > 0.
    static CostEstimate estimate(double readUnits, double writeUnits, double windowSeconds, double peakReadPerSecond,
                                 double peakWritePerSecond, const CostPrices& prices = {});
};

} // namespace dynoscope::ui
