// A file cut short (a download that stopped, a full USB stick, a copy interrupted)
// of every format a planner brings: GeoPackage, Shapefile (.shp and .dbf), FileGDB,
// GeoJSON, KML, CSV and XLSX with coordinate columns, OSM XML, GeoTIFF. Each is made
// whole from the sample (2,689 points), read whole as a check, then cut to 60 % and
// read again: it must fail with a message naming the file, or read what it can and
// say that the file is damaged; never crash, never read part of it in silence.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "error.h"
#include "geo/crs.h"
#include "io/readers.h"
#include "population/raster.h"

using namespace qh;

namespace {

const QString kGpkg = QStringLiteral(QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.gpkg");
constexpr std::size_t kPoints = 2689;

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        qWarning("%s %s: %s", qPrintable(program), qPrintable(args.join(' ')), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

void cut(const QString &path, double share)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(qint64(double(f.size()) * share)));
}

/// What reading the facilities gave: the count, or -1 with the error's text.
struct Outcome
{
    std::int64_t read = -1;
    QString text; // the error, or every warning
};

Outcome readFacilityFile(const QString &path, const QString &x = {}, const QString &y = {})
{
    FacilityLayerSpec spec;
    spec.ref.path = path.toStdString();
    spec.ref.xField = x.toStdString();
    spec.ref.yField = y.toStdString();
    if (!x.isEmpty())
        spec.ref.crs = "EPSG:32632";
    spec.nameField = "name";
    spec.typeField = "type";
    spec.capacityFields = {{"childcare_places", "places"}};
    Outcome o;
    try {
        Warnings w;
        o.read = std::int64_t(readFacilities(spec, Crs::fromUserInput("EPSG:32632"), w).size());
        for (const Message &m : w)
            o.text += QString::fromStdString(m.text()) + '\n';
    } catch (const Error &e) {
        o.text = QString::fromStdString(e.message().text());
    } catch (const std::exception &e) {
        o.text = QStringLiteral("unexpected exception: ") + e.what();
    }
    return o;
}

} // namespace

