// Population rasters: WorldPop's ten 60+ age-sex bands of Wuhan added up into one
// group, read only over the study area, checked pixel by pixel against a full read;
// rasters on different grids refused.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>

#include "geo/crs.h"
#include "io/gdal.h"
#include "population/raster.h"

using namespace qh;

namespace {

const QString dir = QStringLiteral(QH_SHARED_DIR "/data/wuhan_worldpop_60plus/");

std::vector<std::string> wuhanBands()
{
    std::vector<std::string> files;
    for (const char *age : {"60", "65", "70", "75", "80"})
        for (const char *sex : {"f", "m"})
            files.push_back((dir + QStringLiteral("pop_%1_%2_wuhan.tif").arg(age, sex)).toStdString());
    return files;
}

void writeTiff(const QString &path, double originX, int size)
{
    ensureGdal();
    GDALDriver *drv = GetGDALDriverManager()->GetDriverByName("GTiff");
    DatasetPtr ds(drv->Create(path.toUtf8(), size, size, 1, GDT_Float32, nullptr));
    double gt[6] = {originX, 100, 0, 5200000, 0, -100};
    ds->SetGeoTransform(gt);
    OGRSpatialReference srs;
    srs.importFromEPSG(32632);
    ds->SetSpatialRef(&srs);
    std::vector<float> ones(std::size_t(size * size), 1.0f);
    QVERIFY(ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, size, size, ones.data(), size, size, GDT_Float32, 0, 0) == CE_None);
}

} // namespace

class TestRasters : public QObject
{
    Q_OBJECT
private slots:
    void wuhanBandsAddUpOverTheStudyAreaOnly()
    {
        if (!QFile::exists(dir + "pop_60_f_wuhan.tif"))
            QSKIP("../shared/data is not beside the checkout");
        // A 4 km x 3 km study area in central Wuhan, in CGCS2000 GK CM 114°E.
        const Crs target = Crs::fromUserInput("EPSG:4547");
        double cx = 114.30, cy = 30.59;
        CrsTransform(Crs::fromUserInput("EPSG:4326"), target).apply(cx, cy);
        const Rect box{cx - 2000, cy - 1500, cx + 2000, cy + 1500};
        PopulationLayerSpec spec;
        spec.ref = {wuhanBands().front(), ""};
        spec.groups = {{"elderly", "Residents 60+", "", "60岁以上老人", wuhanBands()}};
        Warnings w;
        const std::vector<PopulationCell> cells = readPopulationRasters(spec, target, box, w);

        // Truth: every pixel of the ten full rasters whose centre lies in the box.
        double truth = 0;
        std::size_t truthPixels = 0;
        {
            ensureGdal();
            const CrsTransform toTarget(Crs::fromUserInput("EPSG:4326"), target);
            std::vector<std::vector<float>> all;
            int width = 0, height = 0;
            double gt[6];
            for (const std::string &f : wuhanBands()) {
                DatasetPtr ds(GDALDataset::Open(f.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
                width = ds->GetRasterXSize();
                height = ds->GetRasterYSize();
                ds->GetGeoTransform(gt);
                int has = 0;
                const double nodata = ds->GetRasterBand(1)->GetNoDataValue(&has);
                std::vector<float> v(std::size_t(width) * std::size_t(height));
                QVERIFY(ds->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, width, height, v.data(), width, height, GDT_Float32, 0, 0) == CE_None);
                for (float &x : v)
                    if ((has && x == float(nodata)) || !std::isfinite(x) || x < 0)
                        x = 0;
                all.push_back(std::move(v));
            }
            for (int r = 0; r < height; ++r)
                for (int c = 0; c < width; ++c) {
                    double x = gt[0] + (c + 0.5) * gt[1], y = gt[3] + (r + 0.5) * gt[5];
                    if (x < 114.2 || x > 114.4 || y < 30.5 || y > 30.7 || !toTarget.apply(x, y))
                        continue;
                    if (x < box.minX || x > box.maxX || y < box.minY || y > box.maxY)
                        continue;
                    double s = 0;
                    for (const auto &v : all)
                        s += v[std::size_t(r) * std::size_t(width) + std::size_t(c)];
                    if (s > 0) {
                        truth += s;
                        ++truthPixels;
                    }
                }
        }
        double inBox = 0;
        std::size_t inBoxCells = 0;
        for (const PopulationCell &c : cells)
            if (c.rep.x >= box.minX && c.rep.x <= box.maxX && c.rep.y >= box.minY && c.rep.y <= box.maxY) {
                inBox += c.pop[0];
                ++inBoxCells;
            }
        QVERIFY(truth > 1000); // central Wuhan: thousands of residents 60+
        QCOMPARE(inBoxCells, truthPixels);
        QVERIFY2(std::abs(inBox - truth) < 1e-3 * truth, qPrintable(QString("%1 vs %2").arg(inBox).arg(truth)));
        // Read windowed: a few pixels of margin around the box, not the 2.8 million of the city.
        QVERIFY2(cells.size() < truthPixels + 400, qPrintable(QString::number(cells.size())));

        // One band alone is part of the sum.
        PopulationLayerSpec one = spec;
        one.groups[0].files = {wuhanBands().front()};
        double oneSum = 0;
        for (const PopulationCell &c : readPopulationRasters(one, target, box, w))
            oneSum += c.pop[0];
        QVERIFY(oneSum > 0 && oneSum < 0.3 * inBox);
    }

    void rastersOnDifferentGridsAreRefused()
    {
        QTemporaryDir tmp;
        const QString a = tmp.filePath("a.tif"), b = tmp.filePath("b.tif");
        writeTiff(a, 500000, 10);
        writeTiff(b, 500050, 10); // half a pixel off
        PopulationLayerSpec spec;
        spec.ref = {a.toStdString(), ""};
        spec.groups = {{"total", "Residents", "", "", {a.toStdString(), b.toStdString()}}};
        Warnings w;
        try {
            readPopulationRasters(spec, Crs::fromUserInput("EPSG:32632"), {}, w);
            QFAIL("added up rasters on different grids");
        } catch (const DataError &e) {
            QVERIFY2(QString(e.what()).contains("is not on the grid of"), e.what());
        }
        // On one grid they add up: 2 people per pixel, 100 pixels.
        spec.groups[0].files = {a.toStdString(), a.toStdString()};
        double total = 0;
        for (const PopulationCell &c : readPopulationRasters(spec, Crs::fromUserInput("EPSG:32632"), {}, w))
            total += c.pop[0];
        QCOMPARE(total, 200.0);
    }
};

QTEST_GUILESS_MAIN(TestRasters)
#include "test_rasters.moc"
