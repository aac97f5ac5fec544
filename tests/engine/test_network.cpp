// Walking graph, snapping, bounded Dijkstra and reachable length on small
// hand-made networks with exact expected values, plus brute-force checks on the
// sample network.
#include <random>
#include <set>

#include <QtTest>

#include "io/readers.h"
#include "network/dijkstra.h"
#include "network/graph.h"
#include "scenario/project.h"

using namespace qh;

namespace {

//   a(0,0) ---100--- b(100,0) ---100--- c(200,0)        e(500,0) ---100--- f(600,0)
//                      |
//                      50
//                      |
//                    d(100,-50)
// Edge ids follow input order: a-b 0, b-c 1, b-d 2, e-f 3.
WalkGraph tee()
{
    return WalkGraph::fromPolylines({{{0, 0}, {100, 0}, {200, 0}},
                                     {{100, 0}, {100, -50}},
                                     {{500, 0}, {600, 0}}});
}

constexpr std::uint32_t A = 0, B = 1, C = 2, D = 3, E = 4, F = 5; // node ids in order of appearance

/// Plain Dijkstra over the whole graph with std::set: the independent reference.
std::vector<double> fullDijkstra(const WalkGraph &g, const std::vector<std::pair<std::uint32_t, double>> &src)
{
    std::vector<double> dist(g.nodeCount(), BoundedDijkstra::kInf);
    std::set<std::pair<double, std::uint32_t>> q;
    for (auto [n, d] : src)
        if (d < dist[n]) {
            q.erase({dist[n], n});
            dist[n] = d;
            q.insert({d, n});
        }
    while (!q.empty()) {
        auto [d, n] = *q.begin();
        q.erase(q.begin());
        for (std::uint32_t a = g.firstOut(n); a < g.firstOut(n + 1); ++a) {
            const std::uint32_t m = g.arcHead(a);
            if (d + g.arcLength(a) < dist[m]) {
                q.erase({dist[m], m});
                dist[m] = d + g.arcLength(a);
                q.insert({dist[m], m});
            }
        }
    }
    return dist;
}

const WalkGraph &sampleGraph()
{
    static const WalkGraph g = [] {
        Project p = loadProject(QH_SAMPLE_PROJECT);
        Warnings w;
        return WalkGraph::fromPolylines(readLines(p.network.ref, p.crs, WalkFilter::everything(), w));
    }();
    return g;
}

} // namespace

class TestNetwork : public QObject
{
    Q_OBJECT
private slots:
    void buildsNodesEdgesAndComponents()
    {
        const WalkGraph g = tee();
        QCOMPARE(g.nodeCount(), 6u);
        QCOMPARE(g.edgeCount(), 4u);
        QCOMPARE(g.totalLength(), 350.0);
        auto sizes = g.componentSizes();
        std::sort(sizes.begin(), sizes.end());
        QCOMPARE(sizes, (std::vector<std::uint32_t>{2, 4}));
    }

    void dropsDuplicateAndZeroLengthSegments()
    {
        // The same segment twice (once reversed) and a repeated vertex.
        const WalkGraph g = WalkGraph::fromPolylines(
            {{{0, 0}, {10, 0}, {10, 0}, {20, 0}}, {{10, 0}, {0, 0}}});
        QCOMPARE(g.edgeCount(), 2u);
        QCOMPARE(g.totalLength(), 20.0);
    }

    void linesConnectOnlyAtSharedVertices()
    {
        // Two lines crossing at (5,5) without a shared vertex do not connect.
        const WalkGraph g = WalkGraph::fromPolylines({{{0, 0}, {10, 10}}, {{0, 10}, {10, 0}}});
        QCOMPARE(g.componentSizes().size(), 2u);
    }