class TestTruncated : public QObject
{
    Q_OBJECT
private slots:
    void vectorFormats_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("file");    // what ogr2ogr writes
        QTest::addColumn<QString>("cutFile"); // what is cut (the file, or one file of a folder)
        QTest::addColumn<QStringList>("options");
        QTest::newRow("GeoPackage") << "GPKG" << "p.gpkg" << "p.gpkg" << QStringList{};
        QTest::newRow("Shapefile .shp") << "ESRI Shapefile" << "p.shp" << "p.shp" << QStringList{};
        QTest::newRow("Shapefile .dbf") << "ESRI Shapefile" << "p.shp" << "p.dbf" << QStringList{};
        QTest::newRow("FileGDB") << "OpenFileGDB" << "p.gdb" << "p.gdb/*" << QStringList{};
        QTest::newRow("GeoJSON") << "GeoJSON" << "p.geojson" << "p.geojson" << QStringList{};
        QTest::newRow("KML") << "KML" << "p.kml" << "p.kml" << QStringList{};
        QTest::newRow("CSV") << "CSV" << "p.csv" << "p.csv" << QStringList{"-lco", "GEOMETRY=AS_XY"};
        QTest::newRow("XLSX") << "XLSX" << "p.xlsx" << "p.xlsx" << QStringList{};
    }

    void vectorFormats()
    {
        QFETCH(QString, driver);
        QFETCH(QString, file);
        QFETCH(QString, cutFile);
        QFETCH(QStringList, options);
        QTemporaryDir dir;
        const QString out = dir.filePath(file);
        QStringList args{"-f", driver, out, kGpkg, "-dialect", "sqlite", "-sql",
                         "SELECT ST_Centroid(geom) AS geom, 'childcare' AS type, 40 AS places, "
                         "'cell ' || fid AS name, ST_X(ST_Centroid(geom)) AS x, ST_Y(ST_Centroid(geom)) AS y "
                         "FROM population_grid",
                         "-nln", "p"};
        if (driver == "KML")
            args << "-t_srs" << "EPSG:4326";
        QVERIFY(run("ogr2ogr", args + options));
        const bool table = driver == "CSV" || driver == "XLSX";
        const QString x = table ? "x" : QString(), y = table ? "y" : QString();
        const Outcome whole = readFacilityFile(out, x, y);
        QVERIFY2(whole.read == std::int64_t(kPoints), qPrintable(QString::number(whole.read) + ": " + whole.text));

        if (cutFile.endsWith("/*")) { // a folder (FileGDB): its largest file, the feature table
            QFileInfoList files = QDir(dir.filePath(cutFile.chopped(2))).entryInfoList(QDir::Files, QDir::Size);
            QVERIFY(!files.isEmpty());
            cutFile = cutFile.chopped(1) + files.first().fileName();
        }
        QVERIFY(QFile::exists(dir.filePath(cutFile)));
        cut(dir.filePath(cutFile), 0.6);
        const Outcome part = readFacilityFile(out, x, y);
        QVERIFY2(!part.text.startsWith("unexpected exception"), qPrintable(part.text));
        // The file named: the one opened, or the part of it that is cut.
        const QString name = QFileInfo(dir.filePath(cutFile)).fileName();
        if (part.read < 0) {
            QVERIFY2(part.text.contains(name), qPrintable(part.text)); // names the file
        } else {
            // Read in part: said, naming the file.
            QVERIFY2(part.read < std::int64_t(kPoints), qPrintable(QString::number(part.read)));
            QVERIFY2(part.text.contains(name) && (part.text.contains("damaged") || part.text.contains("cut short")),
                     qPrintable(QString::number(part.read) + " read in silence: " + part.text));
        }
    }

    void osmXml()
    {
        const QString osm = QStringLiteral(QH_SHARED_DIR "/data/nanjing_gulou.osm");
        if (!QFile::exists(osm))
            QSKIP("../shared/data is not beside the checkout");
        QTemporaryDir dir;
        const QString copy = dir.filePath("gulou.osm");
        QVERIFY(QFile::copy(osm, copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
        cut(copy, 0.6);
        Warnings w;
        try {
            readLines({copy.toStdString(), ""}, Crs::fromUserInput("EPSG:4548"), {}, w);
            QFAIL("a cut OSM file was read as if whole");
        } catch (const Error &e) {
            const QString msg = QString::fromStdString(e.message().text());
            QVERIFY2(msg.contains("gulou.osm") && msg.contains("cut short"), qPrintable(msg));
        }
    }

    void geoTiff()
    {
        QTemporaryDir dir;
        const QString tif = dir.filePath("pop.tif");
        QVERIFY(run("gdal_rasterize", {"-a", "pop_total", "-tr", "100", "100", "-a_nodata", "-1", "-ot", "Float32",
                                        "-l", "population_grid", kGpkg, tif}));
        PopulationLayerSpec spec;
        spec.ref.path = tif.toStdString();
        spec.groups = {{"total", "Residents", "", "常住人口", {tif.toStdString()}}};
        Warnings w;
        double whole = 0;
        for (const PopulationCell &c : readPopulation(spec, Crs::fromUserInput("EPSG:32632"), w, {}))
            whole += c.pop[0];
        QVERIFY(whole > 30000);
        cut(tif, 0.6);
        try {
            double part = 0;
            for (const PopulationCell &c : readPopulation(spec, Crs::fromUserInput("EPSG:32632"), w, {}))
                part += c.pop[0];
            QFAIL(qPrintable(QStringLiteral("a cut GeoTIFF gave %1 of %2 people in silence").arg(part).arg(whole)));
        } catch (const Error &e) {
            const QString msg = QString::fromStdString(e.message().text());
            QVERIFY2(msg.contains("pop.tif"), qPrintable(msg));
        }
    }
};

QTEST_GUILESS_MAIN(TestTruncated)
#include "test_truncated.moc"
