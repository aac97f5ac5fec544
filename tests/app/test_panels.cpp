// Each dock of the main window on its own, built on the sample's Planner as the
// window builds it: change the plan, and the panel shows the new figures.
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

#include "layermodel.h"
#include "lorenzwidget.h"
#include "mapcanvas.h"
#include "panels/balancepanel.h"
#include "panels/facilitiespanel.h"
#include "indicatortext.h"
#include "maprenderer.h"
#include "panels/indicatorpanel.h"
#include "panels/layerspanel.h"
#include "panels/plansummarypanel.h"
#include "panels/targetspanel.h"
#include "panels/unitcardpanel.h"
#include "panels/unittablepanel.h"
#include "planningtoolbar.h"
#include "sampleplan.h"
#include "viewstate.h"

using namespace qh;
using qh::test::busiestCell;
using qh::test::unitIndex;

namespace {

/// A childcare centre of 40 places in Gamprin's busiest cell, the planner's first move.
void addChildcareCentreInGamprin(Planner &p)
{
    Facility f{"P1", "Proposed", "childcare", {{"childcare_places", 40}},
               busiestCell(p, unitIndex(p, "Gamprin")), true};
    QVERIFY(p.addFacility(f));
}

int rowOf(QTableWidget *t, const QString &unit)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, 0) && t->item(r, 0)->text() == unit)
            return r;
    return -1;
}

int indicatorIndex(const Planner &p, const std::string &id)
{
    for (std::size_t i = 0; i < p.evaluation()->indicators.size(); ++i)
        if (p.evaluation()->indicators[i].indicator.id == id)
            return int(i);
    return -1;
}

} // namespace

class TestPanels : public QObject
{
    Q_OBJECT
private slots:
    void unitTableShowsCoverageAndChange()
    {
        Planner p(QH_SAMPLE_PROJECT);
        ViewState view;
        UnitTablePanel panel(&view);
        panel.setPlanner(&p);
        QTableWidget *t = panel.table();
        QCOMPARE(t->rowCount(), 11);
        const int gamprin = rowOf(t, "Gamprin");
        QCOMPARE(t->item(gamprin, 1)->text(), QString("1,654")); // thousands separated by locale
        QCOMPARE(t->item(gamprin, 2)->text(), QString("0.3"));
        QCOMPARE(t->item(gamprin, 3)->text(), QString()); // no change yet
        addChildcareCentreInGamprin(p);
        const int row = rowOf(t, "Gamprin");
        QVERIFY2(t->item(row, 2)->text().toDouble() > 20.0, qPrintable(t->item(row, 2)->text()));
        QVERIFY(t->item(row, 3)->text().startsWith("+"));
        // Selecting a row selects the unit.
        t->selectRow(row);
        QCOMPARE(view.unit(), std::optional<std::size_t>(unitIndex(p, "Gamprin")));
    }

    void indicatorTableFollowsThePlan()
    {
        Planner p(QH_SAMPLE_PROJECT);
        ViewState view;
        IndicatorPanel panel(&view);
        panel.setPlanner(&p);
        const int places = indicatorIndex(p, "childcare_places_per_1000");
        QVERIFY(places >= 0);
        view.setIndicator(places);
        QTableWidget *t = panel.table();
        int r = rowOf(t, "Gamprin");
        QCOMPARE(t->item(r, 1)->text(), QString("0.0"));
        QCOMPARE(t->item(r, 3)->text(), QString("no"));
        QCOMPARE(t->item(r, 5)->text(), QString("8 more childcare places"));
        addChildcareCentreInGamprin(p);
        r = rowOf(t, "Gamprin");
        QCOMPARE(t->item(r, 1)->text(), QString("24.2")); // 40 places / 1,654 residents
        QCOMPARE(t->item(r, 3)->text(), QString("yes"));
        QCOMPARE(t->item(r, 5)->text(), QString());
        QCOMPARE(t->item(r, 6)->text(), QString("+24.2"));
        // Failing units only: Gamprin passes now and leaves the list.
        panel.findChild<QCheckBox *>()->setChecked(true);
        QCOMPARE(rowOf(t, "Gamprin"), -1);
        QVERIFY(t->rowCount() >= 1);
        // A stricter target goes into the project and fails Gamprin again.
        panel.setTarget(30);
        QCOMPARE(p.project().targetOverrides.at("childcare_places_per_1000"), 30.0);
        QVERIFY(rowOf(t, "Gamprin") >= 0);
        // Selecting a row selects the unit, and the other way round.
        view.setUnit(unitIndex(p, "Mauren"));
        QCOMPARE(t->item(t->selectionModel()->selectedRows().first().row(), 0)->text(), QString("Mauren"));
    }

