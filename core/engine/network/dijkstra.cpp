#include "network/dijkstra.h"

#include <algorithm>
#include <functional>

namespace qh {

BoundedDijkstra::BoundedDijkstra(const WalkGraph &graph)
    : mGraph(graph)
    , mDist(graph.nodeCount(), kInf)
    , mStamp(graph.nodeCount(), 0)
    , mSettled(graph.nodeCount(), 0)
{
}

void BoundedDijkstra::reset()
{
    if (++mNow == 0) { // wrapped: clear once every 2^32 searches
        std::fill(mStamp.begin(), mStamp.end(), 0);
        mNow = 1;
    }
    mHeap.clear();
    mOrder.clear();
}

void BoundedDijkstra::relax(std::uint32_t node, double dist)
{
    if (mStamp[node] != mNow) {
        mStamp[node] = mNow;
        mSettled[node] = 0;
        mDist[node] = dist;
    } else if (mSettled[node] || dist >= mDist[node]) {
        return;
    } else {
        mDist[node] = dist;
    }
    mHeap.push_back({dist, node});
    std::push_heap(mHeap.begin(), mHeap.end(), std::greater<>());
}

void BoundedDijkstra::addSource(std::uint32_t node, double dist)
{
    if (mNow == 0)
        reset();
    relax(node, dist);
}

void BoundedDijkstra::addSnapSource(const Snap &snap, bool chargeOffset)
{
    const double off = chargeOffset ? snap.offset : 0.0;
    const double len = mGraph.edgeLength(snap.edge);
    addSource(mGraph.edgeU(snap.edge), off + snap.t * len);
    addSource(mGraph.edgeV(snap.edge), off + (1.0 - snap.t) * len);
}

void BoundedDijkstra::run(double cutoff)
{
    while (!mHeap.empty()) {
        std::pop_heap(mHeap.begin(), mHeap.end(), std::greater<>());
        Entry top = mHeap.back();
        mHeap.pop_back();
        if (mSettled[top.node] || top.dist > mDist[top.node])
            continue; // stale entry
        if (top.dist > cutoff)
            break;
        mSettled[top.node] = 1;
        mOrder.push_back(top.node);
        for (std::uint32_t a = mGraph.firstOut(top.node); a < mGraph.firstOut(top.node + 1); ++a) {
            double nd = top.dist + mGraph.arcLength(a);
            if (nd <= cutoff)
                relax(mGraph.arcHead(a), nd);
        }
    }
    // Entries left in the heap are beyond the cutoff; they must not read as settled.
    mHeap.clear();
}

double distanceTo(const BoundedDijkstra &search, const WalkGraph &graph, const Snap &target,
                  const std::vector<SnapSource> &sameEdge)
{
    const double len = graph.edgeLength(target.edge);
    double best = std::min(search.distance(graph.edgeU(target.edge)) + target.t * len,
                           search.distance(graph.edgeV(target.edge)) + (1.0 - target.t) * len);
    for (const SnapSource &s : sameEdge)
        if (s.snap.edge == target.edge)
            best = std::min(best, s.offset + std::abs(s.snap.t - target.t) * len);
    return best + target.offset;
}

double reachableLength(BoundedDijkstra &search, const WalkGraph &graph, const Snap &start,
                       double cutoff, bool chargeOffset)
{
    const double off = chargeOffset ? start.offset : 0.0;
    if (off > cutoff)
        return 0.0;
    search.reset();
    search.addSnapSource(start, chargeOffset);
    search.run(cutoff);
    return reachableLengthFromSearch(search, graph, start, cutoff, chargeOffset);
}

namespace {

/// Calls piece(from, to, length, a, b) for every piece of network reachable within
/// cutoff from a search run from `start` alone: [a, b] metres from node `from`
/// toward `to` along an edge of that length. Each reached edge is visited once,
/// cut where the distance reaches the cutoff; the start edge gives the union of
/// what its two ends and the start point reach.
template <typename Piece>
void forEachReachedPiece(const BoundedDijkstra &search, const WalkGraph &graph, const Snap &start,
                         double cutoff, bool chargeOffset, Piece &&piece)
{
    const double off = chargeOffset ? start.offset : 0.0;
    if (off > cutoff)
        return;
    // Nodes beyond `cutoff` (the search may have gone further) count as not reached.
    auto dist = [&](std::uint32_t n) {
        const double d = search.distance(n);
        return d <= cutoff ? d : BoundedDijkstra::kInf;
    };
    const std::uint32_t su = graph.edgeU(start.edge), sv = graph.edgeV(start.edge);
    for (std::uint32_t a : search.settled()) {
        const double da = search.distance(a);
        if (da > cutoff)
            break; // settled() is in order of distance
        for (std::uint32_t arc = graph.firstOut(a); arc < graph.firstOut(a + 1); ++arc) {
            const std::uint32_t b = graph.arcHead(arc);
            if ((a == su && b == sv) || (a == sv && b == su))
                continue; // the start edge is handled below
            const double len = graph.arcLength(arc);
            const double db = dist(b);
            if (db < BoundedDijkstra::kInf && b < a)
                continue; // visited from b
            const double fromA = std::min(len, cutoff - da);
            const double fromB = db < BoundedDijkstra::kInf ? std::min(len, cutoff - db) : 0.0;
            if (fromA + fromB >= len) {
                piece(a, b, len, 0.0, len);
            } else {
                if (fromA > 0)
                    piece(a, b, len, 0.0, fromA);
                if (fromB > 0)
                    piece(b, a, len, 0.0, fromB);
            }
        }
    }
    const double len = graph.edgeLength(start.edge);
    const double s = start.t * len, r = cutoff - off;
    const double du = dist(su), dv = dist(sv);
    std::pair<double, double> pieces[3] = {{std::max(0.0, s - r), std::min(len, s + r)},
                                           {0.0, du <= cutoff ? std::min(len, cutoff - du) : -1.0},
                                           {dv <= cutoff ? std::max(0.0, len - (cutoff - dv)) : len + 1.0, len}};
    std::sort(std::begin(pieces), std::end(pieces));
    double end = -1.0;
    for (auto [lo, hi] : pieces) {
        if (hi <= lo)
            continue;
        lo = std::max(lo, end);
        if (hi > lo && len > 0)
            piece(su, sv, len, lo, hi);
        end = std::max(end, hi);
    }
}

} // namespace

double reachableLengthFromSearch(const BoundedDijkstra &search, const WalkGraph &graph,
                                 const Snap &start, double cutoff, bool chargeOffset)
{
    double total = 0.0;
    forEachReachedPiece(search, graph, start, cutoff, chargeOffset,
                        [&](std::uint32_t, std::uint32_t, double, double a, double b) { total += b - a; });
    return total;
}

std::vector<Segment> reachedPieces(const BoundedDijkstra &search, const WalkGraph &graph,
                                   const Snap &start, double cutoff, bool chargeOffset)
{
    std::vector<Segment> out;
    forEachReachedPiece(search, graph, start, cutoff, chargeOffset,
                        [&](std::uint32_t from, std::uint32_t to, double len, double a, double b) {
                            const Point &p = graph.node(from), &q = graph.node(to);
                            const double ta = a / len, tb = b / len;
                            out.push_back({{p.x + (q.x - p.x) * ta, p.y + (q.y - p.y) * ta},
                                           {p.x + (q.x - p.x) * tb, p.y + (q.y - p.y) * tb}});
                        });
    return out;
}

} // namespace qh
