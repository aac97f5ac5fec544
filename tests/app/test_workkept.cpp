// Work is never lost and never stale: opening another project asks to save; the
// undo history and the planner's own circles survive a new profile or circle; old
// catchments go at once; undoing back to the saved state is clean; a second window
// or process does not take a running one's autosave for a crash; a screenshot run
// never waits on a question.
#include <csignal>
#include <unistd.h>

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTranslator>

#include "i18n.h"
#include "mapcanvas.h"
#include "panels/targetspanel.h"
#include "panels/warningspanel.h"
#include "statusbar.h"
#include "viewstate.h"
#include <QListWidget>
#include <QToolButton>
#include "projectlock.h"
#include "sampleplan.h"
#include "chinesetext.h"
#include "windowhelpers.h"

using namespace qh;
using namespace qh::test;

namespace {

void makeNewer(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
}

} // namespace

class TestWorkKept : public QObject
{
    Q_OBJECT
private slots:
    void openingAnotherProjectAsksToSave()
    {
        QTemporaryDir dir;
        const QString first = copySample(dir);
        const QString second = dir.filePath("other.qhproj");
        QVERIFY(QFile::copy(first, second));
        MainWindow w;
        QVERIFY(openAndWait(w, first));
        addChildcareCentre(w, "Gamprin");
        QVERIFY(w.planner()->isModified());
        Planner *before = w.planner();

        // Cancel: nothing happens, the edit stays.
        int asked = 0;
        w.setSaveQuestion([&] { ++asked; return QMessageBox::Cancel; });
        QSignalSpy loaded(&w, &MainWindow::projectLoaded);
        w.openProject(second);
        QCOMPARE(asked, 1);
        QTest::qWait(200);
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(w.planner(), before);
        QCOMPARE(w.planner()->project().plan.added.size(), 1u);

        // Save: the edit is in the first file, then the second opens.
        w.setSaveQuestion([] { return QMessageBox::Save; });
        w.openProject(second);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loadProject(first.toStdString()).plan.added.size(), 1u);
        QCOMPARE(w.planner()->project().plan.added.size(), 0u);

