// Soak test of the planner (#13): thousands of random edits through the main
// window, as a planner's clicks make them: add, move, delete, capacity change,
// undo, redo and a switch of target profile now and then. Every CHECK edits the
// plan is saved and analysed afresh by the CLI's path (runAnalysis): the window's
// figures must equal it bit for bit, and resident memory must stay flat.
// QH_SOAK_EDITS (default 600 in CI) and QH_SOAK_SEED make a longer run:
//   QH_SOAK_EDITS=5000 build/tests/test_soak
#include <fstream>
#include <random>

#include <QtTest>

#include "analysisrun.h"
#include "compareresults.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "panels/targetspanel.h"
#include "planner.h"
#include "windowhelpers.h"

using namespace qh;
using namespace qh::test;

namespace {

/// Resident memory of this process in megabytes (Linux).
double residentMb()
{
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        if (key == "VmRSS:") {
            double kb = 0;
            status >> kb;
            return kb / 1024.0;
        }
        status.ignore(1 << 20, '\n');
    }
    return 0;
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void thousandsOfRandomEdits()
    {
        const int edits = envInt("QH_SOAK_EDITS", 600);
        const int check = 200;
        const unsigned seed = unsigned(envInt("QH_SOAK_SEED", 20261202));
        QTemporaryDir dir;
        const QString path = copySample(dir);
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(openAndWait(w, path));
        std::mt19937 rng(seed);
        const Rect extent = w.planner()->region().extent;
        auto randomPoint = [&] {
            std::uniform_real_distribution<double> x(extent.minX, extent.maxX), y(extent.minY, extent.maxY);
            return Point{x(rng), y(rng)};
        };
        const QStringList profiles = {"kunming-2022", "national-gb50180", "shaoxing-2022", "kunming-2022"};
        std::map<std::string, int> done;
        std::vector<std::pair<int, double>> memory;
        for (int i = 1; i <= edits; ++i) {
            Planner &p = *w.planner();
            const auto &facilities = p.region().facilities;
            const std::string someone = facilities.empty() ? std::string() : facilities[rng() % facilities.size()].id;
            const unsigned kind = rng() % 100;
            if (kind < 20) {
                w.setAddType(int(rng() % p.project().profile.types.size()));
                emit w.canvas()->addRequested(randomPoint());
                ++done["add"];
            } else if (kind < 40 && !someone.empty()) {
                emit w.canvas()->moveRequested(someone, randomPoint());
                ++done["move"];
            } else if (kind < 56 && !someone.empty()) {
                emit w.canvas()->deleteRequested(someone);
                ++done["delete"];
            } else if (kind < 70 && !someone.empty()) {
                const Facility before = *p.facility(someone);
                Facility after = before;
                const auto &types = p.project().profile.types;
                const int t = p.project().profile.typeIndex(before.type);
                const std::string key = t >= 0 && !types[std::size_t(t)].capacityKey.empty() ? types[std::size_t(t)].capacityKey
                                                                                          : std::string("beds");
                after.capacity[key] = double(rng() % 200);
                w.applyFacilityEdit(before, after);
                ++done["capacity"];
            } else if (kind < 85) {
                w.undoStack()->undo();
                ++done["undo"];
            } else if (kind < 99) {
                w.undoStack()->redo();
                ++done["redo"];
            } else {
                QComboBox *choice = w.targetsPanel()->profileChoice();
                const int index = choice->findData(profiles[int(rng() % unsigned(profiles.size()))]);
                if (index >= 0 && index != choice->currentIndex()) {
                    choice->setCurrentIndex(index);
                    QSignalSpy rebuilt(&w, &MainWindow::rebuilt);
                    emit choice->activated(index); // as the planner's choice in the list
                    QVERIFY(rebuilt.wait(30000));
                }
                ++done["profile"];
            }
            QCoreApplication::processEvents();
            if (i % check == 0 || i == edits) {
                compareWithFreshAnalysis(*w.planner(), dir.filePath("check.qhproj"));
                if (QTest::currentTestFailed())
                    return;
                memory.emplace_back(i, residentMb());
                qInfo("after %d edits: %zu facilities, %d undo steps, %.0f MB resident", i,
                      w.planner()->region().facilities.size(), w.undoStack()->count(), memory.back().second);
            }
        }
        QString counts;
        for (const auto &[what, n] : done)
            counts += QString(" %1 %2").arg(QString::fromStdString(what)).arg(n);
        qInfo("edits:%s", qPrintable(counts));
        QVERIFY(done["add"] > 0 && done["move"] > 0 && done["undo"] > 0 && done["redo"] > 0);
#if !defined(__SANITIZE_ADDRESS__)
        // Flat: after the first checkpoint (caches, fonts, the first catchments) the
        // memory may not keep growing with the edits. The sanitizer build keeps freed
        // memory in quarantine, so there this is only printed.
        if (memory.size() >= 3) {
            const double first = memory[1].second, last = memory.back().second;
            QVERIFY2(last < first * 1.15 + 40, qPrintable(QString("resident %1 MB after %2 edits, %3 MB after %4")
                                                              .arg(last).arg(memory.back().first)
                                                              .arg(first).arg(memory[1].first)));
        }
#endif
    }