    void aShareWithNothingToDivideByShowsNotApplicable()
    {
        Planner p(QH_SAMPLE_PROJECT);
        ViewState view;
        IndicatorPanel panel(&view);
        panel.setPlanner(&p);
        view.setIndicator(indicatorIndex(p, "inclusive_childcare_share"));
        QTableWidget *t = panel.table();
        const int r = rowOf(t, "Gamprin"); // no childcare places at all
        QCOMPARE(t->item(r, 1)->text(), QString("–"));
        QCOMPARE(t->item(r, 3)->text(), QString("n/a"));
        QCOMPARE(t->item(r, 4)->text(), QString("not applicable"));
        QCOMPARE(t->item(r, 5)->text(), QString("not applicable: no childcare places here to take a share of"));
        // Not a failing unit either.
        panel.findChild<QCheckBox *>()->setChecked(true);
        QCOMPARE(rowOf(t, "Gamprin"), -1);
        // A childcare centre with 30 of its 40 places inclusive makes it applicable: 75 % < 80 %.
        Facility f{"P1", "Proposed", "childcare", {{"childcare_places", 40}, {"inclusive_places", 30}},
                   busiestCell(p, unitIndex(p, "Gamprin")), true};
        QVERIFY(p.addFacility(f));
        const int r2 = rowOf(t, "Gamprin");
        QVERIFY(r2 >= 0);
        QCOMPARE(t->item(r2, 1)->text(), QString("75.0 %"));
        QCOMPARE(t->item(r2, 3)->text(), QString("no"));
    }

    void sharesAreEditedAsPerCent()
    {
        Planner p(QH_SAMPLE_PROJECT);
        ViewState view;
        IndicatorPanel panel(&view);
        panel.setPlanner(&p);
        view.setIndicator(indicatorIndex(p, "inclusive_childcare_share")); // Kunming: 80 %
        QDoubleSpinBox *box = panel.targetEdit();
        QCOMPARE(box->suffix(), QString(" %"));
        QCOMPARE(box->value(), 80.0);
        QCOMPARE(panel.table()->item(0, 2)->text(), QString("80.0 %"));
        box->setValue(90);
        emit box->editingFinished();
        QCOMPARE(p.project().targetOverrides.at("inclusive_childcare_share"), 0.9);
        // A ratio keeps its own unit.
        view.setIndicator(indicatorIndex(p, "childcare_places_per_1000"));
        QCOMPARE(box->suffix(), QString());
        QCOMPARE(box->value(), 4.5);
    }

    void unitCardShowsTheSelectedUnit()
    {
        Planner p(QH_SAMPLE_PROJECT);
        ViewState view;
        UnitCardPanel panel(&view);
        panel.setPlanner(&p);
        QVERIFY(panel.html().contains("Click a unit"));
        view.setUnit(unitIndex(p, "Gamprin"));
        QVERIFY(panel.html().contains("Gamprin"));
        QVERIFY2(panel.html().contains("8 more childcare places"), qPrintable(panel.html()));
        addChildcareCentreInGamprin(p);
        QVERIFY(!panel.html().contains("8 more childcare places"));
        QVERIFY(panel.html().contains("meets the target"));
    }

    void balanceFollowsTheFacilityTypeShown()
    {
        Planner p(QH_SAMPLE_PROJECT);
        ViewState view;
        view.setCellMode(1); // minutes to childcare
        BalancePanel panel(&view);
        panel.setPlanner(&p);
        const double gini0 = panel.chart()->gini();
        QCOMPARE(gini0, p.result().gini[0]);
        QCOMPARE(panel.chart()->title(), QString("Childcare"));
        addChildcareCentreInGamprin(p);
        QVERIFY(panel.chart()->gini() < gini0); // more even access
        QCOMPARE(panel.chart()->gini(), p.result().gini[0]);
        const int elderly = p.result().profile.typeIndex("elderly_care");
        view.setCellMode(1 + elderly); // minutes to elderly care
        QCOMPARE(panel.chart()->title(), QString("Elderly care"));
        QCOMPARE(panel.chart()->gini(), p.result().gini[elderly]);
        // The indicator examined leads, and the chart says which.
        view.setCellMode(1);
        view.setIndicator(indicatorIndex(p, "beds_per_1000_elderly"));
        QCOMPARE(panel.chart()->gini(), p.result().gini[elderly]);
        QCOMPARE(panel.chart()->title(), QString("Elderly care (for: Elderly-care beds per 1,000 elderly)"));
    }

