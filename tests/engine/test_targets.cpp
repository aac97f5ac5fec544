// Target profiles: every bundled profile loads and cites its sources; evaluation
// gives values, pass/fail, gaps in planner terms and five-colour classes that can
// be checked by hand on the sample.
#include <set>

#include <QTemporaryDir>
#include <QtTest>

#include "coverage/analysis.h"
#include "io/readers.h"
#include "scenario/project.h"
#include "targets/evaluate.h"

using namespace qh;

namespace {

const IndicatorResult &byId(const Evaluation &ev, const std::string &id)
{
    for (const IndicatorResult &r : ev.indicators)
        if (r.indicator.id == id)
            return r;
    throw std::runtime_error("no indicator " + id);
}

std::size_t unitIndex(const RegionData &region, const std::string &name)
{
    for (std::size_t u = 0; u < region.units.size(); ++u)
        if (region.units[u].name == name)
            return u;
    throw std::runtime_error("no unit " + name);
}

/// A profile applied to the sample: its circles, the analysis and the evaluation.
struct Evaluated
{
    TargetProfile profile;
    AnalysisResult analysis;
    Evaluation evaluation;
};

Evaluated evaluateSample(const std::string &profileId, Project project, const RegionData &region)
{
    Evaluated e{loadTargetProfile(profileId), {}, {}};
    applyCircles(project, e.profile);
    e.analysis = analyze(project, region);
    e.evaluation = evaluate(e.profile, e.analysis, region);
    return e;
}

} // namespace

class TestTargets : public QObject
{
    Q_OBJECT
    Project mProject;
    RegionData mRegion;

private slots:
    void initTestCase()
    {
        mProject = loadProject(QH_SAMPLE_PROJECT);
        mRegion = loadRegion(mProject);
    }

    void bundledProfilesLoadAndCiteSources()
    {
        const auto ids = bundledTargetProfiles();
        for (const char *id : {"national-gb50180", "kunming-2022", "tongnan-2022", "shaoxing-2022",
                               "qidong-2024", "yuxi-2021"})
            QVERIFY2(std::find(ids.begin(), ids.end(), id) != ids.end(), id);
        for (const std::string &id : ids) {
            const TargetProfile p = loadTargetProfile(id);
            QCOMPARE(p.id, id);
            QVERIFY(!p.indicators.empty());
            QVERIFY(!p.nameZh.empty());
            for (const Indicator &ind : p.indicators) {
                QCOMPARE(ind.warningClasses.size(), 5u);
                QVERIFY2(p.sources.count(ind.source), (id + ": " + ind.id).c_str());
                QVERIFY(!ind.labelZh.empty());
            }
            for (const auto &[type, circle] : p.circles)
                QVERIFY2(p.sources.count(circle.source), (id + ": circle " + type).c_str());
        }
    }

    void policyNumbersAreExpressed()
    {
        // A few numbers of POLICY_TARGETS.md, as the profiles carry them.
        const TargetProfile km = loadTargetProfile("kunming-2022");
        QCOMPARE(km.indicators[0].target, 4.5);
        QCOMPARE(km.indicators[0].targetFor("new"), 8.0);
        QCOMPARE(km.indicators[0].targetFor("built_up"), 6.0);
        QCOMPARE(km.indicators[0].targetFor(""), 4.5);
        const TargetProfile sx = loadTargetProfile("shaoxing-2022");
        const auto cognitive = std::find_if(sx.indicators.begin(), sx.indicators.end(),
                                            [](const Indicator &i) { return i.id == "cognitive_beds_per_10000_elderly"; });
        QVERIFY(cognitive != sx.indicators.end());
        QCOMPARE(cognitive->per, 10000.0);
        QCOMPARE(cognitive->target, 20.0);
        const TargetProfile qd = loadTargetProfile("qidong-2024");
        QCOMPARE(qd.indicators[0].target, 0.75); // nursing-type share of beds
        QCOMPARE(qd.indicators.back().kind, IndicatorKind::LandPerCapita);
    }

