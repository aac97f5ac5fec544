#pragma once

#include <vector>

#include "message.h"
#include "network/graph.h"
#include "siting/suggest.h"

namespace qh::siting {

/// A place a new site may go, and where it came from (shown with the suggestion).
struct Candidate
{
    Point pos;
    Message source; ///< "grid point 12", "plots.gpkg, layer 'plots', feature 4 (名称)" …
};

/// The candidate places of `options` in the project CRS: the points of a layer,
/// the network's junctions inside polygons, a grid `gridSpacing` apart over the
/// walkable network (points no farther than half the spacing from a street), and
/// places given directly; minus those inside exclusion polygons (said in
/// `warnings`). Throws DataError when a layer cannot be read or the grid would
/// have more than a million points.
std::vector<Candidate> gatherCandidates(const CandidateOptions &options, const Project &project,
                                        const WalkGraph &graph, const SnapIndex &snaps, Warnings &warnings);

} // namespace qh::siting
