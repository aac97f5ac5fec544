#include "geo/geos.h"

#include <cmath>
#include <stdexcept>

#include <geos_c.h>

#include "error.h"

namespace qh {

namespace {

GEOSGeometry *makeRing(GEOSContextHandle_t ctx, const Ring &ring)
{
    // GEOS wants closed rings of at least four points.
    Ring r = ring;
    if (r.empty())
        return nullptr;
    if (r.front().x != r.back().x || r.front().y != r.back().y)
        r.push_back(r.front());
    if (r.size() < 4)
        return nullptr;
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx, static_cast<unsigned>(r.size()), 2);
    for (unsigned i = 0; i < r.size(); ++i)
        GEOSCoordSeq_setXY_r(ctx, seq, i, r[i].x, r[i].y);
    return GEOSGeom_createLinearRing_r(ctx, seq);
}

GEOSGeometry *makeMultiPolygon(GEOSContextHandle_t ctx, const MultiPolygon &mp)
{
    std::vector<GEOSGeometry *> polys;
    for (const Polygon &poly : mp) {
        if (poly.empty())
            continue;
        GEOSGeometry *shell = makeRing(ctx, poly[0]);
        if (!shell)
            continue;
        std::vector<GEOSGeometry *> holes;
        for (std::size_t i = 1; i < poly.size(); ++i)
            if (GEOSGeometry *h = makeRing(ctx, poly[i]))
                holes.push_back(h);
        polys.push_back(GEOSGeom_createPolygon_r(ctx, shell, holes.data(),
                                                 static_cast<unsigned>(holes.size())));
    }
    return GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, polys.data(),
                                       static_cast<unsigned>(polys.size()));
}

Ring ringFrom(GEOSContextHandle_t ctx, const GEOSGeometry *ring)
{
    Ring out;
    const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(ctx, ring);
    unsigned n = 0;
    GEOSCoordSeq_getSize_r(ctx, seq, &n);
    out.reserve(n);
    for (unsigned i = 0; i < n; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(ctx, seq, i, &x, &y);
        out.push_back({x, y});
    }
    return out;
}

MultiPolygon multiPolygonFrom(GEOSContextHandle_t ctx, const GEOSGeometry *g)
{
    MultiPolygon out;
    if (!g)
        return out;
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_POLYGON) {
        if (GEOSisEmpty_r(ctx, g))
            return out;
        Polygon poly;
        poly.push_back(ringFrom(ctx, GEOSGetExteriorRing_r(ctx, g)));
        for (int i = 0; i < GEOSGetNumInteriorRings_r(ctx, g); ++i)
            poly.push_back(ringFrom(ctx, GEOSGetInteriorRingN_r(ctx, g, i)));
        out.push_back(std::move(poly));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx, g); ++i)
            for (Polygon &p : multiPolygonFrom(ctx, GEOSGetGeometryN_r(ctx, g, i)))
                out.push_back(std::move(p));
    }
    return out;
}

/// A GEOS context for the length of one call.
struct Context
{
    GEOSContextHandle_t ctx = GEOS_init_r();
    ~Context() { GEOS_finish_r(ctx); }
};

} // namespace

MultiPolygon bufferSegments(const std::vector<Segment> &segments, double width)
{
    if (segments.empty())
        return {};
    Context c;
    std::vector<GEOSGeometry *> lines;
    lines.reserve(segments.size());
    for (const Segment &s : segments) {
        GEOSCoordSequence *seq = GEOSCoordSeq_create_r(c.ctx, 2, 2);
        GEOSCoordSeq_setXY_r(c.ctx, seq, 0, s.a.x, s.a.y);
        GEOSCoordSeq_setXY_r(c.ctx, seq, 1, s.b.x, s.b.y);
        lines.push_back(GEOSGeom_createLineString_r(c.ctx, seq));
    }
    GEOSGeometry *multi = GEOSGeom_createCollection_r(c.ctx, GEOS_MULTILINESTRING, lines.data(),
                                                      static_cast<unsigned>(lines.size()));
    // Buffering thousands of two-point lines one by one and unioning them is slow;
    // merged into maximal polylines first, the same area is found many times faster.
    GEOSGeometry *merged = GEOSLineMerge_r(c.ctx, multi);
    // Vertices closer than a tenth of the width to the simplified line change the
    // outline by less than that; display needs no more.
    GEOSGeometry *simple = GEOSSimplify_r(c.ctx, merged ? merged : multi, width / 10.0);
    GEOSGeometry *buffered = GEOSBuffer_r(c.ctx, simple ? simple : (merged ? merged : multi), width, 3);
    if (simple)
        GEOSGeom_destroy_r(c.ctx, simple);
    MultiPolygon out = multiPolygonFrom(c.ctx, buffered);
    GEOSGeom_destroy_r(c.ctx, buffered);
    if (merged)
        GEOSGeom_destroy_r(c.ctx, merged);
    GEOSGeom_destroy_r(c.ctx, multi);
    return out;
}

