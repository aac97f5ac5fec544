#include "mainwindow.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "io/readers.h"
#include "mapcanvas.h"
#include "scenario/project.h"

namespace qh {

namespace {

enum LayerRow { RowUnits, RowCells, RowNetwork, RowFacilities, RowLabels };

std::shared_ptr<LoadedProject> loadAndAnalyse(const QString &path)
{
    auto lp = std::make_shared<LoadedProject>();
    try {
        lp->project = loadProject(path.toStdString());
        lp->region = loadRegion(lp->project);
        lp->analysis = analyze(lp->project, lp->region);
    } catch (const std::exception &e) {
        lp->error = QString::fromStdString(e.what());
    }
    return lp;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , mCanvas(new MapCanvas(this))
    , mLayers(new QListWidget)
    , mCellMode(new QComboBox)
    , mUnitTable(new QTableWidget)
    , mCoordLabel(new QLabel)
    , mScaleLabel(new QLabel)
{
    setWindowTitle(tr("QuarterHour"));
    resize(1280, 820);
    setCentralWidget(mCanvas);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Open project…"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                          tr("QuarterHour projects (*.qhproj)"));
        if (!path.isEmpty())
            openProject(path);
    });
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(tr("Zoom to &full extent"), QKeySequence(Qt::CTRL | Qt::Key_0), mCanvas,
                        &MapCanvas::zoomToExtent);

    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(new QLabel(tr("Layers")));
    for (const QString &name : {tr("Units"), tr("Population cells"), tr("Walking network"),
                                tr("Facilities"), tr("Unit names")}) {
        auto *item = new QListWidgetItem(name, mLayers);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    mLayers->setMaximumHeight(130);
    layout->addWidget(mLayers);
    layout->addWidget(new QLabel(tr("Cells show")));
    layout->addWidget(mCellMode);
    layout->addStretch();
    auto *layerDock = new QDockWidget(tr("Map"), this);
    layerDock->setObjectName("layers");
    layerDock->setWidget(panel);
    addDockWidget(Qt::LeftDockWidgetArea, layerDock);

    mUnitTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mUnitTable->setSortingEnabled(true);
    mUnitTable->verticalHeader()->hide();
    auto *tableDock = new QDockWidget(tr("Units"), this);
    tableDock->setObjectName("units");
    tableDock->setWidget(mUnitTable);
    addDockWidget(Qt::LeftDockWidgetArea, tableDock);
    resizeDocks({layerDock, tableDock}, {470, 470}, Qt::Horizontal);
    resizeDocks({layerDock, tableDock}, {220, 560}, Qt::Vertical);

    statusBar()->addPermanentWidget(mCoordLabel);
    statusBar()->addPermanentWidget(mScaleLabel);

    connect(mLayers, &QListWidget::itemChanged, this, &MainWindow::applyStyle);
    connect(mCellMode, &QComboBox::currentIndexChanged, this, &MainWindow::applyStyle);
    connect(mCanvas, &MapCanvas::cursorMoved, this, [this](double x, double y) {
        mCoordLabel->setText(QStringLiteral("%1, %2  %3")
                                 .arg(x, 0, 'f', 1)
                                 .arg(y, 0, 'f', 1)
                                 .arg(mCurrent ? QString::fromStdString(mCurrent->project.crs.authId())
                                               : QString()));
    });
    connect(mCanvas, &MapCanvas::viewChanged, this, &MainWindow::updateScaleLabel);
    connect(&mWatcher, &QFutureWatcher<std::shared_ptr<LoadedProject>>::finished, this,
            &MainWindow::onLoaded);
}

void MainWindow::openProject(const QString &path)
{
    statusBar()->showMessage(tr("Loading %1 …").arg(QFileInfo(path).fileName()));
    mWatcher.setFuture(QtConcurrent::run(loadAndAnalyse, path));
}

void MainWindow::onLoaded()
{
    std::shared_ptr<LoadedProject> lp = mWatcher.result();
    if (!lp->error.isEmpty()) {
        statusBar()->showMessage(tr("Could not open the project"));
        if (!qEnvironmentVariableIsSet("QH_NO_DIALOGS"))
            QMessageBox::warning(this, tr("Could not open the project"), lp->error);
        emit loadFailed(lp->error);
        return;
    }
    mCurrent = lp;
    setWindowTitle(tr("QuarterHour — %1").arg(QString::fromStdString(lp->project.name)));
    {
        QSignalBlocker block(mCellMode);
        mCellMode->clear();
        mCellMode->addItem(tr("Population density"));
        for (const FacilityType &t : lp->analysis.profile.types)
            mCellMode->addItem(tr("Walking minutes to %1").arg(QString::fromStdString(t.label)));
        mCellMode->setCurrentIndex(lp->analysis.profile.types.empty() ? 0 : 1);
    }
    mCanvas->setScene(std::make_shared<MapScene>(lp->region, &lp->analysis));
    applyStyle();
    fillUnitTable();
    statusBar()->showMessage(tr("%1: %2 cells, %3 facilities, %4 km of walking network, %5 warning(s)")
                                 .arg(QString::fromStdString(lp->project.name))
                                 .arg(lp->region.cells.size())
                                 .arg(lp->region.facilities.size())
                                 .arg(lp->analysis.network.lengthKm, 0, 'f', 0)
                                 .arg(lp->analysis.warnings.size()));
    emit projectLoaded();
}

void MainWindow::applyStyle()
{
    MapStyle s = mCanvas->mapStyle();
    auto on = [this](int row) { return mLayers->item(row)->checkState() == Qt::Checked; };
    s.showUnits = on(RowUnits);
    s.showCells = on(RowCells);
    s.showNetwork = on(RowNetwork);
    s.showFacilities = on(RowFacilities);
    s.showLabels = on(RowLabels);
    const int mode = mCellMode->currentIndex();
    s.cellColouring = mode <= 0 ? MapStyle::CellColouring::Population : MapStyle::CellColouring::Minutes;
    s.minutesType = std::max(0, mode - 1);
    mCanvas->setMapStyle(s);
}

void MainWindow::fillUnitTable()
{
    const AnalysisResult &a = mCurrent->analysis;
    const auto &types = a.profile.types;
    QStringList headers{tr("Unit"), tr("Residents")};
    for (const FacilityType &t : types) {
        auto g = a.groupIndex(t.demandGroup);
        headers << tr("%1\n%2 covered %").arg(QString::fromStdString(t.label),
                                               QString::fromStdString(a.groups[*g].label));
        headers << tr("%1\ncapacity per 1,000").arg(QString::fromStdString(t.label));
    }
    mUnitTable->setSortingEnabled(false);
    mUnitTable->clear();
    mUnitTable->setColumnCount(headers.size());
    mUnitTable->setHorizontalHeaderLabels(headers);
    mUnitTable->setRowCount(int(a.units.size()));
    auto number = [](double v, int decimals) {
        auto *item = new QTableWidgetItem;
        item->setData(Qt::DisplayRole, QString::number(v, 'f', decimals).toDouble());
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int u = 0; u < int(a.units.size()); ++u) {
        const UnitResult &ur = a.units[u];
        mUnitTable->setItem(u, 0, new QTableWidgetItem(QString::fromStdString(mCurrent->region.units[u].name)));
        mUnitTable->setItem(u, 1, number(ur.pop[0], 0));
        int col = 2;
        for (std::size_t t = 0; t < types.size(); ++t) {
            auto g = a.groupIndex(types[t].demandGroup);
            mUnitTable->setItem(u, col++, number(ur.share(t, *g) * 100.0, 1));
            mUnitTable->setItem(u, col++, ur.ratioPer1000[t] ? number(*ur.ratioPer1000[t], 1)
                                                             : new QTableWidgetItem(QStringLiteral("–")));
        }
    }
    mUnitTable->setSortingEnabled(true);
    mUnitTable->resizeColumnsToContents();
}

void MainWindow::updateScaleLabel()
{
    mScaleLabel->setText(tr("Scale 1:%L1").arg(qRound64(mCanvas->view().scaleDenominator(
        mCanvas->logicalDpiX() > 0 ? mCanvas->logicalDpiX() : 96))));
}

} // namespace qh