        // Discard: the edit and its autosave go, the first opens as saved.
        addChildcareCentre(w, "Mauren");
        w.autosave();
        QVERIFY(QFile::exists(MainWindow::autosavePath(second)));
        w.setSaveQuestion([] { return QMessageBox::Discard; });
        w.openProject(first);
        QVERIFY(loaded.wait(30000));
        QVERIFY(!QFile::exists(MainWindow::autosavePath(second)));
        QCOMPARE(loadProject(second.toStdString()).plan.added.size(), 0u);
        QCOMPARE(w.planner()->project().plan.added.size(), 1u);
    }

    void withNobodyToAskTheWorkStaysInTheAutosave()
    {
        QTemporaryDir dir;
        const QString first = copySample(dir);
        const QString second = dir.filePath("other.qhproj");
        QVERIFY(QFile::copy(first, second));
        MainWindow w; // QH_NO_DIALOGS: no question can be asked
        QVERIFY(openAndWait(w, first));
        addChildcareCentre(w, "Gamprin");
        QVERIFY(openAndWait(w, second));
        QVERIFY(QFile::exists(MainWindow::autosavePath(first)));
        QCOMPARE(loadProject(MainWindow::autosavePath(first).toStdString()).plan.added.size(), 1u);
    }

    void undoHistorySurvivesANewCircle()
    {
        MainWindow w;
        QVERIFY(openAndWait(w, QH_SAMPLE_PROJECT));
        addChildcareCentre(w, "Gamprin");
        QCOMPARE(w.undoStack()->count(), 1);
        const auto infants = *w.planner()->result().groupIndex("infants");
        const double covered15 = w.planner()->result().totalCovered[0][infants];
        w.rebuildAsync(w.planner()->withCircle(0, 20, 1.0));
        QVERIFY(waitRebuilt(w));
        QCOMPARE(w.undoStack()->count(), 1); // kept
        QCOMPARE(w.planner()->project().plan.added.size(), 1u);
        QVERIFY(w.planner()->result().totalCovered[0][infants] > covered15);
        // Undo takes the childcare centre off the new model; the figures are those of a
        // fresh 20-minute analysis without it.
        w.undoStack()->undo();
        QCOMPARE(w.planner()->project().plan.added.size(), 0u);
        const double without = w.planner()->result().totalCovered[0][infants];
        QCOMPARE(without, w.planner()->baseline().totalCovered[0][infants]);
        w.undoStack()->redo();
        QCOMPARE(w.planner()->project().plan.added.size(), 1u);
        QVERIFY(w.planner()->result().totalCovered[0][infants] > without);
    }

    void theirCirclesSurviveAnotherProfile()
    {
        QTemporaryDir dir;
        const QString path = copySample(dir);
        MainWindow w;
        QVERIFY(openAndWait(w, path));
        const int e = w.planner()->project().profile.typeIndex("elderly_care");
        QCOMPARE(w.planner()->project().profile.types[e].speedMps, 0.8);
        w.rebuildAsync(w.planner()->withCircle(e, 15, 0.6)); // a local survey: elderly walk 0.6 m/s
        QVERIFY(waitRebuilt(w));
        w.rebuildAsync(w.planner()->withTargets("shaoxing-2022"));
        QVERIFY(waitRebuilt(w));
        QCOMPARE(w.planner()->targets()->id, std::string("shaoxing-2022"));
        QCOMPARE(w.planner()->project().profile.types[e].speedMps, 0.6);
        QVERIFY(w.planner()->project().profile.types[e].circleSetByUser);
        // Kept in the project.
        QVERIFY(w.save());
        const Project saved = loadProject(path.toStdString());
        QVERIFY(saved.profile.types[e].circleSetByUser);
        QCOMPARE(saved.profile.types[e].speedMps, 0.6);
        // Until the planner resets them to the profile's.
        auto *reset = w.targetsPanel()->findChild<QPushButton *>("resetToProfile");
        QVERIFY(reset);
        QSignalSpy rebuilt(&w, &MainWindow::rebuilt);
        QTest::mouseClick(reset, Qt::LeftButton);
        QVERIFY(rebuilt.wait(30000));
        QCOMPARE(w.planner()->project().profile.types[e].speedMps, 0.8);
        QVERIFY(!w.planner()->project().profile.types[e].circleSetByUser);
    }

    void oldCatchmentsGoAtOnce()
    {
        MainWindow w;
        QVERIFY(openAndWait(w, QH_SAMPLE_PROJECT));
        setLayerChecked(w.findChild<QListView *>("layerList"), "Catchments", true);
        QTRY_COMPARE_WITH_TIMEOUT(w.planner()->catchmentsPending(), 0u, 30000);
        QVERIFY(!w.canvas()->scene()->catchments().at(0).isEmpty());
        w.rebuildAsync(w.planner()->withCircle(0, 20, 1.0));
        QVERIFY(waitRebuilt(w));
        // The 15-minute childcare catchments are gone from the map at once; the elderly
        // care ones (circle unchanged) stay.
        const auto &shown = w.canvas()->scene()->catchments();
        QVERIFY(shown.empty() || shown[0].isEmpty());
        QVERIFY(shown.size() > 1 && !shown[1].isEmpty());
        QVERIFY(w.planner()->catchmentsPending() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(w.planner()->catchmentsPending(), 0u, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.canvas()->scene()->catchments().at(0).isEmpty(), 10000);
    }

    void undoingBackToTheSavedStateIsClean()
    {
        QTemporaryDir dir;
        const QString path = copySample(dir);
        MainWindow w;
        QVERIFY(openAndWait(w, path));
        addChildcareCentre(w, "Gamprin");
        QVERIFY(w.save());
        QVERIFY(!w.windowTitle().endsWith("*"));
        addChildcareCentre(w, "Mauren");
        QVERIFY(w.planner()->isModified());
        QVERIFY(w.windowTitle().endsWith("*"));
        w.autosave();
        QVERIFY(QFile::exists(MainWindow::autosavePath(path)));
        w.undoStack()->undo();
        QVERIFY(!w.planner()->isModified());
        QVERIFY(!w.windowTitle().endsWith("*"));
        QVERIFY(!QFile::exists(MainWindow::autosavePath(path))); // nothing to recover
        w.undoStack()->undo(); // before the saved state
        QVERIFY(w.planner()->isModified());
        w.undoStack()->redo();
        QVERIFY(!w.planner()->isModified());
        // A change undo does not reach keeps it modified.
        w.setIndicatorTarget(30);
        addChildcareCentre(w, "Mauren");
        w.undoStack()->undo();
        QVERIFY(w.planner()->isModified());
    }

    void aSecondWindowDoesNotTakeTheAutosaveForACrash()
    {
        QTemporaryDir dir;
        const QString path = copySample(dir);
        auto w = std::make_unique<MainWindow>();
        QVERIFY(openAndWait(*w, path));
        QVERIFY(!w->isLockedElsewhere());
        addChildcareCentre(*w, "Gamprin");
        w->autosave();
        makeNewer(MainWindow::autosavePath(path));
        const QDateTime autosaved = QFileInfo(MainWindow::autosavePath(path)).lastModified();

        qputenv("QH_AUTORECOVER", "1");
        {
            MainWindow w2;
            QVERIFY(openAndWait(w2, path));
            QVERIFY(w2.isLockedElsewhere());
            QCOMPARE(w2.planner()->project().plan.added.size(), 0u); // not "recovered"
            addChildcareCentre(w2, "Mauren");
            w2.autosave(); // not over the first window's autosave
            QCOMPARE(QFileInfo(MainWindow::autosavePath(path)).lastModified(), autosaved);
        }
        // The first window goes away without saving (as in a crash, the autosave stays).
        w->setSaveQuestion([] { return QMessageBox::Cancel; });
        w.reset();
        QVERIFY(QFile::exists(MainWindow::autosavePath(path)));
        MainWindow w3;
        QVERIFY(openAndWait(w3, path));
        QCOMPARE(w3.planner()->project().plan.added.size(), 1u); // recovered
        qunsetenv("QH_AUTORECOVER");
    }

    void aDeadOwnersLockIsStale()
    {
        QTemporaryDir dir;
        const QString path = copySample(dir);
        {
            Planner p(path);
            p.addFacility({"P1", "Proposed", "childcare", {{"childcare_places", 40}},
                           busiestCell(p, unitIndex(p, "Gamprin")), true});
            p.saveCopy(MainWindow::autosavePath(path));
        }
        makeNewer(MainWindow::autosavePath(path));
        // A process takes the lock and is killed.
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {"--lock-and-wait", path});
        QVERIFY(child.waitForReadyRead(30000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("locked"));
        QVERIFY(QFile::exists(ProjectLock::lockPath(path)));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QVERIFY(QFile::exists(ProjectLock::lockPath(path))); // left behind
        qputenv("QH_AUTORECOVER", "1");
        MainWindow w;
        QVERIFY(openAndWait(w, path));
        qunsetenv("QH_AUTORECOVER");
        QVERIFY(!w.isLockedElsewhere());
        QCOMPARE(w.planner()->project().plan.added.size(), 1u);
    }

    void existingFacilitiesCanBeExpanded()
    {
        QTemporaryDir dir;
        const QString path = copySample(dir);
        MainWindow w;
        QVERIFY(openAndWait(w, path));
        Planner &p = *w.planner();
        // The first existing childcare centre doubles its places (扩建).
        std::size_t first = 0;
        while (p.region().facilities[first].type != "childcare")
            ++first;
        const Facility before = p.region().facilities[first];
        QVERIFY(!before.proposed);
        const std::size_t unit = *p.result().facilities[first].unit;
        const auto placesIndicator = [&](const Planner &pl) {
            for (const IndicatorResult &r : pl.evaluation()->indicators)
                if (r.indicator.id == "childcare_places_per_1000")
                    return *r.units[unit].value;
            return -1.0;
        };
        const double value0 = placesIndicator(p);
        Facility after = before;
        after.capacity["childcare_places"] = 2 * before.capacity.at("childcare_places");
        w.applyFacilityEdit(before, after);
        QCOMPARE(p.project().plan.changed.at(before.id).at("childcare_places"), after.capacity.at("childcare_places"));
        QCOMPARE(p.project().plan.changed.at(before.id).size(), 1u); // only what changed
        const double value1 = placesIndicator(p);
        QVERIFY(value1 > value0);
        QCOMPARE(*p.baselineEvaluation()->indicators[0].units[unit].value, value0); // the baseline stays
        // Saved and opened again: the same plan, the same figure.
        QVERIFY(w.save());
        {
            MainWindow w2;
            QVERIFY(openAndWait(w2, path));
            QCOMPARE(placesIndicator(*w2.planner()), value1);
        }
        // Undo takes it back out of the plan.
        w.undoStack()->undo();
        QVERIFY(p.project().plan.changed.empty());
        QCOMPARE(placesIndicator(p), value0);
    }

    void warningsCanBeRead()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, QH_SAMPLE_PROJECT));
        const std::size_t n = w.planner()->result().warnings.size();
        QVERIFY(n > 0);
        auto *button = w.statusBarWidget()->findChild<QToolButton *>("warningCount");
        QVERIFY(button && button->isVisible());
        QVERIFY2(button->text().startsWith(QStringLiteral("⚠ %1 warning").arg(n)), qPrintable(button->text()));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(w.warningsPanel()->isVisible());
        QCOMPARE(w.warningsPanel()->count(), int(n));
        // The import report: a heading per layer read (not counted as a warning), e.g.
        // the population with its cells and people.
        int headings = 0;
        bool population = false;
        for (int i = 0; i < w.warningsPanel()->list()->count(); ++i) {
            const QListWidgetItem *item = w.warningsPanel()->list()->item(i);
            if (item->font().bold()) {
                ++headings;
                population = population || item->text().startsWith(QStringLiteral("population: %1 features (")
                                                                         .arg(w.planner()->region().cells.size()));
            }
        }
        QCOMPARE(headings, int(w.planner()->region().layers.size()) + 1); // and the analysis's
        QVERIFY(population);
        QCOMPARE(w.warningsPanel()->list()->count(), int(n) + headings);
        shot(w, "import_report");
        // A facility off the network is warned about; clicking the warning shows it.
        const Point far{busiestCell(*w.planner(), 0).x + 30000, busiestCell(*w.planner(), 0).y};
        w.planner()->addFacility({"P9", "Far away", "childcare", {{"childcare_places", 40}}, far, true});
        QListWidget *list = w.warningsPanel()->list();
        QListWidgetItem *about = nullptr;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().contains("facility P9"))
                about = list->item(i);
        QVERIFY2(about, "no warning about the facility off the network");
        QVERIFY(button->text().contains(QString::number(n + 1)));
        emit list->itemActivated(about);
        QVERIFY(std::abs(w.canvas()->view().center.x - far.x) < 1.0);
    }

    void aChineseScreenHasNoEnglishLeft()
    {
        // Every text a widget shows in the Chinese interface, less what comes from the
        // data (unit and project names, ids), has no English word in it.
        QVERIFY(installTranslations(*qApp, "zh_CN"));
        QStringList english;
        {
            MainWindow w;
            w.show();
            QVERIFY(openAndWait(w, QH_SAMPLE_PROJECT));
            addChildcareCentre(w, "Gamprin");
            w.selectUnit(unitIndex(*w.planner(), "Gamprin"));
            english = englishLeft(w);
        }
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        QLocale::setDefault(QLocale(QLocale::English));
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qPrintable(english.join('\n')));
    }

    void aScreenshotRunNeverAsks()
    {
        // An autosave newer than the project would ask "Recover?" in a window.
        QTemporaryDir dir;
        const QString path = copySample(dir);
        QVERIFY(QFile::copy(path, MainWindow::autosavePath(path)));
        makeNewer(MainWindow::autosavePath(path));
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("QH_NO_DIALOGS");
        env.remove("QH_AUTORECOVER");
        env.insert("QT_QPA_PLATFORM", "offscreen");
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(QH_GUI), {path, "--screenshot", dir.filePath("shot.png")});
        QVERIFY2(gui.waitForFinished(60000), "the screenshot run waits on a question");
        QCOMPARE(gui.exitCode(), 0);
        QVERIFY(QFileInfo(dir.filePath("shot.png")).size() > 10000);
    }
};

int main(int argc, char **argv)
{
    if (argc > 2 && std::string(argv[1]) == "--lock-and-wait") {
        QCoreApplication app(argc, argv);
        ProjectLock lock;
        if (!lock.acquire(QString::fromLocal8Bit(argv[2])))
            return 1;
        std::printf("locked\n");
        std::fflush(stdout);
        for (;;)
            ::pause();
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestWorkKept test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_workkept.moc"
