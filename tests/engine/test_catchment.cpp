// Catchment polygons from the distance grid (geo/buffergrid): hand-computed areas
// on drawn networks, rings and holes, independence from the order of work, and
// agreement with the GEOS buffers they replace on the sample.
#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <random>

#include <QtTest>

#include "coverage/model.h"
#include "geo/buffergrid.h"
#include "geo/geos.h"
#include "io/readers.h"
#include "network/graph.h"
#include "scenario/project.h"

using namespace qh;

namespace {

constexpr double kPi = std::numbers::pi;

double ringArea(const Ring &r)
{
    double s = 0;
    for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++)
        s += (r[j].x - r[i].x) * (r[j].y + r[i].y);
    return s / 2;
}

MultiPolygon outlineOf(const std::vector<Segment> &segments, double width, double cell = 0)
{
    BufferGrid grid(width, cell);
    grid.addAll(segments);
    return grid.outline();
}

/// Where two outlines first differ (polygon, ring or point, compared exactly); empty when
/// they are the same point for point.
QString firstDifference(const MultiPolygon &got, const MultiPolygon &want)
{
    if (got.size() != want.size())
        return QStringLiteral("%1 polygons, expected %2").arg(got.size()).arg(want.size());
    for (std::size_t p = 0; p < want.size(); ++p) {
        if (got[p].size() != want[p].size())
            return QStringLiteral("polygon %1: %2 rings, expected %3").arg(p).arg(got[p].size()).arg(want[p].size());
        for (std::size_t r = 0; r < want[p].size(); ++r) {
            if (got[p][r].size() != want[p][r].size())
                return QStringLiteral("polygon %1 ring %2: %3 points, expected %4")
                    .arg(p).arg(r).arg(got[p][r].size()).arg(want[p][r].size());
            for (std::size_t k = 0; k < want[p][r].size(); ++k)
                if (got[p][r][k].x != want[p][r][k].x || got[p][r][k].y != want[p][r][k].y)
                    return QStringLiteral("polygon %1 ring %2 point %3 differs").arg(p).arg(r).arg(k);
        }
    }
    return {};
}

void expectNear(double actual, double expected, double relative, const char *what)
{
    if (std::abs(actual - expected) > relative * std::abs(expected))
        QFAIL(qPrintable(QStringLiteral("%1: %2, expected %3 (± %4 %)")
                             .arg(what)
                             .arg(actual, 0, 'f', 1)
                             .arg(expected, 0, 'f', 1)
                             .arg(relative * 100)));
}

} // namespace

class TestCatchment : public QObject
{
    Q_OBJECT

private slots:
    void oneStreet()
    {
        // A 100 m street widened by 10 m: a 100 x 20 rectangle and two half discs.
        const MultiPolygon mp = outlineOf({{{0, 0}, {100, 0}}}, 10);
        QCOMPARE(mp.size(), std::size_t(1));
        QCOMPARE(mp[0].size(), std::size_t(1));
        const Ring &r = mp[0][0];
        QVERIFY(r.front().x == r.back().x && r.front().y == r.back().y); // closed
        QVERIFY(ringArea(r) > 0);                                        // counter-clockwise
        expectNear(areaOf(mp), 100 * 20 + kPi * 100, 0.01, "one street");
        const Rect b = boundsOf(mp);
        QVERIFY(std::abs(b.minX + 10) < 0.5 && std::abs(b.maxX - 110) < 0.5);
        QVERIFY(std::abs(b.minY + 10) < 0.5 && std::abs(b.maxY - 10) < 0.5);
    }

    void blockLoopHasAHole()
    {
        // A 400 m square block, widened by 50 m: a 500 m square with rounded
        // corners around a 300 m square hole.
        const std::vector<Segment> loop{
            {{0, 0}, {400, 0}}, {{400, 0}, {400, 400}}, {{400, 400}, {0, 400}}, {{0, 400}, {0, 0}}};
        const MultiPolygon mp = outlineOf(loop, 50);
        QCOMPARE(mp.size(), std::size_t(1));
        QCOMPARE(mp[0].size(), std::size_t(2));
        QVERIFY(ringArea(mp[0][1]) < 0); // the hole runs clockwise
        expectNear(-ringArea(mp[0][1]), 300.0 * 300, 0.005, "hole");
        expectNear(ringArea(mp[0][0]), 500.0 * 500 - 4 * (2500 - kPi * 2500 / 4), 0.005, "outer ring");
    }