    void fiveColourBounds_data()
    {
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<double>("ratio");
        QTest::addColumn<QString>("colour");
        // A ratio (beds per 1,000 elderly) can pass its target by any amount.
        const QString beds = "beds_per_1000_elderly";
        QTest::newRow("none") << beds << 0.0 << "red";
        QTest::newRow("just under half") << beds << 0.499 << "red";
        QTest::newRow("half") << beds << 0.5 << "orange";
        QTest::newRow("79%") << beds << 0.79 << "orange";
        QTest::newRow("80%") << beds << 0.8 << "yellow";
        QTest::newRow("99.9%") << beds << 0.999 << "yellow";
        QTest::newRow("met") << beds << 1.0 << "blue";
        QTest::newRow("120%") << beds << 1.2 << "green";
        // A share cannot pass 100 %: green is the target met, blue nearly.
        const QString share = "inclusive_childcare_share";
        QTest::newRow("share: none") << share << 0.0 << "red";
        QTest::newRow("share: half") << share << 0.5 << "orange";
        QTest::newRow("share: 80%") << share << 0.8 << "yellow";
        QTest::newRow("share: 94.9%") << share << 0.949 << "yellow";
        QTest::newRow("share: 95%") << share << 0.95 << "blue";
        QTest::newRow("share: 99.9%") << share << 0.999 << "blue";
        QTest::newRow("share: met") << share << 1.0 << "green";
    }
    void fiveColourBounds()
    {
        QFETCH(QString, indicator);
        QFETCH(double, ratio);
        QFETCH(QString, colour);
        const TargetProfile p = loadTargetProfile("kunming-2022");
        for (const Indicator &ind : p.indicators)
            if (ind.id == indicator.toStdString())
                QCOMPARE(QString::fromStdString(ind.classify(ratio).key), colour);
    }

    void everyShareClassCanOccur()
    {
        // For every share indicator of every bundled profile, values from 0 to 100 %
        // reach all five classes ("≥ 120 % of a 100 % target" would never occur).
        int shares = 0;
        for (const std::string &id : bundledTargetProfiles())
            for (const Indicator &ind : loadTargetProfile(id).indicators) {
                if (!ind.isShare() || ind.target <= 0)
                    continue;
                ++shares;
                std::set<std::string> seen;
                for (int permille = 0; permille <= 1000; ++permille)
                    seen.insert(ind.classify(permille / 1000.0 / ind.target).key);
                QVERIFY2(seen.size() == 5, (id + ": " + ind.id).c_str());
            }
        QVERIFY(shares > 10);
    }

