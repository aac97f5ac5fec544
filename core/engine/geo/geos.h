#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "geo/types.h"

namespace qh {

/// Finds which of a set of polygons contains a point, with GEOS prepared
/// geometries (reentrant C API; one GEOS context per object, so objects may live
/// in different threads).
class PolygonLocator
{
public:
    explicit PolygonLocator(const std::vector<MultiPolygon> &polygons);
    ~PolygonLocator();
    PolygonLocator(const PolygonLocator &) = delete;
    PolygonLocator &operator=(const PolygonLocator &) = delete;

    /// Index of the first polygon that contains p (boundary included), if any.
    std::optional<std::size_t> locate(const Point &p) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// The area within `width` metres of any of the segments (GEOS buffer of the
/// segments as one MultiLineString, which unions the pieces).
MultiPolygon bufferSegments(const std::vector<Segment> &segments, double width);

/// The union of polygons (GEOS unary union).
MultiPolygon unionPolygons(const std::vector<MultiPolygon> &polygons);

/// Area in square metres (holes subtracted).
double areaOf(const MultiPolygon &mp);

/// The piece of a polygon in one cell of a square grid (cells aligned on multiples
/// of the cell size, so grids of neighbouring polygons line up).
struct GridPiece
{
    long long col = 0;
    long long row = 0;
    MultiPolygon shape; ///< the cell, or the part of it inside the polygon
    double area = 0.0;
    Point rep;          ///< a point inside the piece
};
/// The polygon cut into grid cells of `size` metres (at most `maxCells` cells; more
/// throws std::length_error, so a wrong unit cannot take all memory).
std::vector<GridPiece> cutByGrid(const MultiPolygon &polygon, double size, std::size_t maxCells);

/// Why a polygon is not valid (GEOS: "Self-intersection[x y]" …), or nullopt when it is.
std::optional<std::string> invalidReason(const MultiPolygon &mp);

/// A valid polygon covering what an invalid one meant (GEOS MakeValid; lines and
/// points it produces are dropped).
MultiPolygon makeValid(const MultiPolygon &mp);

/// The part of `a` inside `b` (GEOS intersection); empty when they do not meet.
MultiPolygon intersectionOf(const MultiPolygon &a, const MultiPolygon &b);

} // namespace qh
