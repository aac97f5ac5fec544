// Census tables per unit spread onto a 100 m grid: a hand-checked small case,
// joins by name and by administrative code, and the real Wangjing subdistrict
// (137,739 residents) over the OSM buildings of beijing_wangjing.osm.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "coverage/analysis.h"
#include "geo/geos.h"
#include "io/gdal.h"
#include "io/readers.h"
#include "population/census.h"
#include "scenario/project.h"

using namespace qh;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

/// Rectangles (x0, y0, x1, y1) with text attributes, in EPSG:32632, as a GeoPackage layer.
void writeRects(const QString &path, const char *layerName, const std::vector<std::pair<std::string, std::string>> &fields,
                const std::vector<std::pair<std::array<double, 4>, std::vector<std::string>>> &rows)
{
    ensureGdal();
    GDALDriver *drv = GetGDALDriverManager()->GetDriverByName("GPKG");
    DatasetPtr ds(QFile::exists(path) ? static_cast<GDALDataset *>(GDALOpenEx(path.toUtf8(), GDAL_OF_UPDATE | GDAL_OF_VECTOR, nullptr, nullptr, nullptr))
                                      : drv->Create(path.toUtf8(), 0, 0, 0, GDT_Unknown, nullptr));
    QVERIFY(ds);
    OGRSpatialReference srs;
    srs.importFromEPSG(32632);
    OGRLayer *l = ds->CreateLayer(layerName, &srs, wkbPolygon, nullptr);
    for (const auto &[name, type] : fields) {
        OGRFieldDefn def(name.c_str(), type == "int" ? OFTInteger : OFTString);
        QVERIFY(l->CreateField(&def) == OGRERR_NONE);
    }
    for (const auto &[r, values] : rows) {
        OGRFeature f(l->GetLayerDefn());
        for (std::size_t i = 0; i < values.size(); ++i)
            f.SetField(int(i), values[i].c_str());
        OGRLinearRing ring;
        for (auto [x, y] : {std::pair{r[0], r[1]}, {r[2], r[1]}, {r[2], r[3]}, {r[0], r[3]}, {r[0], r[1]}})
            ring.addPoint(x, y);
        OGRPolygon poly;
        poly.addRing(&ring);
        f.SetGeometry(&poly);
        QVERIFY(l->CreateFeature(&f) == OGRERR_NONE);
    }
}

/// The counts of the cell holding (x, y); empty when no cell does.
std::vector<double> peopleAt(const std::vector<PopulationCell> &cells, double x, double y)
{
    for (const PopulationCell &c : cells) {
        const Rect b = boundsOf(c.shape);
        if (x > b.minX && x < b.maxX && y > b.minY && y < b.maxY)
            return c.pop;
    }
    return {};
}

double sum(const std::vector<PopulationCell> &cells, std::size_t group)
{
    double s = 0;
    for (const PopulationCell &c : cells)
        s += c.pop[group];
    return s;
}

QString all(const Warnings &w)
{
    QStringList out;
    for (const std::string &s : texts(w))
        out << QString::fromStdString(s);
    return out.join('\n');
}

} // namespace

