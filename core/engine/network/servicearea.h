#pragma once

#include <optional>
#include <vector>

#include "network/graph.h"

namespace qh {

/// Reachable network length (metres) within `cutoff` from each start, searched in
/// parallel with one reusable search object per thread. Starts without a snap get
/// nullopt. threads <= 0 uses every core.
std::vector<std::optional<double>> reachableLengths(const WalkGraph &graph,
                                                    const std::vector<std::optional<Snap>> &starts,
                                                    double cutoff, bool chargeOffset, int threads = 0);

} // namespace qh
