#include "mainwindow.h"

#include "exporter.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QTableWidget>
#include <QToolTip>
#include <QUndoStack>

#include "commands.h"
#include "dialogs/facilitydialog.h"
#include "indicatortext.h"
#include "layermodel.h"
#include "mapcanvas.h"
#include "maprenderer.h"
#include "panels/balancepanel.h"
#include "panels/facilitiespanel.h"
#include "panels/warningspanel.h"
#include "panels/indicatorpanel.h"
#include "panels/layerspanel.h"
#include "panels/plansummarypanel.h"
#include "panels/suggestpanel.h"
#include "panels/targetspanel.h"
#include "panels/unitcardpanel.h"
#include "panels/unittablepanel.h"
#include "planningtoolbar.h"
#include "projectloader.h"
#include "projectlock.h"
#include "projectsession.h"
#include "recentfiles.h"
#include "rebuildjob.h"
#include "statusbar.h"
#include "tilelayer.h"
#include "version.h"
#include "viewstate.h"

namespace qh {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , mCanvas(new MapCanvas(this))
    , mUndo(new QUndoStack(this))
    , mLayerModel(new LayerModel(this))
    , mView(new ViewState(this))
    , mLoader(new ProjectLoader(this))
    , mRebuild(new RebuildJob(this))
    , mTools(new PlanningToolBar(mCanvas, mUndo, this))
    , mStatus(new StatusBar(this))
    , mSession(new ProjectSession(mUndo, this))
{
    setWindowTitle(tr("QuarterHour"));
    resize(1400, 900);
    setCentralWidget(mCanvas);
    setAcceptDrops(true);
    addToolBar(mTools);
    mExporter = new Exporter(this);
    connect(mExporter, &Exporter::finished, this, [this](bool, const QString &message) { mStatus->showMessage(message, 8000); });
    createMenus();
    createPanels();
    setStatusBar(mStatus);
    connect(mStatus, &StatusBar::cancelRequested, this, &MainWindow::cancelLoading);
    connect(mSession, &ProjectSession::message, mStatus, &StatusBar::showMessage);
    connect(mSession, &ProjectSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(mSession, &ProjectSession::saved, this, [this](const QString &path) { mRecent->add(path); });
    connect(mStatus, &StatusBar::warningsRequested, this, [this] {
        mWarningsPanel->show();
        mWarningsPanel->raise();
    });
    connect(mWarningsPanel, &WarningsPanel::countChanged, mStatus, &StatusBar::showWarningCount);

    connect(mLayerModel, &LayerModel::layersChanged, this, &MainWindow::applyStyle);
    connect(mView, &ViewState::cellModeChanged, this, &MainWindow::applyStyle);
    connect(mView, &ViewState::unitModeChanged, this, &MainWindow::applyStyle);
    connect(mView, &ViewState::unitChanged, this, &MainWindow::applyStyle);
    connect(mCanvas, &MapCanvas::facilityDoubleClicked, this, &MainWindow::editFacility);
    connect(mCanvas, &MapCanvas::cursorMoved, this, [this](double x, double y) {
        mStatus->showCursor(x, y, mPlanner ? QString::fromStdString(mPlanner->project().crs.authId()) : QString());
    });
    connect(mCanvas, &MapCanvas::viewChanged, this, [this] {
        mStatus->showScale(mCanvas->view().scaleDenominator(mCanvas->logicalDpiX() > 0 ? mCanvas->logicalDpiX() : 96));
    });
    connect(mCanvas, &MapCanvas::hovered, this, [this](const Point &at, const QPoint &global) {
        QToolTip::showText(global, hoverText(at), mCanvas);
    });
    connect(mCanvas, &MapCanvas::identifyRequested, this, [this](const Point &at) {
        if (!mScene)
            return;
        // A click on a facility shows the facility, not the unit under it.
        if (const auto f = facilityNear(at)) {
            mUnitCardPanel->showFacility(IndicatorText::facilityCard(*mPlanner, *f));
            return;
        }
        selectUnit(mScene->unitAt(QPointF(at.x, at.y)));
    });
    connect(mLoader, &ProjectLoader::progress, mStatus, &StatusBar::showProgress);
    connect(mLoader, &ProjectLoader::loaded, this, [this](Planner *p) {
        mPasswordTries = 0;
        onLoaded(p);
    });
    mAskPassword = [this](const QString &why) {
        if (!dialogsAllowed())
            return QString();
        return QInputDialog::getText(this, tr("Database password"),
                                     tr("%1\n\nThe database asks for a password. It is kept while QuarterHour runs, "
                                        "never saved in the project.").arg(why),
                                     QLineEdit::Password);
    };
    connect(mLoader, &ProjectLoader::failed, this, [this](const QString &message) {
        // A database asking for a password: asked for (three tries), kept for this
        // session in the process's environment, never in the project.
        if (mLoader->failedForPassword() && mPasswordTries < 3) {
            const QString password = mAskPassword(message);
            if (!password.isEmpty()) {
                ++mPasswordTries;
                qputenv("PGPASSWORD", password.toUtf8());
                mLoader->start(mLoader->path());
                return;
            }
        }
        mPasswordTries = 0;
        mStatus->hideProgress();
        mStatus->showMessage(tr("Could not open the project"));
        if (dialogsAllowed())
            QMessageBox::warning(this, tr("Could not open the project"), message);
        emit loadFailed(message);
    });
    connect(mLoader, &ProjectLoader::cancelled, this, [this] {
        mStatus->hideProgress();
        mStatus->showMessage(tr("Loading cancelled"), 5000);
        emit loadCancelled();
    });
    connect(mRebuild, &RebuildJob::progress, this, [this](int pct, const QString &what) {
        mStatus->showProgress(pct, what.isEmpty() ? QString() : tr("Recomputing: %1").arg(what));
    });
    connect(mRebuild, &RebuildJob::finished, this, [this](bool adopted, bool cancelled, const QString &error) {
        mStatus->hideProgress();
        mTools->setEnabled(true);
        if (adopted)
            mStatus->showMessage(tr("Recomputed for %1").arg(mPlanner->targets() ? localLabel(mPlanner->targets()->name, mPlanner->targets()->nameZh)
                                                                                 : QString::fromStdString(mPlanner->project().profile.name)),
                                 5000);
        else
            mStatus->showMessage(cancelled ? tr("Recomputing cancelled; the previous settings stay")
                                               : tr("Could not recompute: %1").arg(error), 8000);
        mTargetsPanel->reload(); // shows the settings in force
        emit rebuilt();
    });
    connect(&mAutosave, &QTimer::timeout, this, &MainWindow::autosave);
    mAutosave.start(20000);
}

MainWindow::~MainWindow()
{
    // Jobs that read the planner finish before it goes; the session (a child, deleted
    // after the members) must not hear from the undo stack about a planner gone.
    delete mSession;
    delete mRebuild;
    delete mLoader;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New project…"), QKeySequence::New, this, &MainWindow::newProjectWizard);
    file->addAction(tr("&Open project…"), QKeySequence::Open, this, &MainWindow::openProjectDialog);
    mRecent = new RecentFiles(file->addMenu(tr("Open &recent")), this);
    connect(mRecent, &RecentFiles::openRequested, this, &MainWindow::openProject);
    file->addAction(tr("&Save"), QKeySequence::Save, this, [this] { save(); });
    file->addAction(tr("Save &as…"), QKeySequence::SaveAs, this, &MainWindow::saveAsDialog);
    file->addAction(tr("Add &facilities from a file…"), this, &MainWindow::addFacilitiesDialog);
    file->addAction(tr("Add &reference layer…"), this, &MainWindow::addReferenceDialog);
    file->addSeparator();
    file->addAction(tr("Export &map…"), QKeySequence(Qt::CTRL | Qt::Key_P), this, &MainWindow::exportMapDialog);
    file->addAction(tr("Export &report…"), mExporter, &Exporter::exportReport);
    file->addAction(tr("Export &tables…"), mExporter, &Exporter::exportTables);
    file->addAction(tr("Export &GeoPackage…"), mExporter, &Exporter::exportGeoPackage);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(mTools->undoAction());
    edit->addAction(mTools->redoAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom to &full extent"), QKeySequence(Qt::CTRL | Qt::Key_0), mCanvas, &MapCanvas::zoomToExtent);
    view->addAction(tr("Zoom to selected &unit"), QKeySequence(Qt::CTRL | Qt::Key_U), this, &MainWindow::zoomToSelectedUnit);
    view->addAction(tr("Zoom to selected &layer"), this, &MainWindow::zoomToSelectedLayer);
    view->addAction(tr("&Basemap…"), this, &MainWindow::basemapDialog);

    QMenu *plan = menuBar()->addMenu(tr("&Plan"));
    plan->addAction(tr("&Suggest sites…"), this, [this] {
        mSuggestPanel->show();
        mSuggestPanel->raise();
    });

    QMenu *language = menuBar()->addMenu(tr("&Language"));
    for (const auto &[code, name] : {std::pair{"en", "English"}, std::pair{"zh_CN", "中文（简体）"}}) {
        const QString c = QString::fromLatin1(code);
        language->addAction(QString::fromUtf8(name), this, [this, c] {
            QSettings().setValue("language", c);
            if (dialogsAllowed())
                QMessageBox::information(this, tr("Language"), tr("The language changes when QuarterHour starts next time."));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About QuarterHour"), this, &MainWindow::aboutDialog);
}

void MainWindow::createPanels()
{
    mLayersPanel = new LayersPanel(mLayerModel, mView, this);
    mTargetsPanel = new TargetsPanel(mView, this);
    mUnitTablePanel = new UnitTablePanel(mView, this);
    mIndicatorPanel = new IndicatorPanel(mView, this);
    mPlanSummaryPanel = new PlanSummaryPanel(mView, this);
    mUnitCardPanel = new UnitCardPanel(mView, this);
    mBalancePanel = new BalancePanel(mView, this);
    mFacilitiesPanel = new FacilitiesPanel(mView, this);
    mWarningsPanel = new WarningsPanel(mView, this);
    mSuggestPanel = new SuggestPanel(mView, mUndo, this);
    addDockWidget(Qt::LeftDockWidgetArea, mLayersPanel);
    addDockWidget(Qt::LeftDockWidgetArea, mTargetsPanel);
    addDockWidget(Qt::LeftDockWidgetArea, mUnitTablePanel);
    addDockWidget(Qt::RightDockWidgetArea, mIndicatorPanel);
    addDockWidget(Qt::RightDockWidgetArea, mPlanSummaryPanel);
    addDockWidget(Qt::RightDockWidgetArea, mUnitCardPanel);
    addDockWidget(Qt::RightDockWidgetArea, mBalancePanel);
    addDockWidget(Qt::LeftDockWidgetArea, mFacilitiesPanel);
    addDockWidget(Qt::LeftDockWidgetArea, mWarningsPanel);
    addDockWidget(Qt::RightDockWidgetArea, mSuggestPanel);
    tabifyDockWidget(mBalancePanel, mSuggestPanel);
    mBalancePanel->raise();
    connect(mSuggestPanel, &SuggestPanel::pendingChanged, mCanvas, &MapCanvas::setSuggestions);
    connect(mSuggestPanel, &SuggestPanel::zoomRequested, this, [this](const Point &at) {
        mCanvas->zoomTo(Rect{at.x - 400, at.y - 400, at.x + 400, at.y + 400});
    });
    tabifyDockWidget(mUnitTablePanel, mFacilitiesPanel);
    tabifyDockWidget(mFacilitiesPanel, mWarningsPanel);
    mUnitTablePanel->raise();
    connect(mWarningsPanel, &WarningsPanel::zoomRequested, this, [this](const Point &at) {
        mCanvas->zoomTo(Rect{at.x - 400, at.y - 400, at.x + 400, at.y + 400});
    });
    connect(mFacilitiesPanel, &FacilitiesPanel::zoomToFacilityRequested, this, [this](const Point &at) {
        mCanvas->zoomTo(Rect{at.x - 400, at.y - 400, at.x + 400, at.y + 400});
    });
    resizeDocks({mLayersPanel, mIndicatorPanel}, {300, 420}, Qt::Horizontal);
    connect(mLayersPanel, &LayersPanel::message, this, [this](const QString &m) { mStatus->showMessage(m, 4000); });
    connect(mLayersPanel, &LayersPanel::removeReferenceRequested, this, &MainWindow::removeReferenceLayer);
    connect(mLayersPanel, &LayersPanel::removeUnreadReferenceRequested, this, &MainWindow::removeUnreadReferenceLayer);
    // A reference layer shown or hidden: kept in the project (and so in exports).
    connect(mLayerModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                if (!mPlanner || (!roles.isEmpty() && !roles.contains(Qt::CheckStateRole)))
                    return;
                for (int row = from.row(); row <= to.row(); ++row) {
                    const MapLayer &l = mLayerModel->layer(row);
                    if (l.kind != LayerKind::Reference || l.reference < 0
                        || std::size_t(l.reference) >= mPlanner->region().references.size()
                        || mPlanner->region().references[std::size_t(l.reference)].visible == l.visible)
                        continue;
                    mPlanner->setReferenceVisible(std::size_t(l.reference), l.visible);
                    updateTitle();
                    mSession->autosave();
                }
            });
    connect(mLayersPanel, &LayersPanel::referenceColourChanged, this, [this](int index, const QColor &colour) {
        if (mPlanner && index >= 0) {
            mPlanner->setReferenceColour(std::size_t(index), colour.name().toStdString());
            updateTitle(); // modified
            mSession->autosave();
        }
    });
    connect(mIndicatorPanel, &IndicatorPanel::zoomToUnitRequested, this, &MainWindow::zoomToSelectedUnit);
    connect(mTargetsPanel, &TargetsPanel::rebuildRequested, this, [this](const Planner::Settings &s) {
        rebuildAsync(s); // the undo history stays: the plan is applied to the new model
    });
}

QTableWidget *MainWindow::indicatorTable() const
{
    return mIndicatorPanel->table();
}

std::optional<std::size_t> MainWindow::facilityNear(const Point &at) const
{
    if (!mPlanner || !mScene)
        return std::nullopt;
    const MapView &v = mCanvas->view();
    const auto id = mScene->facilityAt(v.toDevice().map(QPointF(at.x, at.y)), v);
    if (!id)
        return std::nullopt;
    const auto &fs = mPlanner->region().facilities;
    for (std::size_t i = 0; i < fs.size(); ++i)
        if (fs[i].id == *id)
            return i;
    return std::nullopt;
}

QString MainWindow::hoverText(const Point &at) const
{
    if (!mPlanner || !mScene)
        return {};
    if (const auto f = facilityNear(at))
        return IndicatorText::facilityCard(*mPlanner, *f);
    const auto unit = mScene->unitAt(QPointF(at.x, at.y));
    return unit ? IndicatorText::unitCard(*mPlanner, *unit, mView->indicator()) : QString();
}

void MainWindow::zoomToSelectedUnit()
{
    const auto unit = mView->unit();
    if (mPlanner && unit && *unit < mPlanner->region().units.size())
        mCanvas->zoomTo(boundsOf(mPlanner->region().units[*unit].shape));
}

void MainWindow::zoomToSelectedLayer()
{
    const int row = mLayersPanel->currentRow();
    if (!mPlanner || row < 0)
        return;
    const Rect e = layerExtent(mPlanner->region(), mLayerModel->layer(row).kind);
    if (!e.isEmpty())
        mCanvas->zoomTo(e);
}

void MainWindow::cancelLoading()
{
    mLoader->cancel();
    mRebuild->cancel();
}

bool MainWindow::isRebuilding() const
{
    return mRebuild->isRunning();
}

void MainWindow::rebuildAsync(const Planner::Settings &settings)
{
    if (!mPlanner || mRebuild->isRunning())
        return;
    mTools->setEnabled(false); // edits wait for the new model
    mCanvas->setTool(MapCanvas::Tool::Pan);
    mRebuild->start(mPlanner.get(), settings);
}

QString MainWindow::autosavePath(const QString &projectPath)
{
    return qh::autosavePath(projectPath);
}

void MainWindow::openProject(const QString &path)
{
    if (!maybeSave())
        return;
    // Reopening the project shown: its lock is taken again by the load.
    if (mPlanner && QFileInfo(workingPath()) == QFileInfo(path))
        mSession->releaseLock();
    // A rebuild of the current project finishes first (it reads that project's layers).
    mRebuild->waitForFinished();
    mStatus->showMessage(tr("Loading %1 …").arg(QFileInfo(path).fileName()));
    mLoader->start(path);
}

void MainWindow::onLoaded(Planner *p)
{
    mStatus->hideProgress();
    // The session lets go of the old project first: clearing its undo history must not
    // count as going back to its saved state (that would drop its autosave).
    mSession->begin(nullptr, QString(), nullptr, false);
    mUndo->clear();
    for (PlannerPanel *panel : findChildren<PlannerPanel *>())
        panel->setPlanner(nullptr);
    mTools->setPlanner(nullptr);
    mExporter->setPlanner(nullptr);
    mPlanner.reset(p);
    mExporter->setPlanner(p);
    const QString recoveredFrom = mLoader->recoveredFrom();
    mRelocated = mLoader->relocated();
    mSession->begin(p, recoveredFrom, mLoader->takeLock(), !recoveredFrom.isEmpty() || !mRelocated.isEmpty());
    if (!recoveredFrom.isEmpty()) {
        // Keep working on the original file name; the recovered edits count as unsaved.
        mPlanner->saveCopy(autosavePath(recoveredFrom));
        mPlanner->markModified();
        mStatus->showMessage(tr("Recovered unsaved work"));
    }
    mRecent->add(workingPath());
    if (!mRelocated.isEmpty()) {
        mPlanner->markModified();
        const QString msg = tr("Some layers were not where the project said and were found again:\n%1\n"
                               "Save the project to keep the new places.").arg(mRelocated.join('\n'));
        if (dialogsAllowed())
            QMessageBox::information(this, tr("Layers found again"), msg);
    }
    connect(mPlanner.get(), &Planner::changed, this, &MainWindow::onPlanChanged);
    connect(mPlanner.get(), &Planner::catchmentsChanged, this, &MainWindow::onCatchmentsChanged);
    const AnalysisResult &a = mPlanner->result();
    mView->setUnit(std::nullopt);
    mScene = std::make_shared<MapScene>(mPlanner->region(), &a);
    syncReferenceLayers();
    mLayerModel->setName(LayerKind::Cells, mScene->populationIsPoints() ? tr("Population points") : LayerModel::tr("Population cells"));
    mCanvas->setScene(mScene);
    setBasemap(QString::fromStdString(mPlanner->project().basemapUrl));
    mTools->setPlanner(mPlanner.get());
    // The indicator is chosen before the maps that follow it.
    for (PlannerPanel *panel : std::initializer_list<PlannerPanel *>{mIndicatorPanel, mLayersPanel, mTargetsPanel,
                                                                     mUnitTablePanel, mUnitCardPanel, mBalancePanel,
                                                                     mPlanSummaryPanel, mFacilitiesPanel, mWarningsPanel,
                                                                     mSuggestPanel})
        panel->setPlanner(mPlanner.get());
    onPlanChanged();
    mStatus->showWarningCount(mWarningsPanel->count());
    mStatus->showMessage((mScene->populationIsPoints() ? tr("%1: %2 population points, %3 facilities, %4 km of walking network")
                                                       : tr("%1: %2 cells, %3 facilities, %4 km of walking network"))
                             .arg(QString::fromStdString(mPlanner->project().name))
                             .arg(mPlanner->region().cells.size())
                             .arg(mPlanner->region().facilities.size())
                             .arg(a.network.lengthKm, 0, 'f', 0));
    if (isLockedElsewhere())
        mStatus->showMessage(tr("%1 is open in another QuarterHour window: changes made here are not autosaved")
                                 .arg(QFileInfo(workingPath()).fileName()));
    emit projectLoaded();
}

void MainWindow::onPlanChanged()
{
    updateScene(true);
    applyStyle();
    updateTitle();
    mStatus->showUpdateTime(mPlanner->lastUpdateMs());
}

void MainWindow::onCatchmentsChanged()
{
    updateScene(false);
}

void MainWindow::updateScene(bool analysis)
{
    if (!mPlanner || !mScene)
        return;
    // A new scene sharing the old one's geometry: a render job may still be reading the
    // old. Only catchments of the facilities' current places and circles: old ones go
    // at once, the new ones come in as they are computed.
    auto next = std::make_shared<MapScene>(*mScene);
    if (analysis)
        next->setAnalysis(mPlanner->result(), mPlanner->region().facilities, mPlanner->evaluation());
    next->setCatchments(mPlanner->currentCatchments());
    mScene = next;
    mCanvas->setScene(mScene, true);
    const std::size_t pending = mPlanner->catchmentsPending();
    if (pending > 0 && mLayerModel->layer(mLayerModel->rowOf(LayerKind::Catchments)).visible)
        mStatus->showProgress(int(100 * (1.0 - double(pending) / std::max<std::size_t>(1, mPlanner->region().facilities.size()))),
                              tr("Computing catchments: %1 to go …").arg(pending));
    else if (!mLoader->isRunning() && !mRebuild->isRunning())
        mStatus->hideProgress();
}

void MainWindow::applyStyle()
{
    MapStyle s = mCanvas->mapStyle();
    s.layers = mLayerModel->drawOrder();
    if (s.shows(LayerKind::Catchments) && mPlanner)
        mPlanner->requestCatchments();
    s.cellColouring = mView->cellMode() <= 0 ? MapStyle::CellColouring::Population : MapStyle::CellColouring::Minutes;
    s.minutesType = std::max(0, mView->cellMode() - 1);
    s.unitColouring = mView->unitMode() <= 0 ? MapStyle::UnitColouring::Plain : MapStyle::UnitColouring::WarningClass;
    s.indicator = std::max(0, mView->unitMode() - 1);
    s.selectedUnit = mView->unit();
    mCanvas->setMapStyle(s);
}

void MainWindow::selectIndicator(int index)
{
    mView->setIndicator(index);
}

void MainWindow::selectUnit(std::optional<std::size_t> unit)
{
    mView->setUnit(unit);
}

void MainWindow::setIndicatorTarget(double target)
{
    mIndicatorPanel->setTarget(target);
}

void MainWindow::setAddType(int typeIndex)
{
    mTools->setAddType(typeIndex);
}

void MainWindow::updateTitle()
{
    if (!mPlanner)
        return;
    setWindowTitle(tr("QuarterHour — %1%2").arg(QString::fromStdString(mPlanner->project().name),
                                                 mPlanner->isModified() ? QStringLiteral(" *") : QString()));
}

void MainWindow::editFacility(const std::string &id)
{
    const auto f = mPlanner ? mPlanner->facility(id) : std::nullopt;
    if (!f)
        return;
    FacilityDialog dialog(*f, mPlanner->project().profile.types, this);
    if (!dialogsAllowed() || dialog.exec() != QDialog::Accepted)
        return;
    applyFacilityEdit(*f, dialog.facility());
}

void MainWindow::applyFacilityEdit(const Facility &before, const Facility &after)
{
    mUndo->push(new EditFacilityCommand(*mPlanner, before, after));
}

void MainWindow::setBasemap(const QString &urlTemplate)
{
    mCanvas->setBasemap(nullptr);
    mBasemap.reset();
    if (!urlTemplate.isEmpty() && mPlanner)
        mBasemap = std::make_unique<TileLayer>(urlTemplate, mPlanner->project().crs);
    mCanvas->setBasemap(mBasemap.get());
    if (mPlanner && mPlanner->project().basemapUrl != urlTemplate.toStdString()) {
        mPlanner->setBasemapUrl(urlTemplate.toStdString());
        updateTitle();
    }
}

QString MainWindow::workingPath() const
{
    return mSession->workingPath();
}

bool MainWindow::save()
{
    return mSession->save();
}

bool MainWindow::saveAs(const QString &path)
{
    return mSession->saveAs(path);
}

void MainWindow::autosave()
{
    mSession->autosave();
}

bool MainWindow::maybeSave()
{
    return mSession->maybeSave();
}

void MainWindow::setSaveQuestion(std::function<QMessageBox::StandardButton()> ask)
{
    mSession->setSaveQuestion(std::move(ask));
}

bool MainWindow::isLockedElsewhere() const
{
    return mSession->isLockedElsewhere();
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    if (!maybeSave()) {
        e->ignore();
        return;
    }
    e->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *e)
{
    for (const QUrl &url : e->mimeData()->urls())
        if (url.isLocalFile())
            e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *e)
{
    // A project opens; any other file is read as facilities to add to the plan.
    for (const QUrl &url : e->mimeData()->urls()) {
        const QString file = url.toLocalFile();
        if (file.endsWith(".qhproj")) {
            openProject(file);
            return;
        }
        if (mPlanner)
            addFacilitiesFromFile(file);
    }
}

} // namespace qh
