#pragma once

#include <memory>

#include <QFutureWatcher>
#include <QMainWindow>

#include "coverage/analysis.h"
#include "scenario/model.h"

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace qh {

class MapCanvas;

/// Everything the background loader hands to the window.
struct LoadedProject
{
    Project project;
    RegionData region;
    AnalysisResult analysis;
    QString error; ///< set when loading failed
};

/// The main window: map canvas, layer panel, unit table.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Loads and analyses a project off the UI thread; emits projectLoaded or loadFailed.
    void openProject(const QString &path);
    const LoadedProject *current() const { return mCurrent.get(); }
    MapCanvas *canvas() const { return mCanvas; }

signals:
    void projectLoaded();
    void loadFailed(const QString &message);

private:
    void onLoaded();
    void applyStyle();
    void fillUnitTable();
    void updateScaleLabel();

    MapCanvas *mCanvas;
    QListWidget *mLayers;
    QComboBox *mCellMode;
    QTableWidget *mUnitTable;
    QLabel *mCoordLabel;
    QLabel *mScaleLabel;
    QFutureWatcher<std::shared_ptr<LoadedProject>> mWatcher;
    std::shared_ptr<LoadedProject> mCurrent;
};

} // namespace qh