class TestCensus : public QObject
{
    Q_OBJECT
private slots:
    void keys_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("codes");
        QTest::addColumn<bool>("same");
        QTest::newRow("name") << QString::fromUtf8("望京街道") << QString::fromUtf8("望京街道") << false << true;
        QTest::newRow("name with blanks") << QString::fromUtf8(" 望京街道 ") << QString::fromUtf8("望京街道") << false << true;
        QTest::newRow("other name") << QString::fromUtf8("望京开发街道") << QString::fromUtf8("望京街道") << false << false;
        QTest::newRow("empty") << "" << "" << false << false;
        QTest::newRow("12 = 12") << "110105026000" << "110105026000" << true << true;
        QTest::newRow("9 names its 12") << "110105026" << "110105026000" << true << true;
        QTest::newRow("12 names its 9") << "110105026000" << "110105026" << true << true;
        QTest::newRow("9 is not a community's 12") << "110105026" << "110105026001" << true << false;
        QTest::newRow("other street") << "110105027" << "110105026000" << true << false;
        QTest::newRow("not a code") << QString::fromUtf8("望京") << "110105026" << true << false;
    }
    void keys()
    {
        QFETCH(QString, row);
        QFETCH(QString, unit);
        QFETCH(bool, codes);
        QFETCH(bool, same);
        QCOMPARE(sameUnitKey(row.toStdString(), unit.toStdString(), codes), same);
    }

    void spreadOverBuildingsByHand()
    {
        // Two streets, 300 m x 200 m each, on a 100 m grid:
        //
        //  y=200 +-----+-----+-----+-----+-----+-----+
        //        |     | [b2 (2 levels)  |     |     |      b1: 50 x 50 m, 1 level, in cell (0,0)
        //  y=100 +-----+-----+-----+-----+-----+-----+      b2: 100 x 50 m, 2 levels, half in (1,1), half in (2,1)
        //        | b1  |     |     |     |     |     |
        //  y=0   +-----+-----+-----+-----+-----+-----+
        //        x=0   甲街道           x=300  乙街道 (no buildings)  x=600
        //
        // 甲's floor area: b1 2,500 m², b2 2 x 2,500 m² in each of its two cells: 12,500 m².
        // 1,200 residents: 240 in (0,0), 480 in (1,1), 480 in (2,1). 乙: 600 evenly, 100 per cell.
        QTemporaryDir dir;
        const QString gpkg = dir.filePath("streets.gpkg"), table = dir.filePath("人口.csv");
        writeRects(gpkg, "streets", {{"名称", "text"}},
                   {{{0, 0, 300, 200}, {"甲街道"}}, {{300, 0, 600, 200}, {"乙街道"}}});
        writeRects(gpkg, "buildings", {{"building", "text"}, {"层数", "text"}},
                   {{{10, 10, 60, 60}, {"yes", "1"}}, {{150, 110, 250, 160}, {"apartments", "2层"}}});
        write(table, QString::fromUtf8("街道,常住人口,60岁以上\n甲街道,1200,300\n乙街道,600,约60\n丙街道,5,1\n").toUtf8());
        UnitLayerSpec units;
        units.ref = {gpkg.toStdString(), "streets"};
        units.nameField = "名称";
        Warnings w;
        const Crs crs = Crs::fromUserInput("EPSG:32632");
        const std::vector<Unit> u = readUnits(units, crs, w);
        PopulationLayerSpec spec;
        spec.ref = {table.toStdString(), ""};
        spec.groups = {{"total", "Residents", "常住人口"}, {"elderly", "Residents 60+", "60岁以上"}};
        CensusSpec census;
        census.joinField = "街道";
        census.buildings = LayerRef{gpkg.toStdString(), "buildings"};
        census.levelsField = "层数";
        spec.census = census;
        const CensusSpread s = spreadCensus(spec, u, crs, w);
        QCOMPARE(s.join.rows, 3u);
        QCOMPARE(s.join.matched, 2u);
        QCOMPARE(s.join.unmatchedRows, std::vector<std::string>{"丙街道"});
        QCOMPARE(s.unitsByBuildings, 1u);
        QCOMPARE(s.unitsEvenly, 1u);
        QCOMPARE(s.cells.size(), 3u + 6u);
        QCOMPARE(sum(s.cells, 0), 1800.0);
        QCOMPARE(sum(s.cells, 1), 360.0);
        const auto at = [&](double x, double y) { return peopleAt(s.cells, x, y); };
        QCOMPARE(at(50, 50), (std::vector<double>{240, 60}));
        QCOMPARE(at(150, 150), (std::vector<double>{480, 120}));
        QCOMPARE(at(250, 150), (std::vector<double>{480, 120}));
        QVERIFY(at(50, 150).empty()); // no building: nobody
        QCOMPARE(at(350, 50), (std::vector<double>{100, 10}));
        QCOMPARE(at(550, 150), (std::vector<double>{100, 10}));
        const QString text = all(w);
        QVERIFY2(text.contains(QString::fromUtf8("1 row(s) match no unit and are left out: 丙街道")), qPrintable(text));
        QVERIFY2(text.contains(QString::fromUtf8("unit 乙街道 has no buildings")), qPrintable(text));
        QVERIFY2(text.contains(QString::fromUtf8("'约60' is not a plain number; read as 60")), qPrintable(text));

        // Residential land where a street has no buildings (a land-use plan's 居住用地;
        // the other land in the layer is not residential):
        //
        //  y=200 +-----+-----+-----+-----+-----+-----+
        //        |     |     |     |     | r1 ------ |      r1: 450-600 x 100-200, 居住用地
        //  y=100 +-----+-----+-----+-----+-----+-----+      (half of cell (4,1), all of (5,1))
        //        |     |     |     |  park (绿地)  |     |
        //  y=0   +-----+-----+-----+-----+-----+-----+
        //
        // 乙's 600 residents: 5,000 m² in (4,1) and 10,000 m² in (5,1): 200 and 400.
        // 甲 keeps its buildings.
        writeRects(gpkg, "landuse", {{"用地性质", "text"}},
                   {{{450, 100, 600, 200}, {"居住用地"}}, {{350, 10, 500, 90}, {"绿地"}}});
        LayerRef land{gpkg.toStdString(), "landuse"};
        land.where = "用地性质 = '居住用地'";
        spec.census->residential = land;
        Warnings wl;
        const CensusSpread r = spreadCensus(spec, u, crs, wl);
        QCOMPARE(r.unitsByBuildings, 1u);
        QCOMPARE(r.unitsByResidentialLand, 1u);
        QCOMPARE(r.unitsEvenly, 0u);
        QCOMPARE(sum(r.cells, 0), 1800.0); // every resident of both streets, still
        const auto atR = [&](double x, double y) { return peopleAt(r.cells, x, y); };
        QCOMPARE(atR(450, 150), (std::vector<double>{200, 20}));
        QCOMPARE(atR(550, 150), (std::vector<double>{400, 40}));
        QVERIFY(atR(450, 50).empty()); // the park: nobody
        QCOMPARE(atR(150, 150), (std::vector<double>{480, 120}));
        QVERIFY2(all(wl).contains(QString::fromUtf8("unit 乙街道 has no buildings: its people are spread over its residential land")),
                 qPrintable(all(wl)));
        spec.census->residential.reset();

        // A table whose join column matches nothing is refused, naming the column.
        spec.census->joinField = "常住人口";
        Warnings w2;
        try {
            spreadCensus(spec, u, crs, w2);
            QFAIL("joined nothing, but did not say so");
        } catch (const DataError &e) {
            QVERIFY2(QString(e.what()).contains(QString::fromUtf8("no row of the column '常住人口' matches a unit")), e.what());
        }
    }

    void wangjingOverOsmBuildings()
    {
        const QString shared = QStringLiteral(QH_SHARED_DIR "/data/");
        if (!QFile::exists(shared + "beijing_wangjing.osm"))
            QSKIP("../shared/data is not beside the checkout");
        QTemporaryDir dir;
        // The census table as the committed script derives it.
        QProcess script;
        script.start("python3", {QStringLiteral(QH_SOURCE_DIR "/data/scripts/make_beijing_census.py"), dir.path(),
                                 shared + "beijing_subdistricts_mosstool"});
        QVERIFY(script.waitForFinished(60000));
        QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());
        for (const char *table : {"北京市街道人口.csv", "北京市街道人口.xlsx"}) {
            if (!QFile::exists(dir.filePath(QString::fromUtf8(table))))
                continue; // the XLSX needs ogr2ogr
            Project p;
            p.name = "望京";
            p.crs = Crs::fromUserInput("EPSG:4548"); // CGCS2000 3° Gauss-Krüger, CM 117°E
            p.network.ref = {(shared + "beijing_wangjing.osm").toStdString(), ""};
            p.facilities.ref = {(shared + "beijing_wangjing.osm").toStdString(), "points"};
            p.facilities.defaultType = "childcare";
            p.units.ref = {(shared + "beijing_subdistricts_mosstool/beijing.shp").toStdString(), ""};
            p.units.ref.where = "乡 = '望京街道'";
            p.units.nameField = "乡";
            p.population.ref = {dir.filePath(QString::fromUtf8(table)).toStdString(), ""};
            p.population.groups = {{"total", "Residents", "常住人口", "常住人口"}};
            CensusSpec census;
            census.joinField = "街道";
            census.buildings = LayerRef{(shared + "beijing_wangjing.osm").toStdString(), ""};
            p.population.census = census;
            FacilityType t;
            t.key = t.label = "childcare";
            t.demandGroup = t.ratioGroup = "total";
            p.profile.types = {t};
            const RegionData r = loadRegion(p);
            QCOMPARE(r.units.size(), 1u);
            QCOMPARE(QString::fromStdString(r.units[0].name), QString::fromUtf8("望京街道"));
            // Every one of 望京街道's residents is on the grid, and only where buildings stand.
            QVERIFY(qAbs(sum(r.cells, 0) - 137739.0) < 1e-6);
            QVERIFY2(r.cells.size() > 50 && r.cells.size() < 1000, qPrintable(QString::number(r.cells.size())));
            double area = 0;
            for (const PopulationCell &c : r.cells)
                area += areaOf(c.shape);
            QVERIFY(area < 0.5 * areaOf(r.units[0].shape)); // not spread evenly
            const QString text = all(r.warnings);
            QVERIFY2(text.contains("330 row(s) match no unit"), qPrintable(text)); // the other subdistricts
            // The project file keeps the census mapping, and reads back the same cells.
            const QString path = dir.filePath("望京.qhproj");
            saveProject(p, path.toStdString());
            const Project back = loadProject(path.toStdString());
            QVERIFY(back.population.census);
            QCOMPARE(QString::fromStdString(back.population.census->joinField), QString::fromUtf8("街道"));
            QCOMPARE(QString::fromStdString(back.units.ref.where), QString::fromUtf8("乡 = '望京街道'"));
            QCOMPARE(loadRegion(back).cells.size(), r.cells.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestCensus)
#include "test_census.moc"
