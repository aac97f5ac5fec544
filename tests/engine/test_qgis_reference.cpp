// Reachable network length within 1,000 m against QGIS 3.22's "Service area (from
// layer)" on the same Liechtenstein network (../shared/reference/qgis-3.22-service-area).
// QGIS does not charge the walk from a start to the network, so neither do we here.
#include <QFile>
#include <QtTest>

#include "io/readers.h"
#include "network/dijkstra.h"
#include "scenario/project.h"

using namespace qh;

class TestQgisReference : public QObject
{
    Q_OBJECT
private slots:
    void liechtenstein_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::newRow("100 random on-network starts") << "li_rand100_reach.csv";
        QTest::newRow("21 facilities, 6-32 m off the network") << "li_fac_reach.csv";
    }
    void liechtenstein()
    {
        QFETCH(QString, csv);
        QFile f(QStringLiteral(QH_SHARED_DIR "/reference/qgis-3.22-service-area/") + csv);
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("../shared/reference is not beside the checkout");
        Project p = loadProject(QH_SAMPLE_PROJECT);
        Warnings w;
        const WalkGraph g = WalkGraph::fromPolylines(readLines(p.network, p.crs, w));
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
        qInfo("%s: %d starts, mean |diff| %.3f%%, worst %.3f%%", qPrintable(csv), n,
              sumRel / n * 100, worst * 100);
    }
};

QTEST_GUILESS_MAIN(TestQgisReference)
#include "test_qgis_reference.moc"
