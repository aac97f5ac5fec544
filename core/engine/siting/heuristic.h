#pragma once

#include "siting/instance.h"

namespace qh::siting {

/// Fewest-cost sites meeting every row: greedy by progress per cost (a site may
/// also be enlarged to a bigger size), then local search — drop sites that are not
/// needed, shrink sites to cheaper sizes, and take each site out in turn and repair
/// greedily, kept when the cost falls. Stops improving after `timeLimitSeconds`.
/// Solution::feasible says whether every row is met (it is whenever opening every
/// candidate at its largest size meets them).
Solution meetTargetsHeuristic(const Instance &instance, double timeLimitSeconds = 30.0);

/// The most people (point weights) within a circle with at most `instance.k` new
/// sites at size 0: greedy, then one-for-one swaps while any improves.
Solution maxCoverageHeuristic(const Instance &instance, double timeLimitSeconds = 30.0);

} // namespace qh::siting
