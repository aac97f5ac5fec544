#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QMainWindow>
#include <QMessageBox>
#include <QTimer>

#include "planner.h"

class QTableWidget;
class QUndoStack;

namespace qh {

class BalancePanel;
class Exporter;
class FacilitiesPanel;
class WarningsPanel;
class IndicatorPanel;
class LayerModel;
class LayersPanel;
class MapCanvas;
class MapScene;
class PlanSummaryPanel;
class SuggestPanel;
class PlanningToolBar;
class ProjectLoader;
class ProjectSession;
class RebuildJob;
class RecentFiles;
class StatusBar;
class TargetsPanel;
class TileLayer;
class UnitCardPanel;
class UnitTablePanel;
class ViewState;

/// The main window. It only assembles: the map canvas, the planning toolbar, one
/// dock per panel (app/panels/), the menus, the status bar; and it owns the project
/// being planned, its loading, rebuilding and saving. Each menu entry is one line in
/// createMenus() plus a slot in the class it belongs to.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads a project off the UI thread; emits projectLoaded or loadFailed. Offers
    /// to recover an autosave newer than the project.
    void openProject(const QString &path);
    Planner *planner() const { return mPlanner.get(); }
    /// Stops a project that is loading (or a rebuild); the window keeps what it showed.
    void cancelLoading();
    /// The hover card for a map point: unit, shown indicator, value, target, gap.
    QString hoverText(const Point &at) const;
    /// Rebuilds the model for new settings (profile, circle) on a worker thread with
    /// progress and cancel; planning tools wait meanwhile. Emits rebuilt().
    void rebuildAsync(const Planner::Settings &settings);
    bool isRebuilding() const;
    /// Adds every point of a layer file (candidate sites, a new operator's list …) as
    /// proposed facilities in one undoable step. Returns how many were added.
    int addFacilitiesFromFile(const QString &path);
    /// Adds a file (a layer of it; empty: the first) as a reference layer drawn for
    /// context and kept in the project. False, with the reason shown, when it cannot be read.
    bool addReferenceFromFile(const QString &path, const QString &layer = {});
    /// How a database password is asked for when a project's database wants one
    /// (given why, returns it; empty: not given). Tests answer without a dialog.
    void setPasswordQuestion(std::function<QString(const QString &why)> ask) { mAskPassword = std::move(ask); }
    /// Takes a reference layer (index among those drawn) off the map and out of the project.
    void removeReferenceLayer(int index);
    /// Takes a reference layer that could not be read (its index among those) out of the project.
    void removeUnreadReferenceLayer(int index);
    /// Layers found elsewhere when the project was opened ("was → now").
    QStringList relocatedLayers() const { return mRelocated; }
    /// Saves to the project's file (or asks for one); false when not saved.
    bool save();
    bool saveAs(const QString &path);
    /// Where unsaved work of `projectPath` is kept.
    static QString autosavePath(const QString &projectPath);
    /// Writes the autosave now (the timer does this every 20 s while modified). Not
    /// while another window or process has the project open (the autosave is its).
    void autosave();
    /// Before unsaved work would be dropped (another project opened, the window
    /// closed): asks Save / Discard / Cancel. True to go on. Without anyone to ask,
    /// the work stays in the autosave.
    bool maybeSave();
    /// Replaces the question maybeSave() asks (tests).
    void setSaveQuestion(std::function<QMessageBox::StandardButton()> ask);
    /// Whether the project is open in another window or process (no autosave here).
    bool isLockedElsewhere() const;
    void setAddType(int typeIndex);
    void selectIndicator(int index);
    void selectUnit(std::optional<std::size_t> unit);
    /// Applies a changed proposed facility as an undoable edit.
    void applyFacilityEdit(const Facility &before, const Facility &after);
    /// Sets the target of the indicator shown in the table (kept in the project).
    void setIndicatorTarget(double target);
    /// The About box's text: versions of QuarterHour and its libraries, data licences.
    static QString aboutText();
    /// Shows an XYZ tile basemap ({z}/{x}/{y} URL template) under the map; "" for none.
    void setBasemap(const QString &urlTemplate);

