#pragma once

#include <memory>

#include <QFutureWatcher>
#include <QMainWindow>
#include <QTimer>

#include "planner.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QToolButton;
class QSlider;
class QTableWidget;
class QTextBrowser;
class QToolBar;
class QUndoStack;

namespace qh {

class Feedback;
class LorenzWidget;
class TileLayer;
class MapCanvas;
class MapScene;

/// The main window: map canvas with planning tools, layer and target panels,
/// indicator table, unit card and balance chart.
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
    /// Stops a project that is loading; the window keeps what it showed.
    void cancelLoading();
    void zoomToSelectedUnit();
    /// Zooms to the extent of the layer selected in the layer list.
    void zoomToSelectedLayer();
    /// The hover card for a map point: unit, shown indicator, value, target, gap.
    QString hoverText(const Point &at) const;
    /// Rebuilds the model for new settings (profile, circle) on a worker thread with
    /// progress and cancel; planning tools wait meanwhile. Emits rebuilt().
    void rebuildAsync(const Planner::Settings &settings);
    bool isRebuilding() const { return mRebuild.isRunning(); }
    /// Adds every point of a layer file (candidate sites, a new operator's list …) as
    /// proposed facilities in one undoable step. Returns how many were added.
    int addFacilitiesFromFile(const QString &path);
    /// Layers found elsewhere when the project was opened ("was → now").
    QStringList relocatedLayers() const { return mRelocated; }
    MapCanvas *canvas() const { return mCanvas; }
    QUndoStack *undoStack() const { return mUndo; }
    QTableWidget *indicatorTable() const { return mTable; }
    /// Saves to the project's file (or asks for one); false when not saved.
    bool save();
    bool saveAs(const QString &path);
    /// Where unsaved work of `projectPath` is kept.
    static QString autosavePath(const QString &projectPath);
    /// Writes the autosave now (the timer does this every 20 s while modified).
    void autosave();
    void setAddType(int typeIndex);
    void selectIndicator(int index);
    void selectUnit(std::optional<std::size_t> unit);
    /// Shows a facility's properties; those of a proposed facility can be changed.
    void editFacility(const std::string &id);
    /// Applies a changed proposed facility as an undoable edit.
    void applyFacilityEdit(const Facility &before, const Facility &after);
    /// Sets the target of the indicator shown in the table (kept in the project).
    void setIndicatorTarget(double target);
    /// Shows an XYZ tile basemap ({z}/{x}/{y} URL template) under the map; "" for none.
    void setBasemap(const QString &urlTemplate);
    TileLayer *basemap() const { return mBasemap.get(); }

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
    void onLoaded();
    void onPlanChanged();
    void applyStyle();
    void fillUnitTable();
    void fillIndicatorTable();
    void fillUnitCard();
    void fillTargetsPanel();
    void updateBalance();
    void updateScaleLabel();
    void updateTitle();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void onAddRequested(const Point &at);

    std::unique_ptr<Planner> mPlanner;
    std::unique_ptr<TileLayer> mBasemap;
    std::shared_ptr<MapScene> mScene;
    QString mRecoveredFrom;
    MapCanvas *mCanvas;
    QUndoStack *mUndo;
    QListWidget *mLayers;
    QComboBox *mCellMode;
    QComboBox *mUnitMode;
    QSlider *mOpacity;
    QComboBox *mProfileCombo;
    QWidget *mCirclesBox;
    QComboBox *mIndicator;
    QCheckBox *mFailingOnly;
    QDoubleSpinBox *mTargetEdit;
    QTableWidget *mTable;
    QTableWidget *mUnitTable;
    QTextBrowser *mCard;
    LorenzWidget *mLorenz;
    QComboBox *mAddType;
    QDoubleSpinBox *mAddCapacity;
    QLabel *mCoordLabel;
    QLabel *mScaleLabel;
    QLabel *mUpdateLabel;
    QLabel *mPlanSummary;
    QMenu *mRecentMenu;
    QTimer mAutosave;
    std::optional<std::size_t> mSelectedUnit;
    QFutureWatcher<Planner *> mWatcher;
    QFutureWatcher<std::shared_ptr<CoverageModel>> mRebuild;
    Planner::Settings mRebuildSettings;
    bool mRebuildCancelled = false;
    QToolBar *mTools = nullptr;
    QString mLoadError;
    bool mLoadCancelled = false;
    std::shared_ptr<Feedback> mFeedback;
    QProgressBar *mProgress;
    QToolButton *mCancelButton;
    QStringList mRelocated; ///< layers found again at load, "was → now"
};

} // namespace qh
