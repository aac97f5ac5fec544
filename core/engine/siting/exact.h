#pragma once

#include "siting/instance.h"

namespace qh::siting {

/// Solves the instance as a mixed-integer programme with CBC (COIN-OR branch and
/// cut): a binary per candidate and size, a covered share per demand point.
/// Meet targets minimises cost subject to every row; max coverage maximises the
/// people covered with at most `instance.k` sites. `start`, when given, is handed
/// to CBC as its first solution (the heuristic's). Stops at `timeLimitSeconds`
/// with the best solution and CBC's bound (Solution::optimal false).
Solution solveExact(const Instance &instance, bool maxCoverage, double timeLimitSeconds,
                    const Solution *start = nullptr);

} // namespace qh::siting