    void boundedSearch_data()
    {
        QTest::addColumn<double>("cutoff");
        QTest::addColumn<std::vector<double>>("expected"); // a..f
        const double inf = BoundedDijkstra::kInf;
        QTest::newRow("everything") << 1000.0 << std::vector<double>{0, 100, 200, 150, inf, inf};
        QTest::newRow("cut before c and d") << 120.0 << std::vector<double>{0, 100, inf, inf, inf, inf};
        QTest::newRow("cutoff exactly at d") << 150.0 << std::vector<double>{0, 100, inf, 150, inf, inf};
    }
    void boundedSearch()
    {
        QFETCH(double, cutoff);
        QFETCH(std::vector<double>, expected);
        const WalkGraph g = tee();
        BoundedDijkstra s(g);
        s.reset();
        s.addSource(A, 0);
        s.run(cutoff);
        for (std::uint32_t n = 0; n < g.nodeCount(); ++n)
            QCOMPARE(s.distance(n), expected[n]);
    }

    void searchObjectIsReusable()
    {
        const WalkGraph g = tee();
        BoundedDijkstra s(g);
        s.reset();
        s.addSource(C, 0);
        s.run(1000);
        QCOMPARE(s.distance(A), 200.0);
        s.reset();
        s.addSource(E, 0);
        s.run(1000);
        QCOMPARE(s.distance(A), BoundedDijkstra::kInf);
        QCOMPARE(s.distance(F), 100.0);
    }

