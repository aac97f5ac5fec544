#include "population/raster.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>

#include <gdal_priv.h>

#include "io/gdal.h"
#include "scenario/limits.h"

namespace qh {

namespace {

int bandFor(const DemandGroup &g, std::size_t groups, int bandCount, const std::string &path)
{
    std::string digits;
    for (char c : g.field)
        if (std::isdigit(static_cast<unsigned char>(c)))
            digits += c;
    int band = digits.empty() ? (groups == 1 ? 1 : 0) : std::stoi(digits.substr(0, 6));
    if (band < 1 || band > bandCount)
        throw DataError(path + ": population group '" + g.key + "' needs a band number 1-"
                        + std::to_string(bandCount) + " as its field (it names '" + g.field + "')");
    return band;
}

/// One band to read: its file (kept open) and no-data value.
struct Source
{
    DatasetPtr ds;
    GDALRasterBand *band = nullptr;
    std::optional<double> nodata;
    std::string path;
};

Source openBand(const std::string &path, int band)
{
    Source s;
    s.path = path;
    s.ds = openDataset(path, false);
    if (s.ds->GetRasterCount() < band)
        throw DataError(path + ": has no raster band " + std::to_string(band));
    s.band = s.ds->GetRasterBand(band);
    int has = 0;
    const double v = s.band->GetNoDataValue(&has);
    if (has)
        s.nodata = v;
    return s;
}

bool sameGrid(GDALDataset &a, GDALDataset &b)
{
    double ga[6], gb[6];
    if (a.GetRasterXSize() != b.GetRasterXSize() || a.GetRasterYSize() != b.GetRasterYSize()
        || a.GetGeoTransform(ga) != CE_None || b.GetGeoTransform(gb) != CE_None)
        return false;
    for (int i = 0; i < 6; ++i)
        if (std::abs(ga[i] - gb[i]) > 1e-9 * std::max(1.0, std::abs(ga[i])))
            return false;
    return true;
}

/// The pixel columns and rows [c0, c1) × [r0, r1) covering `window` (target CRS),
/// with a pixel of margin; the whole raster when the window is empty or the raster
/// is rotated.
struct PixelWindow
{
    int c0 = 0, r0 = 0, c1 = 0, r1 = 0;
};

PixelWindow pixelWindow(const double gt[6], int w, int h, const Crs &src, const Crs &target, const Rect &window)
{
    PixelWindow all{0, 0, w, h};
    if (window.isEmpty() || gt[2] != 0.0 || gt[4] != 0.0 || gt[1] == 0.0 || gt[5] == 0.0)
        return all;
    const CrsTransform toRaster(target, src);
    Rect r;
    // The outline, sampled: a rectangle in one CRS is curved in another.
    constexpr int kSteps = 16;
    for (int i = 0; i <= kSteps; ++i) {
        const double t = double(i) / kSteps;
        const double xs[] = {window.minX + t * window.width(), window.minX, window.maxX, window.minX + t * window.width()};
        const double ys[] = {window.minY, window.minY + t * window.height(), window.minY + t * window.height(), window.maxY};
        for (int k = 0; k < 4; ++k) {
            double x = xs[k], y = ys[k];
            if (toRaster.apply(x, y))
                r.extend(Point{x, y});
        }
    }
    if (r.isEmpty())
        return all;
    const double ca = (r.minX - gt[0]) / gt[1], cb = (r.maxX - gt[0]) / gt[1];
    const double ra = (r.minY - gt[3]) / gt[5], rb = (r.maxY - gt[3]) / gt[5];
    auto clampTo = [](double v, int hi) { return int(std::clamp(v, 0.0, double(hi))); };
    PixelWindow p;
    p.c0 = clampTo(std::floor(std::min(ca, cb)) - 1, w);
    p.c1 = clampTo(std::ceil(std::max(ca, cb)) + 1, w);
    p.r0 = clampTo(std::floor(std::min(ra, rb)) - 1, h);
    p.r1 = clampTo(std::ceil(std::max(ra, rb)) + 1, h);
    return p;
}

} // namespace

std::vector<PopulationCell> readPopulationRasters(const PopulationLayerSpec &spec, const Crs &target,
                                                  const Rect &window, Warnings &warnings)
{
    const std::string &path = spec.ref.path;
    DatasetPtr grid = openDataset(path, false);
    const Crs src = Crs::fromOgr(grid->GetSpatialRef());
    if (!src.isValid())
        throw DataError(path + ": the population raster has no coordinate reference system; assign one "
                               "(e.g. gdal_edit.py -a_srs EPSG:…) and try again");
    double gt[6];
    if (grid->GetGeoTransform(gt) != CE_None)
        throw DataError(path + ": the population raster has no georeferencing (geotransform)");
    const CrsTransform tr(src, target);
    const int w = grid->GetRasterXSize(), h = grid->GetRasterYSize();

    // Per group, the bands that add up to it.
    std::vector<std::vector<Source>> groups;
    for (const DemandGroup &g : spec.groups) {
        std::vector<Source> bands;
        if (g.files.empty()) {
            bands.push_back(openBand(path, bandFor(g, spec.groups.size(), grid->GetRasterCount(), path)));
        } else {
            for (const std::string &file : g.files) {
                Source s = openBand(file, 1);
                if (!sameGrid(*grid, *s.ds))
                    throw DataError(Message::coded("raster_other_grid", {file, g.key, path}));
                bands.push_back(std::move(s));
            }
        }
        groups.push_back(std::move(bands));
    }
    const PixelWindow win = pixelWindow(gt, w, h, src, target, window);
    const int width = win.c1 - win.c0;
    std::vector<double> row(std::size_t(std::max(width, 0)));
    std::vector<std::vector<double>> sums(groups.size(), std::vector<double>(row.size()));
    auto corner = [&](double col, double r, bool &ok) {
        double x = gt[0] + col * gt[1] + r * gt[2], y = gt[3] + col * gt[4] + r * gt[5];
        ok = ok && tr.apply(x, y);
        return Point{x, y};
    };
    std::vector<PopulationCell> cells;
    std::size_t negative = 0, outside = 0, implausible = 0;
    for (int r = win.r0; r < win.r1 && width > 0; ++r) {
        for (std::size_t g = 0; g < groups.size(); ++g) {
            std::fill(sums[g].begin(), sums[g].end(), 0.0);
            for (Source &s : groups[g]) {
                if (s.band->RasterIO(GF_Read, win.c0, r, width, 1, row.data(), width, 1, GDT_Float64, 0, 0) != CE_None)
                    throw FileError(s.path + ": cannot read raster row " + std::to_string(r) + " (" + CPLGetLastErrorMsg() + ")");
                for (int c = 0; c < width; ++c) {
                    double v = row[std::size_t(c)];
                    if ((s.nodata && v == *s.nodata) || !std::isfinite(v))
                        v = 0.0;
                    if (v < 0) {
                        ++negative;
                        v = 0.0;
                    }
                    if (v > limits::peoplePerFeature.max) {
                        ++implausible;
                        v = 0.0;
                    }
                    sums[g][std::size_t(c)] += v;
                }
            }
        }
        for (int c = 0; c < width; ++c) {
            PopulationCell cell;
            bool any = false;
            for (std::size_t g = 0; g < groups.size(); ++g) {
                cell.pop.push_back(sums[g][std::size_t(c)]);
                any = any || sums[g][std::size_t(c)] > 0;
            }
            if (!any)
                continue;
            const int col = win.c0 + c;
            bool ok = true;
            cell.rep = corner(col + 0.5, r + 0.5, ok);
            Ring ring{corner(col, r, ok), corner(col + 1, r, ok), corner(col + 1, r + 1, ok), corner(col, r + 1, ok)};
            ring.push_back(ring.front());
            if (!ok) {
                ++outside;
                continue;
            }
            cell.shape = {{ring}};
            cells.push_back(std::move(cell));
        }
    }
    if (negative)
        warnings.push_back(Message::coded("raster_negative", {path, std::to_string(negative)}));
    if (implausible)
        warnings.push_back(Message::coded("raster_implausible", {path, std::to_string(implausible), limits::peoplePerFeature.message()}));
    if (outside)
        warnings.push_back(Message::coded("raster_outside", {path, std::to_string(outside)}));
    if (cells.empty())
        throw DataError(window.isEmpty() ? Message(path + ": the population raster has no pixels with people (all zero or nodata)")
                                         : Message::coded("raster_none_in_area", {path}));
    return cells;
}

} // namespace qh