MultiPolygon unionPolygons(const std::vector<MultiPolygon> &polygons)
{
    Context c;
    std::vector<GEOSGeometry *> parts;
    for (const MultiPolygon &mp : polygons)
        if (!mp.empty())
            parts.push_back(makeMultiPolygon(c.ctx, mp));
    if (parts.empty())
        return {};
    GEOSGeometry *all = GEOSGeom_createCollection_r(c.ctx, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                    static_cast<unsigned>(parts.size()));
    GEOSGeometry *u = GEOSUnaryUnion_r(c.ctx, all);
    MultiPolygon out = multiPolygonFrom(c.ctx, u);
    GEOSGeom_destroy_r(c.ctx, u);
    GEOSGeom_destroy_r(c.ctx, all);
    return out;
}

double areaOf(const MultiPolygon &mp)
{
    auto ringArea = [](const Ring &r) {
        double a = 0;
        for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++)
            a += (r[j].x + r[i].x) * (r[j].y - r[i].y);
        return std::abs(a) / 2;
    };
    double total = 0;
    for (const Polygon &p : mp)
        for (std::size_t r = 0; r < p.size(); ++r)
            total += (r == 0 ? 1 : -1) * ringArea(p[r]);
    return total;
}

std::optional<std::string> invalidReason(const MultiPolygon &mp)
{
    Context c;
    GEOSGeometry *g = makeMultiPolygon(c.ctx, mp);
    if (!g)
        return std::string("not a polygon");
    std::optional<std::string> reason;
    if (GEOSisValid_r(c.ctx, g) != 1) {
        char *why = GEOSisValidReason_r(c.ctx, g);
        reason = why ? std::string(why) : std::string("invalid");
        GEOSFree_r(c.ctx, why);
    }
    GEOSGeom_destroy_r(c.ctx, g);
    return reason;
}

MultiPolygon makeValid(const MultiPolygon &mp)
{
    Context c;
    GEOSGeometry *g = makeMultiPolygon(c.ctx, mp);
    MultiPolygon out;
    if (g) {
        GEOSGeometry *v = GEOSMakeValid_r(c.ctx, g);
        if (v) {
            out = multiPolygonFrom(c.ctx, v);
            GEOSGeom_destroy_r(c.ctx, v);
        }
        GEOSGeom_destroy_r(c.ctx, g);
    }
    return out;
}

MultiPolygon intersectionOf(const MultiPolygon &a, const MultiPolygon &b)
{
    Context c;
    GEOSGeometry *ga = makeMultiPolygon(c.ctx, a), *gb = makeMultiPolygon(c.ctx, b);
    MultiPolygon out;
    if (ga && gb) {
        GEOSGeometry *i = GEOSIntersection_r(c.ctx, ga, gb);
        if (i) {
            out = multiPolygonFrom(c.ctx, i);
            GEOSGeom_destroy_r(c.ctx, i);
        }
    }
    for (GEOSGeometry *g : {ga, gb})
        if (g)
            GEOSGeom_destroy_r(c.ctx, g);
    return out;
}

