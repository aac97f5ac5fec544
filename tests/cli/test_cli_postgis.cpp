// Layers from a PostGIS database, as a planner's bureau keeps them: `import` lists
// its tables (with and without geometry) and what each could be; `new` makes a
// project from them whose figures equal those of the same layers in files; the
// database is never written to; a bad connection says what to do.
//
// Runs beside a throwaway server: tests/postgis/with-cluster.sh starts it and sets
// QH_PG (ctest does this).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "clirun.h"

using namespace qh::test;

namespace {

const QString sample = QStringLiteral(QH_SOURCE_DIR "/data/liechtenstein/liechtenstein.gpkg");

QString server()
{
    return qEnvironmentVariable("QH_PG");
}

/// A GDAL connection string to one of the server's databases (and tables).
QString pg(const QString &db, const QString &tables = {})
{
    return "PG:" + server() + " dbname=" + db + (tables.isEmpty() ? QString() : " tables=" + tables);
}

/// Runs psql on a database; its output, rows one per line.
QString sql(const QString &db, const QString &statement)
{
    QProcess p;
    p.start(qEnvironmentVariable("QH_PGBIN") + "/psql",
            {"-X", "-qAt", "-v", "ON_ERROR_STOP=1", "-d", server() + " dbname=" + db, "-c", statement});
    p.waitForFinished(60000);
    if (p.exitCode() != 0)
        qWarning("psql: %s", p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

bool ogr2ogr(const QStringList &args)
{
    QProcess p;
    p.start("ogr2ogr", args);
    p.waitForFinished(120000);
    if (p.exitCode() != 0)
        qWarning("ogr2ogr: %s", p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QJsonObject json(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// Every table's rows in one checksum each: what "never written to" is checked by.
QString fingerprint(const QString &db)
{
    const QStringList tables =
        sql(db, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'spatial_ref_sys' ORDER BY 1")
            .split('\n');
    QString all = tables.join(',');
    for (const QString &t : tables)
        all += ";" + sql(db, QString("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                                     "FROM \"%1\" t")
                                 .arg(t));
    return all;
}

} // namespace

class TestCliPostgis : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (server().isEmpty())
            QFAIL("QH_PG is not set: run this test through tests/postgis/with-cluster.sh (ctest does)");
        // The sample's four layers, as a bureau's database would hold them.
        sql("qh", "CREATE DATABASE liechtenstein");
        sql("liechtenstein", "CREATE EXTENSION postgis");
        QVERIFY(ogr2ogr({"-f", "PostgreSQL", pg("liechtenstein"), sample, "-lco", "GEOMETRY_NAME=geom"}));
        // A census table without geometry, Chinese headers, one row per municipality;
        // units with a Chinese table name.
        sql("qh", QString::fromUtf8("CREATE TABLE \"街道人口\" (\"街道\" text, \"常住人口\" integer)"));
        const QStringList names = {"Balzers", "Eschen",  "Gamprin", "Mauren",      "Planken", "Ruggell",
                                   "Schaan",  "Schellenberg", "Triesen", "Triesenberg", "Vaduz"};
        for (int i = 0; i < names.size(); ++i)
            sql("qh", QString::fromUtf8("INSERT INTO \"街道人口\" VALUES ('%1', %2)").arg(names[i]).arg(1000 * (i + 1) + 7));
        QVERIFY(ogr2ogr({"-f", "PostgreSQL", pg("qh"), sample, "municipalities", "-nln", QString::fromUtf8("街道"),
                         "-lco", "GEOMETRY_NAME=geom"}));
        QVERIFY(ogr2ogr({"-f", "PostgreSQL", pg("qh"), sample, "network", "facilities", "-lco", "GEOMETRY_NAME=geom"}));
        // Facilities in a bureau's own schema.
        sql("qh", QString::fromUtf8("CREATE SCHEMA \"规划\""));
        QVERIFY(ogr2ogr({"-f", "PostgreSQL", pg("qh"), sample, "facilities", "-nln", QString::fromUtf8("养老设施"), "-lco",
                         QString::fromUtf8("SCHEMA=规划"), "-lco", "GEOMETRY_NAME=geom"}));
    }

    void aTableInASchemaIsNamedWithIt()
    {
        const Run r = cli({"import", pg("qh", QString::fromUtf8("规划.养老设施"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QString::fromUtf8("Layer '规划.养老设施': Point, 21 features")), qPrintable(r.out));
        QVERIFY2(r.out.contains("Proposed role: facilities"), qPrintable(r.out));
    }

    void importListsTheTablesAndWhatTheyCouldBe()
    {
        const Run r = cli({"import", pg("qh")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains("PostgreSQL"), qPrintable(r.out));
        QVERIFY2(r.out.contains(QString::fromUtf8("Layer '街道人口'")), qPrintable(r.out));
        QVERIFY2(r.out.contains("census table per unit"), qPrintable(r.out));
        QVERIFY2(r.out.contains(QString::fromUtf8("Fields: 街道, 常住人口")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QString::fromUtf8("Row 1: 街道=Balzers; 常住人口=1007")), qPrintable(r.out));
        QVERIFY2(r.out.contains("walking network (lines)"), qPrintable(r.out));
        QVERIFY2(r.out.contains(QString::fromUtf8("Layer '街道': Multi Polygon, 11 features")), qPrintable(r.out));
        QVERIFY2(r.out.contains("EPSG:32632"), qPrintable(r.out));
        QVERIFY2(!r.out.contains("spatial_ref_sys"), qPrintable(r.out)); // PostGIS's own tables are not the planner's
    }

    // The same four layers, from the database and from a file: the same figures.
    // The file is the database's copy (ogr2ogr writes numbers into PostgreSQL with
    // 15 significant digits, so the database does not hold the sample's exact values).
    void projectFromTheDatabaseEqualsTheOneFromFiles()
    {
        QTemporaryDir dir;
        const QString before = fingerprint("liechtenstein");
        const QString db = pg("liechtenstein"), copy = dir.filePath("copy.gpkg");
        QVERIFY(ogr2ogr({"-f", "GPKG", copy, db}));
        const Run fromDb = cli({"new", "--network", db, "--facilities", db, "--population", db, "--units", db, "--targets",
                                "kunming-2022", "--out", dir.filePath("db.qhproj")});
        QVERIFY2(fromDb.exitCode == 0, qPrintable(fromDb.err + fromDb.out));
        const Run fromFile = cli({"new", "--network", copy, "--facilities", copy, "--population", copy, "--units",
                                  copy, "--targets", "kunming-2022", "--out", dir.filePath("file.qhproj")});
        QVERIFY2(fromFile.exitCode == 0, qPrintable(fromFile.err + fromFile.out));

        // The project keeps the connection as given, not as a path.
        const QJsonObject layers = json(dir.filePath("db.qhproj"))["layers"].toObject();
        QCOMPARE(layers["network"].toObject()["path"].toString(), db);
        QCOMPARE(layers["units"].toObject()["layer"].toString(), QString("municipalities"));

        for (const QString &name : {QString("db"), QString("file")}) {
            const Run a = cli({"analyze", dir.filePath(name + ".qhproj"), "--out", dir.filePath(name)});
            QVERIFY2(a.exitCode == 0, qPrintable(a.err + a.out));
        }
        const QJsonObject d = json(dir.filePath("db/summary.json")), f = json(dir.filePath("file/summary.json"));
        QVERIFY(!d["units"].toArray().isEmpty());
        QCOMPARE(d["units"].toArray().size(), 11);
        // People from the grid, with its four groups, not from the units' own column.
        QCOMPARE(d["demand_groups"].toArray().size(), 4);
        QCOMPARE(d["demand_groups"].toArray()[0].toObject()["field"].toString(), QString("pop_total"));
        for (const char *key : {"units", "facilities", "totals", "evaluation", "demand_groups"}) {
            QVERIFY2(d.contains(key), key);
            QVERIFY2(d[key] == f[key], key);
        }
        QCOMPARE(fingerprint("liechtenstein"), before);
    }

    // A census table in the database joined to unit polygons in it; every resident
    // of a unit stays in that unit.
    void censusTableFromTheDatabaseKeepsEveryResident()
    {
        QTemporaryDir dir;
        const QString before = fingerprint("qh");
        const Run r = cli({"new", "--network", pg("qh", "network"), "--facilities", pg("qh", "facilities"), "--population",
                           pg("qh", QString::fromUtf8("街道人口")), "--units", pg("qh", QString::fromUtf8("街道")), "--targets",
                           "kunming-2022", "--out", dir.filePath("p.qhproj")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QString::fromUtf8("joined to the units by the column '街道'")), qPrintable(r.out));
        QCOMPARE(json(dir.filePath("p.qhproj"))["name"].toString(), QString::fromUtf8("街道"));
        const Run a = cli({"analyze", dir.filePath("p.qhproj"), "--out", dir.filePath("out")});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err + a.out));
        const QJsonArray units = json(dir.filePath("out/summary.json"))["units"].toArray();
        QCOMPARE(units.size(), 11);
        double sum = 0;
        for (const QJsonValue &u : units) {
            const QString name = u.toObject()["name"].toString();
            const double people = u.toObject()["population"].toObject()["total"].toDouble();
            QCOMPARE(people, double(sql("qh", QString::fromUtf8("SELECT \"常住人口\" FROM \"街道人口\" WHERE \"街道\" = '%1'")
                                                  .arg(name))
                                        .toInt()));
            sum += people;
        }
        QCOMPARE(sum, 1000.0 * 66 + 7 * 11);
        QCOMPARE(fingerprint("qh"), before);
    }

    void badConnectionsSayWhatToDo()
    {
        // A password would be saved in the project and printed: refused, not shown.
        const Run pw = cli({"import", pg("qh") + " password=s3cret"});
        QCOMPARE(pw.exitCode, 1);
        QVERIFY2(pw.err.contains("~/.pgpass"), qPrintable(pw.err));
        QVERIFY2(!pw.err.contains("s3cret"), qPrintable(pw.err));
        // No server there.
        const Run down = cli({"import", "PG:host=/nonexistent-socket-folder user=postgres dbname=qh"});
        QCOMPARE(down.exitCode, 1);
        QVERIFY2(down.err.contains("cannot open the database"), qPrintable(down.err));
        QVERIFY2(down.err.contains("/nonexistent-socket-folder"), qPrintable(down.err));
        // No such database.
        const Run nodb = cli({"import", pg("nosuchdb")});
        QCOMPARE(nodb.exitCode, 1);
        QVERIFY2(nodb.err.contains("nosuchdb"), qPrintable(nodb.err));
        // A table that is not there: named, with the tables that are.
        QTemporaryDir dir;
        const Run table = cli({"new", "--network", pg("qh", "network"), "--facilities", pg("qh", "nosuchtable"), "--population",
                               pg("qh", QString::fromUtf8("街道人口")), "--out", dir.filePath("p.qhproj")});
        QCOMPARE(table.exitCode, 1);
        QVERIFY2(table.err.contains("has no table 'nosuchtable'"), qPrintable(table.err));
        QVERIFY2(table.err.contains(QString::fromUtf8("街道人口")), qPrintable(table.err)); // the tables it has
        QVERIFY(!QFile::exists(dir.filePath("p.qhproj")));
    }
};

QTEST_GUILESS_MAIN(TestCliPostgis)
#include "test_cli_postgis.moc"
