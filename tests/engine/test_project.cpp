// Project files and layers that are broken in the ways planners' files are:
// each gives one clear message naming the file and what is wrong.
#include <tuple>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogrsf_frmts.h>
#include <ogr_spatialref.h>
#include <QJsonArray>

#include "coverage/analysis.h"
#include "geo/geos.h"
#include "io/gdal.h"
#include "io/readers.h"
#include "scenario/project.h"

using namespace qh;

namespace {

const QString kSampleGpkg = QStringLiteral(QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.gpkg");

QJsonObject sampleJson()
{
    QFile f(QH_SAMPLE_PROJECT);
    f.open(QIODevice::ReadOnly);
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    // Absolute paths so the copy works from a temporary folder.
    QJsonObject layers = o["layers"].toObject();
    for (const QString &k : layers.keys()) {
        QJsonObject l = layers[k].toObject();
        l["path"] = kSampleGpkg;
        layers[k] = l;
    }
    o["layers"] = layers;
    return o;
}

QString writeProject(const QTemporaryDir &dir, const QJsonObject &o, const QString &name = "p.qhproj")
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(o).toJson());
    return path;
}

QJsonObject withLayer(QJsonObject o, const QString &role, const QString &key, const QJsonValue &v)
{
    QJsonObject layers = o["layers"].toObject();
    QJsonObject l = layers[role].toObject();
    l[key] = v;
    layers[role] = l;
    o["layers"] = layers;
    return o;
}

