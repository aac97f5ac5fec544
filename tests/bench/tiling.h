#pragma once

// The Porto Alegre city region repeated on an N x N grid of tiles, each shifted by
// the city's extent and a kilometre so that no two touch: the province of the
// growth benchmark (bench_growth) and of the province-from-files run
// (make_province, tests/bench/province.sh).
#include <string>
#include <utility>

#include "scenario/model.h"

namespace qh::bench {

/// `city` tiled side x side times; ids and unit names carry the tile ("@2_3").
inline RegionData tiled(const RegionData &city, int side)
{
    Rect e = city.extent;
    for (const Polyline &l : city.network)
        for (const Point &p : l)
            e.extend(p);
    const double dx = e.width() + 1000, dy = e.height() + 1000;
    RegionData out;
    auto shift = [](Point p, double x, double y) { return Point{p.x + x, p.y + y}; };
    auto shiftShape = [&](MultiPolygon &shape, double x, double y) {
        for (Polygon &poly : shape)
            for (Ring &r : poly)
                for (Point &p : r)
                    p = shift(p, x, y);
    };
    for (int tx = 0; tx < side; ++tx)
        for (int ty = 0; ty < side; ++ty) {
            const double ox = tx * dx, oy = ty * dy;
            const std::string tag = "@" + std::to_string(tx) + "_" + std::to_string(ty);
            for (Polyline l : city.network) {
                for (Point &p : l)
                    p = shift(p, ox, oy);
                out.network.push_back(std::move(l));
            }
            for (Facility f : city.facilities) {
                f.id += tag;
                f.pos = shift(f.pos, ox, oy);
                out.facilities.push_back(std::move(f));
            }
            for (PopulationCell c : city.cells) {
                c.rep = shift(c.rep, ox, oy);
                shiftShape(c.shape, ox, oy);
                out.cells.push_back(std::move(c));
            }
            for (Unit u : city.units) {
                u.id += tag;
                u.name += tag;
                shiftShape(u.shape, ox, oy);
                out.units.push_back(std::move(u));
            }
        }
    for (const Unit &u : out.units)
        out.extent.extend(boundsOf(u.shape));
    return out;
}

} // namespace qh::bench
