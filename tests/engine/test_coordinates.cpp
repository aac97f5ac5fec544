// Coordinates that cannot be right (#13 cases 8 and 9): numbers too large for any
// map, places outside the area the CRS is made for, a zone number in front of an
// easting whose CRS has none, facilities on the other side of the world from the
// network. Each is refused before any work with a message that names the file,
// the feature (or the plan entry) and what to check, instead of overflowing an
// index or "succeeding" with nothing covered.
// The small town of the fuzz harnesses (tests/fuzz/fixture) is the project here.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "coverage/analysis.h"
#include "geo/crs.h"
#include "io/readers.h"
#include "scenario/project.h"

using namespace qh;

namespace {

const QString kFixture = QStringLiteral(QH_SOURCE_DIR "/tests/fuzz/fixture/");

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

/// The fixture project with its layers' paths made absolute.
QJsonObject townProject()
{
    QJsonObject p = readJson(QH_SOURCE_DIR "/tests/fuzz/corpus/project/sample.qhproj");
    QJsonObject layers = p["layers"].toObject();
    for (const QString &k : layers.keys()) {
        QJsonObject l = layers[k].toObject();
        l["path"] = kFixture + l["path"].toString();
        layers[k] = l;
    }
    p["layers"] = layers;
    return p;
}

QJsonObject withLayer(QJsonObject p, const QString &role, const QJsonObject &layer)
{
    QJsonObject layers = p["layers"].toObject();
    layers[role] = layer;
    p["layers"] = layers;
    return p;
}

/// A copy of a fixture layer with one feature's first coordinate replaced.
QString movedFeature(const QTemporaryDir &dir, const QString &layer, double x, double y)
{
    QJsonObject g = readJson(kFixture + layer + ".geojson");
    QJsonArray features = g["features"].toArray();
    QJsonObject f = features[0].toObject();
    QJsonObject geom = f["geometry"].toObject();
    QJsonArray coords = geom["coordinates"].toArray();
    if (geom["type"].toString() == "Point") {
        coords = QJsonArray{x, y};
    } else if (geom["type"].toString() == "Polygon") { // the ring's first and last corner
        QJsonArray ring = coords[0].toArray();
        ring[0] = ring[ring.size() - 1] = QJsonArray{x, y};
        coords[0] = ring;
    } else {
        coords[0] = QJsonArray{x, y};
    }
    geom["coordinates"] = coords;
    f["geometry"] = geom;
    features[0] = f;
    g["features"] = features;
    const QString path = dir.filePath(layer + "-moved.geojson");
    writeJson(path, g);
    return path;
}

template <typename Fn>
QString errorOf(Fn &&fn)
{
    try {
        fn();
    } catch (const Error &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

/// The town with its facilities from a sheet of lon/lat rows (name,type,beds,lon,lat);
/// returns the project file's path.
QString withFacilitySheet(const QTemporaryDir &dir, const QString &name, const QByteArray &rows)
{
    const QString csv = dir.filePath(name);
    writeText(csv, "name,type,beds,lon,lat\n" + rows);
    const QJsonObject p = withLayer(townProject(), "facilities",
                                    QJsonObject{{"path", csv}, {"crs", "EPSG:4326"}, {"x_field", "lon"},
                                                {"y_field", "lat"}, {"name_field", "name"}, {"type_field", "type"}});
    const QString path = dir.filePath("p.qhproj");
    writeJson(path, p);
    return path;
}

/// The message of loading and analysing a project file (empty when it works).
QString analysisError(const QString &path)
{
    return errorOf([&] {
        const Project p = loadProject(path.toStdString());
        analyze(p, loadRegion(p));
    });
}

} // namespace

class TestCoordinates : public QObject
{
    Q_OBJECT

private slots:
    void theTownItselfAnalyses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("town.qhproj");
        writeJson(path, townProject());
        QCOMPARE(analysisError(path), QString());
    }

    void validAreaOfACrs()
    {
        // UTM 32N is used from 6 to 12°E: eastings around 166-834 km, widened for
        // study areas that cross the zone's edge, never 10 times that.
        const Rect utm = Crs::fromUserInput("EPSG:32632").validArea();
        QVERIFY(utm.minX < 166000 && utm.minX > -500000);
        QVERIFY(utm.maxX > 834000 && utm.maxX < 1500000);
        QVERIFY(utm.maxY > 9300000 && utm.maxY < 12000000);
        // A Gauss-Krüger zone with the zone number in front: eastings of 39 500 000.
        const Rect gk = Crs::fromUserInput("EPSG:4527").validArea(); // CGCS2000 3° zone 39
        QVERIFY(gk.minX < 39400000 && gk.maxX > 39600000 && gk.maxX < 40500000);
    }

    void featuresOutsideTheCrsAreaAreNamed_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::addColumn<QString>("expected");
        // Found by the sanitizer build: 2^31 and beyond overflowed the snap index.
        QTest::newRow("facility at 1e308") << "facilities" << 1e308 << 5225100.0 << "(1e+308, 5225100)";
        QTest::newRow("facility at 5e10") << "facilities" << 5e10 << 5225100.0 << "(5e+10, 5225100)";
        QTest::newRow("facility west of the zone") << "facilities" << -758000.0 << 5225100.0 << "(-758000, 5225100)";
        QTest::newRow("network vertex at 5e15") << "network" << 5e15 << 5225000.0 << "(5e+15, 5225000)";
        QTest::newRow("unit corner at 2^31") << "units" << 2147483648.0 << 5225000.0 << "(2147483648, 5225000)";
        QTest::newRow("cell corner at -1e12") << "population" << -1e12 << 5225000.0 << "(-1e+12, 5225000)";
    }