/// Runs ogr2ogr-style translation of one sample layer into `dest`.
void translate(const QString &dest, const QStringList &args)
{
    ensureGdal();
    std::vector<QByteArray> store;
    std::vector<char *> argv;
    for (const QString &a : args) {
        store.push_back(a.toUtf8());
    }
    for (auto &s : store)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    GDALVectorTranslateOptions *opt = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    GDALDatasetH src = GDALOpenEx(kSampleGpkg.toUtf8(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    int err = 0;
    GDALDatasetH out = GDALVectorTranslate(dest.toUtf8(), nullptr, 1, &src, opt, &err);
    QVERIFY(out);
    GDALClose(out);
    GDALClose(src);
    GDALVectorTranslateOptionsFree(opt);
}

template <typename Fn>
QString errorOf(Fn &&fn)
{
    try {
        fn();
    } catch (const Error &e) {
        return QString::fromStdString(e.what());
    }
    return QString();
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT
private slots:
    void missingProjectFile()
    {
        const QString msg = errorOf([] { loadProject("/nonexistent/x.qhproj"); });
        QVERIFY2(msg.contains("/nonexistent/x.qhproj: no such project file"), qPrintable(msg));
    }

    void projectWithoutUnitsRoundTrips()
    {
        // A project made without a units layer (`new` without --units) is saved
        // without one and loads as one whole-area unit.
        QTemporaryDir dir;
        Project p = loadProject(QH_SAMPLE_PROJECT);
        p.units = {};
        const std::string path = dir.filePath("p.qhproj").toStdString();
        saveProject(p, path);
        const Project back = loadProject(path);
        QVERIFY(back.units.ref.path.empty());
        const RegionData r = loadRegion(back);
        QCOMPARE(r.units.size(), std::size_t(1));
    }

    void corruptProjectFile()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("bad.qhproj"));
        f.open(QIODevice::WriteOnly);
        f.write("{\"format\": \"quarterhour-project\", \"version\": 1, ");
        f.close();
        const QString msg = errorOf([&] { loadProject(f.fileName().toStdString()); });
        QVERIFY2(msg.contains("bad.qhproj: not a QuarterHour project (JSON error"), qPrintable(msg));
    }

    void badProjectContents_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("expected");
        QJsonObject o = sampleJson();
        QJsonObject wrongFormat = o;
        wrongFormat["format"] = "something-else";
        QTest::newRow("not our format") << wrongFormat << "not a QuarterHour project";
        QJsonObject future = o;
        future["version"] = 7;
        QTest::newRow("newer version") << future << "project version 7 is not supported";
        // #13 case 9: "1" was reported as "version 0", 5 as "missing".
        QJsonObject textVersion = o;
        textVersion["version"] = "1";
        QTest::newRow("version as text") << textVersion << "'version' must be the number 1, not the text \"1\"";
        QJsonObject layersNumber = o;
        layersNumber["layers"] = 5;
        QTest::newRow("layers a number") << layersNumber << "'layers' must be an object ({ … }), not the number 5";
        QJsonObject geographic = o;
        geographic["crs"] = "EPSG:4326";
        QTest::newRow("degrees CRS") << geographic << "is not a projected CRS in metres";
        QJsonObject unknownCrs = o;
        unknownCrs["crs"] = "EPSG:999999";
        QTest::newRow("unknown CRS") << unknownCrs << "unknown coordinate reference system 'EPSG:999999'";
        QJsonObject noUnits = o;
        QJsonObject layers = noUnits["layers"].toObject();
        layers["units"] = 5; // none at all is fine: the whole area is one unit
        noUnits["layers"] = layers;
        QTest::newRow("units a number") << noUnits << "'layers.units' must be an object ({ … }), not the number 5";
        QJsonObject badSpeed = o;
        QJsonObject prof = badSpeed["profile"].toObject();
        QJsonArray types = prof["facility_types"].toArray();
        QJsonObject t0 = types[0].toObject();
        t0["speed_mps"] = -1;
        types[0] = t0;
        prof["facility_types"] = types;
        badSpeed["profile"] = prof;
        QTest::newRow("negative speed") << badSpeed << "'profile.facility_types[].speed_mps' must be between 0.1 and 3 m/s, not -1";
        // #13 case 6: numbers that hung a run for minutes or exhausted memory.
        for (const auto &[key, value, expected] :
             {std::tuple<const char *, double, const char *>{"sample_spacing_m", 0.5, "'profile.sample_spacing_m' must be between 10 and 10000 m (or 0 to turn it off), not 0.5"},
              {"catchment_buffer_m", 1e6, "'profile.catchment_buffer_m' must be between 1 and 500 m, not 1e+06"},
              {"max_snap_distance_m", 1e300, "'profile.max_snap_distance_m' must be between 1 and 5000 m"}}) {
            QJsonObject bad = o;
            QJsonObject pf = bad["profile"].toObject();
            pf[key] = value;
            bad["profile"] = pf;
            QTest::newRow(key) << bad << expected;
        }
        // A capacity column that is not a column name (#13 case 1: this crashed).
        for (const QJsonValue &bad : {QJsonValue(""), QJsonValue(5), QJsonValue(QJsonArray{"beds"})}) {
            QJsonObject caps = o;
            QJsonObject ls = caps["layers"].toObject();
            QJsonObject fac = ls["facilities"].toObject();
            QJsonObject fields = fac["capacity_fields"].toObject();
            fields["beds"] = bad;
            fac["capacity_fields"] = fields;
            ls["facilities"] = fac;
            caps["layers"] = ls;
            QTest::newRow(qPrintable("capacity column " + QString::fromUtf8(QJsonDocument(QJsonArray{bad}).toJson(QJsonDocument::Compact))))
                << caps << "'layers.facilities.capacity_fields.beds' must be the name of a column of the facilities layer";
        }
        // #13 case 5: keys become column names; twice the same, or punctuation, is refused.
        QJsonObject twice = o;
        QJsonObject pr = twice["profile"].toObject();
        QJsonArray ts = pr["facility_types"].toArray();
        ts.append(ts[0]);
        pr["facility_types"] = ts;
        twice["profile"] = pr;
        QTest::newRow("type key twice") << twice << "facility type 'childcare' is defined twice";
        QJsonObject punct = o;
        pr = punct["profile"].toObject();
        ts = pr["facility_types"].toArray();
        QJsonObject t1 = ts[0].toObject();
        t1["key"] = "child-care";
        ts[0] = t1;
        pr["facility_types"] = ts;
        punct["profile"] = pr;
        QTest::newRow("type key with punctuation") << punct << "'child-care' may hold only letters, digits and '_'";
        QJsonObject groupTwice = o;
        QJsonObject lg = groupTwice["layers"].toObject();
        QJsonObject pop = lg["population"].toObject();
        QJsonArray gs = pop["groups"].toArray();
        gs.append(gs[0]);
        pop["groups"] = gs;
        lg["population"] = pop;
        groupTwice["layers"] = lg;
        QTest::newRow("group key twice") << groupTwice << "population group 'total' is defined twice";
        QJsonObject capsNotObject = o;
        QJsonObject ls = capsNotObject["layers"].toObject();
        QJsonObject fac = ls["facilities"].toObject();
        fac["capacity_fields"] = "beds";
        ls["facilities"] = fac;
        capsNotObject["layers"] = ls;
        QTest::newRow("capacity fields not an object")
            << capsNotObject << "'layers.facilities.capacity_fields' must map capacity keys to column names";
    }
    void badProjectContents()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeProject(dir, json);
        const QString msg = errorOf([&] { loadProject(path.toStdString()); });
        QVERIFY2(msg.startsWith(path + ": "), qPrintable(msg));
        QVERIFY2(msg.contains(expected), qPrintable(msg));
    }

    void badLayers_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing data file") << "facilities" << "path" << "/nonexistent/f.gpkg"
                                           << "/nonexistent/f.gpkg: no such file";
        QTest::newRow("missing layer") << "units" << "layer" << "streets"
                                       << "has no layer 'streets' (layers: network, municipalities, facilities, population_grid)";
        QTest::newRow("missing field") << "facilities" << "type_field" << "category"
                                       << "layer 'facilities': has no field 'category' (needed for facility types)";
        QTest::newRow("not a GIS file") << "network" << "path" << QH_SOURCE_DIR "/CMakeLists.txt"
                                        << "CMakeLists.txt: not a vector GIS format GDAL can read";
    }
    void badLayers()
    {
        QFETCH(QString, role);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeProject(dir, withLayer(sampleJson(), role, key, value));
        Project p = loadProject(path.toStdString());
        const QString msg = errorOf([&] { loadRegion(p); });
        QVERIFY2(msg.contains(expected), qPrintable(msg));
    }

    void emptyLayer()
    {
        QTemporaryDir dir;
        const QString gpkg = dir.filePath("empty.gpkg");
        translate(gpkg, {"-f", "GPKG", "-where", "1 = 0", "facilities"});
        const QString path = writeProject(dir, withLayer(sampleJson(), "facilities", "path", gpkg));
        Project p = loadProject(path.toStdString());
        const QString msg = errorOf([&] { loadRegion(p); });
        QVERIFY2(msg.contains(gpkg + ", layer 'facilities': the facilities layer has no features"),
                 qPrintable(msg));
    }

    void populationInAnotherCrsIsReprojected()
    {
        // The grid as GeoJSON in WGS 84 degrees: same totals, same analysis within rounding.
        QTemporaryDir dir;
        const QString geojson = dir.filePath("grid.geojson");
        translate(geojson, {"-f", "GeoJSON", "-t_srs", "EPSG:4326", "-lco", "COORDINATE_PRECISION=9",
                            "population_grid"});
        QJsonObject o = withLayer(sampleJson(), "population", "path", geojson);
        o = withLayer(o, "population", "layer", "");
        Project p = loadProject(writeProject(dir, o).toStdString());
        Project ref = loadProject(QH_SAMPLE_PROJECT);
        RegionData a = loadRegion(p), b = loadRegion(ref);
        QCOMPARE(a.cells.size(), b.cells.size());
        double da = 0, db = 0;
        for (std::size_t i = 0; i < a.cells.size(); ++i) {
            da += a.cells[i].pop[0];
            db += b.cells[i].pop[0];
            QVERIFY(distance(a.cells[i].rep, b.cells[i].rep) < 1.0);
        }
        QVERIFY(std::abs(da - db) < 1e-6);
        const AnalysisResult ra = analyze(p, a), rb = analyze(ref, b);
        QVERIFY(std::abs(ra.totalCovered[0][0] - rb.totalCovered[0][0]) < 0.01 * rb.totalPop[0]);
    }

    void populationFromRaster()
    {
        // 3 x 2 pixels of 100 m in UTM 32N over Vaduz, nodata -9999:
        //   row 0:  10    0  nodata
        //   row 1:  -5   20      30
        QTemporaryDir dir;
        const QString tif = dir.filePath("pop.tif");
        {
            ensureGdal();
            GDALDriver *drv = GetGDALDriverManager()->GetDriverByName("GTiff");
            DatasetPtr ds(drv->Create(tif.toUtf8(), 3, 2, 1, GDT_Float32, nullptr));
            double gt[6] = {540000, 100, 0, 5221000, 0, -100};
            ds->SetGeoTransform(gt);
            OGRSpatialReference srs;
            srs.importFromEPSG(32632);
            ds->SetSpatialRef(&srs);
            GDALRasterBand *b = ds->GetRasterBand(1);
            b->SetNoDataValue(-9999);
            float values[6] = {10, 0, -9999, -5, 20, 30};
            QCOMPARE(b->RasterIO(GF_Write, 0, 0, 3, 2, values, 3, 2, GDT_Float32, 0, 0), CE_None);
        }
        PopulationLayerSpec spec;
        spec.ref = {tif.toStdString(), ""};
        spec.groups = {{"total", "Residents", "band 1"}};
        Warnings w;
        const auto cells = readPopulation(spec, Crs::fromUserInput("EPSG:32632"), w);
        QCOMPARE(cells.size(), 3u);
        QCOMPARE(cells[0].pop[0], 10.0);
        QCOMPARE(cells[0].rep.x, 540050.0);
        QCOMPARE(cells[0].rep.y, 5220950.0);
        QCOMPARE(cells[2].pop[0], 30.0);
        QCOMPARE(cells[2].rep.x, 540250.0);
        QCOMPARE(areaOf(cells[1].shape), 10000.0);
        QCOMPARE(w.size(), 1u);
        QVERIFY(QString::fromStdString(w[0]).endsWith("pop.tif: 1 pixels hold negative values; taken as 0"));

        // The same raster read into another CRS keeps its counts.
        Warnings w2;
        const auto geo = readPopulation(spec, Crs::fromUserInput("EPSG:2056"), w2); // Swiss LV95
        QCOMPARE(geo.size(), 3u);
        QVERIFY(std::abs(areaOf(geo[1].shape) - 10000.0) < 50.0);

        // A group naming a band the raster lacks is named in the error.
        spec.groups.push_back({"elderly", "60+", "band 2"});
        const QString msg = errorOf([&] { Warnings w3; readPopulation(spec, Crs::fromUserInput("EPSG:32632"), w3); });
        QVERIFY2(msg.contains("population group 'elderly' needs a band number 1-1"), qPrintable(msg));

        // A whole analysis runs on a raster population.
        QJsonObject o = withLayer(sampleJson(), "population", "path", tif);
        o = withLayer(o, "population", "layer", "");
        QJsonObject layers = o["layers"].toObject();
        QJsonObject pop = layers["population"].toObject();
        pop["groups"] = QJsonArray{QJsonObject{{"key", "total"}, {"label", "Residents"}, {"field", "1"}}};
        layers["population"] = pop;
        o["layers"] = layers;
        QJsonObject prof = o["profile"].toObject();
        QJsonArray types = prof["facility_types"].toArray();
        for (int i = 0; i < types.size(); ++i) {
            QJsonObject t = types[i].toObject();
            t["demand_group"] = "total";
            t["ratio_per"] = "total";
            types[i] = t;
        }
        prof["facility_types"] = types;
        o["profile"] = prof;
        Project p = loadProject(writeProject(dir, o).toStdString());
        const AnalysisResult r = analyze(p, loadRegion(p));
        QCOMPARE(r.totalPop[0], 60.0);
        QVERIFY(r.totalCovered[0][0] <= 60.0);
    }

    void unusableCapacitiesAreNamed()
    {
        // Capacities as a spreadsheet export has them: text, blank, negative, zero.
        QTemporaryDir dir;
        const QString gpkg = dir.filePath("fac.gpkg");
        translate(gpkg, {"-f", "GPKG", "-nln", "fac", "-sql",
                         "SELECT geom, fac_id, name, type, CASE fac_id WHEN 1 THEN NULL ELSE beds END AS beds, "
                         "nursing_beds, inclusive_places, childcare_places, "
                         "CASE fac_id WHEN 1 THEN 'about 40' WHEN 2 THEN NULL WHEN 3 THEN '-3' WHEN 4 THEN '0' "
                         "WHEN 5 THEN ' 25 ' ELSE CAST(kindergarten_places AS TEXT) END AS kindergarten_places "
                         "FROM facilities"});
        QJsonObject o = withLayer(sampleJson(), "facilities", "path", gpkg);
        o = withLayer(o, "facilities", "layer", "fac");
        Project p = loadProject(writeProject(dir, o).toStdString());
        RegionData r = loadRegion(p);
        QStringList w;
        for (const std::string &s : texts(r.warnings))
            w << QString::fromStdString(s);
        const QString all = w.join('\n');
        // Facilities 1-5 are kindergartens.
        // Text around a number is read and said (约40, 40张 in Chinese sheets); text without one is not.
        QVERIFY2(all.contains("(facility 1): kindergarten_places 'about 40' is not a plain number; read as 40, check it"), qPrintable(all));
        QCOMPARE(r.facilities[0].capacity.at("kindergarten_places"), 40.0);
        QVERIFY2(all.contains("(facility 2): no kindergarten_places value, counted as 0"), qPrintable(all));
        // A kindergarten has no beds: a blank there is no problem to report.
        QVERIFY2(!all.contains("(facility 1): no beds value"), qPrintable(all));
        QVERIFY2(all.contains("(facility 3): negative kindergarten_places -3, counted as 0"), qPrintable(all));
        QCOMPARE(r.facilities[4].capacity.at("kindergarten_places"), 25.0); // " 25 " is a number
        const AnalysisResult a = analyze(p, r);
        int zero = 0;
        for (const std::string &s : texts(a.warnings))
            zero += s.find(": no kindergarten_places (0 or missing); it adds nothing to supply ratios") != std::string::npos;
        QCOMPARE(zero, 3); // facilities 2-4
    }

    void aTruncatedPbfIsSaidToBeCutShort()
    {
        // #13 case 9: a download that stopped half-way read as "no walkable lines"
        // (or "no extent"), and `info` printed "Features: -1".
        const QString pbf = QStringLiteral(QH_SHARED_DIR "/data/porto_alegre_poa_osm.pbf");
        if (!QFile::exists(pbf))
            QSKIP("../shared/data is not beside the checkout");
        QTemporaryDir dir;
        QFile in(pbf);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString cut = dir.filePath("cut.pbf");
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.read(200000));
        out.close();
        Warnings w;
        const QString msg = errorOf([&] { readLines({cut.toStdString(), ""}, Crs::fromUserInput("EPSG:32722"), {}, w); });
        QVERIFY2(msg.contains("cut.pbf, layer 'lines': the file is damaged or cut short"), qPrintable(msg));
        QVERIFY2(msg.contains("download or export it again"), qPrintable(msg));
        const std::string info = formatDatasetInfo(describeDataset(cut.toStdString()));
        QVERIFY2(info.find("Features: -1") == std::string::npos, info.c_str());
        QVERIFY2(info.find("Features: not counted without reading the whole layer") != std::string::npos, info.c_str());
    }

    void emptyOrUnwalkableNetwork()
    {
        QTemporaryDir dir;
        const QString gpkg = dir.filePath("net.gpkg");
        translate(gpkg, {"-f", "GPKG", "-nln", "network", "-where", "highway = 'motorway'", "network"});
        Project p = loadProject(writeProject(dir, withLayer(sampleJson(), "network", "path", gpkg)).toStdString());
        QString msg = errorOf([&] { loadRegion(p); });
        QVERIFY2(msg.contains("net.gpkg, layer 'network': the network layer has no features"), qPrintable(msg));
        // Only ways closed to pedestrians.
        translate(gpkg, {"-f", "GPKG", "-overwrite", "-nln", "network", "-where", "foot = 'no'", "network"});
        p = loadProject(writeProject(dir, withLayer(sampleJson(), "network", "path", gpkg)).toStdString());
        msg = errorOf([&] { loadRegion(p); });
        QVERIFY2(msg.contains("the network layer has no walkable lines ("), qPrintable(msg));
        QVERIFY2(msg.contains("ways were not walkable under the profile's filter)"), qPrintable(msg));
    }

    void gbkShapefileWithoutCpg()
    {
        // Street boundaries as Chinese bureaus often have them: a Shapefile in GBK,
        // its .cpg lost on the way.
        QTemporaryDir dir;
        const QString shp = dir.filePath("streets.shp");
        {
            ensureGdal();
            GDALDriver *drv = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
            DatasetPtr ds(drv->Create(shp.toUtf8(), 0, 0, 0, GDT_Unknown, nullptr));
            OGRSpatialReference srs;
            srs.importFromEPSG(32632);
            const char *opts[] = {"ENCODING=CP936", nullptr};
            OGRLayer *l = ds->CreateLayer("streets", &srs, wkbPolygon, const_cast<char **>(opts));
            OGRFieldDefn name("name", OFTString);
            QVERIFY(l->CreateField(&name) == OGRERR_NONE);
            int i = 0;
            for (const char *n : {"城关街道", "新区街道"}) {
                OGRFeature f(l->GetLayerDefn());
                f.SetField(0, n);
                OGRPolygon poly;
                OGRLinearRing ring;
                const double x0 = 536000 + 6000 * i++;
                for (auto [x, y] : {std::pair{x0, 5210000.0}, {x0 + 6000, 5210000.0}, {x0 + 6000, 5236000.0},
                                    {x0, 5236000.0}, {x0, 5210000.0}})
                    ring.addPoint(x, y);
                poly.addRing(&ring);
                f.SetGeometry(&poly);
                QVERIFY(l->CreateFeature(&f) == OGRERR_NONE);
            }
        }
        QFile::remove(dir.filePath("streets.cpg"));
        UnitLayerSpec spec;
        spec.ref = {shp.toStdString(), ""};
        spec.nameField = "name";
        Warnings w;
        const auto units = readUnits(spec, Crs::fromUserInput("EPSG:32632"), w);
        QCOMPARE(units.size(), 2u);
        QCOMPARE(QString::fromStdString(units[0].name), QString::fromUtf8("城关街道"));
        QCOMPARE(QString::fromStdString(units[1].name), QString::fromUtf8("新区街道"));
        QCOMPARE(w.size(), 1u);
        QVERIFY(QString::fromStdString(w[0]).contains("read as GBK (CP936)"));

        // With a .cpg saying GBK, no guess is needed and nothing is said.
        QFile cpg(dir.filePath("streets.cpg"));
        QVERIFY(cpg.open(QIODevice::WriteOnly));
        cpg.write("GBK");
        cpg.close();
        Warnings w2;
        QCOMPARE(QString::fromStdString(readUnits(spec, Crs::fromUserInput("EPSG:32632"), w2)[1].name),
                 QString::fromUtf8("新区街道"));
        QVERIFY(w2.empty());
    }

    void implausibleValuesAreNamedNotUsed()
    {
        // #13 case 7: capacity 1e308 gave "-9,223,372,036,854,775,808 more places"
        // (undefined behaviour), nan and inf were accepted, population 1e308 gave
        // "(-2147483648 Residents)".
        QTemporaryDir dir;
        const QString gpkg = dir.filePath("fac.gpkg");
        translate(gpkg, {"-f", "GPKG", "-nln", "fac", "-sql",
                         "SELECT geom, fac_id, name, type, beds, nursing_beds, inclusive_places, kindergarten_places, "
                         "CASE fac_id WHEN 1 THEN '1e308' WHEN 2 THEN 'nan' WHEN 3 THEN 'inf' "
                         "ELSE CAST(childcare_places AS TEXT) END AS childcare_places FROM facilities"});
        const QString grid = dir.filePath("grid.gpkg");
        translate(grid, {"-f", "GPKG", "-nln", "grid", "-sql",
                         "SELECT geom, CASE WHEN cell_id = 7 THEN 1e308 ELSE pop_total END AS pop_total, "
                         "pop_60plus, pop_0_3, pop_3_6 FROM population_grid", "population_grid"});
        QJsonObject o = withLayer(sampleJson(), "facilities", "path", gpkg);
        o = withLayer(o, "facilities", "layer", "fac");
        o = withLayer(o, "population", "path", grid);
        o = withLayer(o, "population", "layer", "grid");
        Project p = loadProject(writeProject(dir, o).toStdString());
        RegionData r = loadRegion(p);
        const QString all = QString::fromStdString([&] {
            std::string s;
            for (const std::string &w : texts(r.warnings))
                s += w + "\n";
            return s;
        }());
        for (const char *expected : {"(facility 1): childcare_places 1e308 is not plausible (must be between 0 and 10000000), counted as 0",
                                     "(facility 2): childcare_places 'nan' is not a number, counted as 0",
                                     "(facility 3): childcare_places 'inf' is not a number, counted as 0",
                                     "pop_total = 1e+308 is not a count, taken as 0"})
            QVERIFY2(all.contains(expected), qPrintable(all));
        for (std::size_t i = 0; i < 3; ++i)
            QCOMPARE(r.facilities[i].capacity.at("childcare_places"), 0.0);
        double total = 0;
        for (const PopulationCell &c : r.cells)
            total += c.pop[0];
        QVERIFY(std::isfinite(total) && total < 37269.0);
        // And the figures stay finite all the way to the evaluation.
        const AnalysisResult a = analyze(p, r);
        for (double g : a.gini)
            QVERIFY(std::isfinite(g));
    }

    void aCellLargerThanTheStudyAreaIsRefused()
    {
        // #13 case 6: one population vertex at 2^31 made 3.2 GB of sample points.
        const Project p = loadProject(QH_SAMPLE_PROJECT);
        RegionData r = loadRegion(p);
        r.cells[3].shape[0][0][1] = {2147483648.0, 5220000.0};
        const QString msg = errorOf([&] { analyze(p, r); });
        QVERIFY2(msg.contains("population cell 3 is") && msg.contains("larger than the whole study area"), qPrintable(msg));
    }

    void negativeAndMissingCountsAreWarned()
    {
        QTemporaryDir dir;
        const QString gpkg = dir.filePath("grid.gpkg");
        translate(gpkg, {"-f", "GPKG", "-sql",
                         "SELECT geom, CASE WHEN cell_id = 5 THEN -3 WHEN cell_id = 6 THEN NULL ELSE pop_total END AS pop_total, "
                         "pop_60plus, pop_0_3, pop_3_6 FROM population_grid", "-nln", "grid"});
        QJsonObject o = withLayer(sampleJson(), "population", "path", gpkg);
        o = withLayer(o, "population", "layer", "grid");
        Project p = loadProject(writeProject(dir, o).toStdString());
        RegionData r = loadRegion(p);
        int negative = 0, missing = 0;
        for (const std::string &w : texts(r.warnings)) {
            negative += w.find("pop_total = -3") != std::string::npos;
            missing += w.find("pop_total is empty") != std::string::npos;
        }
        QCOMPARE(negative, 1);
        QCOMPARE(missing, 1);
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "test_project.moc"
