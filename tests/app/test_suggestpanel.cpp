// The "Suggest sites" panel as a planner uses it: suggest childcare sites for the
// sample's Kunming target, see them on the map, accept one, reject one, undo both,
// accept all — and every unit passes, as the planner's own analysis says. In the
// Chinese interface no English word is left in the panel.
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

#include "chinesetext.h"
#include "i18n.h"
#include "mapcanvas.h"
#include "panels/suggestpanel.h"
#include "planner.h"
#include "windowhelpers.h"

using namespace qh;
using namespace qh::test;

namespace {

int unitsFailing(const Planner &p, const std::string &indicator)
{
    for (const IndicatorResult &ir : p.evaluation()->indicators)
        if (ir.indicator.id == indicator)
            return ir.unitsApplicable - ir.unitsPassing;
    return -1;
}

void suggestChildcare(SuggestPanel &panel)
{
    panel.typeBox()->setCurrentIndex(panel.typeBox()->findData("childcare"));
    panel.gridBox()->setValue(300);
    panel.suggest();
    panel.waitForResult();
}

} // namespace

class TestSuggestPanel : public QObject
{
    Q_OBJECT

private slots:
    void acceptRejectAndUndo()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(openAndWait(w, copySample(dir)));
        SuggestPanel &panel = *w.suggestPanel();
        Planner &planner = *w.planner();
        const int failingBefore = unitsFailing(planner, "childcare_places_per_1000");
        QVERIFY(failingBefore >= 4);

        QSignalSpy pending(&panel, &SuggestPanel::pendingChanged);
        suggestChildcare(panel);
        QVERIFY2(panel.result(), qPrintable(panel.summaryLabel()->text()));
        const int n = panel.table()->rowCount();
        QVERIFY(n >= failingBefore);
        QVERIFY(!pending.isEmpty());
        QCOMPARE(pending.last().at(0).value<std::vector<Point>>().size(), std::size_t(n)); // all on the map
        QVERIFY(panel.summaryLabel()->text().contains("checked by a fresh analysis"));
        const std::size_t planned = planner.project().plan.added.size();

        // One accepted, one rejected, both undone: the plan and the list as before.
        panel.accept(0);
        QCOMPARE(planner.project().plan.added.size(), planned + 1);
        QCOMPARE(panel.state(0), SuggestPanel::State::Accepted);
        QCOMPARE(pending.last().at(0).value<std::vector<Point>>().size(), std::size_t(n - 1));
        panel.reject(1);
        QCOMPARE(panel.state(1), SuggestPanel::State::Rejected);
        QCOMPARE(planner.project().plan.added.size(), planned + 1); // a rejection changes no plan
        QUndoStack *undo = w.findChild<QUndoStack *>();
        QVERIFY(undo);
        undo->undo();
        QCOMPARE(panel.state(1), SuggestPanel::State::Pending);
        undo->undo();
        QCOMPARE(panel.state(0), SuggestPanel::State::Pending);
        QCOMPARE(planner.project().plan.added.size(), planned);

        // All accepted: the planner's own evaluation now passes every unit.
        panel.acceptAll();
        QCOMPARE(planner.project().plan.added.size(), planned + std::size_t(n));
        QCOMPARE(unitsFailing(planner, "childcare_places_per_1000"), 0);
        QCOMPARE(unitsFailing(planner, "inclusive_childcare_share"), 0);
        QVERIFY(pending.last().at(0).value<std::vector<Point>>().empty());
        QVERIFY(planner.isModified());
        // Nothing existing moved or went.
        for (const Facility &f : planner.region().facilities)
            QVERIFY(f.proposed || !planner.project().plan.moved.count(f.id));
        QVERIFY(planner.project().plan.removed.empty());
        // One undo takes the whole "accept all" back.
        undo->undo();
        QCOMPARE(planner.project().plan.added.size(), planned);
        QCOMPARE(unitsFailing(planner, "childcare_places_per_1000"), failingBefore);
        // A suggested site deleted on the map after acceptance is pending again.
        panel.accept(2);
        const std::string id = planner.project().plan.added.back().id;
        emit w.canvas()->deleteRequested(id);
        QCOMPARE(panel.state(2), SuggestPanel::State::Pending);
        // Another project: the suggestions were not for it, and leave the map.
        QTemporaryDir other;
        QVERIFY(openAndWait(w, copySample(other)));
        QCOMPARE(panel.table()->rowCount(), 0);
        QVERIFY(!panel.result());
        QVERIFY(pending.last().at(0).value<std::vector<Point>>().empty());
    }

    void aBadSizeIsSaidNotRun()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(openAndWait(w, copySample(dir)));
        SuggestPanel &panel = *w.suggestPanel();
        panel.sizesEdit()->setText("forty");
        suggestChildcare(panel);
        QVERIFY(!panel.result());
        QVERIFY(panel.summaryLabel()->text().contains("capacity:cost"));
    }

    void inChinese()
    {
        QVERIFY(installTranslations(*qApp, "zh_CN"));
        {
            QTemporaryDir dir;
            MainWindow w;
            w.resize(1400, 900);
            w.show();
            QVERIFY(openAndWait(w, copySample(dir)));
            SuggestPanel &panel = *w.suggestPanel();
            panel.show();
            panel.raise();
            suggestChildcare(panel);
            QVERIFY(panel.result());
            panel.accept(0);
            panel.reject(1);
            if (const QString shots = qEnvironmentVariable("QH_SCREENSHOT_DIR"); !shots.isEmpty()) {
                w.canvas()->waitForRender();
                w.grab().save(QDir(shots).filePath("suggest-zh.png"));
            }
            const QStringList english = englishLeft(w);
            QVERIFY2(english.isEmpty(), qPrintable(english.join('\n')));
        }
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        QLocale::setDefault(QLocale(QLocale::English));
    }
};

QTEST_MAIN(TestSuggestPanel)
#include "test_suggestpanel.moc"
