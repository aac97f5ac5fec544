#include "io/ogrgeometry.h"

namespace qh {

OGRMultiPolygon toOgr(const MultiPolygon &mp)
{
    OGRMultiPolygon out;
    for (const Polygon &poly : mp) {
        OGRPolygon p;
        for (const Ring &ring : poly) {
            OGRLinearRing r;
            for (const Point &pt : ring)
                r.addPoint(pt.x, pt.y);
            p.addRing(&r);
        }
        out.addGeometry(&p);
    }
    return out;
}

} // namespace qh
