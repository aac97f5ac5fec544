// Incremental updates: after any sequence of edits the model's result equals a
// fresh analysis of the same facilities, bit for bit.
#include <random>

#include <QtTest>

#include "compareresults.h"
#include "coverage/model.h"
#include "io/readers.h"
#include "scenario/project.h"
#include "targets/evaluate.h"
#include "targets/profile.h"

using namespace qh;
using qh::test::compareEvaluations;
using qh::test::compareResults;

namespace {

/// The most populous cell of a unit: where a planner would put a new facility first.
Point busiestCell(const RegionData &r, const AnalysisResult &a, const std::string &name)
{
    std::size_t unit = 0;
    for (std::size_t u = 0; u < r.units.size(); ++u)
        if (r.units[u].name == name)
            unit = u;
    std::size_t best = 0;
    double bestPop = -1;
    for (std::size_t c = 0; c < r.cells.size(); ++c)
        if (a.cells[c].unit == unit && r.cells[c].pop[0] > bestPop) {
            bestPop = r.cells[c].pop[0];
            best = c;
        }
    return r.cells[best].rep;
}

} // namespace

class TestIncremental : public QObject
{
    Q_OBJECT
    Project mProject;
    RegionData mRegion;
    AnalysisResult mBaseline;

    AnalysisResult fresh(const CoverageModel &m)
    {
        RegionData r = mRegion;
        r.facilities = m.facilities();
        return analyze(mProject, r);
    }

private slots:
    void initTestCase()
    {
        mProject = loadProject(QH_SAMPLE_PROJECT);
        mRegion = loadRegion(mProject);
        mBaseline = analyze(mProject, mRegion);
    }

    void untouchedModelEqualsAnalysis()
    {
        CoverageModel m(mProject, mRegion);
        compareResults(m.result(), analyze(mProject, mRegion));
        QCOMPARE(m.facilities().size(), mRegion.facilities.size());
    }

