#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "geo/geos.h"
#include "network/graph.h"

namespace qh {

/// Bounded multi-source Dijkstra over a WalkGraph. One object is reused for many
/// searches: reset() is O(1) (timestamps instead of clearing arrays). Not thread
/// safe; use one object per thread.
class BoundedDijkstra
{
public:
    static constexpr double kInf = std::numeric_limits<double>::infinity();

    explicit BoundedDijkstra(const WalkGraph &graph);

    /// Starts a new search; forgets all distances.
    void reset();
    /// Adds a source node with an initial distance (metres).
    void addSource(std::uint32_t node, double dist);
    /// Adds a point snapped onto an edge: both ends are sources, with the
    /// off-network leg charged when chargeOffset is true.
    void addSnapSource(const Snap &snap, bool chargeOffset = true);
    /// Settles every node whose distance is <= cutoff.
    void run(double cutoff);

    /// Distance of a settled node, or kInf.
    double distance(std::uint32_t node) const
    {
        return mStamp[node] == mNow && mSettled[node] ? mDist[node] : kInf;
    }
    /// Nodes settled by the last run, in order of distance.
    const std::vector<std::uint32_t> &settled() const { return mOrder; }

private:
    struct Entry
    {
        double dist;
        std::uint32_t node;
        bool operator>(const Entry &o) const { return dist > o.dist; }
    };
    void relax(std::uint32_t node, double dist);

    const WalkGraph &mGraph;
    std::vector<double> mDist;
    std::vector<std::uint32_t> mStamp;
    std::vector<char> mSettled;
    std::vector<Entry> mHeap;
    std::vector<std::uint32_t> mOrder;
    std::uint32_t mNow = 0;
};

/// A point on the network that a search started from (for same-edge distances).
struct SnapSource
{
    Snap snap;
    double offset; ///< charged off-network distance
};

/// Network distance from the sources of a finished search to the snapped point
/// `target` (its own off-network leg included), or kInf. `sameEdge` lists the
/// sources that lie on target's edge: reaching along the edge needs no node.
double distanceTo(const BoundedDijkstra &search, const WalkGraph &graph, const Snap &target,
                  const std::vector<SnapSource> &sameEdge);

/// Reachable length from a search already run from `start` alone (with
/// addSnapSource(start, chargeOffset)) to a cutoff of at least `cutoff`.
double reachableLengthFromSearch(const BoundedDijkstra &search, const WalkGraph &graph,
                                 const Snap &start, double cutoff, bool chargeOffset);

/// The network pieces reachable within cutoff from a search already run from
/// `start` alone, each cut where the distance reaches the cutoff (their total
/// length is reachableLengthFromSearch).
std::vector<Segment> reachedPieces(const BoundedDijkstra &search, const WalkGraph &graph,
                                   const Snap &start, double cutoff, bool chargeOffset);

/// Length of network (metres) reachable within cutoff from one snapped start,
/// each reached edge counted once and cut where the distance reaches the cutoff.
/// Runs the search itself.
double reachableLength(BoundedDijkstra &search, const WalkGraph &graph, const Snap &start,
                       double cutoff, bool chargeOffset);

} // namespace qh
