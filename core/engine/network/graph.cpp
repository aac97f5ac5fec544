#include "network/graph.h"

#include <bit>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace qh {

namespace {

struct PointKey
{
    std::uint64_t x, y;
    bool operator==(const PointKey &o) const { return x == o.x && y == o.y; }
};

struct PointKeyHash
{
    std::size_t operator()(const PointKey &k) const
    {
        return std::hash<std::uint64_t>()(k.x * 0x9E3779B97F4A7C15ull ^ k.y);
    }
};

} // namespace

WalkGraph WalkGraph::fromPolylines(const std::vector<Polyline> &lines)
{
    WalkGraph g;
    std::unordered_map<PointKey, std::uint32_t, PointKeyHash> ids;
    std::unordered_set<std::uint64_t> seen;
    std::size_t vertices = 0;
    for (const Polyline &l : lines)
        vertices += l.size();
    ids.reserve(vertices);
    seen.reserve(vertices);
    auto nodeId = [&](const Point &p) {
        // +0.0 and -0.0 are the same place.
        PointKey k{std::bit_cast<std::uint64_t>(p.x + 0.0), std::bit_cast<std::uint64_t>(p.y + 0.0)};
        auto [it, inserted] = ids.try_emplace(k, static_cast<std::uint32_t>(g.mNodes.size()));
        if (inserted) {
            g.mNodes.push_back(p);
            g.mExtent.extend(p);
        }
        return it->second;
    };
    for (const Polyline &l : lines) {
        for (std::size_t i = 0; i + 1 < l.size(); ++i) {
            std::uint32_t u = nodeId(l[i]);
            std::uint32_t v = nodeId(l[i + 1]);
            if (u == v)
                continue;
            std::uint64_t key = (std::uint64_t(std::min(u, v)) << 32) | std::max(u, v);
            if (!seen.insert(key).second)
                continue;
            g.mEdgeU.push_back(u);
            g.mEdgeV.push_back(v);
            g.mEdgeLength.push_back(distance(l[i], l[i + 1]));
        }
    }
    const std::uint32_t n = g.nodeCount();
    g.mFirstOut.assign(n + 1, 0);
    for (std::uint32_t e = 0; e < g.edgeCount(); ++e) {
        ++g.mFirstOut[g.mEdgeU[e] + 1];
        ++g.mFirstOut[g.mEdgeV[e] + 1];
    }
    for (std::uint32_t i = 0; i < n; ++i)
        g.mFirstOut[i + 1] += g.mFirstOut[i];
    g.mArcHead.resize(g.mFirstOut[n]);
    g.mArcLength.resize(g.mFirstOut[n]);
    g.mArcEdge.resize(g.mFirstOut[n]);
    std::vector<std::uint32_t> fill(g.mFirstOut.begin(), g.mFirstOut.end() - 1);
    for (std::uint32_t e = 0; e < g.edgeCount(); ++e) {
        std::uint32_t u = g.mEdgeU[e], v = g.mEdgeV[e];
        g.mArcHead[fill[u]] = v;
        g.mArcEdge[fill[u]] = e;
        g.mArcLength[fill[u]++] = g.mEdgeLength[e];
        g.mArcHead[fill[v]] = u;
        g.mArcEdge[fill[v]] = e;
        g.mArcLength[fill[v]++] = g.mEdgeLength[e];
    }
    return g;
}

double WalkGraph::totalLength() const
{
    double sum = 0.0;
    for (double l : mEdgeLength)
        sum += l;
    return sum;
}

std::vector<std::uint32_t> WalkGraph::componentLabels() const
{
    std::vector<std::uint32_t> comp(nodeCount(), UINT32_MAX), stack;
    std::uint32_t next = 0;
    for (std::uint32_t s = 0; s < nodeCount(); ++s) {
        if (comp[s] != UINT32_MAX)
            continue;
        const std::uint32_t c = next++;
        comp[s] = c;
        stack.push_back(s);
        while (!stack.empty()) {
            const std::uint32_t n = stack.back();
            stack.pop_back();
            for (std::uint32_t a = mFirstOut[n]; a < mFirstOut[n + 1]; ++a)
                if (comp[mArcHead[a]] == UINT32_MAX) {
                    comp[mArcHead[a]] = c;
                    stack.push_back(mArcHead[a]);
                }
        }
    }
    return comp;
}

std::vector<std::uint32_t> WalkGraph::componentSizes() const
{
    std::vector<std::uint32_t> sizes;
    for (std::uint32_t c : componentLabels()) {
        if (c >= sizes.size())
            sizes.resize(c + 1, 0);
        ++sizes[c];
    }
    return sizes;
}

