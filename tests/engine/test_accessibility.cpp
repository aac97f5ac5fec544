// 2SFCA / E2SFCA accessibility and the Gini balance index, on a network small
// enough to compute by hand.
#include <QtTest>

#include "coverage/accessibility.h"
#include "coverage/model.h"

using namespace qh;

namespace {

//   F1 a(0,0) --- C1(50,0) --- b(100,0) --- C2(150,0) --- c(200,0) F2
//                                 |
//                                 50
//                                 |
//                             d(100,-50) C3
// Walking 1 m/s, budget 150 m (2.5 min). Every cell is within 150 m of both facilities:
//   F1: C1 50 m, C2 150 m, C3 150 m      F2: C1 150 m, C2 50 m, C3 150 m
Project teeProject()
{
    Project p;
    p.crs = Crs::fromUserInput("EPSG:32632");
    p.population.groups = {{"total", "Residents", "pop"}};
    FacilityType t;
    t.key = "childcare";
    t.label = "Childcare";
    t.demandGroup = t.ratioGroup = "total";
    t.minutes = 2.5;
    t.speedMps = 1.0;
    t.capacityKey = "places";
    p.profile.types = {t};
    return p;
}

RegionData teeRegion()
{
    RegionData r;
    r.network = {{{0, 0}, {100, 0}, {200, 0}}, {{100, 0}, {100, -50}}};
    r.facilities = {{"F1", "", "childcare", {{"places", 10}}, {0, 0}},
                    {"F2", "", "childcare", {{"places", 20}}, {200, 0}}};
    auto cell = [](double x, double y, double pop) {
        PopulationCell c;
        c.rep = {x, y};
        c.pop = {pop};
        return c;
    };
    r.cells = {cell(50, 0, 100), cell(150, 0, 50), cell(100, -50, 30)};
    r.units = {{"1", "all", "", {{{{-10, -60}, {210, -60}, {210, 10}, {-10, 10}, {-10, -60}}}}}};
    return r;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void decayZones()
    {
        QCOMPARE(e2sfcaWeight(0, 900), 1.0);
        QCOMPARE(e2sfcaWeight(300, 900), 1.0);
        QCOMPARE(e2sfcaWeight(301, 900), 0.68);
        QCOMPARE(e2sfcaWeight(600, 900), 0.68);
        QCOMPARE(e2sfcaWeight(900, 900), 0.22);
        QCOMPARE(e2sfcaWeight(901, 900), 0.0);
    }

    void twoStepByHand()
    {
        const AnalysisResult r = CoverageModel(teeProject(), teeRegion()).result();
        QCOMPARE(r.cells.size(), 3u);
        QCOMPARE(r.cells[0].minutes[0], 50.0 / 60.0);
        QCOMPARE(r.cells[2].minutes[0], 150.0 / 60.0);
        // 2SFCA: every facility serves all 180 people: (10 + 20) / 180 per person.
        for (const CellResult &c : r.cells)
            QVERIFY(std::abs(c.access2sfca[0] - 30.0 / 180.0 * 1000.0) < 1e-9);
        // E2SFCA: 50 m is in the first zone (1.00), 150 m in the third (0.22).
        const double d1 = 100 * 1.0 + 50 * 0.22 + 30 * 0.22; // F1's weighted demand
        const double d2 = 100 * 0.22 + 50 * 1.0 + 30 * 0.22; // F2's
        const double r1 = 10 / d1 * 1000, r2 = 20 / d2 * 1000;
        QVERIFY(std::abs(r.cells[0].accessE2sfca[0] - (r1 * 1.0 + r2 * 0.22)) < 1e-9);
        QVERIFY(std::abs(r.cells[1].accessE2sfca[0] - (r1 * 0.22 + r2 * 1.0)) < 1e-9);
        QVERIFY(std::abs(r.cells[2].accessE2sfca[0] - (r1 * 0.22 + r2 * 0.22)) < 1e-9);
        // E2SFCA conserves supply: people x access adds up to all places (per 1,000).
        const double total = 100 * r.cells[0].accessE2sfca[0] + 50 * r.cells[1].accessE2sfca[0]
                             + 30 * r.cells[2].accessE2sfca[0];
        QVERIFY(std::abs(total - 30 * 1000.0) < 1e-6);
        // The unit's value is the population-weighted mean.
        QVERIFY(std::abs(r.units[0].accessE2sfca[0] - total / 180) < 1e-9);
        QVERIFY(r.gini[0] > 0.0 && r.gini[0] < 0.5);
        QVERIFY(std::abs(r.units[0].gini[0] - r.gini[0]) < 1e-12);
    }

    void largeCellCountedAtSeveralPoints()
    {
        // One 400 m x 400 m cell of 160 people beside a straight road along y = 0, a
        // facility at (0,0), budget 200 m. Counted at 4 x 4 points 100 m apart,
        // (50,50), (50,150) and (150,50) are within 200 m (walk to the road, then along it).
        //   y
        //  400 +-------------------+
        //      |  .    .    .    . |
        //      |  .    .    .    . |
        //      |  x    .    .    . |
        //      |  x    x    .    . |
        //    0 F===================+---- road
        //      0                  400 x
        Project p = teeProject();
        p.profile.types[0].minutes = 200.0 / 60.0;
        RegionData r;
        r.network = {{{0, 0}, {400, 0}, {800, 0}}};
        r.facilities = {{"F", "", "childcare", {{"places", 16}}, {0, 0}}};
        PopulationCell big;
        big.rep = {200, 200};
        big.pop = {160};
        big.shape = {{{{0, 0}, {400, 0}, {400, 400}, {0, 400}, {0, 0}}}};
        r.cells = {big};
        r.units = {{"1", "all", "", {{{{-10, -10}, {810, -10}, {810, 410}, {-10, 410}, {-10, -10}}}}}};
        const AnalysisResult a = CoverageModel(p, r).result();
        QCOMPARE(a.samplePoints, 16u);
        QCOMPARE(a.largeCells, 1u);
        QVERIFY(std::abs(a.totalCovered[0][0] - 30.0) < 1e-9);
        QVERIFY(std::abs(a.cells[0].coveredShare[0] - 3.0 / 16.0) < 1e-12);
        QCOMPARE(a.totalPop[0], 160.0);
        // With sampling off the cell counts at its one point, (200,200): 400 m away.
        p.profile.sampleSpacing = 0;
        const AnalysisResult one = CoverageModel(p, r).result();
        QCOMPARE(one.samplePoints, 1u);
        QCOMPARE(one.totalCovered[0][0], 0.0);
    }

    void gini_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<std::vector<double>>("weights");
        QTest::addColumn<double>("expected");
        QTest::newRow("all equal") << std::vector<double>{2, 2, 2} << std::vector<double>{1, 5, 9} << 0.0;
        QTest::newRow("one of four has all") << std::vector<double>{0, 0, 0, 8} << std::vector<double>{1, 1, 1, 1} << 0.75;
        // Half the people have twice the supply of the other half: Lorenz (0.5, 1/3): G = 1/6.
        QTest::newRow("two groups") << std::vector<double>{1, 2} << std::vector<double>{10, 10} << 1.0 / 6.0;
        QTest::newRow("weights count as people") << std::vector<double>{0, 1} << std::vector<double>{3, 1} << 0.75;
        QTest::newRow("no supply") << std::vector<double>{0, 0} << std::vector<double>{1, 1} << 0.0;
    }
    void gini()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(std::vector<double>, weights);
        QFETCH(double, expected);
        std::vector<LorenzPoint> curve;
        QVERIFY(std::abs(weightedGini(values, weights, &curve) - expected) < 1e-12);
        QCOMPARE(curve.front().population, 0.0);
        QVERIFY(std::abs(curve.back().population - 1.0) < 1e-12);
        QVERIFY(std::abs(curve.back().supply - 1.0) < 1e-12);
        for (std::size_t i = 1; i < curve.size(); ++i)
            QVERIFY(curve[i].supply <= curve[i].population + 1e-12); // below the line of equality
    }
};

QTEST_GUILESS_MAIN(TestAccessibility)
#include "test_accessibility.moc"