    void releasedResultEqualsTheCopy()
    {
        // releaseResult() gives what result() gives, without the copy; the model
        // still gives the same catchments after it, and refuses edits.
        CoverageModel m(mProject, mRegion);
        const Facility f = mRegion.facilities[0];
        QVERIFY(m.moveFacility(f.id, {f.pos.x + 150, f.pos.y}));
        const AnalysisResult copy = m.result();
        const CatchmentSet before = m.catchments(mProject.profile.catchmentBuffer);
        const AnalysisResult released = m.releaseResult();
        compareResults(released, copy);
        const CatchmentSet after = m.catchments(mProject.profile.catchmentBuffer);
        QCOMPARE(after.facilities.size(), before.facilities.size());
        QCOMPARE(after.types.size(), before.types.size());
        for (std::size_t t = 0; t < after.types.size(); ++t)
            QCOMPARE(areaOf(after.types[t]), areaOf(before.types[t]));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, m.moveFacility(f.id, f.pos));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, m.current());
        QVERIFY_THROWS_EXCEPTION(std::logic_error, m.result());
    }

    void editsEqualFreshAnalysis()
    {
        CoverageModel m(mProject, mRegion);
        Facility k1{"p1", "Proposed childcare centre Gamprin", "childcare",
                    {{"childcare_places", 40}, {"inclusive_places", 40}}, busiestCell(mRegion, mBaseline, "Gamprin"), true};
        Facility k2{"p2", "Proposed childcare centre Mauren", "childcare",
                    {{"childcare_places", 60}, {"inclusive_places", 60}}, busiestCell(mRegion, mBaseline, "Mauren"), true};

        QVERIFY(m.addFacility(k1));
        compareResults(m.result(), fresh(m));
        QVERIFY(m.addFacility(k2));
        compareResults(m.result(), fresh(m));
        std::string err;
        QVERIFY(!m.addFacility(k2, &err));
        QCOMPARE(QString::fromStdString(err), QString("a facility with id p2 exists already"));

        QVERIFY(m.moveFacility("p1", {k1.pos.x + 350, k1.pos.y - 200}));
        compareResults(m.result(), fresh(m));
        QVERIFY(m.moveFacility("5", {539500, 5222000})); // an existing kindergarten
        compareResults(m.result(), fresh(m));
        QVERIFY(m.removeFacility("2"));
        compareResults(m.result(), fresh(m));
        QVERIFY(m.setCapacity("p2", "childcare_places", 80));
        compareResults(m.result(), fresh(m));
        QVERIFY(!m.moveFacility("nope", {0, 0}));
        QVERIFY(!m.removeFacility("2")); // already gone

        // A random walk of moves, adds and removes.
        std::mt19937 rng(42);
        const Rect ext = mRegion.extent;
        std::uniform_real_distribution<double> ux(ext.minX, ext.maxX), uy(ext.minY, ext.maxY);
        for (int step = 0; step < 25; ++step) {
            const auto facs = m.facilities();
            const Facility &f = facs[rng() % facs.size()];
            switch (rng() % 3) {
            case 0:
                m.moveFacility(f.id, {ux(rng), uy(rng)});
                break;
            case 1:
                m.addFacility({"r" + std::to_string(step), "", step % 2 ? "childcare" : "elderly_care",
                               {{"childcare_places", 30}, {"beds", 50}}, {ux(rng), uy(rng)}, true});
                break;
            default:
                if (facs.size() > 5)
                    m.removeFacility(f.id);
            }
            compareResults(m.result(), fresh(m));
        }
    }

    void keptFiguresAndReevaluationEqualFreshOnes()
    {
        // current() (kept edit by edit) equals result() but for the region-wide
        // balance, and reevaluate() on the units an edit touched equals a fresh
        // evaluate(), bit for bit, through moves, adds, removes and capacity changes;
        // one add brings a capacity field no facility had (every unit anew).
        const TargetProfile targets = loadTargetProfile(mProject.targets);
        CoverageModel m(mProject, mRegion);
        RegionData region = mRegion;
        Evaluation ev = evaluate(targets, m.current(), region);
        compareEvaluations(ev, evaluate(targets, m.result(), region));
        std::mt19937 rng(7);
        const Rect ext = mRegion.extent;
        std::uniform_real_distribution<double> ux(ext.minX, ext.maxX), uy(ext.minY, ext.maxY), cap(0, 120);
        std::size_t touchedTotal = 0;
        for (int step = 0; step < 60; ++step) {
            const auto facs = m.facilities();
            const Facility &f = facs[rng() % facs.size()];
            switch (step == 30 ? 4 : rng() % 4) {
            case 0:
                QVERIFY(m.moveFacility(f.id, {f.pos.x + ux(rng) / 50 - ext.minX / 50, f.pos.y + uy(rng) / 50 - ext.minY / 50}));
                break;
            case 1:
                QVERIFY(m.addFacility({"r" + std::to_string(step), "", step % 2 ? "childcare" : "elderly_care",
                                       {{"childcare_places", 30}, {"inclusive_places", step % 3 ? 0.0 : 30.0}, {"beds", 50}},
                                       {ux(rng), uy(rng)}, true}));
                break;
            case 2:
                QVERIFY(m.setCapacity(f.id, rng() % 2 ? "childcare_places" : "inclusive_places", std::round(cap(rng))));
                break;
            case 3:
                if (facs.size() > 5)
                    QVERIFY(m.removeFacility(f.id));
                break;
            default:
                QVERIFY(m.addFacility({"new-key", "", "elderly_care", {{"beds", 20}, {"nursing_beds", 12}},
                                       {ux(rng), uy(rng)}, true}));
            }
            const AnalysisResult whole = m.result();
            AnalysisResult kept = m.current();
            QVERIFY(kept.gini.empty() && kept.lorenz.empty());
            kept.gini = whole.gini;
            kept.lorenz = whole.lorenz;
            compareResults(kept, whole);
            compareResults(whole, fresh(m));
            region.facilities = m.facilities();
            touchedTotal += m.lastTouchedUnits().size();
            reevaluate(ev, targets, m.current(), region, m.lastTouchedUnits());
            compareEvaluations(ev, evaluate(targets, whole, region));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QString("differs after step %1").arg(step)));
        }
        // Edits touch a few units each, not every unit every time.
        QVERIFY2(touchedTotal < 60 * mRegion.units.size() / 2, qPrintable(QString::number(touchedTotal)));
    }

    void addingAChildcareCentreClosesTheGapAndRemovingRestoresIt()
    {
        CoverageModel m(mProject, mRegion);
        std::size_t gamprin = 0;
        for (std::size_t u = 0; u < mRegion.units.size(); ++u)
            if (mRegion.units[u].name == "Gamprin")
                gamprin = u;
        const AnalysisResult before = m.result();
        const std::size_t infants = *before.groupIndex("infants");
        QVERIFY(before.units[gamprin].share(0, infants) < 0.05);
        QVERIFY(m.addFacility({"p1", "Proposed", "childcare", {{"childcare_places", 40}},
                               busiestCell(mRegion, mBaseline, "Gamprin"), true}));
        const AnalysisResult after = m.result();
        QVERIFY(after.units[gamprin].share(0, infants) > before.units[gamprin].share(0, infants) + 0.2);
        QCOMPARE(after.units[gamprin].facilityCount[0], 1);
        QVERIFY(m.removeFacility("p1"));
        compareResults(m.result(), before);
    }
};

QTEST_GUILESS_MAIN(TestIncremental)
#include "test_incremental.moc"