    void aClickFarOffTheMapAddsNothing()
    {
        // Found while writing the plan checks: a facility added or moved thousands of
        // kilometres off the map was saved into a plan the project then refused to
        // open ("'plan.added[P1]' … lies outside the area where EPSG:32632 can be used").
        QTemporaryDir dir;
        const QString path = copySample(dir);
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, path));
        Planner &p = *w.planner();
        w.setAddType(0);
        emit w.canvas()->addRequested(Point{-5e6, 5.2e6});
        QCOMPARE(p.project().plan.added.size(), 0u);
        const std::string id = p.region().facilities.front().id;
        emit w.canvas()->moveRequested(id, Point{758000, 3e7});
        QVERIFY(p.project().plan.moved.empty());
        emit w.canvas()->addRequested(busiestCell(p, unitIndex(p, "Gamprin")));
        QCOMPARE(p.project().plan.added.size(), 1u); // on the map it works
        QVERIFY(w.save());
        QCOMPARE(loadProject(path.toStdString()).plan.added.size(), 1u);
    }

private:
    /// The plan as the window holds it, saved and analysed from scratch: every
    /// unit's and cell's figure and every indicator equal, bit for bit.
    void compareWithFreshAnalysis(const Planner &p, const QString &file)
    {
        p.saveCopy(file);
        const cli::AnalysisRun fresh = cli::runAnalysis(loadProject(file.toStdString()), {});
        // The same facilities, matched by id.
        const auto &mine = p.region().facilities, &theirs = fresh.region.facilities;
        QCOMPARE(mine.size(), theirs.size());
        std::vector<std::size_t> order(mine.size());
        for (std::size_t i = 0; i < mine.size(); ++i) {
            const auto it = std::find_if(theirs.begin(), theirs.end(), [&](const Facility &f) { return f.id == mine[i].id; });
            QVERIFY2(it != theirs.end(), mine[i].id.c_str());
            order[i] = std::size_t(it - theirs.begin());
        }
        compareResults(p.result(), fresh.result, order);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(p.evaluation() && fresh.eval());
        const Evaluation &e = *p.evaluation(), &f = *fresh.eval();
        QCOMPARE(e.indicators.size(), f.indicators.size());
        for (std::size_t k = 0; k < e.indicators.size(); ++k) {
            QCOMPARE(e.indicators[k].region.value, f.indicators[k].region.value);
            for (std::size_t u = 0; u < e.indicators[k].units.size(); ++u) {
                QCOMPARE(e.indicators[k].units[u].value, f.indicators[k].units[u].value);
                QCOMPARE(e.indicators[k].units[u].pass, f.indicators[k].units[u].pass);
            }
        }
    }
};

QTEST_MAIN(TestSoak)
#include "test_soak.moc"
