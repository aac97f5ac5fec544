#include "reference.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

#include <gdal_utils.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "io/gdal.h"
#include "io/openlayer.h"
#include "io/readers.h"

namespace qh {

namespace {

using ioimpl::OpenLayer;

void readVector(const ReferenceLayerSpec &spec, const Crs &target, ReferenceData &out, Warnings &warnings)
{
    OpenLayer ol(spec.ref, target, "reference", &warnings);
    std::size_t skipped = 0;
    const auto point = [&](double x, double y, Point &p) {
        if (!ol.toPoint(x, y))
            return false;
        p = {x, y};
        return true;
    };
    const auto line = [&](const OGRLineString &ls) {
        Polyline pl;
        pl.reserve(std::size_t(ls.getNumPoints()));
        for (int i = 0; i < ls.getNumPoints(); ++i) {
            Point p;
            if (!point(ls.getX(i), ls.getY(i), p))
                return false;
            pl.push_back(p);
        }
        if (pl.size() >= 2)
            out.lines.push_back(std::move(pl));
        return true;
    };
    ol.layer->ResetReading();
    CPLErrorReset();
    for (auto &f : *ol.layer) {
        const OGRGeometry *g = ol.geometryOf(*f);
        if (!g || g->IsEmpty()) {
            ++skipped;
            continue;
        }
        bool ok = true;
        switch (wkbFlatten(g->getGeometryType())) {
        case wkbPolygon:
        case wkbMultiPolygon:
        case wkbCurvePolygon:
        case wkbMultiSurface:
            if (auto mp = ol.toMultiPolygon(g))
                out.polygons.push_back(std::move(*mp));
            else
                ok = false;
            break;
        case wkbLineString:
        case wkbMultiLineString:
        case wkbCircularString:
        case wkbCompoundCurve:
        case wkbMultiCurve: {
            std::unique_ptr<OGRGeometry> ml(OGRGeometryFactory::forceToMultiLineString(g->clone()));
            if (ml && wkbFlatten(ml->getGeometryType()) == wkbMultiLineString)
                for (const OGRLineString *ls : *ml->toMultiLineString())
                    ok = line(*ls) && ok;
            else
                ok = false;
            break;
        }
        case wkbPoint: {
            Point p;
            ok = point(g->toPoint()->getX(), g->toPoint()->getY(), p);
            if (ok)
                out.points.push_back(p);
            break;
        }
        case wkbMultiPoint:
            for (const OGRPoint *pt : *g->toMultiPoint()) {
                Point p;
                if (point(pt->getX(), pt->getY(), p))
                    out.points.push_back(p);
                else
                    ok = false;
            }
            break;
        default:
            ok = false;
        }
        skipped += !ok;
    }
    if (CPLGetLastErrorType() == CE_Failure)
        throw DataError(Message::coded("layer_damaged", {ol.where, CPLGetLastErrorMsg()}));
    if (skipped)
        warnings.push_back(Message::coded("reference_skipped", {ol.where, std::to_string(skipped)}));
    for (const MultiPolygon &mp : out.polygons)
        out.extent.extend(boundsOf(mp));
    for (const Polyline &l : out.lines)
        for (const Point &p : l)
            out.extent.extend(p);
    for (const Point &p : out.points)
        out.extent.extend(p);
}

void readRaster(const ReferenceLayerSpec &spec, const Crs &target, const Rect &window, int maxPixels,
                ReferenceData &out)
{
    const std::string &path = spec.ref.path;
    DatasetPtr src = openDataset(path, false);
    if (src->GetRasterCount() < 1)
        throw DataError(Message::coded("reference_not_drawable", {path, "no raster band"}));
    const bool hasCrs = src->GetSpatialRef() != nullptr || src->GetGCPCount() > 0;
    if (!hasCrs && spec.ref.crs.empty())
        throw DataError(Message::coded("reference_raster_no_crs", {path}));
    char *wkt = nullptr;
    target.ogr()->exportToWkt(&wkt);
    CPLStringList args;
    for (const char *a : {"-of", "MEM", "-t_srs", wkt ? wkt : "", "-r", "near", "-dstalpha"})
        args.AddString(a);
    CPLFree(wkt);
    if (!spec.ref.crs.empty()) {
        args.AddString("-s_srs");
        args.AddString(Crs::fromUserInput(spec.ref.crs).toUserInput().c_str());
    }
    int w = maxPixels, h = 0;
    if (!window.isEmpty()) {
        const double ww = window.maxX - window.minX, wh = window.maxY - window.minY;
        w = ww >= wh ? maxPixels : std::max(1, int(std::lround(maxPixels * ww / wh)));
        h = ww >= wh ? std::max(1, int(std::lround(maxPixels * wh / ww))) : maxPixels;
        args.AddString("-te");
        for (double v : {window.minX, window.minY, window.maxX, window.maxY})
            args.AddString(CPLSPrintf("%.17g", v));
    }
    args.AddString("-ts");
    args.AddString(std::to_string(w).c_str());
    args.AddString(std::to_string(h).c_str());
    GDALWarpAppOptions *opts = GDALWarpAppOptionsNew(args.List(), nullptr);
    GDALDatasetH in = GDALDataset::ToHandle(src.get());
    int usageError = 0;
    CPLErrorReset();
    DatasetPtr warped(GDALDataset::FromHandle(GDALWarp("", nullptr, 1, &in, opts, &usageError)));
    GDALWarpAppOptionsFree(opts);
    if (!warped)
        throw DataError(Message::coded("reference_not_drawable", {path, CPLGetLastErrorMsg()}));
    const int W = warped->GetRasterXSize(), H = warped->GetRasterYSize();
    const int bands = warped->GetRasterCount() - 1; // the last is the alpha -dstalpha added
    double gt[6];
    warped->GetGeoTransform(gt);
    out.width = W;
    out.height = H;
    out.extent = Rect{gt[0], gt[3] + gt[5] * H, gt[0] + gt[1] * W, gt[3]};
    const std::size_t n = std::size_t(W) * std::size_t(H);
    std::vector<std::uint8_t> alpha(n);
    const auto read = [&](int band, GDALDataType type, void *data) {
        if (warped->GetRasterBand(band)->RasterIO(GF_Read, 0, 0, W, H, data, W, H, type, 0, 0) != CE_None)
            throw DataError(Message::coded("reference_not_drawable", {path, CPLGetLastErrorMsg()}));
    };
    read(bands + 1, GDT_Byte, alpha.data());
    out.argb.assign(n, 0);
    const auto pack = [](int a, int r, int g, int b) {
        return std::uint32_t(a) << 24 | std::uint32_t(r) << 16 | std::uint32_t(g) << 8 | std::uint32_t(b);
    };
    GDALRasterBand *first = warped->GetRasterBand(1);
    if (const GDALColorTable *table = first->GetColorTable(); table && bands == 1) {
        std::vector<int> v(n);
        read(1, GDT_Int32, v.data());
        for (std::size_t i = 0; i < n; ++i) {
            const GDALColorEntry *e = v[i] >= 0 ? table->GetColorEntry(v[i]) : nullptr;
            if (alpha[i] && e)
                out.argb[i] = pack(std::min<int>(alpha[i], e->c4), e->c1, e->c2, e->c3);
        }
    } else if (bands >= 3) {
        std::vector<std::uint8_t> r(n), g(n), b(n);
        read(1, GDT_Byte, r.data());
        read(2, GDT_Byte, g.data());
        read(3, GDT_Byte, b.data());
        for (std::size_t i = 0; i < n; ++i)
            if (alpha[i])
                out.argb[i] = pack(alpha[i], r[i], g[i], b[i]);
    } else {
        // One band of numbers (heights, densities, class codes): a grey ramp from
        // the lowest to the highest value shown, nodata left out by the warp's alpha.
        std::vector<double> v(n);
        read(1, GDT_Float64, v.data());
        int hasNodata = 0;
        const double nodata = src->GetRasterBand(1)->GetNoDataValue(&hasNodata);
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (std::size_t i = 0; i < n; ++i)
            if (alpha[i] && std::isfinite(v[i]) && !(hasNodata && v[i] == nodata)) {
                lo = std::min(lo, v[i]);
                hi = std::max(hi, v[i]);
            }
        for (std::size_t i = 0; i < n; ++i) {
            if (!alpha[i] || !std::isfinite(v[i]) || (hasNodata && v[i] == nodata))
                continue;
            const int grey = hi > lo ? int(std::lround(230.0 - 200.0 * (v[i] - lo) / (hi - lo))) : 128;
            out.argb[i] = pack(alpha[i], grey, grey, grey);
        }
    }
}

} // namespace

std::string referenceName(const ReferenceLayerSpec &spec)
{
    return spec.name.empty() ? sourceStem(spec.ref.path) : spec.name;
}

ReferenceData readReference(const ReferenceLayerSpec &spec, const Crs &target, const Rect &window, Warnings &warnings,
                            int maxPixels)
{
    ReferenceData out;
    out.name = referenceName(spec);
    out.colour = spec.colour;
    out.source = spec.ref;
    out.visible = spec.visible;
    if (!isDatabaseSource(spec.ref.path) && isRasterFile(spec.ref.path))
        readRaster(spec, target, window, maxPixels, out);
    else
        readVector(spec, target, out, warnings);
    return out;
}

} // namespace qh