    void snapsToNearestPointOnNearestEdge_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::addColumn<int>("edge");
        QTest::addColumn<double>("t");
        QTest::addColumn<double>("offset");
        QTest::newRow("mid a-b, above") << 50.0 << 10.0 << 0 << 0.5 << 10.0;
        QTest::newRow("beside b-d") << 103.0 << -20.0 << 2 << 0.4 << 3.0;
        QTest::newRow("beyond c") << 230.0 << 40.0 << 1 << 1.0 << 50.0;
        // (100,10) is 10 m from b on a-b, b-c and b-d: ties go to the lowest edge id.
        QTest::newRow("tie at b") << 100.0 << 10.0 << 0 << 1.0 << 10.0;
        QTest::newRow("on the island") << 550.0 << -1.0 << 3 << 0.5 << 1.0;
    }
    void snapsToNearestPointOnNearestEdge()
    {
        QFETCH(double, x);
        QFETCH(double, y);
        QFETCH(int, edge);
        QFETCH(double, t);
        QFETCH(double, offset);
        const WalkGraph g = tee();
        const SnapIndex idx(g);
        auto s = idx.snap({x, y}, 500);
        QVERIFY(s);
        QCOMPARE(int(s->edge), edge);
        QCOMPARE(s->t, t);
        QCOMPARE(s->offset, offset);
    }

    void pointTooFarIsNotSnapped()
    {
        const WalkGraph g = tee();
        const SnapIndex idx(g);
        QVERIFY(!idx.snap({300, 300}, 100));
        QVERIFY(idx.snap({300, 300}, 400)); // 316 m to c
    }

    void offNetworkLegIsWalked()
    {
        // Start 10 m above the middle of a-b; target 5 m below the middle of b-c.
        const WalkGraph g = tee();
        const SnapIndex idx(g);
        auto from = *idx.snap({50, 10}, 100);
        auto to = *idx.snap({150, -5}, 100);
        BoundedDijkstra s(g);
        s.reset();
        s.addSnapSource(from);
        s.run(1000);
        QCOMPARE(s.distance(A), 60.0);
        QCOMPARE(s.distance(C), 160.0);
        QCOMPARE(distanceTo(s, g, to, {{from, from.offset}}), 10.0 + 50.0 + 50.0 + 5.0);
    }

    void sameEdgeNeedsNoNode()
    {
        // Both on a-b: 60 m apart along the edge; via a or b would be 100 m.
        const WalkGraph g = tee();
        const SnapIndex idx(g);
        auto from = *idx.snap({20, 0}, 10);
        auto to = *idx.snap({80, 0}, 10);
        BoundedDijkstra s(g);
        s.reset();
        s.addSnapSource(from);
        s.run(30); // settles a (20 m) but not b (80 m)
        QCOMPARE(distanceTo(s, g, to, {{from, 0.0}}), 60.0);
        QCOMPARE(distanceTo(s, g, to, {}), 20.0 + 80.0);
    }

    void disconnectedPartIsUnreachable()
    {
        const WalkGraph g = tee();
        const SnapIndex idx(g);
        auto from = *idx.snap({0, 0}, 1);
        auto island = *idx.snap({550, 0}, 1);
        BoundedDijkstra s(g);
        s.reset();
        s.addSnapSource(from);
        s.run(1e9);
        QCOMPARE(distanceTo(s, g, island, {}), BoundedDijkstra::kInf);
    }

    void reachableLength_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::addColumn<double>("cutoff");
        QTest::addColumn<bool>("charge");
        QTest::addColumn<double>("expected");
        // From a: all of a-b, 20 m of b-c and of b-d.
        QTest::newRow("from a, 120") << 0.0 << 0.0 << 120.0 << true << 140.0;
        // From the middle of a-b: all of a-b, 10 m each of b-c, b-d.
        QTest::newRow("mid a-b, 60") << 50.0 << 0.0 << 60.0 << true << 120.0;
        // Partial start edge only: 30 m either side of the start.
        QTest::newRow("mid a-b, 30") << 50.0 << 0.0 << 30.0 << true << 60.0;
        // Offset of 10 charged: 20 m either side.
        QTest::newRow("10 m off, charged") << 50.0 << 10.0 << 30.0 << true << 40.0;
        QTest::newRow("10 m off, free (QGIS)") << 50.0 << 10.0 << 30.0 << false << 60.0;
        QTest::newRow("offset beyond cutoff") << 50.0 << 40.0 << 30.0 << true << 0.0;
        QTest::newRow("whole component") << 150.0 << 0.0 << 1000.0 << true << 250.0;
    }
    void reachableLength()
    {
        QFETCH(double, x);
        QFETCH(double, y);
        QFETCH(double, cutoff);
        QFETCH(bool, charge);
        QFETCH(double, expected);
        const WalkGraph g = tee();
        const SnapIndex idx(g);
        BoundedDijkstra s(g);
        auto start = *idx.snap({x, y}, 100);
        QCOMPARE(qh::reachableLength(s, g, start, cutoff, charge), expected);
    }

    void reachedPiecesAreCutAtTheCutoff()
    {
        // From a with 120 m: all of a-b, and 20 m of b-c and of b-d.
        const WalkGraph g = tee();
        const SnapIndex idx(g);
        BoundedDijkstra s(g);
        const Snap start = *idx.snap({0, 0}, 1);
        s.reset();
        s.addSnapSource(start);
        s.run(120);
        auto pieces = reachedPieces(s, g, start, 120, true);
        double total = 0;
        bool sawCut = false;
        for (const Segment &p : pieces) {
            total += distance(p.a, p.b);
            sawCut = sawCut || (std::abs(p.b.x - 120) < 1e-9 && p.b.y == 0) || (p.b.x == 100 && std::abs(p.b.y + 20) < 1e-9);
        }
        QCOMPARE(total, 140.0);
        QVERIFY(sawCut);
        // A 50 m buffer of one 100 m segment: 2 x 50 x 100 plus (nearly) a disc of radius 50.
        const MultiPolygon buf = bufferSegments({{{0, 0}, {100, 0}}}, 50);
        const double expected = 2 * 50 * 100 + M_PI * 50 * 50;
        QVERIFY2(std::abs(areaOf(buf) - expected) / expected < 0.02, qPrintable(QString::number(areaOf(buf))));
        // Two overlapping buffers union to less than their sum.
        const MultiPolygon two = unionPolygons({buf, bufferSegments({{{50, 0}, {150, 0}}}, 50)});
        QVERIFY(areaOf(two) < 2 * areaOf(buf) && areaOf(two) > areaOf(buf));
    }

    void reachedPiecesAddUpToReachableLengthOnSample()
    {
        const WalkGraph &g = sampleGraph();
        const SnapIndex idx(g);
        BoundedDijkstra s(g);
        std::mt19937 rng(3);
        const Rect ext = g.extent();
        std::uniform_real_distribution<double> ux(ext.minX, ext.maxX), uy(ext.minY, ext.maxY);
        int n = 0;
        while (n < 30) {
            auto start = idx.snap({ux(rng), uy(rng)}, 200);
            if (!start)
                continue;
            ++n;
            const double len = qh::reachableLength(s, g, *start, 900, true);
            double total = 0;
            for (const Segment &p : reachedPieces(s, g, *start, 900, true))
                total += distance(p.a, p.b);
            QVERIFY2(std::abs(total - len) < 1e-6 * std::max(1.0, len), qPrintable(QString("%1 vs %2").arg(total).arg(len)));
        }
    }

    void bruteForceDistancesOnSample()
    {
        const WalkGraph &g = sampleGraph();
        std::mt19937 rng(15);
        std::uniform_int_distribution<std::uint32_t> pick(0, g.nodeCount() - 1);
        BoundedDijkstra s(g);
        const double cutoff = 900;
        for (int run = 0; run < 20; ++run) {
            // Two or three sources, as a facility type with several sites.
            std::vector<std::pair<std::uint32_t, double>> src;
            s.reset();
            for (int k = 0; k < 1 + run % 3; ++k) {
                src.push_back({pick(rng), 7.0 * k});
                s.addSource(src.back().first, src.back().second);
            }
            s.run(cutoff);
            const auto ref = fullDijkstra(g, src);
            int within = 0;
            for (std::uint32_t n = 0; n < g.nodeCount(); ++n) {
                if (ref[n] <= cutoff) {
                    ++within;
                    QVERIFY2(std::abs(s.distance(n) - ref[n]) < 1e-6,
                             qPrintable(QString("node %1: %2 vs %3").arg(n).arg(s.distance(n)).arg(ref[n])));
                } else {
                    QCOMPARE(s.distance(n), BoundedDijkstra::kInf);
                }
            }
            QVERIFY(within >= 1);
            QCOMPARE(int(s.settled().size()), within);
        }
    }

    void bruteForceSnappingOnSample()
    {
        const WalkGraph &g = sampleGraph();
        const SnapIndex idx(g);
        const Rect ext = g.extent();
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> ux(ext.minX, ext.maxX), uy(ext.minY, ext.maxY);
        for (int i = 0; i < 300; ++i) {
            const Point p{ux(rng), uy(rng)};
            double best = 1e300;
            for (std::uint32_t e = 0; e < g.edgeCount(); ++e) {
                const Point &a = g.node(g.edgeU(e)), &b = g.node(g.edgeV(e));
                const double dx = b.x - a.x, dy = b.y - a.y;
                const double t = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy), 0.0, 1.0);
                best = std::min(best, distance(p, {a.x + t * dx, a.y + t * dy}));
            }
            auto s = idx.snap(p, 400);
            if (best <= 400) {
                QVERIFY(s);
                QVERIFY(std::abs(s->offset - best) < 1e-9);
            } else {
                QVERIFY(!s);
            }
        }
    }

    void sampleGraphIsLeanAndConnected()
    {
        const WalkGraph &g = sampleGraph();
        QVERIFY(g.edgeCount() > 72000);
        QVERIFY(double(g.memoryBytes()) / g.edgeCount() < 100.0);
        auto sizes = g.componentSizes();
        QVERIFY(*std::max_element(sizes.begin(), sizes.end()) > 0.95 * g.nodeCount());
    }
};

QTEST_GUILESS_MAIN(TestNetwork)
#include "test_network.moc"