    void islandInAHole()
    {
        // A 1 km block with a short street in its middle: two polygons, the block's
        // with a hole, the street's inside that hole.
        std::vector<Segment> s{{{0, 0}, {1000, 0}}, {{1000, 0}, {1000, 1000}}, {{1000, 1000}, {0, 1000}},
                               {{0, 1000}, {0, 0}}, {{450, 500}, {550, 500}}};
        const MultiPolygon mp = outlineOf(s, 50);
        QCOMPARE(mp.size(), std::size_t(2));
        const auto holes = [&](std::size_t k) { return mp[k].size() - 1; };
        QCOMPARE(holes(0) + holes(1), std::size_t(1));
        const Polygon &island = holes(0) == 0 ? mp[0] : mp[1];
        expectNear(ringArea(island[0]), 100 * 100 + kPi * 2500, 0.01, "island");
    }

    void drawnNetwork()
    {
        // The facility F is 200 m along the south side of a 400 m block, with a
        // street running 1 km on to the east. With 1,000 m to walk it reaches the
        // whole block (the far corner is 800 m away either way round) and 800 m of
        // the street east of the block (to x = 1,200):
        //
        //   (0,400) +--------------+ (400,400)
        //           |              |
        //           |              |
        //     (0,0) +----F---------+-------------------------+ (1400,0)
        //                  reached to here: (1200,0) ^
        //
        // Widened by 50 m: the block's ring (500 m square with rounded corners,
        // less its 300 m square hole) plus the street's 800 x 100 m band and end
        // cap, less the corner the two share (a 50 m square and a quarter disc).
        const WalkGraph g = WalkGraph::fromPolylines(
            {{{0, 0}, {400, 0}, {1400, 0}}, {{0, 0}, {0, 400}, {400, 400}, {400, 0}}});
        const SnapIndex index(g);
        const double disc = kPi * 2500;
        const double block = 500.0 * 500 - 4 * (2500 - disc / 4) - 300.0 * 300;
        const double street = 800.0 * 100 + disc / 2 - (2500 + disc / 4);
        const MultiPolygon mp = catchmentAt(g, index, {200, 0}, 1000, 50, 100);
        QCOMPARE(mp.size(), std::size_t(1));
        QCOMPARE(mp[0].size(), std::size_t(2));
        expectNear(areaOf(mp), block + street, 0.005, "catchment of F");
        QVERIFY(std::abs(boundsOf(mp).maxX - 1250) < 1);
        // Out of reach of the network: no catchment.
        QVERIFY(catchmentAt(g, index, {200, 500}, 1000, 50, 30).empty());
    }

