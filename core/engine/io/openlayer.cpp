#include "io/openlayer.h"

#include <cmath>
#include <cstdio>

#include <ogr_api.h>

#include <QRegularExpression>
#include <QString>

#include "error.h"
#include "geo/crsguess.h"
#include "io/fieldmap.h"
#include "io/integrity.h"

namespace qh::ioimpl {

std::string quotedColumn(const std::string &filter)
{
    // OGR SQL wants "乡" = '望京街道'; planners write 乡 = '望京街道'.
    static const QRegularExpression bare(QStringLiteral("^\\s*([^\\s\"'=<>!()]+)\\s*(=|<>|!=|<=|>=|<|>|\\bIN\\b|\\bLIKE\\b)"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString f = QString::fromStdString(filter);
    const QRegularExpressionMatch m = bare.match(f);
    if (!m.hasMatch())
        return filter;
    return f.replace(m.capturedStart(1), m.capturedLength(1), '"' + m.captured(1) + '"').toStdString();
}

Message roleWords(const char *role)
{
    return Message::coded((std::string("role_") + role).c_str());
}

OpenLayer::OpenLayer(const LayerRef &ref, const Crs &target, const char *role, Warnings *warnings)
    : ds(openDataset(ref.path, true, &encodingNote, OpenOptions{ref.encoding, !ref.xField.empty()}))
    , layer(requireLayer(*ds, ref.path, defaultLayer(*ds, ref.layer)))
    , where(Message::coded("layer", {ref.path, layer->GetName()}))
    , transform(remember(sourceCrs(ref, role)), target)
    , fileArea(fileCrs.validArea())
    , validArea(target.validArea())
    , targetCrs(target)
{
    if (!ref.where.empty() && layer->SetAttributeFilter(ref.where.c_str()) != OGRERR_NONE
        && layer->SetAttributeFilter(quotedColumn(ref.where).c_str()) != OGRERR_NONE)
        throw DataError(Message::coded("layer_bad_filter", {where, ref.where}));
    if (!encodingNote.empty() && warnings)
        warnings->push_back(encodingNote);
    if (assumedLonLat && warnings)
        warnings->push_back(Message::coded("assumed_lonlat", {where}));
    if (warnings && std::string(ds->GetDriver()->GetDescription()) == "CSV")
        if (auto cutShort = csvLastRowShort(ref.path, where))
            warnings->push_back(*cutShort);
    // Not forced: OSM files do not know their counts without a full read.
    if (layer->GetFeatureCount(FALSE) == 0)
        throw DataError(Message::coded(ref.where.empty() ? "layer_empty" : "layer_filter_empty", {where, roleWords(role), ref.where}));
}

std::string OpenLayer::defaultLayer(GDALDataset &ds, const std::string &layer)
{
    if (layer.empty() && std::string(ds.GetDriver()->GetDescription()) == "OSM")
        return "lines";
    return layer;
}

Crs OpenLayer::sourceCrs(const LayerRef &ref, const char *role)
{
    if (!ref.xField.empty() || !ref.yField.empty()) {
        xIdx = field(ref.xField, Message::coded("for_coordinates"));
        yIdx = field(ref.yField, Message::coded("for_coordinates"));
        if (xIdx < 0 || yIdx < 0)
            throw DataError(Message::coded("coordinates_half", {where}));
    }
    if (!ref.crs.empty()) {
        try {
            return Crs::fromUserInput(ref.crs);
        } catch (const DataError &e) {
            throw DataError(Message::coded("layer_bad_crs", {where, ref.crs, e.message()}));
        }
    }
    Crs src = Crs::fromOgr(layer->GetSpatialRef());
    if (src.isValid())
        return src;
    // Tables of points (CSV) carry no CRS; lon/lat columns are taken as WGS 84.
    Rect extent;
    if (xIdx >= 0) {
        layer->ResetReading();
        for (auto &f : *layer)
            if (const OGRGeometry *g = geometryOf(*f))
                extent.extend(Point{g->toPoint()->getX(), g->toPoint()->getY()});
        layer->ResetReading();
    } else if (OGREnvelope env; layer->GetGeomType() != wkbNone && layer->GetExtent(&env, TRUE) == OGRERR_NONE) {
        extent = Rect{env.MinX, env.MinY, env.MaxX, env.MaxY};
    }
    if (!extent.isEmpty() && extent.minX >= -180 && extent.maxX <= 180 && extent.minY >= -90 && extent.maxY <= 90) {
        assumedLonLat = true;
        return Crs::fromUserInput("EPSG:4326");
    }
    throw DataError(Message::coded("layer_no_crs", {where, roleWords(role)}));
}

int OpenLayer::field(const std::string &name, const Message &purpose) const
{
    if (name.empty())
        return -1;
    int i = layer->GetLayerDefn()->GetFieldIndex(name.c_str());
    if (i < 0)
        throw DataError(Message::coded("no_field", {where, name, purpose}));
    return i;
}

Message OpenLayer::featureName(const OGRFeature &f) const
{
    return Message::coded("feature", {where.args[0], where.args[1], std::to_string(f.GetFID())});
}

namespace {

bool within(const Rect &r, double x, double y)
{
    return std::isfinite(x) && std::isfinite(y) && x >= r.minX && x <= r.maxX && y >= r.minY && y <= r.maxY;
}

/// A coordinate as the file has it, short: 758110.5, 5e+10, 1e+308, nan.
std::string formatCoordinate(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

} // namespace

bool OpenLayer::toPoint(double &x, double &y) const
{
    const double x0 = x, y0 = y;
    // First against the file's own CRS (a zone-prefixed easting in a zone-less
    // CRS, metres in a CRS of degrees), then, transformed, against the target's.
    if (!within(fileArea, x, y))
        outside(x0, y0, fileCrs);
    if (!transform.apply(x, y))
        return false;
    checkInArea(x, y, x0, y0);
    return true;
}

void OpenLayer::checkInArea(double x, double y, double x0, double y0) const
{
    if (!within(validArea, x, y))
        outside(x0, y0, targetCrs);
}

void OpenLayer::outside(double x0, double y0, const Crs &crs) const
{
    const Message feature = current ? featureName(*current) : where;
    Message m = Message::coded("outside_crs_area", {feature, formatCoordinate(x0), formatCoordinate(y0),
                                                    crs.authId() + " (" + crs.name() + ")"});
    // What the coordinates suggest instead (a zone number in front of the easting …).
    if (&crs == &fileCrs && std::isfinite(x0) && std::isfinite(y0)) {
        const CrsGuess guess = guessCrs(Rect{x0, y0, x0, y0}, fileCrs);
        if (guess.kind == CrsGuess::Kind::DeclaredSuspect && !guess.why.empty())
            m = Message::coded("outside_crs_area_why", {m, guess.why});
    }
    throw DataError(m);
}

const OGRGeometry *OpenLayer::geometryOf(OGRFeature &f)
{
    current = &f;
    if (xIdx < 0)
        return f.GetGeometryRef();
    const auto x = readNumber(fieldText(f, xIdx)), y = readNumber(fieldText(f, yIdx));
    if (!x || !y || !x->exact || !y->exact)
        return nullptr;
    columnPoint.setX(x->value);
    columnPoint.setY(y->value);
    return &columnPoint;
}

bool OpenLayer::convertRing(const OGRLinearRing *ring, Ring &out) const
{
    out.clear();
    out.reserve(static_cast<std::size_t>(ring->getNumPoints()));
    for (int i = 0; i < ring->getNumPoints(); ++i) {
        double x = ring->getX(i), y = ring->getY(i);
        if (!toPoint(x, y))
            return false;
        out.push_back({x, y});
    }
    return true;
}

std::optional<MultiPolygon> OpenLayer::toMultiPolygon(const OGRGeometry *g) const
{
    if (!g || OGR_GT_Flatten(g->getGeometryType()) == wkbPoint)
        return std::nullopt;
    std::unique_ptr<OGRGeometry> mp(OGRGeometryFactory::forceToMultiPolygon(g->clone()));
    if (!mp || OGR_GT_Flatten(mp->getGeometryType()) != wkbMultiPolygon)
        return std::nullopt;
    MultiPolygon out;
    for (const OGRPolygon *poly : *mp->toMultiPolygon()) {
        Polygon p;
        for (const OGRLinearRing *ring : *poly) {
            Ring r;
            if (!convertRing(ring, r))
                return std::nullopt;
            p.push_back(std::move(r));
        }
        if (!p.empty())
            out.push_back(std::move(p));
    }
    if (out.empty())
        return std::nullopt;
    return out;
}

std::optional<Point> OpenLayer::representativePoint(const OGRGeometry *g) const
{
    if (!g || g->IsEmpty())
        return std::nullopt;
    if (OGR_GT_Flatten(g->getGeometryType()) == wkbPoint) {
        double x = g->toPoint()->getX(), y = g->toPoint()->getY();
        if (!toPoint(x, y))
            return std::nullopt;
        return Point{x, y};
    }
    // The corners of its envelope (the smallest and largest coordinates of its
    // vertices) are checked as points are: a vertex at 1e12 is named as it is.
    OGREnvelope env;
    g->getEnvelope(&env);
    for (auto [x, y] : {std::pair{env.MinX, env.MinY}, std::pair{env.MaxX, env.MaxY}})
        if (!toPoint(x, y))
            return std::nullopt;
    std::unique_ptr<OGRGeometry> local(g->clone());
    if (!transform.isIdentity() && local->transform(transform.ogr()) != OGRERR_NONE)
        return std::nullopt;
    OGRGeometryH h = OGR_G_PointOnSurface(OGRGeometry::ToHandle(local.get()));
    if (!h)
        return std::nullopt;
    std::unique_ptr<OGRGeometry> pt(OGRGeometry::FromHandle(h));
    if (pt->IsEmpty() || OGR_GT_Flatten(pt->getGeometryType()) != wkbPoint)
        return std::nullopt;
    const Point p{pt->toPoint()->getX(), pt->toPoint()->getY()};
    checkInArea(p.x, p.y, p.x, p.y);
    return p;
}

std::string fieldText(const OGRFeature &f, int idx)
{
    if (idx < 0 || !f.IsFieldSetAndNotNull(idx))
        return {};
    return f.GetFieldAsString(idx);
}

} // namespace qh::ioimpl
