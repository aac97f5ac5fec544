// The planner's walk-through in the Chinese interface, step by step: open, plan,
// change circles, switch profiles, save, open another project with unsaved edits,
// recover them. At every step no English word is left on screen; with
// QH_SCREENSHOT_DIR set, each step is saved as walk-zh-<n>-<step>.png to look at.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

#include "chinesetext.h"
#include "i18n.h"
#include "mapcanvas.h"
#include "planner.h"
#include "windowhelpers.h"

using namespace qh;
using namespace qh::test;

class TestWalkthrough : public QObject
{
    Q_OBJECT
    int mStep = 0;

    /// No English on screen at this step; saved when asked to.
    void step(MainWindow &w, const char *name)
    {
        ++mStep;
        const QString dir = qEnvironmentVariable("QH_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            w.canvas()->waitForRender();
            w.grab().save(QDir(dir).filePath(QStringLiteral("walk-zh-%1-%2.png").arg(mStep).arg(QLatin1String(name))));
        }
        const QStringList english = englishLeft(w);
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("step %1 (%2):\n").arg(mStep).arg(name) + english.join('\n')));
    }

private slots:
    void initTestCase() { QVERIFY(installTranslations(*qApp, "zh_CN")); }

    void cleanupTestCase()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        QLocale::setDefault(QLocale(QLocale::English));
        qunsetenv("QH_AUTORECOVER");
    }

    void walkThroughInChinese()
    {
        QTemporaryDir dir, other;
        const QString path = copySample(dir), otherPath = copySample(other);
        auto w = std::make_unique<MainWindow>();
        w->resize(1400, 900);
        w->show();

        QVERIFY(openAndWait(*w, path));
        step(*w, "open");

        addChildcareCentre(*w, "Gamprin"); // plan: a childcare centre in Gamprin
        QCOMPARE(w->planner()->project().plan.added.size(), 1u);
        w->selectUnit(unitIndex(*w->planner(), "Gamprin"));
        step(*w, "plan");

        const int elderly = w->planner()->project().profile.typeIndex("elderly_care");
        w->rebuildAsync(w->planner()->withCircle(std::size_t(elderly), 15, 0.6)); // a local survey: 0.6 m/s
        QVERIFY(waitRebuilt(*w));
        QCOMPARE(w->planner()->project().plan.added.size(), 1u); // the plan survives
        step(*w, "circles");

        w->rebuildAsync(w->planner()->withTargets("national-gb50180"));
        QVERIFY(waitRebuilt(*w));
        QCOMPARE(w->planner()->targets()->id, std::string("national-gb50180"));
        QCOMPARE(w->planner()->project().profile.types[std::size_t(elderly)].speedMps, 0.6); // their circle kept
        step(*w, "profile");

        QVERIFY(w->save());
        QVERIFY(!w->planner()->isModified());
        step(*w, "saved");

        // One more edit, then another project with nobody to ask: the edit is kept
        // in the first project's autosave.
        addChildcareCentre(*w, "Gamprin");
        QCOMPARE(w->planner()->project().plan.added.size(), 2u);
        QVERIFY(openAndWait(*w, otherPath));
        QVERIFY(QFile::exists(MainWindow::autosavePath(path)));
        step(*w, "another-project");

        // Back to the first: its unsaved edit is recovered.
        w.reset();
        qputenv("QH_AUTORECOVER", "1");
        MainWindow again;
        again.resize(1400, 900);
        again.show();
        QVERIFY(openAndWait(again, path));
        QCOMPARE(again.planner()->project().plan.added.size(), 2u);
        QVERIFY(again.planner()->isModified());
        step(again, "recovered");
    }
};

QTEST_MAIN(TestWalkthrough)
#include "test_walkthrough.moc"