    MapCanvas *canvas() const { return mCanvas; }
    QUndoStack *undoStack() const { return mUndo; }
    TileLayer *basemap() const { return mBasemap.get(); }
    LayerModel *layerModel() const { return mLayerModel; }
    ViewState *viewState() const { return mView; }
    PlanningToolBar *planningToolBar() const { return mTools; }
    LayersPanel *layersPanel() const { return mLayersPanel; }
    TargetsPanel *targetsPanel() const { return mTargetsPanel; }
    IndicatorPanel *indicatorPanel() const { return mIndicatorPanel; }
    QTableWidget *indicatorTable() const;
    UnitTablePanel *unitTablePanel() const { return mUnitTablePanel; }
    UnitCardPanel *unitCardPanel() const { return mUnitCardPanel; }
    BalancePanel *balancePanel() const { return mBalancePanel; }
    PlanSummaryPanel *planSummaryPanel() const { return mPlanSummaryPanel; }
    FacilitiesPanel *facilitiesPanel() const { return mFacilitiesPanel; }
    WarningsPanel *warningsPanel() const { return mWarningsPanel; }
    SuggestPanel *suggestPanel() const { return mSuggestPanel; }
    StatusBar *statusBarWidget() const { return mStatus; }
    Exporter *exporter() const { return mExporter; }
    /// The facility drawn at a map point (within a few pixels), by index into the region's facilities.
    std::optional<std::size_t> facilityNear(const Point &at) const;

public slots:
    void newProjectWizard();
    void openProjectDialog();
    void saveAsDialog();
    void addFacilitiesDialog();
    void addReferenceDialog();
    /// The layer list's reference rows: one per reference layer the region holds.
    void syncReferenceLayers();
    /// After a reference layer came or went: the scene, the layer list, the report.
    void referencesChanged();
    void basemapDialog();
    void aboutDialog();
    /// File ▸ Export map…: the sheet dialog with its preview, for the view on screen or any theme.
    void exportMapDialog();
    void zoomToSelectedUnit();
    /// Zooms to the extent of the layer selected in the layer list.
    void zoomToSelectedLayer();
    /// Shows a facility's properties; those of a proposed facility can be changed.
    void editFacility(const std::string &id);

signals:
    void projectLoaded();
    void loadFailed(const QString &message);
    void loadCancelled();
    void rebuilt();

protected:
    void closeEvent(QCloseEvent *) override;
    void dragEnterEvent(QDragEnterEvent *) override;
    void dropEvent(QDropEvent *) override;

private:
    void createMenus();
    void createPanels();
    void onLoaded(Planner *planner);
    void onPlanChanged();
    void onCatchmentsChanged();
    /// Gives the canvas a new scene: the analysis values (when `analysis`) and the
    /// current catchments; shows how many catchments are still being computed.
    void updateScene(bool analysis);
    void applyStyle();
    void updateTitle();
    QString workingPath() const;

    std::unique_ptr<Planner> mPlanner;
    std::function<QString(const QString &)> mAskPassword;
    int mPasswordTries = 0;
    std::unique_ptr<TileLayer> mBasemap;
    std::shared_ptr<MapScene> mScene;
    Exporter *mExporter = nullptr;
    QStringList mRelocated;
    MapCanvas *mCanvas;
    QUndoStack *mUndo;
    LayerModel *mLayerModel;
    ViewState *mView;
    ProjectLoader *mLoader;
    RebuildJob *mRebuild;
    PlanningToolBar *mTools;
    LayersPanel *mLayersPanel = nullptr;
    TargetsPanel *mTargetsPanel = nullptr;
    IndicatorPanel *mIndicatorPanel = nullptr;
    UnitTablePanel *mUnitTablePanel = nullptr;
    UnitCardPanel *mUnitCardPanel = nullptr;
    BalancePanel *mBalancePanel = nullptr;
    PlanSummaryPanel *mPlanSummaryPanel = nullptr;
    FacilitiesPanel *mFacilitiesPanel = nullptr;
    WarningsPanel *mWarningsPanel = nullptr;
    SuggestPanel *mSuggestPanel = nullptr;
    StatusBar *mStatus;
    RecentFiles *mRecent = nullptr;
    QTimer mAutosave;
    ProjectSession *mSession;
};

} // namespace qh
