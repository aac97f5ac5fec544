#include "coverage/accessibility.h"

#include <algorithm>
#include <numeric>

namespace qh {

double e2sfcaWeight(double distance, double budget)
{
    if (distance <= budget / 3.0)
        return 1.0;
    if (distance <= 2.0 * budget / 3.0)
        return 0.68;
    if (distance <= budget)
        return 0.22;
    return 0.0;
}

double weightedGini(const std::vector<double> &values, const std::vector<double> &weights,
                    std::vector<LorenzPoint> *lorenz)
{
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    double people = 0.0, supply = 0.0;
    for (std::size_t i : order) {
        people += weights[i];
        supply += weights[i] * values[i];
    }
    if (lorenz) {
        lorenz->clear();
        lorenz->push_back({0.0, 0.0});
    }
    if (people <= 0.0 || supply <= 0.0) {
        if (lorenz)
            lorenz->push_back({1.0, 1.0});
        return 0.0;
    }
    // Area under the Lorenz curve by trapezoids; Gini = 1 - 2 * area.
    double x = 0.0, y = 0.0, area = 0.0;
    for (std::size_t i : order) {
        if (weights[i] <= 0.0)
            continue;
        const double nx = x + weights[i] / people;
        const double ny = y + weights[i] * values[i] / supply;
        area += (nx - x) * (y + ny) / 2.0;
        x = nx;
        y = ny;
        if (lorenz)
            lorenz->push_back({x, y});
    }
    return std::clamp(1.0 - 2.0 * area, 0.0, 1.0);
}

} // namespace qh
