// Reachable network length within 1,000 m against QGIS 3.22's "Service area (from
// layer)" on the same networks (../shared/reference/qgis-3.22-service-area): the
// Liechtenstein sample network, and Porto Alegre read straight from the OSM PBF
// with the reference's recipe. QGIS does not charge the walk from a start to the
// network, so neither do we here.
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

#include "io/readers.h"
#include "network/dijkstra.h"
#include "scenario/project.h"

using namespace qh;

namespace {

const QString kRef = QStringLiteral(QH_SHARED_DIR "/reference/qgis-3.22-service-area/");

/// The classes of the reference recipe (its README), no tag checks.
WalkFilter referenceFilter()
{
    WalkFilter f = WalkFilter::everything();
    f.includeClasses = {"footway", "path", "pedestrian", "steps", "living_street", "residential",
                        "service", "unclassified", "tertiary", "tertiary_link", "secondary",
                        "secondary_link", "primary", "primary_link", "track", "cycleway", "road"};
    return f;
}

void compareWithQgis(const WalkGraph &g, const QString &csv)
{
    QFile f(kRef + csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const SnapIndex idx(g);
    BoundedDijkstra search(g);
    f.readLine(); // header
    int n = 0;
    double worst = 0, sumRel = 0;
    while (!f.atEnd()) {
        const QList<QByteArray> col = f.readLine().trimmed().split(',');
        if (col.size() < 4)
            continue;
        const Point start{col[1].toDouble(), col[2].toDouble()};
        const double qgis = col[3].toDouble();
        auto snap = idx.snap(start, 100);
        QVERIFY(snap);
        const double ours = reachableLength(search, g, *snap, 1000.0, false);
        const double rel = std::abs(ours - qgis) / qgis;
        worst = std::max(worst, rel);
        sumRel += rel;
        ++n;
        QVERIFY2(rel < 0.01, qPrintable(QString("start %1: ours %2 m, QGIS %3 m (%4%)")
                                            .arg(QString(col[0])).arg(ours, 0, 'f', 1)
                                            .arg(qgis, 0, 'f', 1).arg(rel * 100, 0, 'f', 3)));
    }
    QVERIFY(n >= 21);
    qInfo("%s: %d starts, mean |diff| %.3f%%, worst %.3f%%", qPrintable(csv), n, sumRel / n * 100,
          worst * 100);
}

} // namespace

class TestQgisReference : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QFile::exists(kRef + "README.md"))
            QSKIP("../shared/reference is not beside the checkout");
    }

    void liechtenstein_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::newRow("100 random on-network starts") << "li_rand100_reach.csv";
        QTest::newRow("21 facilities, 6-32 m off the network") << "li_fac_reach.csv";
    }
    void liechtenstein()
    {
        QFETCH(QString, csv);
        Project p = loadProject(QH_SAMPLE_PROJECT);
        Warnings w;
        const WalkGraph g = WalkGraph::fromPolylines(readLines(p.network.ref, p.crs, WalkFilter::everything(), w));
        compareWithQgis(g, csv);
    }

    void portoAlegreFromPbf_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::newRow("1,000 random on-network starts") << "poa_rand1000_reach.csv";
    }
    void portoAlegreFromPbf()
    {
        QFETCH(QString, csv);
        Warnings w;
        QElapsedTimer t;
        t.start();
        const auto lines = readLines({QH_SHARED_DIR "/data/porto_alegre_poa_osm.pbf", ""},
                                     Crs::fromUserInput("EPSG:32722"), referenceFilter(), w);
        const WalkGraph g = WalkGraph::fromPolylines(lines);
        qInfo("Porto Alegre from PBF: %zu ways, %u edges, %.1f km in %lld ms", lines.size(),
              g.edgeCount(), g.totalLength() / 1000, t.elapsed());
        QCOMPARE(lines.size(), 15657u); // the reference's way count
        QVERIFY(std::abs(g.totalLength() / 1000 - 2002.1) < 2.0);
        compareWithQgis(g, csv);
    }
};

QTEST_GUILESS_MAIN(TestQgisReference)
#include "test_qgis_reference.moc"
