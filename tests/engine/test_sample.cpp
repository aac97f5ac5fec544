// The bundled sample region: every layer loads with the expected counts, CRS and
// totals, and the analysis on it is consistent.
#include <QtTest>

#include "coverage/analysis.h"
#include "io/gdal.h"
#include "io/readers.h"
#include "scenario/project.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace qh;

class TestSample : public QObject
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

    void projectIsMetricUtm32()
    {
        QCOMPARE(QString::fromStdString(mProject.crs.authId()), QString("EPSG:32632"));
        QVERIFY(mProject.crs.isProjectedMetric());
        QCOMPARE(mProject.profile.types.size(), 3u); // childcare 0-3, kindergarten 3-6, elderly care
    }

    void layersHaveExpectedCounts()
    {
        // The file holds the 6,715 ways of the QGIS reference recipe; the default walking
        // filter drops those closed to pedestrians, counted here independently with SQL.
        {
            DatasetPtr ds = openDataset(mProject.network.ref.path, true);
            OGRLayer *all = ds->GetLayerByName("network");
            QCOMPARE(all->GetFeatureCount(TRUE), 6715);
            OGRLayer *closed = ds->ExecuteSQL(
                "SELECT COUNT(*) FROM network WHERE foot = 'no' OR (access IN ('private', 'no') AND "
                "(foot IS NULL OR foot NOT IN ('yes', 'designated', 'permissive')))",
                nullptr, "SQLite");
            std::unique_ptr<OGRFeature> f(closed->GetNextFeature());
            const int nClosed = f->GetFieldAsInteger(0);
            ds->ReleaseResultSet(closed);
            QVERIFY(nClosed > 0);
            QCOMPARE(int(mRegion.network.size()), 6715 - nClosed);
        }
        QCOMPARE(mRegion.facilities.size(), 21u);
        QCOMPARE(mRegion.units.size(), 11u);
        QVERIFY(mRegion.cells.size() > 2000);
        QVERIFY(mRegion.warnings.empty());
        // OSM amenity=childcare is a 托育 facility (0-3), amenity=kindergarten a 幼儿园 (3-6).
        int childcare = 0, kindergarten = 0, elderly = 0;
        for (const Facility &f : mRegion.facilities) {
            childcare += f.type == "childcare";
            kindergarten += f.type == "kindergarten";
            elderly += f.type == "elderly_care";
            QVERIFY(f.capacity.count("beds") && f.capacity.count("childcare_places") &&
                    f.capacity.count("kindergarten_places"));
            if (f.type == "kindergarten")
                QVERIFY(f.capacity.at("childcare_places") == 0 && f.capacity.at("kindergarten_places") > 0);
            if (f.type == "childcare")
                QVERIFY(f.capacity.at("childcare_places") > 0 && f.capacity.at("kindergarten_places") == 0);
        }
        QCOMPARE(childcare, 3);
        QCOMPARE(kindergarten, 17);
        QCOMPARE(elderly, 1); // Pflegeheim Schlossgarten
    }

    void populationTotalsMatchSource()
    {
        std::vector<double> total(4, 0.0);
        for (const PopulationCell &c : mRegion.cells)
            for (int g = 0; g < 4; ++g)
                total[g] += c.pop[g];
        QVERIFY(std::abs(total[0] - 37269.0) < 1e-6);
        QVERIFY(std::abs(total[1] - 37269.0 * 0.25) < 1e-6);
        QVERIFY(std::abs(total[2] - 37269.0 * 0.028) < 1e-6); // 0-3
        QVERIFY(std::abs(total[3] - 37269.0 * 0.028) < 1e-6); // 3-6
    }

    void perMunicipalityTotalsEqualPlaceNodePopulation()
    {
        // The grid's municipality column and the units' population column come from
        // the same OSM place nodes; spreading must not change any municipality's total.
        DatasetPtr ds = openDataset(mProject.population.ref.path, true);
        std::map<std::string, double> fromGrid, fromUnits;
        for (auto &f : *ds->GetLayerByName("population_grid"))
            fromGrid[f->GetFieldAsString("municipality")] += f->GetFieldAsDouble("pop_total");
        for (auto &f : *ds->GetLayerByName("municipalities"))
            fromUnits[f->GetFieldAsString("name")] = f->GetFieldAsDouble("population");
        QCOMPARE(fromUnits.size(), 11u);
        QCOMPARE(fromUnits["Schaan"], 6002.0);
        QCOMPARE(fromUnits["Planken"], 445.0);
        for (const auto &[name, pop] : fromUnits)
            QVERIFY2(std::abs(fromGrid[name] - pop) < 1e-6, name.c_str());
    }

    void analysisIsConsistent()
    {
        const AnalysisResult r = analyze(mProject, mRegion);
        QCOMPARE(r.units.size(), 11u);
        QCOMPARE(r.network.components > 0, true);
        QVERIFY(r.network.lengthKm > 1235 && r.network.lengthKm < 1246.3);
        // Every cell lies in a municipality: unit populations add up to the total.
        double unitSum = 0;
        for (const UnitResult &u : r.units)
            unitSum += u.pop[0];
        QVERIFY(std::abs(unitSum - 37269.0) < 1e-6);
        // Cells were placed in the municipality they were made for.
        for (const UnitResult &u : r.units)
            for (std::size_t t = 0; t < r.profile.types.size(); ++t)
                for (std::size_t g = 0; g < r.groups.size(); ++g) {
                    QVERIFY(u.covered[t][g] <= u.pop[g] + 1e-9);
                    QVERIFY(u.share(t, g) >= 0.0 && u.share(t, g) <= 1.0 + 1e-12);
                }
        // A cell counts as covered exactly when its minutes are within the budget.
        for (std::size_t t = 0; t < r.profile.types.size(); ++t) {
            double covered = 0;
            for (std::size_t c = 0; c < r.cells.size(); ++c)
                if (r.cells[c].minutes[t] <= r.profile.types[t].minutes)
                    covered += mRegion.cells[c].pop[0];
            QVERIFY(std::abs(covered - r.totalCovered[t][0]) < 1e-6);
        }
        // The one nursing home is in Balzers; its beds per 1,000 elderly is 60 / (4608 * 0.25) * 1000.
        const int elderly = r.profile.typeIndex("elderly_care");
        QVERIFY(elderly >= 0);
        for (std::size_t u = 0; u < r.units.size(); ++u) {
            if (mRegion.units[u].name == "Balzers") {
                QCOMPARE(r.units[u].facilityCount[elderly], 1);
                QVERIFY(std::abs(*r.units[u].ratioPer1000[elderly] - 60.0 / (4608 * 0.25) * 1000) < 1e-9);
            } else {
                QCOMPARE(r.units[u].facilityCount[elderly], 0);
            }
        }
        // Nearest-facility minutes agree with each facility's own circle: a cell covered by
        // some facility's circle has minutes within the budget, and vice versa.
        double maxOwn = 0;
        for (const FacilityResult &f : r.facilities)
            if (f.typeIndex == 0)
                maxOwn = std::max(maxOwn, f.coveredPop[0]);
        QVERIFY(maxOwn <= r.totalCovered[0][0] + 1e-9);
        QVERIFY(r.totalCovered[0][0] > 0);
    }

    void slowerSpeedCoversFewer()
    {
        Project slow = mProject;
        for (FacilityType &t : slow.profile.types)
            t.speedMps *= 0.5;
        const AnalysisResult a = analyze(mProject, mRegion);
        const AnalysisResult b = analyze(slow, mRegion);
        for (std::size_t t = 0; t < a.profile.types.size(); ++t)
            QVERIFY(b.totalCovered[t][0] < a.totalCovered[t][0]);
    }
};

QTEST_GUILESS_MAIN(TestSample)
#include "test_sample.moc"