    void unknownIndicatorKindIsNamed()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("bad.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "quarterhour-targets", "version": 1, "id": "bad", "sources": {"s": "x"},
                    "indicators": [{"id": "beds_per_head", "kind": "beds_per_head", "facility_type": "elderly_care",
                                    "target": 1, "source": "s"}]})");
        f.close();
        try {
            loadTargetProfile(f.fileName().toStdString());
            QFAIL("no error");
        } catch (const DataError &e) {
            const QString msg = e.what();
            QVERIFY2(msg.contains("bad.json, indicator 'beds_per_head': unknown indicator kind 'beds_per_head'"),
                     qPrintable(msg));
        }
        try {
            loadTargetProfile("atlantis-2030");
            QFAIL("no error");
        } catch (const DataError &e) {
            QVERIFY(QString(e.what()).contains("no bundled target profile 'atlantis-2030' (bundled: kunming-2022"));
        }
    }

    void kunmingOnTheSample()
    {
        const Evaluated e = evaluateSample("kunming-2022", mProject, mRegion);
        const Evaluation &ev = e.evaluation;

        // Beds per 1,000 elderly: the only nursing home (60 beds, assumed) is in Balzers.
        const IndicatorResult &beds = byId(ev, "beds_per_1000_elderly");
        QVERIFY(beds.available);
        const double elderly = 37269 * 0.25;
        QVERIFY(std::abs(*beds.region.value - 60 / elderly * 1000) < 1e-9);
        QVERIFY(!beds.region.pass);
        QCOMPARE(beds.region.gap, std::ceil(31 * elderly / 1000 - 60)); // 229
        QCOMPARE(QString::fromStdString(beds.region.gapText), QString("229 more beds (Elderly care)"));
        const std::size_t balzers = unitIndex(mRegion, "Balzers"), vaduz = unitIndex(mRegion, "Vaduz");
        QVERIFY(beds.units[balzers].pass);
        QCOMPARE(QString::fromStdString(warningClassKey(beds.units[balzers], beds)), QString("green")); // 52.1 / 31
        QVERIFY(!beds.units[vaduz].pass);
        QCOMPARE(*beds.units[vaduz].value, 0.0);
        QCOMPARE(QString::fromStdString(warningClassKey(beds.units[vaduz], beds)), QString("red"));
        QCOMPARE(beds.units[vaduz].gap, std::ceil(31 * 5229 * 0.25 / 1000)); // 41 beds
        QCOMPARE(beds.unitsPassing, 1);

        // Data the sample does not have is reported, not invented.
        const IndicatorResult &floor = byId(ev, "elderly_floor_space");
        QVERIFY(!floor.available);
        QCOMPARE(QString::fromStdString(floor.unavailableReason), QString("the population layer has no 'households' column"));
        QVERIFY(!byId(ev, "street_elderly_centre_coverage").available);
    }

    void aShareWithNothingToDivideByDoesNotApply()
    {
        // Kunming's inclusive share of childcare places in units with no places at
        // all (Gamprin): not applicable, never a pass, its own class.
        const Evaluated e = evaluateSample("kunming-2022", mProject, mRegion);
        const Evaluation &ev = e.evaluation;
        const IndicatorResult &share = byId(ev, "inclusive_childcare_share");
        QVERIFY(share.available);
        const std::size_t gamprin = unitIndex(mRegion, "Gamprin");
        const Score &g = share.units[gamprin];
        QVERIFY(!g.value);
        QVERIFY(!g.applicable);
        QVERIFY(!g.pass);
        QCOMPARE(QString::fromStdString(warningClassKey(g, share)), QString("not_applicable"));
        QCOMPARE(QString::fromStdString(g.notApplicableReason), QString("no childcare places here to take a share of"));
        // Counted neither as passing nor as failing.
        int applicable = 0, passing = 0;
        for (const Score &sc : share.units) {
            applicable += sc.applicable;
            passing += sc.pass;
            QVERIFY(sc.applicable || !sc.pass);
        }
        QCOMPARE(share.unitsApplicable, applicable);
        QCOMPARE(share.unitsPassing, passing);
        QVERIFY(applicable < int(share.units.size()));
        // A unit with places is applicable and judged on its value (Eschen: 24 of 30).
        const Score &eschen = share.units[unitIndex(mRegion, "Eschen")];
        QVERIFY(eschen.applicable && eschen.value);
        QCOMPARE(*eschen.value, 0.8);
        QCOMPARE(eschen.pass, *eschen.value >= eschen.target - 1e-12);
    }

    void unitsWithAnInclusiveInstitutionCountOnlyInclusiveOnes()
    {
        // Shaoxing: "townships/streets with an inclusive childcare institution". A unit
        // whose childcare facilities have no inclusive places has none.
        Project p = mProject;
        const TargetProfile sx = loadTargetProfile("shaoxing-2022");
        applyCircles(p, sx);
        RegionData region = mRegion;
        const std::size_t eschen = unitIndex(region, "Eschen");
        AnalysisResult a = analyze(p, region);
        int inEschen = 0;
        for (std::size_t i = 0; i < region.facilities.size(); ++i)
            if (a.facilities[i].unit == eschen && region.facilities[i].type == "childcare") {
                region.facilities[i].capacity["inclusive_places"] = 0; // a private childcare centre
                ++inEschen;
            }
        QVERIFY(inEschen > 0);
        a = analyze(p, region);
        QVERIFY(a.units[eschen].facilityCount[a.profile.typeIndex("childcare")] > 0);
        const Evaluation ev = evaluate(sx, a, region);
        const IndicatorResult &inst = byId(ev, "inclusive_childcare_institution_coverage");
        QVERIFY(inst.available);
        QVERIFY(!inst.units[eschen].pass);
        QCOMPARE(*inst.units[eschen].value, 0.0);
        QCOMPARE(QString::fromStdString(inst.units[eschen].gapText),
                 QString("no Childcare facility with inclusive places in this unit"));
        QVERIFY(inst.units[unitIndex(region, "Schaan")].pass);
        // Kindergartens (幼儿园) are not childcare institutions (托育): Vaduz has only those.
        QVERIFY(!inst.units[unitIndex(region, "Vaduz")].pass);
        // Inclusive elderly-care beds are not in the sample: not evaluated, and says why.
        const IndicatorResult &elderly = byId(ev, "inclusive_elderly_institution_coverage");
        QVERIFY(!elderly.available);
        QVERIFY(QString::fromStdString(elderly.unavailableReason).contains("'inclusive_beds'"));
    }

    void peopleAreRoundedOnceSoThePartsAddUp()
    {
        // "46 children 0-3" in the card and "47 outside the circle" in the gap cannot
        // both be right: the gap is the rounded residents less the rounded covered.
        const Evaluated e = evaluateSample("national-gb50180", mProject, mRegion);
        const AnalysisResult &a = e.analysis;
        const Evaluation &ev = e.evaluation;
        int checked = 0;
        for (const IndicatorResult &ir : ev.indicators) {
            if (ir.indicator.kind != IndicatorKind::CoverageShare || !ir.available)
                continue;
            const std::size_t g = *a.groupIndex(ir.indicator.group);
            int t = 0;
            while (a.profile.types[t].key != ir.indicator.facilityType)
                ++t;
            for (std::size_t u = 0; u < ir.units.size(); ++u) {
                const Score &sc = ir.units[u];
                if (!sc.applicable || sc.pass)
                    continue;
                const double shown = std::round(a.units[u].pop[g]), covered = std::round(a.units[u].covered[t][g]);
                QCOMPARE(sc.gap, std::max(0.0, std::ceil(ir.indicator.target * shown - covered - 1e-9)));
                ++checked;
            }
        }
        QVERIFY(checked > 5);
    }

    void nationalCirclesArePerFacilityType()
    {
        // GB 50180-2018: nurseries (托儿所) and day care in the 5-minute life circle
        // (about 300 m), care homes in the 15-minute circle.
        const TargetProfile nat = loadTargetProfile("national-gb50180");
        Project p = mProject;
        applyCircles(p, nat);
        QCOMPARE(p.profile.types[0].key, std::string("childcare"));
        QCOMPARE(p.profile.types[0].budgetMetres(), 300.0);
        QCOMPARE(p.profile.types[1].key, std::string("kindergarten")); // 幼儿园, also Table B.0.3
        QCOMPARE(p.profile.types[1].budgetMetres(), 300.0);
        QCOMPARE(p.profile.types[2].key, std::string("elderly_care"));
        QCOMPARE(p.profile.types[2].budgetMetres(), 15 * 60 * 0.8);
        QVERIFY(QString::fromStdString(p.profile.types[0].speedSource).contains("B.0.3"));
        QVERIFY(QString::fromStdString(p.profile.types[1].speedSource).contains("B.0.3"));
        QVERIFY(QString::fromStdString(p.profile.types[2].speedSource).contains("B.0.1"));
        QCOMPARE(nat.circles.at("elderly_day_care").minutes, 5.0);
        const AnalysisResult a = analyze(p, mRegion);
        const Evaluation ev = evaluate(nat, a, mRegion);
        QVERIFY(byId(ev, "childcare_5min_coverage").available);
        QVERIFY(QString::fromStdString(byId(ev, "childcare_5min_coverage").region.gapText).contains("5-minute"));
        // Kindergartens are measured for children 3-6, nurseries for children 0-3.
        const IndicatorResult &kg = byId(ev, "kindergarten_5min_coverage");
        QVERIFY(kg.available);
        QCOMPARE(kg.indicator.group, std::string("children_3_6"));
        QVERIFY(QString::fromStdString(kg.region.gapText).endsWith("Children 3-6 outside the 5-minute Kindergarten circle"));
    }

    void classSpecificTargets()
    {
        // Mark Triesenberg and Eschen as new districts: Kunming asks 8 places per 1,000 there.
        RegionData region = mRegion;
        region.units[unitIndex(region, "Triesenberg")].unitClass = "new";
        region.units[unitIndex(region, "Eschen")].unitClass = "new";
        const TargetProfile km = loadTargetProfile("kunming-2022");
        const AnalysisResult a = analyze(mProject, region);
        const Evaluation ev = evaluate(km, a, region);
        const IndicatorResult &places = byId(ev, "childcare_places_per_1000");
        const Score &triesenberg = places.units[unitIndex(region, "Triesenberg")]; // 30 places / 2,634
        const Score &eschen = places.units[unitIndex(region, "Eschen")];   // 30 places / 4,407
        QCOMPARE(triesenberg.target, 8.0);
        QVERIFY(triesenberg.pass);
        QCOMPARE(eschen.target, 8.0);
        QVERIFY(!eschen.pass);
        QCOMPARE(eschen.gap, std::ceil(8 * 4407 / 1000.0 - 30)); // 6
        QCOMPARE(QString::fromStdString(eschen.gapText), QString("6 more childcare places (Childcare)"));
        const Score &vaduz = places.units[unitIndex(region, "Vaduz")];
        QCOMPARE(vaduz.target, 4.5);
    }

    void coverageGapCountsPeople()
    {
        const TargetProfile nat = loadTargetProfile("national-gb50180");
        Project p = mProject;
        applyCircles(p, nat);
        const AnalysisResult a = analyze(p, mRegion);
        const Evaluation ev = evaluate(nat, a, mRegion);
        const IndicatorResult &cov = byId(ev, "elderly_care_15min_coverage");
        const auto g = *a.groupIndex("elderly");
        // Whole people: the rounded residents less the rounded covered.
        const int t = a.profile.typeIndex("elderly_care");
        QCOMPARE(cov.region.gap, std::round(a.totalPop[g]) - std::round(a.totalCovered[t][g]));
        QVERIFY(QString::fromStdString(cov.region.gapText).endsWith("Residents 60+ outside the 15-minute Elderly care circle"));
        for (std::size_t u = 0; u < mRegion.units.size(); ++u)
            QCOMPARE(cov.units[u].pass, a.units[u].covered[t][g] >= a.units[u].pop[g] - 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestTargets)
#include "test_targets.moc"