std::vector<GridPiece> cutByGrid(const MultiPolygon &polygon, double size, std::size_t maxCells)
{
    std::vector<GridPiece> pieces;
    const Rect b = boundsOf(polygon);
    if (b.isEmpty() || !(size > 0))
        return pieces;
    const long long c0 = (long long)std::floor(b.minX / size), c1 = (long long)std::floor(b.maxX / size);
    const long long r0 = (long long)std::floor(b.minY / size), r1 = (long long)std::floor(b.maxY / size);
    if (double(c1 - c0 + 1) * double(r1 - r0 + 1) > double(maxCells))
        throw std::length_error("grid too large");
    Context c;
    GEOSGeometry *g = makeMultiPolygon(c.ctx, polygon);
    if (!g)
        return pieces;
    const GEOSPreparedGeometry *prep = GEOSPrepare_r(c.ctx, g);
    for (long long row = r0; row <= r1; ++row)
        for (long long col = c0; col <= c1; ++col) {
            const double x0 = double(col) * size, y0 = double(row) * size;
            const MultiPolygon square{{{{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}, {x0, y0}}}};
            GEOSGeometry *cell = makeMultiPolygon(c.ctx, square);
            GridPiece p{col, row, {}, 0.0, {}};
            if (GEOSPreparedContains_r(c.ctx, prep, cell) == 1) {
                p.shape = square;
            } else if (GEOSPreparedIntersects_r(c.ctx, prep, cell) == 1) {
                GEOSGeometry *i = GEOSIntersection_r(c.ctx, g, cell);
                if (i) {
                    p.shape = multiPolygonFrom(c.ctx, i);
                    GEOSGeom_destroy_r(c.ctx, i);
                }
            }
            if (!p.shape.empty()) {
                p.area = areaOf(p.shape);
                GEOSGeometry *piece = makeMultiPolygon(c.ctx, p.shape);
                GEOSGeometry *pt = piece ? GEOSPointOnSurface_r(c.ctx, piece) : nullptr;
                double x = x0 + size / 2, y = y0 + size / 2;
                if (pt) {
                    GEOSGeomGetX_r(c.ctx, pt, &x);
                    GEOSGeomGetY_r(c.ctx, pt, &y);
                    GEOSGeom_destroy_r(c.ctx, pt);
                }
                if (piece)
                    GEOSGeom_destroy_r(c.ctx, piece);
                p.rep = {x, y};
                if (p.area > 0)
                    pieces.push_back(std::move(p));
            }
            GEOSGeom_destroy_r(c.ctx, cell);
        }
    GEOSPreparedGeom_destroy_r(c.ctx, prep);
    GEOSGeom_destroy_r(c.ctx, g);
    return pieces;
}

struct PolygonLocator::Impl
{
    GEOSContextHandle_t ctx = nullptr;
    std::vector<GEOSGeometry *> geoms;
    std::vector<const GEOSPreparedGeometry *> prepared;
    std::vector<Rect> bounds;
};

PolygonLocator::PolygonLocator(const std::vector<MultiPolygon> &polygons)
    : d(std::make_unique<Impl>())
{
    d->ctx = GEOS_init_r();
    for (const MultiPolygon &mp : polygons) {
        GEOSGeometry *g = makeMultiPolygon(d->ctx, mp);
        d->geoms.push_back(g);
        d->prepared.push_back(g ? GEOSPrepare_r(d->ctx, g) : nullptr);
        d->bounds.push_back(boundsOf(mp));
    }
}

PolygonLocator::~PolygonLocator()
{
    for (auto *p : d->prepared)
        if (p)
            GEOSPreparedGeom_destroy_r(d->ctx, p);
    for (auto *g : d->geoms)
        if (g)
            GEOSGeom_destroy_r(d->ctx, g);
    GEOS_finish_r(d->ctx);
}

std::optional<std::size_t> PolygonLocator::locate(const Point &p) const
{
    GEOSGeometry *pt = nullptr;
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < d->prepared.size() && !found; ++i) {
        const Rect &b = d->bounds[i];
        if (!d->prepared[i] || p.x < b.minX || p.x > b.maxX || p.y < b.minY || p.y > b.maxY)
            continue;
        if (!pt)
            pt = GEOSGeom_createPointFromXY_r(d->ctx, p.x, p.y);
        if (GEOSPreparedIntersects_r(d->ctx, d->prepared[i], pt) == 1)
            found = i;
    }
    if (pt)
        GEOSGeom_destroy_r(d->ctx, pt);
    return found;
}

} // namespace qh
