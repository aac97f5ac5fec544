#pragma once

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace qh {

/// A position in the project's metric CRS (metres).
struct Point
{
    double x = 0.0;
    double y = 0.0;
    bool operator==(const Point &) const = default;
};

/// Axis-aligned box; empty until extended.
struct Rect
{
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    bool isEmpty() const { return minX > maxX || minY > maxY; }
    double width() const { return isEmpty() ? 0.0 : maxX - minX; }
    double height() const { return isEmpty() ? 0.0 : maxY - minY; }
    void extend(const Point &p)
    {
        minX = std::min(minX, p.x);
        minY = std::min(minY, p.y);
        maxX = std::max(maxX, p.x);
        maxY = std::max(maxY, p.y);
    }
    void extend(const Rect &r)
    {
        if (r.isEmpty())
            return;
        extend(Point{r.minX, r.minY});
        extend(Point{r.maxX, r.maxY});
    }
};

/// A straight piece of line.
struct Segment
{
    Point a;
    Point b;
};

using Polyline = std::vector<Point>;
using Ring = std::vector<Point>;
/// Rings of one polygon: [0] is the exterior, the rest are holes.
using Polygon = std::vector<Ring>;
using MultiPolygon = std::vector<Polygon>;

inline double distance(const Point &a, const Point &b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

inline Rect boundsOf(const MultiPolygon &mp)
{
    Rect r;
    for (const auto &poly : mp)
        for (const auto &ring : poly)
            for (const auto &p : ring)
                r.extend(p);
    return r;
}

/// Whether `p` lies inside the polygon (even-odd rule over all rings: inside the
/// exterior and outside the holes). Points on the boundary may go either way.
inline bool ringsContain(const MultiPolygon &mp, const Point &p)
{
    bool in = false;
    for (const Polygon &poly : mp)
        for (const Ring &r : poly)
            for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++)
                if ((r[i].y > p.y) != (r[j].y > p.y) &&
                    p.x < (r[j].x - r[i].x) * (p.y - r[i].y) / (r[j].y - r[i].y) + r[i].x)
                    in = !in;
    return in;
}

} // namespace qh
