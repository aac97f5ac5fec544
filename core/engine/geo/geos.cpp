#include "geo/geos.h"

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

} // namespace

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