    void sameWhateverTheOrder()
    {
        // Random streets added in two orders, and split over two grids merged:
        // the same rings, point for point.
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> u(0, 2000);
        std::vector<Segment> s;
        for (int k = 0; k < 300; ++k) {
            const Point a{u(rng), u(rng)};
            s.push_back({a, {a.x + u(rng) / 20, a.y + u(rng) / 20}});
        }
        const MultiPolygon forward = outlineOf(s, 30);
        std::vector<Segment> reversed(s.rbegin(), s.rend());
        BufferGrid a(30), b(30);
        a.addAll(std::vector<Segment>(s.begin(), s.begin() + 150));
        b.addAll(std::vector<Segment>(s.begin() + 150, s.end()));
        a.merge(b);
        for (const MultiPolygon &other : {outlineOf(reversed, 30), a.outline()}) {
            const QString difference = firstDifference(other, forward);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
        // Outlines are valid polygons (GEOS says so), with the union's area.
        QVERIFY(!invalidReason(forward));
        expectNear(areaOf(forward), areaOf(bufferSegments(s, 30)), 0.03, "random streets vs GEOS");
    }

    void townsFarApartTracedAsIfAlone()
    {
        // Three towns far apart (one at negative coordinates), each a 1 km block
        // with a street in its middle (an island in a hole) over several grid
        // blocks: their union is traced town by town, and gives each town's own
        // polygons, point for point, in the order of the grid (x, then y; negative
        // block numbers after positive ones), holes in their own town. The town at
        // the origin starts in grid block (-1, -1), whose key once stood for "no
        // block yet" (the grid wrote into a block it never made, and crashed).
        auto town = [](double ox, double oy) {
            std::vector<Segment> s{{{0, 0}, {1000, 0}}, {{1000, 0}, {1000, 1000}}, {{1000, 1000}, {0, 1000}},
                                   {{0, 1000}, {0, 0}}, {{450, 500}, {550, 500}}, {{200, 200}, {300, 260}}};
            for (Segment &g : s)
                g = {{g.a.x + ox, g.a.y + oy}, {g.b.x + ox, g.b.y + oy}};
            return s;
        };
        const std::vector<Segment> a = town(0, 0), b = town(50'000, 3'000), c = town(-80'000, 10'000);
        std::vector<Segment> all = c;
        all.insert(all.end(), b.begin(), b.end());
        all.insert(all.end(), a.begin(), a.end());
        const MultiPolygon together = outlineOf(all, 50, 4); // 250 x 250 cells: 16 blocks a town
        MultiPolygon apart;
        for (const auto *t : {&a, &b, &c})
            for (Polygon &p : outlineOf(*t, 50, 4))
                apart.push_back(std::move(p));
        QCOMPARE(together.size(), std::size_t(9)); // a town: the block with its hole, two streets in it
        const QString difference = firstDifference(together, apart);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QVERIFY(boundsOf(MultiPolygon{together[0]}).maxX < 2000);
        QVERIFY(boundsOf(MultiPolygon{together.back()}).maxX < -70'000);
    }

    void negativeCoordinatesAndClear()
    {
        // Blocks left of and below the origin, and a grid reused after clear().
        BufferGrid grid(20);
        grid.add({-500, -300}, {-100, -300});
        const double first = areaOf(grid.outline());
        expectNear(first, 400 * 40 + kPi * 400, 0.01, "street at negative coordinates");
        grid.clear();
        QVERIFY(grid.empty());
        // A broken vertex (no metric CRS reaches 10^13 m, nor infinity) is left out.
        grid.add({1e13, 0}, {1e13 + 10, 0});
        grid.add({0, 0}, {std::numeric_limits<double>::infinity(), 0});
        QVERIFY(grid.empty());
        QVERIFY(grid.outline().empty());
        grid.add({100, 300}, {500, 300});
        expectNear(areaOf(grid.outline()), first, 0.002, "same street after clear");
    }

    void sampleAgreesWithGeosBuffers()
    {
        // Every facility of the sample: the grid's catchment against the GEOS
        // buffer of the same reached pieces (today's method before this one).
        Project p = loadProject(QH_SAMPLE_PROJECT);
        const RegionData region = loadRegion(p);
        const CoverageModel model(p, region);
        const CatchmentSet grid = model.catchments(p.profile.catchmentBuffer);
        std::vector<MultiPolygon> geos;
        for (const Facility &f : region.facilities) {
            const auto type = std::find_if(p.profile.types.begin(), p.profile.types.end(),
                                           [&](const FacilityType &t) { return t.key == f.type; });
            geos.push_back(type == p.profile.types.end()
                               ? MultiPolygon{}
                               : bufferSegments(reachedPiecesAt(model.graph(), model.snapIndex(), f.pos,
                                                                type->budgetMetres(), p.profile.maxSnapDistance),
                                                p.profile.catchmentBuffer));
        }
        QCOMPARE(grid.facilities.size(), geos.size());
        double total = 0, totalGeos = 0, worst = 0;
        for (std::size_t i = 0; i < geos.size(); ++i) {
            const double a = areaOf(grid.facilities[i]), b = areaOf(geos[i]);
            total += a;
            totalGeos += b;
            if (b > 0)
                worst = std::max(worst, std::abs(a - b) / b);
            QVERIFY(!invalidReason(grid.facilities[i]));
        }
        qInfo("sample: %zu catchments, %.1f ha on the grid vs %.1f ha from GEOS; worst facility %.2f %%",
              geos.size(), total / 1e4, totalGeos / 1e4, worst * 100);
        expectNear(total, totalGeos, 0.02, "all catchments of the sample");
        QVERIFY2(worst < 0.04, qPrintable(QString::number(worst)));
        // The same polygons, point for point, whatever the number of threads.
        for (const char *threads : {"1", "8"}) {
            qputenv("QH_THREADS", threads);
            const CatchmentSet again = model.catchments(p.profile.catchmentBuffer);
            qunsetenv("QH_THREADS");
            QVERIFY(again.facilities == grid.facilities);
            QVERIFY(again.types == grid.types);
        }
        // The type catchments are the unions of the facility catchments.
        QCOMPARE(grid.types.size(), p.profile.types.size());
        for (std::size_t t = 0; t < grid.types.size(); ++t) {
            std::vector<MultiPolygon> parts;
            for (std::size_t i = 0; i < region.facilities.size(); ++i)
                if (region.facilities[i].type == p.profile.types[t].key)
                    parts.push_back(grid.facilities[i]);
            expectNear(areaOf(grid.types[t]), areaOf(unionPolygons(parts)), 0.01, "type union");
        }
    }
};

QTEST_GUILESS_MAIN(TestCatchment)
#include "test_catchment.moc"
