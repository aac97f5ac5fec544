#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "geo/types.h"

namespace qh {

/// Undirected walking network in CSR form. Nodes are distinct vertices of the
/// input lines; lines connect only where they share an identical vertex. Every
/// segment between consecutive vertices is one edge (duplicates and zero-length
/// segments are dropped). Immutable once built.
class WalkGraph
{
public:
    /// Builds the graph from polylines in a metric CRS.
    static WalkGraph fromPolylines(const std::vector<Polyline> &lines);

    std::uint32_t nodeCount() const { return static_cast<std::uint32_t>(mNodes.size()); }
    std::uint32_t edgeCount() const { return static_cast<std::uint32_t>(mEdgeU.size()); }
    const Point &node(std::uint32_t n) const { return mNodes[n]; }
    std::uint32_t edgeU(std::uint32_t e) const { return mEdgeU[e]; }
    std::uint32_t edgeV(std::uint32_t e) const { return mEdgeV[e]; }
    double edgeLength(std::uint32_t e) const { return mEdgeLength[e]; }

    /// Arcs leaving n are [firstOut(n), firstOut(n+1)).
    std::uint32_t firstOut(std::uint32_t n) const { return mFirstOut[n]; }
    std::uint32_t arcHead(std::uint32_t a) const { return mArcHead[a]; }
    double arcLength(std::uint32_t a) const { return mArcLength[a]; }
    std::uint32_t arcEdge(std::uint32_t a) const { return mArcEdge[a]; }

    double totalLength() const;
    /// Connected components: the node count of each.
    std::vector<std::uint32_t> componentSizes() const;
    /// The component of every node (indices into componentSizes()).
    std::vector<std::uint32_t> componentLabels() const;
    /// Memory held by the graph's arrays (snap index excluded).
    std::size_t memoryBytes() const;
    Rect extent() const { return mExtent; }

private:
    std::vector<Point> mNodes;
    std::vector<std::uint32_t> mEdgeU, mEdgeV;
    std::vector<double> mEdgeLength;
    std::vector<std::uint32_t> mFirstOut;
    std::vector<std::uint32_t> mArcHead;
    std::vector<double> mArcLength;
    std::vector<std::uint32_t> mArcEdge;
    Rect mExtent;
};

/// Where a point meets the network: on edge `edge` at fraction `t` from edgeU
/// toward edgeV, `offset` metres away from the point.
struct Snap
{
    std::uint32_t edge = 0;
    double t = 0.0;
    double offset = 0.0;
    Point onEdge;
};

/// Nearest-edge lookup on a uniform grid over the network's edges.
class SnapIndex
{
public:
    explicit SnapIndex(const WalkGraph &graph);
    /// The nearest point on the nearest edge within maxDistance, if any.
    std::optional<Snap> snap(const Point &p, double maxDistance) const;

private:
    const WalkGraph &mGraph;
    double mCell = 1.0;
    double mX0 = 0.0, mY0 = 0.0;
    int mCols = 1, mRows = 1;
    std::vector<std::uint32_t> mFirst; // CSR over grid cells
    std::vector<std::uint32_t> mEdges;
};

} // namespace qh
