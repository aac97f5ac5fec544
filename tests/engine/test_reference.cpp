// Reference layers (#9): any vector or raster file drawn for context. Vector layers
// come in the project CRS as polygons, lines and points; rasters are warped over the
// study area with their palette, RGB bands or a grey ramp, nodata transparent, and
// checked pixel by pixel at known places; a raster without a CRS is refused unless one
// is given; references are saved in the project and a missing one only warns.
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "geo/crs.h"
#include "io/gdal.h"
#include "io/readers.h"
#include "io/reference.h"
#include "scenario/project.h"

using namespace qh;

namespace {

const std::string kGpkg = QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.gpkg";
const std::string kProject = QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.qhproj";

/// A 20 × 20 raster over lon 9.50–9.60, lat 47.10–47.20: value 1 in the west half,
/// 2 in the east, nodata (0) in the top row; with a palette or as plain numbers.
void writeRaster(const std::string &path, bool palette, bool crs)
{
    ensureGdal();
    GDALDriver *drv = GetGDALDriverManager()->GetDriverByName("GTiff");
    DatasetPtr ds(drv->Create(path.c_str(), 20, 20, 1, GDT_Byte, nullptr));
    double gt[6] = {9.50, 0.005, 0, 47.20, 0, -0.005};
    ds->SetGeoTransform(gt);
    if (crs) {
        OGRSpatialReference srs;
        srs.importFromEPSG(4326);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        ds->SetSpatialRef(&srs);
    }
    std::vector<std::uint8_t> v(400);
    for (int r = 0; r < 20; ++r)
        for (int c = 0; c < 20; ++c)
            v[std::size_t(r * 20 + c)] = r == 0 ? 0 : (c < 10 ? 1 : 2);
    GDALRasterBand *b = ds->GetRasterBand(1);
    QVERIFY(b->RasterIO(GF_Write, 0, 0, 20, 20, v.data(), 20, 20, GDT_Byte, 0, 0) == CE_None);
    b->SetNoDataValue(0);
    if (palette) {
        GDALColorTable table;
        const GDALColorEntry none{0, 0, 0, 0}, red{220, 30, 30, 255}, green{30, 160, 60, 255};
        table.SetColorEntry(0, &none);
        table.SetColorEntry(1, &red);
        table.SetColorEntry(2, &green);
        b->SetColorTable(&table);
    }
}

/// The pixel of a warped raster at a lon/lat.
std::uint32_t pixelAt(const ReferenceData &r, double lon, double lat, const Crs &target)
{
    double x = lon, y = lat;
    CrsTransform(Crs::fromUserInput("EPSG:4326"), target).apply(x, y);
    const int col = int((x - r.extent.minX) / (r.extent.maxX - r.extent.minX) * r.width);
    const int row = int((r.extent.maxY - y) / (r.extent.maxY - r.extent.minY) * r.height);
    if (col < 0 || row < 0 || col >= r.width || row >= r.height)
        return 0;
    return r.argb[std::size_t(row) * std::size_t(r.width) + std::size_t(col)];
}

/// The raster's area in the target CRS, with a margin of `m` metres.
Rect windowOver(const Crs &target, double m)
{
    Rect w;
    const CrsTransform t(Crs::fromUserInput("EPSG:4326"), target);
    for (double lon : {9.50, 9.60})
        for (double lat : {47.10, 47.20}) {
            double x = lon, y = lat;
            t.apply(x, y);
            w.extend(Point{x, y});
        }
    return Rect{w.minX - m, w.minY - m, w.maxX + m, w.maxY + m};
}

} // namespace

class TestReference : public QObject
{
    Q_OBJECT
private slots:
    void vectorLayersOfEveryGeometry()
    {
        const Crs target = Crs::fromUserInput("EPSG:32632");
        Warnings w;
        const ReferenceData units = readReference({{kGpkg, "municipalities"}, "Gemeinden", "#aa3300"}, target, {}, w);
        QCOMPARE(units.polygons.size(), std::size_t(11));
        QVERIFY(units.lines.empty() && units.points.empty() && units.argb.empty());
        Rect b;
        for (const MultiPolygon &mp : units.polygons)
            b.extend(boundsOf(mp));
        // ogrinfo: Extent: (535816.848191, 5210697.456618) - (548243.625336, 5235370.098833)
        QVERIFY(std::abs(b.minX - 535816.848) < 0.01 && std::abs(b.maxY - 5235370.099) < 0.01);
        QCOMPARE(units.name, std::string("Gemeinden"));
        QCOMPARE(units.colour, std::string("#aa3300"));
        const ReferenceData lines = readReference({{kGpkg, "network"}, "", ""}, target, {}, w);
        QVERIFY(lines.lines.size() > 1000 && lines.polygons.empty());
        const ReferenceData points = readReference({{kGpkg, "facilities"}, "", ""}, target, {}, w);
        DatasetPtr ds = openDataset(kGpkg, true);
        QCOMPARE(qint64(points.points.size()), qint64(ds->GetLayerByName("facilities")->GetFeatureCount()));
        QVERIFY(w.empty());
        // The same layers in another CRS land elsewhere: coordinates are transformed.
        const ReferenceData inLonLat = readReference({{kGpkg, "facilities"}, "", ""}, Crs::fromUserInput("EPSG:4326"), {}, w);
        QVERIFY(std::abs(inLonLat.points[0].x - 9.5) < 0.3 && std::abs(inLonLat.points[0].y - 47.1) < 0.3);
    }

