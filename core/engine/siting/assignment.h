#pragma once

#include <cstdint>
#include <vector>

namespace qh::siting {

/// People assigned to facilities within reach, each facility up to its capacity
/// (a transportation problem solved as a maximum flow, Dinic's algorithm):
/// source → point (its people) → facility within reach → sink (its places).
/// Optionally the points are grouped (units) and each group sends at most its
/// `groupCap`, which answers "can every unit have this many served at once?".
class Assignment
{
public:
    /// [facility] the points within its circle, and its capacity.
    Assignment(const std::vector<double> &pointPeople, const std::vector<std::vector<std::uint32_t>> &facilityReach,
               const std::vector<double> &facilityCapacity);

    /// The most people that can be served; per point in served().
    double solve();
    /// With points grouped (`group[p]`, -1 for none, which then send nothing) and each
    /// group capped: the most served within the caps.
    double solveGrouped(const std::vector<int> &group, const std::vector<double> &groupCap);
    /// [point] people served after the last solve.
    const std::vector<double> &served() const { return mServed; }

private:
    double run(const std::vector<int> *group, const std::vector<double> *groupCap);

    const std::vector<double> &mPeople;
    const std::vector<std::vector<std::uint32_t>> &mReach;
    const std::vector<double> &mCapacity;
    std::vector<double> mServed;
};

} // namespace qh::siting