    void planSummaryCountsPeopleNewlyCovered()
    {
        Planner p(QH_SAMPLE_PROJECT);
        ViewState view;
        PlanSummaryPanel panel(&view);
        panel.setPlanner(&p);
        QVERIFY2(panel.text().startsWith("Childcare: +0 Children 0-3 covered (+0.0 points)"), qPrintable(panel.text()));
        addChildcareCentreInGamprin(p);
        const auto g = *p.result().groupIndex("infants");
        const double delta = p.result().totalCovered[0][g] - p.baseline().totalCovered[0][g];
        QVERIFY(delta >= 1);
        QVERIFY2(panel.text().startsWith(QStringLiteral("Childcare: +%1 Children 0-3 covered").arg(delta, 0, 'f', 0)),
                 qPrintable(panel.text()));
    }

    void targetsPanelAsksForARebuild()
    {
        Planner p(QH_SAMPLE_PROJECT);
        ViewState view;
        TargetsPanel panel(&view);
        panel.setPlanner(&p);
        QCOMPARE(panel.profileChoice()->currentData().toString(), QString("kunming-2022"));
        auto *minutes = panel.findChild<QDoubleSpinBox *>("minutes_0");
        QVERIFY(minutes);
        QCOMPARE(minutes->value(), 15.0);
        QSignalSpy asked(&panel, &TargetsPanel::rebuildRequested);
        minutes->setValue(20);
        emit minutes->editingFinished();
        QCOMPARE(asked.size(), 1);
        const auto settings = asked.first().first().value<Planner::Settings>();
        QCOMPARE(settings.project.profile.types[0].minutes, 20.0);
        // Nothing changes until the rebuild is adopted; reload shows what is in force.
        QCOMPARE(p.project().profile.types[0].minutes, 15.0);
        panel.reload();
        QCOMPARE(panel.findChild<QDoubleSpinBox *>("minutes_0")->value(), 15.0);
        // Picking another profile asks for it.
        const int national = panel.profileChoice()->findData("national-gb50180");
        QVERIFY(national >= 0);
        emit panel.profileChoice()->activated(national);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.last().first().value<Planner::Settings>().targets->id, std::string("national-gb50180"));
    }

    void layersPanelEditsTheLayerModel()
    {
        Planner p(QH_SAMPLE_PROJECT);
        ViewState view;
        LayerModel layers;
        LayersPanel panel(&layers, &view);
        panel.setPlanner(&p);
        QCOMPARE(panel.list()->model()->rowCount(), 6);
        // Cells show minutes to the first type, units the warning map of the indicator.
        QCOMPARE(view.cellMode(), 1);
        view.setIndicator(0);
        QCOMPARE(view.unitMode(), 1);
        // Opacity acts on the selected layer.
        panel.setCurrentRow(layers.rowOf(LayerKind::Network));
        panel.findChild<QSlider *>("layerOpacity")->setValue(40);
        QCOMPARE(layers.layer(layers.rowOf(LayerKind::Network)).opacity, 0.4);
        QCOMPARE(layers.layer(layers.rowOf(LayerKind::Cells)).opacity, 1.0);
        // Up: the cells are drawn later than the network after two moves.
        panel.setCurrentRow(layers.rowOf(LayerKind::Cells));
        panel.moveCurrent(-1);
        panel.moveCurrent(-1);
        QVERIFY(layers.rowOf(LayerKind::Cells) < layers.rowOf(LayerKind::Network));
        QCOMPARE(panel.currentRow(), layers.rowOf(LayerKind::Cells)); // the selection moved along
        // Cell colouring chosen in the panel reaches the view state.
        panel.findChild<QComboBox *>("cellMode")->setCurrentIndex(0);
        QCOMPARE(view.cellMode(), 0);
        // After a plan change the choices stay as the planner left them.
        addChildcareCentreInGamprin(p);
        QCOMPARE(view.cellMode(), 0);
        // Density, then minutes to each facility type.
        QCOMPARE(panel.findChild<QComboBox *>("cellMode")->count(), 1 + int(p.result().profile.types.size()));
    }

    void newFacilitiesGetTheTypesInclusiveShare()
    {
        Planner p(QH_SAMPLE_PROJECT);
        MapCanvas canvas;
        QUndoStack undo;
        PlanningToolBar tools(&canvas, &undo);
        tools.setPlanner(&p);
        tools.setAddType(0); // childcare: Kunming asks 80 % inclusive places
        double inclusive = 0, places = 0;
        for (const Facility &f : p.region().facilities)
            if (f.type == "childcare") {
                places += f.capacity.count("childcare_places") ? f.capacity.at("childcare_places") : 0;
                inclusive += f.capacity.count("inclusive_places") ? f.capacity.at("inclusive_places") : 0;
            }
        QVERIFY(tools.inclusiveShare());
        QCOMPARE(*tools.inclusiveShare(), std::round(100 * inclusive / places));
        emit canvas.addRequested(busiestCell(p, unitIndex(p, "Gamprin")));
        const Facility &added = p.project().plan.added.at(0);
        QCOMPARE(added.capacity.at("inclusive_places"), std::round(40 * *tools.inclusiveShare() / 100));
        // So the new childcare centre meets Kunming's inclusive share in Gamprin.
        const auto &ev = p.evaluation()->indicators[std::size_t(indicatorIndex(p, "inclusive_childcare_share"))];
        QVERIFY(ev.units[unitIndex(p, "Gamprin")].pass);
        // Elderly care has no inclusive share in Kunming's profile: no box.
        tools.setAddType(1);
        QVERIFY(!tools.inclusiveShare());
    }

    void facilitiesThatServeNobodyAreFlagged()
    {
        Planner p(QH_SAMPLE_PROJECT);
        ViewState view;
        FacilitiesPanel panel(&view);
        panel.setPlanner(&p);
        QTableWidget *t = panel.table();
        QCOMPARE(t->rowCount(), 21);
        for (int r = 0; r < t->rowCount(); ++r)
            QVERIFY2(t->item(r, 5)->text().isEmpty() || p.region().facilities[t->item(r, 0)->data(Qt::UserRole).toULongLong()].type != "childcare",
                     qPrintable(t->item(r, 5)->text()));
        // A proposal 30 km east of the country: off the network, outside every unit.
        const Point far{busiestCell(p, 0).x + 30000, busiestCell(p, 0).y};
        QVERIFY(p.addFacility({"P9", "Far away", "childcare", {{"childcare_places", 40}}, far, true}));
        const std::size_t i = p.region().facilities.size() - 1;
        const QStringList problems = IndicatorText::facilityProblems(p, i);
        QVERIFY2(problems.join(' ').contains("no walkable street within 500 m"), qPrintable(problems.join(' ')));
        QVERIFY(problems.join(' ').contains("outside every planning unit"));
        int row = -1;
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0)->text() == "Far away")
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(t->item(row, 2)->text(), QString("proposed"));
        QVERIFY(t->item(row, 5)->text().contains("outside every planning unit"));
        // Marked on the map.
        MapScene scene(p.region(), &p.result());
        scene.setAnalysis(p.result(), p.region().facilities, p.evaluation());
        QVERIFY(scene.facilities().back().servesNobody);
        QVERIFY(scene.anyServesNobody());
        // The card says what it is and why it serves nobody.
        const QString card = IndicatorText::facilityCard(p, i);
        QVERIFY(card.contains("Far away") && card.contains("proposed") && card.contains("Serves nobody"));
    }

    void planningToolsEditThePlanWithUndo()
    {
        Planner p(QH_SAMPLE_PROJECT);
        MapCanvas canvas;
        QUndoStack undo;
        PlanningToolBar tools(&canvas, &undo);
        tools.setPlanner(&p);
        tools.setAddType(0);
        tools.toolAction(MapCanvas::Tool::Add)->trigger();
        QCOMPARE(canvas.tool(), MapCanvas::Tool::Add);
        const Point where = busiestCell(p, unitIndex(p, "Gamprin"));
        emit canvas.addRequested(where);
        QCOMPARE(p.project().plan.added.size(), 1u);
        const Facility added = p.project().plan.added[0];
        QCOMPARE(added.type, std::string("childcare"));
        QCOMPARE(added.capacity.at("childcare_places"), 40.0);
        emit canvas.moveRequested(added.id, Point{where.x + 200, where.y});
        QCOMPARE(p.facility(added.id)->pos.x, where.x + 200);
        undo.undo();
        QCOMPARE(p.facility(added.id)->pos.x, where.x);
        emit canvas.deleteRequested(added.id);
        QVERIFY(!p.facility(added.id));
        undo.undo();
        QVERIFY(p.facility(added.id));
        undo.undo();
        QCOMPARE(p.project().plan.added.size(), 0u);
        QVERIFY(tools.undoAction() && !tools.undoAction()->isEnabled());
    }
};

QTEST_MAIN(TestPanels)
#include "test_panels.moc"