std::size_t WalkGraph::memoryBytes() const
{
    return mNodes.capacity() * sizeof(Point) + (mEdgeU.capacity() + mEdgeV.capacity()) * 4
           + mEdgeLength.capacity() * 8 + mFirstOut.capacity() * 4 + mArcHead.capacity() * 4
           + mArcLength.capacity() * 8 + mArcEdge.capacity() * 4;
}

SnapIndex::SnapIndex(const WalkGraph &graph) : mGraph(graph)
{
    Rect ext = graph.extent();
    if (ext.isEmpty() || graph.edgeCount() == 0) {
        mFirst.assign(2, 0);
        return;
    }
    // About two edges per cell on average, never finer than 10 m.
    double area = std::max(ext.width() * ext.height(), 1.0);
    mCell = std::max(10.0, std::sqrt(area / graph.edgeCount()) * 1.4);
    mX0 = ext.minX;
    mY0 = ext.minY;
    mCols = static_cast<int>(ext.width() / mCell) + 1;
    mRows = static_cast<int>(ext.height() / mCell) + 1;
    std::vector<std::uint32_t> count(static_cast<std::size_t>(mCols) * mRows + 1, 0);
    auto forCells = [&](std::uint32_t e, auto &&fn) {
        const Point &a = graph.node(graph.edgeU(e));
        const Point &b = graph.node(graph.edgeV(e));
        int c0 = static_cast<int>((std::min(a.x, b.x) - mX0) / mCell);
        int c1 = static_cast<int>((std::max(a.x, b.x) - mX0) / mCell);
        int r0 = static_cast<int>((std::min(a.y, b.y) - mY0) / mCell);
        int r1 = static_cast<int>((std::max(a.y, b.y) - mY0) / mCell);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                fn(static_cast<std::size_t>(r) * mCols + c);
    };
    for (std::uint32_t e = 0; e < graph.edgeCount(); ++e)
        forCells(e, [&](std::size_t cell) { ++count[cell + 1]; });
    for (std::size_t i = 1; i < count.size(); ++i)
        count[i] += count[i - 1];
    mFirst = count;
    mEdges.resize(mFirst.back());
    for (std::uint32_t e = 0; e < graph.edgeCount(); ++e)
        forCells(e, [&](std::size_t cell) { mEdges[count[cell]++] = e; });
}

std::optional<Snap> SnapIndex::snap(const Point &p, double maxDistance) const
{
    if (mEdges.empty())
        return std::nullopt;
    // Farther than maxDistance from the whole grid (a region's cells around a city's
    // network clip): nothing to visit.
    const double gx = std::max({mX0 - p.x, 0.0, p.x - (mX0 + mCols * mCell)});
    const double gy = std::max({mY0 - p.y, 0.0, p.y - (mY0 + mRows * mCell)});
    if (gx * gx + gy * gy > maxDistance * maxDistance)
        return std::nullopt;
    std::optional<Snap> best;
    double bestD = maxDistance;
    const int pc = static_cast<int>(std::floor((p.x - mX0) / mCell));
    const int pr = static_cast<int>(std::floor((p.y - mY0) / mCell));
    auto visit = [&](int c, int r) {
        if (c < 0 || r < 0 || c >= mCols || r >= mRows)
            return;
        std::size_t cell = static_cast<std::size_t>(r) * mCols + c;
        for (std::uint32_t i = mFirst[cell]; i < mFirst[cell + 1]; ++i) {
            std::uint32_t e = mEdges[i];
            const Point &a = mGraph.node(mGraph.edgeU(e));
            const Point &b = mGraph.node(mGraph.edgeV(e));
            double dx = b.x - a.x, dy = b.y - a.y;
            double len2 = dx * dx + dy * dy;
            double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0.0;
            t = std::clamp(t, 0.0, 1.0);
            Point q{a.x + t * dx, a.y + t * dy};
            double d = distance(p, q);
            // Ties go to the lower edge id so results do not depend on visiting order.
            if (d < bestD || (d == bestD && best && e < best->edge) || (d == bestD && !best)) {
                bestD = d;
                best = Snap{e, t, d, q};
            }
        }
    };
    // Distance from p to the nearest cell of ring `ring` is at least (ring - 1) * mCell.
    const int maxRing = std::max(mCols, mRows) + 1;
    for (int ring = 0; ring <= maxRing; ++ring) {
        if ((ring - 1) * mCell > bestD)
            break;
        if (ring == 0) {
            visit(pc, pr);
            continue;
        }
        for (int c = pc - ring; c <= pc + ring; ++c) {
            visit(c, pr - ring);
            visit(c, pr + ring);
        }
        for (int r = pr - ring + 1; r <= pr + ring - 1; ++r) {
            visit(pc - ring, r);
            visit(pc + ring, r);
        }
    }
    return best;
}

} // namespace qh