    void featuresOutsideTheCrsAreaAreNamed()
    {
        QFETCH(QString, layer);
        QFETCH(double, x);
        QFETCH(double, y);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QJsonObject p = townProject();
        QJsonObject l = p["layers"].toObject()[layer].toObject();
        l["path"] = movedFeature(dir, layer, x, y);
        p = withLayer(p, layer, l);
        const QString path = dir.filePath("p.qhproj");
        writeJson(path, p);
        const QString msg = analysisError(path);
        QVERIFY2(msg.contains(layer + "-moved.geojson, layer '" + layer + "-moved', feature 0"), qPrintable(msg));
        QVERIFY2(msg.contains(expected) && msg.contains("outside the area where EPSG:32632"), qPrintable(msg));
        QVERIFY2(msg.contains("check the coordinates"), qPrintable(msg));
    }

    void zonePrefixedEastingsInAZonelessCrs()
    {
        // Eastings with the zone number 38 in front, declared as the zone-less CGCS2000
        // CM 114°E: before, every facility was "no usable geometry" and the run
        // succeeded with none.
        QTemporaryDir dir;
        const QString csv = dir.filePath("gk.csv");
        writeText(csv, QString::fromUtf8("名称,类型,床位数,X,Y\n养老院甲,elderly_care,5,38500000.5,2770000.5\n").toUtf8());
        QJsonObject p = townProject();
        p["crs"] = "EPSG:4547";
        p = withLayer(p, "facilities", QJsonObject{{"path", csv}, {"crs", "EPSG:4547"}, {"x_field", "X"}, {"y_field", "Y"},
                                                   {"name_field", QString::fromUtf8("名称")},
                                                   {"type_field", QString::fromUtf8("类型")}});
        const Project project = [&] {
            const QString path = dir.filePath("p.qhproj");
            writeJson(path, p);
            return loadProject(path.toStdString());
        }();
        Warnings w;
        const QString msg = errorOf([&] { readFacilities(project.facilities, project.crs, w); });
        QVERIFY2(msg.contains("gk.csv, layer 'gk', feature 1: its coordinates (38500000.5, 2770000.5)"), qPrintable(msg));
        QVERIFY2(msg.contains("EPSG:4547"), qPrintable(msg));
        QVERIFY2(msg.contains("zone number 38") && msg.contains("EPSG:4526"), qPrintable(msg));
    }

    void facilitiesOnTheOtherSideOfTheWorld()
    {
        // Facilities in Kunming (lon/lat), network in Liechtenstein (UTM 32N): this
        // used to "succeed" with everything outside every circle.
        QTemporaryDir dir;
        const QString msg = analysisError(withFacilitySheet(dir, "kunming.csv", "A,elderly_care,5,102.71,25.04\n"));
        QVERIFY2(msg.contains("kunming.csv, layer 'kunming', feature 1: its coordinates (102.71, 25.04) lie outside the "
                              "area where EPSG:32632"),
                 qPrintable(msg));
    }

    void aLayerWithoutAnyPlaceIsAnError()
    {
        QTemporaryDir dir;
        const QString msg = analysisError(withFacilitySheet(dir, "noplace.csv", "A,elderly_care,5,,\nB,childcare,5,x,y\n"));
        QVERIFY2(msg.contains("noplace.csv, layer 'noplace': none of its 2 features has a usable place"), qPrintable(msg));
    }

    void planEntriesAreChecked_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("added x 1e308") << "added" << "x" << QJsonValue(1e308)
                                       << "'plan.added[P1].x' must be between -100000000 and 100000000 m, not 1e+308";
        QTest::newRow("added x as text") << "added" << "x" << QJsonValue("abc") << "'plan.added[P1].x' must be a number";
        QTest::newRow("added far west") << "added" << "x" << QJsonValue(-758000.0)
                                        << "'plan.added[P1]' (-758000, 5225100) lies outside the area where EPSG:32632";
        QTest::newRow("added without y") << "added" << "y" << QJsonValue() << "'plan.added[P1]' needs both 'x' and 'y'";
        QTest::newRow("moved x 1e300") << "moved" << "x" << QJsonValue(1e300)
                                       << "'plan.moved[F2].x' must be between -100000000 and 100000000 m, not 1e+300";
        QTest::newRow("added capacity 1e308")
            << "added" << "capacity" << QJsonValue(QJsonObject{{"childcare_places", 1e308}})
            << "'plan.added[P1].capacity.childcare_places' must be between 0 and 10000000, not 1e+308";
        QTest::newRow("plan as a list") << "" << "" << QJsonValue(QJsonArray{1}) << "'plan' must be an object";
    }

    void planEntriesAreChecked()
    {
        QFETCH(QString, part);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject p = townProject();
        QJsonObject plan = readJson(QH_SOURCE_DIR "/tests/fuzz/corpus/project/plan.qhproj")["plan"].toObject();
        if (part.isEmpty()) {
            p["plan"] = value;
        } else {
            QJsonArray entries = plan[part].toArray();
            QJsonObject e = entries[0].toObject();
            if (value.isNull())
                e.remove(key);
            else
                e[key] = value;
            entries[0] = e;
            plan[part] = entries;
            p["plan"] = plan;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath("p.qhproj");
        writeJson(path, p);
        const QString msg = errorOf([&] { loadProject(path.toStdString()); });
        QVERIFY2(msg.contains(expected), qPrintable(msg));
    }
};

QTEST_MAIN(TestCoordinates)
#include "test_coordinates.moc"
