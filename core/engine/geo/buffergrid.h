#pragma once

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include "geo/types.h"

namespace qh {

/// The area within `width` metres of a set of segments (the streets a facility
/// reaches, widened), found on a grid instead of with GEOS buffers.
///
/// Each grid point holds its distance to the nearest segment added so far (exact,
/// not rasterised: the distance from the point to the segment); the outline is the
/// contour at `width`, traced by marching squares with linear interpolation along
/// the grid edges. With the default cell (a fifth of the width) the outline is
/// within a few per cent of the cell of the true buffer on straight streets and
/// rounds corners slightly inwards, so the area is within about 1 % of an exact
/// buffer. Cost grows with the length of the segments (times the width), not with
/// how they overlap: adding the pieces of many facilities and tracing once gives
/// their union, which is how a facility type's catchment is made.
///
/// Memory is held in blocks of 64 x 64 points, made only where a segment passes;
/// a distance is kept in one byte (steps of (width + 2 cells) / 254, under 0.3 m at
/// the default 50 m), so a whole province's union fits in memory.
class BufferGrid
{
public:
    /// `cell` 0 means width / 5.
    explicit BufferGrid(double width, double cell = 0.0);

    void add(const Point &a, const Point &b);
    template <class Segments> void addAll(const Segments &segments)
    {
        for (const auto &s : segments)
            add(s.a, s.b);
    }
    /// Takes in another grid of the same width and cell (its segments, in effect).
    void merge(const BufferGrid &other);
    /// Drops every segment, keeping the allocated memory for reuse.
    void clear();

    /// The outline: polygons with holes, outer rings counter-clockwise, rings
    /// closed (first point repeated). With `simplify`, points on straight
    /// stretches are dropped (within a tenth of a cell) unless that would make the
    /// outline invalid (GEOS checks: worth it for small outlines, not for a city's
    /// union with thousands of holes). The same whatever order the segments came in.
    MultiPolygon outline(bool simplify = true) const;

    bool empty() const { return mBlocks.empty(); }
    double width() const { return mWidth; }
    double cell() const { return mCell; }
    std::size_t blockCount() const { return mBlocks.size(); }

    static constexpr int kBlock = 64;

private:
    using Block = std::vector<std::uint8_t>; ///< kBlock x kBlock coded distances, row by row
    std::size_t blockAt(std::int64_t bx, std::int64_t by); ///< index in mStore, made if new
    MultiPolygon traced() const; ///< the outline, a point on every grid edge it crosses
    /// A polygon traced, with where its outer ring was first met: (block key, rank
    /// among the crossings of its group), which orders polygons as one trace would.
    struct StartedPolygon
    {
        std::pair<std::uint64_t, std::size_t> start;
        Polygon polygon;
    };
    /// Traces the blocks `keys` (sorted; a group no contour leaves) into `found`.
    void traceGroup(const std::vector<std::uint64_t> &keys, std::vector<StartedPolygon> &found) const;
    const Block *findBlock(std::int64_t bx, std::int64_t by) const;

    double mWidth;
    double mCell;
    double mReach; ///< distances are kept up to width + 2 cells
    double mStep;  ///< metres per code step (mReach / 254); code 255: no segment near
    std::unordered_map<std::uint64_t, std::size_t> mBlocks; ///< block key -> index in mStore
    std::vector<std::pair<std::uint64_t, Block>> mStore;
    std::size_t mUsed = 0; ///< blocks of mStore in use (the rest kept for reuse)
};

} // namespace qh
