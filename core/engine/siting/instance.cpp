#include "siting/instance.h"

#include "siting/assignment.h"

#include <algorithm>
#include <cmath>

namespace qh::siting {

std::optional<double> Solution::gap() const
{
    if (optimal)
        return 0.0;
    if (!bound)
        return std::nullopt;
    const double denominator = std::max(std::abs(objective), 1e-9);
    return std::abs(objective - *bound) / denominator;
}

double costOf(const Instance &instance, const std::vector<Opening> &open)
{
    double cost = 0.0;
    for (const Opening &o : open)
        cost += instance.sizes[o.size].cost;
    return cost;
}

double coveredWeight(const Instance &instance, const std::vector<Opening> &open)
{
    std::vector<bool> covered(instance.points(), false);
    double sum = 0.0;
    for (const Opening &o : open)
        for (std::uint32_t p : instance.reach[o.candidate])
            if (!covered[p]) {
                covered[p] = true;
                sum += instance.pointWeight[p];
            }
    return sum;
}

namespace {

/// The facilities of an assignment: the fixed ones, then the open sites.
struct Facilities
{
    std::vector<std::vector<std::uint32_t>> reach;
    std::vector<double> capacity;

    Facilities(const Instance &in, const std::vector<Opening> &open)
        : reach(in.fixedReach)
        , capacity(in.fixedCapacity)
    {
        for (const Opening &o : open) {
            reach.push_back(in.reach[o.candidate]);
            capacity.push_back(in.sizes[o.size].capacity);
        }
    }
};

} // namespace

double servedWeight(const Instance &in, const std::vector<Opening> &open)
{
    const Facilities f(in, open);
    Assignment a(in.pointWeight, f.reach, f.capacity);
    return a.solve();
}

bool meetsServeRows(const Instance &in, const std::vector<Opening> &open, std::vector<double> *servedPerUnit,
                    std::vector<double> *servedPerPoint)
{
    std::vector<double> cap(in.units, 0.0);
    double need = 0.0;
    for (const auto &row : in.serve) // two targets of one unit: the larger
        cap[std::size_t(row.unit)] = std::max(cap[std::size_t(row.unit)], row.need);
    for (double c : cap)
        need += c;
    const Facilities f(in, open);
    Assignment a(in.pointWeight, f.reach, f.capacity);
    const double got = a.solveGrouped(in.pointUnit, cap);
    if (servedPerUnit || servedPerPoint) {
        if (servedPerUnit)
            servedPerUnit->assign(in.units, 0.0);
        for (std::size_t p = 0; p < in.points(); ++p)
            if (servedPerUnit && in.pointUnit[p] >= 0)
                (*servedPerUnit)[std::size_t(in.pointUnit[p])] += a.served()[p];
        if (servedPerPoint)
            *servedPerPoint = a.served();
    }
    return got >= need - 1e-9 * std::max(1.0, need);
}

bool meetsRows(const Instance &instance, const std::vector<Opening> &open)
{
    if (!instance.serve.empty() && !meetsServeRows(instance, open))
        return false;
    std::vector<bool> covered(instance.points(), false);
    for (const Opening &o : open)
        for (std::uint32_t p : instance.reach[o.candidate])
            covered[p] = true;
    // Rows are compared with a relative tolerance: needs are sums of fractional people.
    auto met = [](double have, double need) { return have >= need - 1e-9 * std::max(1.0, std::abs(need)); };
    for (const auto &row : instance.cover) {
        double have = 0.0;
        for (const auto &[p, w] : row.points)
            have += covered[p] ? w : 0.0;
        if (!met(have, row.need))
            return false;
    }
    for (const auto &row : instance.capacity) {
        double have = 0.0;
        for (const Opening &o : open)
            if (instance.candidateUnit[o.candidate] == row.unit)
                have += row.perPlace * instance.sizes[o.size].capacity;
        if (!met(have, row.need))
            return false;
    }
    for (const auto &row : instance.count) {
        double have = 0.0;
        for (const Opening &o : open)
            if (instance.candidateUnit[o.candidate] == row.unit && instance.sizes[o.size].capacity >= row.minCapacity)
                have += 1.0;
        if (!met(have, row.need))
            return false;
    }
    return true;
}

} // namespace qh::siting
