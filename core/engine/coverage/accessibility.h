#pragma once

#include <vector>

namespace qh {

/// E2SFCA distance decay (Luo & Qi 2009, "An enhanced two-step floating catchment
/// area (E2SFCA) method", Health & Place 15(4)): the catchment is cut into three
/// zones of equal walking distance with weights 1.00, 0.68 and 0.22 (their
/// Gaussian weights for 0-10, 10-20 and 20-30 minutes); 0 beyond the budget.
double e2sfcaWeight(double distance, double budget);

/// One point of a Lorenz curve: cumulative share of people, cumulative share of supply.
struct LorenzPoint
{
    double population;
    double supply;
};

/// Population-weighted Gini coefficient of `values` (e.g. accessible places per
/// person of each cell, weighted by its people): 0 is perfect equality, 1 all supply
/// with one cell. The Lorenz curve (from (0,0) to (1,1)) goes to `lorenz` when given.
/// Returns 0 when there are no people or no supply.
double weightedGini(const std::vector<double> &values, const std::vector<double> &weights,
                    std::vector<LorenzPoint> *lorenz = nullptr);

} // namespace qh
