#include "geo/crs.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <cpl_error.h>
#include <ogr_spatialref.h>

#include "error.h"

namespace qh {

Crs::Crs() = default;

Crs Crs::fromUserInput(const std::string &text)
{
    auto srs = std::make_shared<OGRSpatialReference>();
    // PROJ's own complaint ("ERROR 1: PROJ: proj_create_from_database: crs not
    // found") would reach stderr beside ours when GDAL's quiet handler is not set
    // yet: the message below says it for the user.
    CPLPushErrorHandler(CPLQuietErrorHandler);
    const OGRErr err = srs->SetFromUserInput(text.c_str());
    CPLPopErrorHandler();
    if (err != OGRERR_NONE)
        throw DataError("unknown coordinate reference system '" + text
                        + "': use an EPSG code such as EPSG:32632 or a WKT definition");
    srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    Crs crs;
    crs.mSrs = std::move(srs);
    return crs;
}

Crs Crs::fromOgr(const OGRSpatialReference *srs)
{
    Crs crs;
    // A GeoPackage layer written without a CRS has an "Undefined geographic SRS"
    // (or a local "Undefined Cartesian SRS"): no CRS, and said so.
    const bool undefined = srs && (srs->IsLocal() || std::string(srs->GetName() ? srs->GetName() : "").rfind("Undefined", 0) == 0);
    if (srs && !undefined) {
        crs.mSrs.reset(srs->Clone());
        crs.mSrs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }
    return crs;
}

std::string Crs::name() const
{
    if (!mSrs)
        return "(none)";
    const char *n = mSrs->GetName();
    return n ? n : "(unnamed)";
}

std::string Crs::authId() const
{
    if (!mSrs)
        return "(none)";
    const char *auth = mSrs->GetAuthorityName(nullptr);
    const char *code = mSrs->GetAuthorityCode(nullptr);
    if (auth && code)
        return std::string(auth) + ":" + code;
    return name();
}

std::string Crs::toUserInput() const
{
    if (!mSrs)
        return {};
    const char *auth = mSrs->GetAuthorityName(nullptr);
    const char *code = mSrs->GetAuthorityCode(nullptr);
    if (auth && code)
        return std::string(auth) + ":" + code;
    char *wkt = nullptr;
    const char *opts[] = {"FORMAT=WKT2_2019", nullptr};
    mSrs->exportToWkt(&wkt, opts);
    std::string out = wkt ? wkt : "";
    CPLFree(wkt);
    return out;
}

bool Crs::isProjectedMetric() const
{
    return mSrs && mSrs->IsProjected() && std::abs(mSrs->GetLinearUnits() - 1.0) < 1e-9;
}

Rect Crs::validArea() const
{
    const double far = 1e8; // metres (or degrees: nothing is that far either)
    Rect fallback{-far, -far, far, far};
    if (!mSrs)
        return fallback;
    double west = 0, south = 0, east = 0, north = 0;
    const char *areaName = nullptr;
    if (!mSrs->GetAreaOfUse(&west, &south, &east, &north, &areaName) || west < -1000)
        return fallback;
    if (east < west)
        east += 360; // across the antimeridian
    OGRSpatialReference wgs;
    wgs.importFromEPSG(4326);
    wgs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation, void (*)(OGRCoordinateTransformation *)> toThis(
        OGRCreateCoordinateTransformation(&wgs, mSrs.get()), [](OGRCoordinateTransformation *t) {
            OGRCoordinateTransformation::DestroyCT(t);
        });
    if (!toThis)
        return fallback;
    Rect r;
    const int steps = 20;
    for (int i = 0; i <= steps; ++i)
        for (int j = 0; j <= steps; ++j) {
            double x = west + (east - west) * i / steps, y = south + (north - south) * j / steps;
            if (toThis->Transform(1, &x, &y) && std::isfinite(x) && std::isfinite(y))
                r.extend(Point{x, y});
        }
    if (r.isEmpty())
        return fallback;
    const double metric = mSrs->IsProjected() ? 100000.0 / mSrs->GetLinearUnits() : 1.0;
    const double mx = r.width() / 4 + metric, my = r.height() / 4 + metric;
    return Rect{std::max(r.minX - mx, -far), std::max(r.minY - my, -far), std::min(r.maxX + mx, far),
                std::min(r.maxY + my, far)};
}

bool Crs::isSame(const Crs &other) const
{
    if (!mSrs || !other.mSrs)
        return mSrs == other.mSrs;
    return mSrs->IsSame(other.mSrs.get()) != 0;
}

static void destroyTransform(OGRCoordinateTransformation *t)
{
    OGRCoordinateTransformation::DestroyCT(t);
}

CrsTransform::CrsTransform(const Crs &from, const Crs &to)
    : mTransform(nullptr, destroyTransform)
{
    if (!from.isValid() || !to.isValid())
        throw DataError("cannot transform coordinates: a layer has no coordinate reference system");
    if (from.isSame(to))
        return;
    mTransform.reset(OGRCreateCoordinateTransformation(from.ogr(), to.ogr()));
    if (!mTransform)
        throw DataError("PROJ cannot transform from " + from.authId() + " to " + to.authId());
}

CrsTransform::~CrsTransform() = default;
CrsTransform::CrsTransform(CrsTransform &&) noexcept = default;
CrsTransform &CrsTransform::operator=(CrsTransform &&) noexcept = default;

bool CrsTransform::apply(double &x, double &y) const
{
    if (!mTransform)
        return true;
    return mTransform->Transform(1, &x, &y) != 0 && std::isfinite(x) && std::isfinite(y);
}

} // namespace qh