    void rasterWithPaletteWarpedOverTheStudyArea()
    {
        QTemporaryDir dir;
        const std::string tif = dir.filePath("landuse.tif").toStdString();
        writeRaster(tif, true, true);
        const Crs target = Crs::fromUserInput("EPSG:32632");
        Warnings w;
        const ReferenceData r = readReference({{tif, ""}, "Land use", ""}, target, windowOver(target, 500), w, 400);
        QVERIFY(r.width == 400 || r.height == 400);
        QCOMPARE(r.argb.size(), std::size_t(r.width) * std::size_t(r.height));
        QCOMPARE(pixelAt(r, 9.52, 47.15, target), 0xFFDC1E1Eu); // red, from the palette
        QCOMPARE(pixelAt(r, 9.58, 47.15, target), 0xFF1EA03Cu); // green
        QCOMPARE(pixelAt(r, 9.55, 47.1975, target) >> 24, 0u);  // nodata: transparent
        // Outside the raster but inside the window: transparent.
        double x = 9.55, y = 47.10;
        CrsTransform(Crs::fromUserInput("EPSG:4326"), target).apply(x, y);
        const int row = int((r.extent.maxY - (y - 300)) / (r.extent.maxY - r.extent.minY) * r.height);
        const int col = int((x - r.extent.minX) / (r.extent.maxX - r.extent.minX) * r.width);
        QCOMPARE(r.argb[std::size_t(row) * std::size_t(r.width) + std::size_t(col)] >> 24, 0u);
        // Only the window is read: a window over the west half holds no green.
        Rect west = windowOver(target, 0);
        west.maxX = (west.minX + west.maxX) / 2 - 500;
        const ReferenceData half = readReference({{tif, ""}, "", ""}, target, west, w, 200);
        for (std::uint32_t px : half.argb)
            QVERIFY(px != 0xFF1EA03Cu);
        QVERIFY(half.extent.maxX <= west.maxX + 1e-6);
    }

    void rasterOfNumbersAsGreyRamp()
    {
        QTemporaryDir dir;
        const std::string tif = dir.filePath("heights.tif").toStdString();
        writeRaster(tif, false, true);
        const Crs target = Crs::fromUserInput("EPSG:32632");
        Warnings w;
        const ReferenceData r = readReference({{tif, ""}, "", ""}, target, windowOver(target, 0), w, 300);
        const std::uint32_t low = pixelAt(r, 9.52, 47.15, target), high = pixelAt(r, 9.58, 47.15, target);
        QCOMPARE(low >> 24, 0xFFu);
        QCOMPARE(high >> 24, 0xFFu);
        QVERIFY((high & 0xFF) < (low & 0xFF)); // the higher value is darker
        QCOMPARE(pixelAt(r, 9.55, 47.1975, target) >> 24, 0u);
    }

    void rasterWithoutCrsNeedsOne()
    {
        QTemporaryDir dir;
        const std::string tif = dir.filePath("scan.tif").toStdString();
        writeRaster(tif, true, false);
        const Crs target = Crs::fromUserInput("EPSG:32632");
        Warnings w;
        try {
            readReference({{tif, ""}, "", ""}, target, windowOver(target, 0), w);
            QFAIL("a raster without a CRS was drawn somewhere");
        } catch (const DataError &e) {
            QCOMPARE(e.message().code, std::string("reference_raster_no_crs"));
            QVERIFY(QString::fromStdString(e.message().text()).contains("scan.tif"));
        }
        ReferenceLayerSpec given{{tif, ""}, "", ""};
        given.ref.crs = "EPSG:4326";
        const ReferenceData r = readReference(given, target, windowOver(target, 0), w, 200);
        QCOMPARE(pixelAt(r, 9.52, 47.15, target), 0xFFDC1E1Eu);
    }

    void savedInTheProjectAndAMissingOneOnlyWarns()
    {
        QTemporaryDir dir;
        Project p = loadProject(kProject);
        QVERIFY(p.references.empty());
        p.references.push_back({{kGpkg, "municipalities"}, "Gemeinden", "#336699", false});
        p.references.push_back({{dir.filePath("gone.tif").toStdString(), ""}, "", ""});
        const std::string saved = dir.filePath("with_refs.qhproj").toStdString();
        saveProject(p, saved);
        const Project back = loadProject(saved);
        QCOMPARE(back.references.size(), std::size_t(2));
        QCOMPARE(back.references[0].ref.path, kGpkg);
        QCOMPARE(back.references[0].ref.layer, std::string("municipalities"));
        QCOMPARE(back.references[0].name, std::string("Gemeinden"));
        QCOMPARE(back.references[0].colour, std::string("#336699"));
        QVERIFY(!back.references[0].visible); // hidden by the planner, on the maps too
        QVERIFY(back.references[1].visible);
        const RegionData r = loadRegion(back);
        QCOMPARE(r.references.size(), std::size_t(1));
        QCOMPARE(r.references[0].polygons.size(), std::size_t(11));
        QVERIFY(!r.references[0].visible);
        bool warned = false;
        for (const Message &m : r.warnings)
            warned = warned || (m.code == "reference_left_out" && QString::fromStdString(m.text()).contains("gone"));
        QVERIFY(warned);
        QVERIFY(!r.units.empty() && !r.cells.empty()); // the analysis's layers are all there
    }
};

QTEST_GUILESS_MAIN(TestReference)
#include "test_reference.moc"
