#include "mainwindow.h"

#include <QActionGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QColorDialog>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QThread>
#include <QToolBar>
#include <QToolTip>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "commands.h"
#include "feedback.h"
#include "io/readers.h"
#include "lorenzwidget.h"
#include "mapcanvas.h"
#include "maprenderer.h"
#include "scenario/project.h"
#include "tilelayer.h"

namespace qh {

namespace {

enum LayerRow { RowUnits, RowCells, RowNetwork, RowFacilities, RowLabels, RowCatchments };

LayerKind kindOf(int row)
{
    switch (row) {
    case RowUnits: return LayerKind::Units;
    case RowCells: return LayerKind::Cells;
    case RowNetwork: return LayerKind::Network;
    case RowFacilities: return LayerKind::Facilities;
    case RowLabels: return LayerKind::UnitLabels;
    default: return LayerKind::Catchments;
    }
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

bool dialogsAllowed()
{
    return !qEnvironmentVariableIsSet("QH_NO_DIALOGS");
}

/// A value in the indicator's own terms: shares as %, the rest as numbers.
QString formatValue(const Indicator &ind, std::optional<double> v)
{
    if (!v)
        return QStringLiteral("–");
    switch (ind.kind) {
    case IndicatorKind::CoverageShare:
    case IndicatorKind::CapacityShare:
    case IndicatorKind::UnitsWithFacility:
        return QString::number(*v * 100.0, 'f', 1) + QStringLiteral(" %");
    default:
        return QString::number(*v, 'f', 1);
    }
}

/// A capacity column in words.
QString capacityLabel(const std::string &key)
{
    if (key == "beds")
        return QCoreApplication::translate("qh::MainWindow", "beds");
    if (key == "nursing_beds")
        return QCoreApplication::translate("qh::MainWindow", "nursing-type beds");
    if (key == "childcare_places")
        return QCoreApplication::translate("qh::MainWindow", "childcare places");
    if (key == "inclusive_places")
        return QCoreApplication::translate("qh::MainWindow", "inclusive places");
    if (key == "cognitive_beds")
        return QCoreApplication::translate("qh::MainWindow", "cognitive-care beds");
    return QString::fromStdString(key);
}

/// What is missing, in the planner's terms and the interface's language (the
/// engine's own gap text is English, for files).
QString gapText(const Indicator &ind, const Score &sc, const AnalysisResult &a, bool oneUnit)
{
    if (sc.pass || sc.gap <= 0)
        return QString();
    const QString n = QLocale().toString(qint64(sc.gap));
    int type = -1;
    for (std::size_t t = 0; t < a.profile.types.size(); ++t)
        if (a.profile.types[t].key == ind.facilityType)
            type = int(t);
    const QString typeLabel = type >= 0 ? localLabel(a.profile.types[type].label, a.profile.types[type].labelZh) : QString();
    switch (ind.kind) {
    case IndicatorKind::CoverageShare: {
        const auto g = a.groupIndex(ind.group);
        return QCoreApplication::translate("qh::MainWindow", "%1 %2 outside the %3-minute circle")
            .arg(n, g ? localLabel(a.groups[*g].label, a.groups[*g].labelZh) : QString())
            .arg(type >= 0 ? a.profile.types[type].minutes : 15);
    }
    case IndicatorKind::CapacityPer:
    case IndicatorKind::CapacityShare:
        return QCoreApplication::translate("qh::MainWindow", "%1 more %2").arg(n, capacityLabel(ind.capacity));
    case IndicatorKind::UnitsWithFacility:
        return oneUnit ? QCoreApplication::translate("qh::MainWindow", "no %1 facility in this unit").arg(typeLabel)
                       : QCoreApplication::translate("qh::MainWindow", "%1 more units need a %2 facility").arg(n, typeLabel);
    case IndicatorKind::FloorSpacePer100Households:
        return QCoreApplication::translate("qh::MainWindow", "%1 m² more floor space").arg(n);
    case IndicatorKind::LandPerCapita:
        return QCoreApplication::translate("qh::MainWindow", "%1 m² more land").arg(n);
    }
    return QString();
}

/// Sorts by the number behind the text.
class NumberItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , mCanvas(new MapCanvas(this))
    , mUndo(new QUndoStack(this))
    , mLayers(new QListWidget)
    , mCellMode(new QComboBox)
    , mUnitMode(new QComboBox)
    , mOpacity(new QSlider(Qt::Horizontal))
    , mProfileCombo(new QComboBox)
    , mCirclesBox(new QWidget)
    , mIndicator(new QComboBox)
    , mFailingOnly(new QCheckBox(tr("Failing units only")))
    , mTargetEdit(new QDoubleSpinBox)
    , mTable(new QTableWidget)
    , mUnitTable(new QTableWidget)
    , mCard(new QTextBrowser)
    , mLorenz(new LorenzWidget)
    , mAddType(new QComboBox)
    , mAddCapacity(new QDoubleSpinBox)
    , mCoordLabel(new QLabel)
    , mScaleLabel(new QLabel)
    , mUpdateLabel(new QLabel)
    , mPlanSummary(new QLabel)
{
    setWindowTitle(tr("QuarterHour"));
    resize(1400, 900);
    setCentralWidget(mCanvas);
    setAcceptDrops(true);

    // Menus
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Open project…"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                          tr("QuarterHour projects (*.qhproj)"));
        if (!path.isEmpty())
            openProject(path);
    });
    mRecentMenu = fileMenu->addMenu(tr("Open &recent"));
    fileMenu->addAction(tr("&Save"), QKeySequence::Save, this, [this] { save(); });
    fileMenu->addAction(tr("Save &as…"), QKeySequence::SaveAs, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save project as"), QString(),
                                                          tr("QuarterHour projects (*.qhproj)"));
        if (!path.isEmpty())
            saveAs(path);
    });
    fileMenu->addAction(tr("Add &facilities from a file…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Add facilities"), QString(),
            tr("Point layers (*.gpkg *.geojson *.json *.shp *.csv *.xlsx *.kml);;All files (*)"));
        if (!path.isEmpty())
            addFacilitiesFromFile(path);
    });
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = mUndo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = mUndo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(tr("Zoom to &full extent"), QKeySequence(Qt::CTRL | Qt::Key_0), mCanvas,
                        &MapCanvas::zoomToExtent);
    viewMenu->addAction(tr("Zoom to selected &unit"), QKeySequence(Qt::CTRL | Qt::Key_U), this,
                        [this] { zoomToSelectedUnit(); });
    viewMenu->addAction(tr("Zoom to selected &layer"), this, [this] { zoomToSelectedLayer(); });
    viewMenu->addAction(tr("&Basemap…"), this, [this] {
        bool ok = false;
        const QString url = QInputDialog::getText(
            this, tr("Basemap"),
            tr("XYZ tile URL with {z}, {x}, {y} (e.g. Tianditu with your key, or an OpenStreetMap tile server). "
               "Leave empty for none."),
            QLineEdit::Normal, mBasemap ? mBasemap->urlTemplate() : QString(), &ok);
        if (ok)
            setBasemap(url.trimmed());
    });
    auto *langMenu = menuBar()->addMenu(tr("&Language"));
    for (const auto &[code, name] : {std::pair{"en", "English"}, std::pair{"zh_CN", "中文（简体）"}}) {
        const QString c = QString::fromLatin1(code);
        langMenu->addAction(QString::fromUtf8(name), this, [this, c] {
            QSettings().setValue("language", c);
            if (dialogsAllowed())
                QMessageBox::information(this, tr("Language"),
                                         tr("The language changes when QuarterHour starts next time."));
        });
    }
    rebuildRecentMenu();

    // Planning toolbar
    auto *tools = mTools = addToolBar(tr("Planning"));
    tools->setObjectName("planning");
    auto *group = new QActionGroup(this);
    auto tool = [&](const QString &text, MapCanvas::Tool t, const QString &tip) {
        QAction *a = tools->addAction(text);
        a->setCheckable(true);
        a->setToolTip(tip);
        a->setObjectName(QStringLiteral("tool_%1").arg(int(t)));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, t] { mCanvas->setTool(t); });
        return a;
    };
    tool(tr("Pan / inspect"), MapCanvas::Tool::Pan, tr("Drag to pan, click a unit to see its indicators"))->setChecked(true);
    tool(tr("Add facility"), MapCanvas::Tool::Add, tr("Click the map to propose a facility of the chosen type"));
    tool(tr("Move facility"), MapCanvas::Tool::Move, tr("Drag a facility to a new place"));
    tool(tr("Delete facility"), MapCanvas::Tool::Delete, tr("Click a facility to take it out of the plan"));
    tools->addSeparator();
    tools->addWidget(new QLabel(tr(" Type ")));
    tools->addWidget(mAddType);
    tools->addWidget(new QLabel(tr(" Capacity ")));
    mAddCapacity->setRange(0, 100000);
    mAddCapacity->setDecimals(0);
    mAddCapacity->setValue(40);
    tools->addWidget(mAddCapacity);
    tools->addSeparator();
    tools->addAction(undo);
    tools->addAction(redo);

    // Map panel
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(new QLabel(tr("Layers")));
    // Top of the list is drawn last (on top), as in QGIS.
    const std::pair<LayerRow, QString> layerRows[] = {
        {RowFacilities, tr("Facilities")},   {RowLabels, tr("Unit names")},
        {RowNetwork, tr("Walking network")}, {RowCatchments, tr("Catchments (walking circles)")},
        {RowCells, tr("Population cells")},  {RowUnits, tr("Units")}};
    for (const auto &[id, name] : layerRows) {
        auto *item = new QListWidgetItem(name, mLayers);
        item->setData(Qt::UserRole, int(id)); // the LayerRow, whatever the order
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(id == RowCatchments ? Qt::Unchecked : Qt::Checked);
    }
    mLayers->setMaximumHeight(150);
    layout->addWidget(mLayers);
    auto *orderRow = new QHBoxLayout;
    auto *up = new QPushButton(tr("Draw later (up)"));
    auto *down = new QPushButton(tr("Draw earlier (down)"));
    orderRow->addWidget(up);
    orderRow->addWidget(down);
    layout->addLayout(orderRow);
    // The list is drawn bottom to top, as in QGIS: the first row is drawn last.
    auto move = [this](int delta) {
        const int row = mLayers->currentRow();
        const int to = row + delta;
        if (row < 0 || to < 0 || to >= mLayers->count())
            return;
        QSignalBlocker b(mLayers);
        QListWidgetItem *item = mLayers->takeItem(row);
        mLayers->insertItem(to, item);
        mLayers->setCurrentRow(to);
        applyStyle();
    };
    connect(up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(down, &QPushButton::clicked, this, [move] { move(+1); });
    auto *form = new QFormLayout;
    form->addRow(tr("Cells show"), mCellMode);
    form->addRow(tr("Units show"), mUnitMode);
    mOpacity->setRange(0, 100);
    mOpacity->setValue(100);
    form->addRow(tr("Opacity of selected layer"), mOpacity);
    auto *colourButton = new QPushButton(tr("Colour of selected layer…"));
    form->addRow(QString(), colourButton);
    auto *sizeSpin = new QDoubleSpinBox;
    sizeSpin->setRange(2, 20);
    sizeSpin->setValue(6);
    sizeSpin->setSuffix(tr(" px"));
    form->addRow(tr("Facility symbol size"), sizeSpin);
    connect(sizeSpin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        MapStyle st = mCanvas->mapStyle();
        st.layer(LayerKind::Facilities)->symbolSize = v;
        mCanvas->setMapStyle(st);
    });
    connect(colourButton, &QPushButton::clicked, this, [this] {
        MapStyle st = mCanvas->mapStyle();
        const int row = mLayers->currentItem() ? mLayers->currentItem()->data(Qt::UserRole).toInt() : -1;
        QColor *target = row == RowNetwork ? &st.layer(LayerKind::Network)->colour
                         : row == RowUnits ? &st.layer(LayerKind::Units)->colour : nullptr;
        if (!target) {
            statusBar()->showMessage(tr("Colours can be set for the network and the unit outlines"), 4000);
            return;
        }
        const QColor c = QColorDialog::getColor(*target, this, tr("Layer colour"), QColorDialog::ShowAlphaChannel);
        if (c.isValid()) {
            *target = c;
            mCanvas->setMapStyle(st);
        }
    });
    connect(mLayers, &QListWidget::currentRowChanged, this, [this](int current) {
        const int row = current >= 0 ? mLayers->item(current)->data(Qt::UserRole).toInt() : -1;
        const MapStyle &st = mCanvas->mapStyle();
        const MapLayer *l = row >= 0 ? st.layer(kindOf(row)) : nullptr;
        const double o = l && row != RowFacilities && row != RowLabels ? l->opacity : 1.0;
        QSignalBlocker b(mOpacity);
        mOpacity->setValue(int(std::round(o * 100)));
    });
    form->addRow(tr("Targets"), mProfileCombo);
    layout->addLayout(form);
    layout->addWidget(mCirclesBox);
    layout->addStretch();
    auto *mapDock = new QDockWidget(tr("Map and targets"), this);
    mapDock->setObjectName("map");
    mapDock->setWidget(panel);
    addDockWidget(Qt::LeftDockWidgetArea, mapDock);

    mUnitTable->setObjectName("unitTable");
    mUnitTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mUnitTable->verticalHeader()->hide();
    auto *unitDock = new QDockWidget(tr("Coverage by unit"), this);
    unitDock->setObjectName("units");
    unitDock->setWidget(mUnitTable);
    addDockWidget(Qt::LeftDockWidgetArea, unitDock);

    // Indicators panel
    auto *indPanel = new QWidget;
    auto *indLayout = new QVBoxLayout(indPanel);
    indLayout->addWidget(mIndicator);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(mFailingOnly);
    targetRow->addStretch();
    targetRow->addWidget(new QLabel(tr("Target")));
    mTargetEdit->setRange(0, 1000000);
    mTargetEdit->setDecimals(2);
    mTargetEdit->setToolTip(tr("The default target of this indicator; kept in the project"));
    targetRow->addWidget(mTargetEdit);
    indLayout->addLayout(targetRow);
    mPlanSummary->setWordWrap(true);
    indLayout->addWidget(mPlanSummary);
    mTable->setObjectName("indicatorTable");
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->verticalHeader()->hide();
    indLayout->addWidget(mTable);
    auto *indDock = new QDockWidget(tr("Indicators"), this);
    indDock->setObjectName("indicators");
    indDock->setWidget(indPanel);
    addDockWidget(Qt::RightDockWidgetArea, indDock);
    auto *cardDock = new QDockWidget(tr("Unit"), this);
    cardDock->setObjectName("card");
    cardDock->setWidget(mCard);
    addDockWidget(Qt::RightDockWidgetArea, cardDock);
    auto *balanceDock = new QDockWidget(tr("Balance (资源均衡)"), this);
    balanceDock->setObjectName("balance");
    balanceDock->setWidget(mLorenz);
    addDockWidget(Qt::RightDockWidgetArea, balanceDock);
    resizeDocks({mapDock, indDock}, {300, 420}, Qt::Horizontal);

    mProgress = new QProgressBar;
    mProgress->setRange(0, 100);
    mProgress->setMaximumWidth(180);
    mProgress->hide();
    mCancelButton = new QToolButton;
    mCancelButton->setText(tr("Cancel"));
    mCancelButton->hide();
    connect(mCancelButton, &QToolButton::clicked, this, &MainWindow::cancelLoading);
    statusBar()->addPermanentWidget(mProgress);
    statusBar()->addPermanentWidget(mCancelButton);
    statusBar()->addPermanentWidget(mUpdateLabel);
    statusBar()->addPermanentWidget(mCoordLabel);
    statusBar()->addPermanentWidget(mScaleLabel);

    connect(mLayers, &QListWidget::itemChanged, this, &MainWindow::applyStyle);
    connect(mCellMode, &QComboBox::currentIndexChanged, this, [this] {
        applyStyle();
        updateBalance();
    });
    connect(mUnitMode, &QComboBox::currentIndexChanged, this, &MainWindow::applyStyle);
    connect(mOpacity, &QSlider::valueChanged, this, &MainWindow::applyStyle);
    connect(mIndicator, &QComboBox::currentIndexChanged, this, [this](int i) {
        fillIndicatorTable();
        if (mUnitMode->currentIndex() > 0 && i >= 0)
            mUnitMode->setCurrentIndex(i + 1);
    });
    connect(mFailingOnly, &QCheckBox::toggled, this, &MainWindow::fillIndicatorTable);
    connect(mTargetEdit, &QDoubleSpinBox::editingFinished, this, [this] { setIndicatorTarget(mTargetEdit->value()); });
    connect(mCanvas, &MapCanvas::facilityDoubleClicked, this, &MainWindow::editFacility);
    connect(mTable, &QTableWidget::cellDoubleClicked, this, [this] { zoomToSelectedUnit(); });
    connect(mTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = mTable->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        const auto unit = mTable->item(rows.first().row(), 0)->data(Qt::UserRole).toULongLong();
        if (mSelectedUnit != unit) {
            mSelectedUnit = unit;
            applyStyle();
            fillUnitCard();
        }
    });
    connect(mProfileCombo, &QComboBox::activated, this, [this](int i) {
        if (!mPlanner || i < 0)
            return;
        mUndo->clear(); // the model is rebuilt; earlier edits stay in the plan
        rebuildAsync(mPlanner->withTargets(mProfileCombo->itemData(i).toString().toStdString()));
    });
    connect(mCanvas, &MapCanvas::cursorMoved, this, [this](double x, double y) {
        mCoordLabel->setText(QStringLiteral("%1, %2  %3")
                                 .arg(x, 0, 'f', 1)
                                 .arg(y, 0, 'f', 1)
                                 .arg(mPlanner ? qs(mPlanner->project().crs.authId()) : QString()));
    });
    connect(mCanvas, &MapCanvas::viewChanged, this, &MainWindow::updateScaleLabel);
    // Hover card: the unit under the mouse with the indicator shown on the map.
    connect(mCanvas, &MapCanvas::hovered, this, [this](const Point &at, const QPoint &global) {
        QToolTip::showText(global, hoverText(at), mCanvas);
    });
    connect(mCanvas, &MapCanvas::identifyRequested, this, [this](const Point &at) {
        if (mScene)
            selectUnit(mScene->unitAt(QPointF(at.x, at.y)));
    });
    connect(mCanvas, &MapCanvas::addRequested, this, &MainWindow::onAddRequested);
    connect(mCanvas, &MapCanvas::moveRequested, this, [this](const std::string &id, const Point &to) {
        if (auto f = mPlanner ? mPlanner->facility(id) : std::nullopt)
            mUndo->push(new MoveFacilityCommand(*mPlanner, id, f->pos, to));
    });
    connect(mCanvas, &MapCanvas::deleteRequested, this, [this](const std::string &id) {
        if (auto f = mPlanner ? mPlanner->facility(id) : std::nullopt)
            mUndo->push(new RemoveFacilityCommand(*mPlanner, *f));
    });
    connect(&mWatcher, &QFutureWatcher<Planner *>::finished, this, &MainWindow::onLoaded);
    connect(&mRebuild, &QFutureWatcher<std::shared_ptr<CoverageModel>>::finished, this, [this] {
        std::shared_ptr<CoverageModel> model = mRebuild.result();
        mProgress->hide();
        mCancelButton->hide();
        mTools->setEnabled(true);
        if (model && mPlanner) {
            mPlanner->adopt(mRebuildSettings, std::move(model));
            statusBar()->showMessage(tr("Recomputed for %1").arg(qs(mPlanner->project().profile.name)), 5000);
        } else {
            statusBar()->showMessage(mRebuildCancelled ? tr("Recomputing cancelled; the previous settings stay")
                                                       : tr("Could not recompute: %1").arg(mLoadError), 8000);
        }
        fillTargetsPanel(); // shows the settings in force
        emit rebuilt();
    });
    connect(&mAutosave, &QTimer::timeout, this, &MainWindow::autosave);
    mAutosave.start(20000);
}

MainWindow::~MainWindow()
{
    mWatcher.waitForFinished();
    mRebuild.waitForFinished();
}

int MainWindow::addFacilitiesFromFile(const QString &path)
{
    if (!mPlanner)
        return 0;
    try {
        // Fields as the layers given to the CLI: id/name/type/capacity columns when present.
        FacilityLayerSpec spec;
        spec.ref = {path.toStdString(), ""};
        const std::vector<std::string> fields = layerFields(spec.ref);
        auto has = [&](const char *f) { return std::find(fields.begin(), fields.end(), f) != fields.end(); };
        if (has("name"))
            spec.nameField = "name";
        if (has("type"))
            spec.typeField = "type";
        for (const char *f : {"beds", "nursing_beds", "childcare_places", "inclusive_places", "places", "capacity"})
            if (has(f))
                spec.capacityFields[f] = f;
        const auto &types = mPlanner->project().profile.types;
        const int chosen = std::max(0, mAddType->currentIndex());
        spec.defaultType = types.empty() ? std::string() : types[chosen].key;
        Warnings warnings;
        const std::vector<Facility> read = readFacilities(spec, mPlanner->project().crs, warnings);
        mUndo->beginMacro(tr("Add %1 facilities from %2").arg(read.size()).arg(QFileInfo(path).fileName()));
        int added = 0;
        for (Facility f : read) {
            f.id = mPlanner->newProposalId();
            f.proposed = true;
            if (f.name.empty())
                f.name = tr("Proposed %1").arg(qs(f.id)).toStdString();
            // A generic "places"/"capacity" column counts as the type's own capacity.
            for (const FacilityType &t : types)
                if (t.key == f.type && !t.capacityKey.empty() && !f.capacity.count(t.capacityKey))
                    for (const char *generic : {"places", "capacity"})
                        if (f.capacity.count(generic))
                            f.capacity[t.capacityKey] = f.capacity[generic];
            mUndo->push(new AddFacilityCommand(*mPlanner, f));
            ++added;
        }
        mUndo->endMacro();
        statusBar()->showMessage(tr("Added %1 proposed facilities from %2%3")
                                     .arg(added)
                                     .arg(QFileInfo(path).fileName())
                                     .arg(warnings.empty() ? QString() : tr(" (%1 warnings)").arg(warnings.size())),
                                 8000);
        return added;
    } catch (const std::exception &e) {
        if (dialogsAllowed())
            QMessageBox::warning(this, tr("Could not add facilities"), QString::fromStdString(e.what()));
        statusBar()->showMessage(tr("Could not add facilities: %1").arg(QString::fromStdString(e.what())));
        return 0;
    }
}

QString MainWindow::hoverText(const Point &at) const
{
    if (!mPlanner || !mScene)
        return {};
    const auto unit = mScene->unitAt(QPointF(at.x, at.y));
    if (!unit)
        return {};
    QString text = QStringLiteral("<b>%1</b>").arg(qs(mPlanner->region().units[*unit].name).toHtmlEscaped());
    const Evaluation *ev = mPlanner->evaluation();
    const int i = mIndicator->currentIndex();
    if (ev && i >= 0 && i < int(ev->indicators.size()) && ev->indicators[i].available) {
        const IndicatorResult &ir = ev->indicators[i];
        const Score &sc = ir.units[*unit];
        text += QStringLiteral("<br>%1: %2 (%3 %4)")
                    .arg(localLabel(ir.indicator.label, ir.indicator.labelZh).toHtmlEscaped(),
                         formatValue(ir.indicator, sc.value), tr("target"), formatValue(ir.indicator, sc.target));
        const QString gap = gapText(ir.indicator, sc, mPlanner->result(), true);
        text += QStringLiteral("<br>%1").arg(gap.isEmpty() ? tr("meets the target") : gap.toHtmlEscaped());
    }
    return text;
}

void MainWindow::zoomToSelectedUnit()
{
    if (mPlanner && mSelectedUnit && *mSelectedUnit < mPlanner->region().units.size())
        mCanvas->zoomTo(boundsOf(mPlanner->region().units[*mSelectedUnit].shape));
}

void MainWindow::zoomToSelectedLayer()
{
    if (!mPlanner || !mLayers->currentItem())
        return;
    const RegionData &r = mPlanner->region();
    Rect e;
    switch (mLayers->currentItem()->data(Qt::UserRole).toInt()) {
    case RowUnits:
    case RowLabels:
        for (const Unit &u : r.units)
            e.extend(boundsOf(u.shape));
        break;
    case RowCells:
        for (const PopulationCell &c : r.cells)
            e.extend(c.rep);
        break;
    case RowFacilities:
    case RowCatchments:
        for (const Facility &f : r.facilities)
            e.extend(f.pos);
        break;
    default:
        e = r.extent;
    }
    if (!e.isEmpty())
        mCanvas->zoomTo(e);
}

void MainWindow::cancelLoading()
{
    if (mFeedback && (mWatcher.isRunning() || mRebuild.isRunning()))
        mFeedback->cancel();
}

void MainWindow::rebuildAsync(const Planner::Settings &settings)
{
    if (!mPlanner || mRebuild.isRunning())
        return;
    mRebuildSettings = settings;
    mRebuildCancelled = false;
    mFeedback = std::make_shared<Feedback>();
    mFeedback->onProgress = [this](double pct, const std::string &what) {
        QMetaObject::invokeMethod(this, [this, pct, what] {
            mProgress->setValue(int(pct));
            statusBar()->showMessage(tr("Recomputing: %1").arg(QCoreApplication::translate("qh::Feedback", what.c_str())));
        }, Qt::QueuedConnection);
    };
    mProgress->setValue(60);
    mProgress->show();
    mCancelButton->show();
    mTools->setEnabled(false); // edits wait for the new model
    mCanvas->setTool(MapCanvas::Tool::Pan);
    std::shared_ptr<Feedback> feedback = mFeedback;
    const Planner *planner = mPlanner.get();
    const Planner::Settings s = settings;
    mRebuild.setFuture(QtConcurrent::run([this, planner, s, feedback]() -> std::shared_ptr<CoverageModel> {
        try {
            return planner->buildModel(s, feedback.get());
        } catch (const Cancelled &) {
            mRebuildCancelled = true;
        } catch (const std::exception &e) {
            mLoadError = QString::fromStdString(e.what());
        }
        return nullptr;
    }));
}

QString MainWindow::autosavePath(const QString &projectPath)
{
    const QFileInfo fi(projectPath);
    return fi.absoluteDir().filePath(QStringLiteral(".%1.autosave.qhproj").arg(fi.completeBaseName()));
}

void MainWindow::openProject(const QString &path)
{
    // A rebuild of the current project finishes first (it reads that project's layers).
    mRebuild.waitForFinished();
    // A project still loading is given up for the new one.
    if (mWatcher.isRunning()) {
        if (mFeedback)
            mFeedback->cancel();
        QSignalBlocker block(mWatcher);
        mWatcher.waitForFinished();
        delete mWatcher.result();
    }
    QString load = path;
    mRecoveredFrom.clear();
    const QString autosaved = autosavePath(path);
    if (QFileInfo::exists(autosaved) && QFileInfo(autosaved).lastModified() >= QFileInfo(path).lastModified()) {
        bool recover = qEnvironmentVariable("QH_AUTORECOVER") == "1";
        if (dialogsAllowed())
            recover = QMessageBox::question(this, tr("Recover unsaved work?"),
                                            tr("QuarterHour was closed with unsaved changes to %1. Recover them?")
                                                .arg(QFileInfo(path).fileName()))
                      == QMessageBox::Yes;
        if (recover) {
            load = autosaved;
            mRecoveredFrom = path;
        }
    }
    statusBar()->showMessage(tr("Loading %1 …").arg(QFileInfo(path).fileName()));
    mLoadError.clear();
    // Layers that moved with a data folder are found again by name; the user is told,
    // and the project file is only rewritten when they save.
    Project project;
    try {
        project = loadProject(load.toStdString());
    } catch (const std::exception &e) {
        mLoadError = QString::fromStdString(e.what());
        statusBar()->showMessage(tr("Could not open the project"));
        if (dialogsAllowed())
            QMessageBox::warning(this, tr("Could not open the project"), mLoadError);
        emit loadFailed(mLoadError);
        return;
    }
    QStringList relocated, missing;
    for (const auto &[was, now] : Planner::relocateMissing(project)) {
        if (now.empty())
            missing << qs(was);
        else
            relocated << tr("%1 → %2").arg(qs(was), qs(now));
    }
    for (const QString &m : missing) {
        QString picked;
        if (dialogsAllowed())
            picked = QFileDialog::getOpenFileName(this, tr("Where is %1?").arg(QFileInfo(m).fileName()), QFileInfo(load).absolutePath());
        if (picked.isEmpty())
            continue;
        for (LayerRef *ref : {&project.network.ref, &project.facilities.ref, &project.population.ref, &project.units.ref})
            if (qs(ref->path) == m)
                ref->path = picked.toStdString();
        relocated << tr("%1 → %2").arg(m, picked);
    }
    // Without the units layer the plan still works: the whole area is one unit.
    if (!project.units.ref.path.empty() && !QFileInfo::exists(qs(project.units.ref.path))) {
        relocated << tr("%1 is missing: the whole area is taken as one unit").arg(qs(project.units.ref.path));
        project.units.ref = {};
    }
    mRelocated = relocated;
    QThread *uiThread = thread();
    mFeedback = std::make_shared<Feedback>();
    mLoadCancelled = false;
    mFeedback->onProgress = [this](double pct, const std::string &what) {
        QMetaObject::invokeMethod(this, [this, pct, what] {
            mProgress->setValue(int(pct));
            statusBar()->showMessage(tr("Loading: %1").arg(QCoreApplication::translate("qh::Feedback", what.c_str())));
        }, Qt::QueuedConnection);
    };
    mProgress->setValue(0);
    mProgress->show();
    mCancelButton->show();
    std::shared_ptr<Feedback> feedback = mFeedback;
    mWatcher.setFuture(QtConcurrent::run([this, project, load, uiThread, feedback]() -> Planner * {
        try {
            auto *p = new Planner(project, load, nullptr, feedback.get());
            p->moveToThread(uiThread);
            return p;
        } catch (const Cancelled &) {
            mLoadCancelled = true;
            return nullptr;
        } catch (const std::exception &e) {
            mLoadError = QString::fromStdString(e.what());
            return nullptr;
        }
    }));
}

void MainWindow::onLoaded()
{
    Planner *p = mWatcher.result();
    mProgress->hide();
    mCancelButton->hide();
    if (mFeedback)
        mFeedback->onProgress = nullptr;
    if (!p && mLoadCancelled) {
        statusBar()->showMessage(tr("Loading cancelled"), 5000);
        emit loadCancelled();
        return;
    }
    if (!p) {
        statusBar()->showMessage(tr("Could not open the project"));
        if (dialogsAllowed())
            QMessageBox::warning(this, tr("Could not open the project"), mLoadError);
        emit loadFailed(mLoadError);
        return;
    }
    mUndo->clear();
    mPlanner.reset(p);
    mPlanner->setParent(nullptr);
    if (!mRecoveredFrom.isEmpty()) {
        // Keep working on the original file name; the recovered edits count as unsaved.
        mPlanner->saveCopy(autosavePath(mRecoveredFrom));
        mPlanner->markModified(); // the recovered edits are not in the project file yet
        statusBar()->showMessage(tr("Recovered unsaved work"));
    }
    addRecent(mRecoveredFrom.isEmpty() ? mPlanner->projectPath() : mRecoveredFrom);
    if (!mRelocated.isEmpty()) {
        mPlanner->markModified();
        const QString msg = tr("Some layers were not where the project said and were found again:\n%1\n"
                               "Save the project to keep the new places.").arg(mRelocated.join('\n'));
        if (dialogsAllowed())
            QMessageBox::information(this, tr("Layers found again"), msg);
    }
    connect(mPlanner.get(), &Planner::changed, this, &MainWindow::onPlanChanged);
    connect(mPlanner.get(), &Planner::catchmentsChanged, this, [this] {
        std::vector<std::pair<int, MultiPolygon>> shapes;
        for (const auto &[id, c] : mPlanner->catchments())
            shapes.push_back({c.type, c.polygon});
        if (mScene) {
            auto next = std::make_shared<MapScene>(*mScene);
            next->setCatchments(shapes);
            mScene = next;
            mCanvas->setScene(mScene, true);
        }
    });
    const AnalysisResult &a = mPlanner->result();
    {
        QSignalBlocker b1(mCellMode), b2(mAddType);
        mCellMode->clear();
        mCellMode->addItem(tr("Population density"));
        mAddType->clear();
        for (const FacilityType &t : a.profile.types) {
            mCellMode->addItem(tr("Walking minutes to %1").arg(localLabel(t.label, t.labelZh)));
            mAddType->addItem(localLabel(t.label, t.labelZh), qs(t.key));
        }
        mCellMode->setCurrentIndex(a.profile.types.empty() ? 0 : 1);
    }
    mSelectedUnit.reset();
    mScene = std::make_shared<MapScene>(mPlanner->region(), &a);
    mCanvas->setScene(mScene);
    setBasemap(qs(mPlanner->project().basemapUrl));
    fillTargetsPanel();
    onPlanChanged();
    statusBar()->showMessage(tr("%1: %2 cells, %3 facilities, %4 km of walking network, %5 warning(s)")
                                 .arg(qs(mPlanner->project().name))
                                 .arg(mPlanner->region().cells.size())
                                 .arg(mPlanner->region().facilities.size())
                                 .arg(a.network.lengthKm, 0, 'f', 0)
                                 .arg(a.warnings.size()));
    emit projectLoaded();
}

void MainWindow::onPlanChanged()
{
    if (!mPlanner || !mScene)
        return;
    // A new scene sharing the old one's geometry: a render job may still be reading the old.
    {
        auto next = std::make_shared<MapScene>(*mScene);
        next->setAnalysis(mPlanner->result(), mPlanner->region().facilities, mPlanner->evaluation());
        mScene = next;
        mCanvas->setScene(mScene, true);
    }
    {
        QSignalBlocker b(mUnitMode), b2(mIndicator);
        const int unitMode = mUnitMode->currentIndex(), ind = mIndicator->currentIndex();
        mUnitMode->clear();
        mIndicator->clear();
        mUnitMode->addItem(tr("Plain"));
        if (const Evaluation *ev = mPlanner->evaluation())
            for (const IndicatorResult &ir : ev->indicators) {
                const QString label = qs(QLocale().language() == QLocale::Chinese && !ir.indicator.labelZh.empty()
                                             ? ir.indicator.labelZh
                                             : ir.indicator.label);
                mUnitMode->addItem(tr("Warning map: %1").arg(label));
                mIndicator->addItem(ir.available ? label : tr("%1 (not evaluated)").arg(label));
            }
        // First time: show the five-colour map of the first evaluated indicator.
        int firstAvailable = 0;
        if (const Evaluation *ev = mPlanner->evaluation())
            for (std::size_t i = 0; i < ev->indicators.size(); ++i)
                if (ev->indicators[i].available) {
                    firstAvailable = int(i);
                    break;
                }
        mIndicator->setCurrentIndex(ind >= 0 && ind < mIndicator->count() ? ind : firstAvailable);
        mUnitMode->setCurrentIndex(unitMode >= 0 && unitMode < mUnitMode->count() ? unitMode
                                   : (mIndicator->count() ? mIndicator->currentIndex() + 1 : 0));
    }
    applyStyle();
    fillUnitTable();
    fillIndicatorTable();
    fillUnitCard();
    updateBalance();
    updateTitle();
    mUpdateLabel->setText(tr("updated in %1 ms").arg(mPlanner->lastUpdateMs(), 0, 'f', 1));
    // Plan against baseline: people newly within each circle.
    QStringList summary;
    const AnalysisResult &now = mPlanner->result(), &base = mPlanner->baseline();
    for (std::size_t t = 0; t < now.profile.types.size(); ++t) {
        const auto g = now.groupIndex(now.profile.types[t].demandGroup);
        if (!g)
            continue;
        const double delta = now.totalCovered[t][*g] - base.totalCovered[t][*g];
        const double pp = now.totalPop[*g] > 0 ? 100.0 * delta / now.totalPop[*g] : 0.0;
        summary << tr("%1: %2 %3 covered (%4 points) against the baseline")
                       .arg(localLabel(now.profile.types[t].label, now.profile.types[t].labelZh))
                       .arg(QStringLiteral("%1%2").arg(delta >= 0 ? "+" : "").arg(delta, 0, 'f', 0))
                       .arg(localLabel(now.groups[*g].label, now.groups[*g].labelZh))
                       .arg(QStringLiteral("%1%2").arg(pp >= 0 ? "+" : "").arg(pp, 0, 'f', 1));
    }
    mPlanSummary->setText(summary.join('\n'));
}

void MainWindow::applyStyle()
{
    MapStyle s = mCanvas->mapStyle();
    // The layers from the list, bottom up; the opacity slider belongs to the layer
    // selected in the list (cells by default).
    const int current = mLayers->currentItem() ? mLayers->currentItem()->data(Qt::UserRole).toInt() : RowCells;
    std::vector<MapLayer> layers;
    for (int i = mLayers->count() - 1; i >= 0; --i) {
        const int row = mLayers->item(i)->data(Qt::UserRole).toInt();
        MapLayer l = *s.layer(kindOf(row));
        l.visible = mLayers->item(i)->checkState() == Qt::Checked;
        if (row == current && row != RowFacilities && row != RowLabels)
            l.opacity = mOpacity->value() / 100.0;
        layers.push_back(l);
    }
    s.layers = layers;
    if (s.shows(LayerKind::Catchments) && mPlanner)
        mPlanner->requestCatchments();
    const int mode = mCellMode->currentIndex();
    s.cellColouring = mode <= 0 ? MapStyle::CellColouring::Population : MapStyle::CellColouring::Minutes;
    s.minutesType = std::max(0, mode - 1);
    const int unitMode = mUnitMode->currentIndex();
    s.unitColouring = unitMode <= 0 ? MapStyle::UnitColouring::Plain : MapStyle::UnitColouring::WarningClass;
    s.indicator = std::max(0, unitMode - 1);
    s.selectedUnit = mSelectedUnit;
    mCanvas->setMapStyle(s);
}

void MainWindow::fillUnitTable()
{
    const AnalysisResult &a = mPlanner->result();
    const AnalysisResult &b = mPlanner->baseline();
    const auto &types = a.profile.types;
    QStringList headers{tr("Unit"), tr("Residents")};
    for (const FacilityType &t : types) {
        auto g = a.groupIndex(t.demandGroup);
        headers << tr("%1\n%2 covered %").arg(localLabel(t.label, t.labelZh), localLabel(a.groups[*g].label, a.groups[*g].labelZh));
        headers << tr("%1\nchange vs baseline").arg(localLabel(t.label, t.labelZh));
    }
    mUnitTable->setSortingEnabled(false);
    mUnitTable->clear();
    mUnitTable->setColumnCount(int(headers.size()));
    mUnitTable->setHorizontalHeaderLabels(headers);
    mUnitTable->setRowCount(int(a.units.size()));
    for (int u = 0; u < int(a.units.size()); ++u) {
        const UnitResult &ur = a.units[u];
        mUnitTable->setItem(u, 0, new QTableWidgetItem(qs(mPlanner->region().units[u].name)));
        auto *pop = new NumberItem(QString::number(ur.pop[0], 'f', 0));
        pop->setData(Qt::UserRole, ur.pop[0]);
        mUnitTable->setItem(u, 1, pop);
        int col = 2;
        for (std::size_t t = 0; t < types.size(); ++t) {
            auto g = a.groupIndex(types[t].demandGroup);
            const double share = ur.share(t, *g) * 100.0;
            const double delta = share - b.units[u].share(t, *g) * 100.0;
            auto *si = new NumberItem(QString::number(share, 'f', 1));
            si->setData(Qt::UserRole, share);
            mUnitTable->setItem(u, col++, si);
            auto *di = new NumberItem(std::abs(delta) < 0.05 ? QString() : QStringLiteral("%1%2").arg(delta > 0 ? "+" : "").arg(delta, 0, 'f', 1));
            di->setData(Qt::UserRole, delta);
            if (delta > 0.05)
                di->setForeground(QColor(0, 130, 60));
            mUnitTable->setItem(u, col++, di);
        }
    }
    mUnitTable->setSortingEnabled(true);
    mUnitTable->resizeColumnsToContents();
}

void MainWindow::fillIndicatorTable()
{
    mTable->setSortingEnabled(false);
    mTable->clear();
    const Evaluation *ev = mPlanner ? mPlanner->evaluation() : nullptr;
    const int i = mIndicator->currentIndex();
    const QStringList headers{tr("Unit"), tr("Value"), tr("Target"), tr("Pass"), tr("Class"), tr("Gap"),
                              tr("Change vs baseline")};
    mTable->setColumnCount(int(headers.size()));
    mTable->setHorizontalHeaderLabels(headers);
    if (!ev || i < 0 || i >= int(ev->indicators.size())) {
        mTable->setRowCount(0);
        return;
    }
    const IndicatorResult &ir = ev->indicators[i];
    {
        QSignalBlocker b(mTargetEdit);
        mTargetEdit->setEnabled(ir.available);
        mTargetEdit->setValue(ir.indicator.target);
    }
    if (!ir.available) {
        mTable->setRowCount(1);
        mTable->setItem(0, 0, new QTableWidgetItem(tr("Not evaluated: %1").arg(qs(ir.unavailableReason))));
        mTable->resizeColumnsToContents();
        return;
    }
    const IndicatorResult *base = mPlanner->baselineEvaluation() ? &mPlanner->baselineEvaluation()->indicators[i] : nullptr;
    int row = 0;
    mTable->setRowCount(int(ir.units.size()));
    for (std::size_t u = 0; u < ir.units.size(); ++u) {
        const Score &sc = ir.units[u];
        if (mFailingOnly->isChecked() && sc.pass)
            continue;
        auto *name = new QTableWidgetItem(qs(mPlanner->region().units[u].name));
        name->setData(Qt::UserRole, qulonglong(u));
        mTable->setItem(row, 0, name);
        auto *value = new NumberItem(formatValue(ir.indicator, sc.value));
        value->setData(Qt::UserRole, sc.value.value_or(-1));
        mTable->setItem(row, 1, value);
        mTable->setItem(row, 2, new QTableWidgetItem(formatValue(ir.indicator, sc.target)));
        auto *pass = new QTableWidgetItem(sc.pass ? tr("yes") : tr("no"));
        pass->setForeground(sc.pass ? QColor(0, 130, 60) : QColor(200, 30, 30));
        mTable->setItem(row, 3, pass);
        const WarningClass &wc = ev->classes[sc.warningClass];
        auto *cls = new QTableWidgetItem(symbology::className(wc.key));
        cls->setBackground(QColor(qs(wc.colour)));
        mTable->setItem(row, 4, cls);
        auto *gap = new NumberItem(gapText(ir.indicator, sc, mPlanner->result(), true));
        gap->setData(Qt::UserRole, sc.gap);
        mTable->setItem(row, 5, gap);
        QString change;
        if (base && base->units[u].value && sc.value) {
            const double d = *sc.value - *base->units[u].value;
            if (std::abs(d) > 1e-9)
                change = (d > 0 ? "+" : "") + formatValue(ir.indicator, d);
        }
        mTable->setItem(row, 6, new QTableWidgetItem(change));
        if (mSelectedUnit == u)
            mTable->selectRow(row);
        ++row;
    }
    mTable->setRowCount(row);
    mTable->setSortingEnabled(true);
    mTable->resizeColumnsToContents();
}

void MainWindow::selectIndicator(int index)
{
    mIndicator->setCurrentIndex(index);
}

void MainWindow::selectUnit(std::optional<std::size_t> unit)
{
    mSelectedUnit = unit;
    applyStyle();
    fillUnitCard();
    QSignalBlocker b(mTable);
    mTable->clearSelection();
    for (int r = 0; r < mTable->rowCount(); ++r)
        if (mTable->item(r, 0) && unit && mTable->item(r, 0)->data(Qt::UserRole).toULongLong() == *unit)
            mTable->selectRow(r);
}

void MainWindow::fillUnitCard()
{
    if (!mPlanner || !mSelectedUnit || *mSelectedUnit >= mPlanner->region().units.size()) {
        mCard->setHtml(tr("<i>Click a unit on the map or in the table.</i>"));
        return;
    }
    const std::size_t u = *mSelectedUnit;
    const AnalysisResult &a = mPlanner->result();
    QString html = QStringLiteral("<h3>%1</h3><p>").arg(qs(mPlanner->region().units[u].name).toHtmlEscaped());
    for (std::size_t g = 0; g < a.groups.size(); ++g)
        html += QStringLiteral("%1: %2<br>").arg(localLabel(a.groups[g].label, a.groups[g].labelZh)).arg(a.units[u].pop[g], 0, 'f', 0);
    html += "</p>";
    if (const Evaluation *ev = mPlanner->evaluation()) {
        html += QStringLiteral("<table cellspacing=4><tr><th align=left>%1</th><th>%2</th><th>%3</th><th align=left>%4</th></tr>")
                    .arg(tr("Indicator"), tr("Value"), tr("Target"), tr("Gap"));
        for (const IndicatorResult &ir : ev->indicators) {
            if (!ir.available)
                continue;
            const Score &sc = ir.units[u];
            html += QStringLiteral("<tr><td><span style='background:%1'>&nbsp;&nbsp;&nbsp;</span> %2</td><td align=right>%3</td><td align=right>%4</td><td>%5</td></tr>")
                        .arg(qs(ev->classes[sc.warningClass].colour), localLabel(ir.indicator.label, ir.indicator.labelZh).toHtmlEscaped(),
                             formatValue(ir.indicator, sc.value), formatValue(ir.indicator, sc.target),
                             sc.pass ? tr("meets the target") : gapText(ir.indicator, sc, a, true).toHtmlEscaped());
        }
        html += "</table>";
    }
    mCard->setHtml(html);
}

void MainWindow::fillTargetsPanel()
{
    {
        QSignalBlocker b(mProfileCombo);
        mProfileCombo->clear();
        for (const std::string &id : bundledTargetProfiles()) {
            const TargetProfile p = loadTargetProfile(id);
            mProfileCombo->addItem(qs(QLocale().language() == QLocale::Chinese ? p.nameZh : p.name), qs(id));
        }
        if (const TargetProfile *t = mPlanner->targets())
            mProfileCombo->setCurrentIndex(mProfileCombo->findData(qs(t->id)));
    }
    delete mCirclesBox->layout();
    for (QWidget *w : mCirclesBox->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        delete w;
    auto *form = new QFormLayout(mCirclesBox);
    const auto &types = mPlanner->project().profile.types;
    for (std::size_t t = 0; t < types.size(); ++t) {
        auto *minutes = new QDoubleSpinBox;
        minutes->setRange(1, 60);
        minutes->setSuffix(tr(" min"));
        minutes->setValue(types[t].minutes);
        auto *speed = new QDoubleSpinBox;
        speed->setRange(0.1, 3);
        speed->setSingleStep(0.05);
        speed->setSuffix(tr(" m/s"));
        speed->setValue(types[t].speedMps);
        speed->setToolTip(qs(types[t].speedSource));
        auto *row = new QWidget;
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(minutes);
        h->addWidget(speed);
        form->addRow(localLabel(types[t].label, types[t].labelZh), row);
        auto apply = [this, t, minutes, speed] {
            const auto &ty = mPlanner->project().profile.types[t];
            if (ty.minutes != minutes->value() || ty.speedMps != speed->value()) {
                mUndo->clear();
                rebuildAsync(mPlanner->withCircle(t, minutes->value(), speed->value()));
            }
        };
        connect(minutes, &QDoubleSpinBox::editingFinished, this, apply);
        connect(speed, &QDoubleSpinBox::editingFinished, this, apply);
    }
}

void MainWindow::updateBalance()
{
    if (!mPlanner)
        return;
    const AnalysisResult &a = mPlanner->result();
    const int t = std::max(0, mCellMode->currentIndex() - 1);
    if (t >= int(a.gini.size()))
        return;
    mLorenz->setCurve(a.lorenz[t], a.gini[t], localLabel(a.profile.types[t].label, a.profile.types[t].labelZh));
}

void MainWindow::updateScaleLabel()
{
    mScaleLabel->setText(tr("Scale 1:%L1").arg(qRound64(mCanvas->view().scaleDenominator(
        mCanvas->logicalDpiX() > 0 ? mCanvas->logicalDpiX() : 96))));
}

void MainWindow::updateTitle()
{
    if (!mPlanner)
        return;
    setWindowTitle(tr("QuarterHour — %1%2").arg(qs(mPlanner->project().name),
                                                 mPlanner->isModified() ? QStringLiteral(" *") : QString()));
}

void MainWindow::onAddRequested(const Point &at)
{
    if (!mPlanner || mAddType->currentIndex() < 0)
        return;
    const FacilityType &type = mPlanner->project().profile.types[mAddType->currentIndex()];
    Facility f;
    f.id = mPlanner->newProposalId();
    f.name = tr("Proposed %1 %2").arg(localLabel(type.label, type.labelZh), qs(f.id)).toStdString();
    f.type = type.key;
    f.pos = at;
    f.proposed = true;
    if (!type.capacityKey.empty())
        f.capacity[type.capacityKey] = mAddCapacity->value();
    mUndo->push(new AddFacilityCommand(*mPlanner, f));
}

void MainWindow::setIndicatorTarget(double target)
{
    const Evaluation *ev = mPlanner ? mPlanner->evaluation() : nullptr;
    const int i = mIndicator->currentIndex();
    if (!ev || i < 0 || i >= int(ev->indicators.size()) || ev->indicators[i].indicator.target == target)
        return;
    mPlanner->setIndicatorTarget(ev->indicators[i].indicator.id, target);
}

void MainWindow::editFacility(const std::string &id)
{
    if (!mPlanner)
        return;
    const auto f = mPlanner->facility(id);
    if (!f)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(f->proposed ? tr("Proposed facility %1").arg(qs(id)) : tr("Facility %1").arg(qs(id)));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(qs(f->name));
    auto *type = new QComboBox;
    const auto &types = mPlanner->project().profile.types;
    for (const FacilityType &t : types)
        type->addItem(localLabel(t.label, t.labelZh), qs(t.key));
    type->setCurrentIndex(std::max(0, type->findData(qs(f->type))));
    form->addRow(tr("Name"), name);
    form->addRow(tr("Type"), type);
    std::vector<std::pair<std::string, QDoubleSpinBox *>> caps;
    const std::pair<const char *, QString> keys[] = {{"beds", tr("Beds")},
                                                     {"nursing_beds", tr("Nursing beds")},
                                                     {"childcare_places", tr("Childcare places")},
                                                     {"inclusive_places", tr("Inclusive places")}};
    for (const auto &[key, label] : keys) {
        auto *spin = new QDoubleSpinBox;
        spin->setRange(0, 100000);
        spin->setDecimals(0);
        auto it = f->capacity.find(key);
        spin->setValue(it == f->capacity.end() ? 0 : it->second);
        form->addRow(label, spin);
        caps.push_back({key, spin});
    }
    for (QWidget *w : {static_cast<QWidget *>(name), static_cast<QWidget *>(type)})
        w->setEnabled(f->proposed);
    for (auto &[key, spin] : caps)
        spin->setEnabled(f->proposed);
    if (!f->proposed)
        form->addRow(new QLabel(tr("Existing facilities come from the data layer and are not edited here.")));
    auto *buttons = new QDialogButtonBox(f->proposed ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                                     : QDialogButtonBox::Close);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (!dialogsAllowed() || dialog.exec() != QDialog::Accepted || !f->proposed)
        return;
    Facility after = *f;
    after.name = name->text().toStdString();
    after.type = type->currentData().toString().toStdString();
    for (auto &[key, spin] : caps)
        after.capacity[key] = spin->value();
    applyFacilityEdit(*f, after);
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

void MainWindow::setAddType(int typeIndex)
{
    mAddType->setCurrentIndex(typeIndex);
}

bool MainWindow::save()
{
    if (!mPlanner)
        return false;
    const QString target = mRecoveredFrom.isEmpty() ? mPlanner->projectPath() : mRecoveredFrom;
    return saveAs(target);
}

bool MainWindow::saveAs(const QString &path)
{
    try {
        const QString oldAutosave = autosavePath(mRecoveredFrom.isEmpty() ? mPlanner->projectPath() : mRecoveredFrom);
        mPlanner->save(path);
        mRecoveredFrom.clear();
        QFile::remove(oldAutosave);
        QFile::remove(autosavePath(path));
        mUndo->setClean();
        addRecent(path);
        updateTitle();
        statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
        return true;
    } catch (const std::exception &e) {
        if (dialogsAllowed())
            QMessageBox::warning(this, tr("Could not save"), QString::fromStdString(e.what()));
        statusBar()->showMessage(tr("Could not save: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
}

void MainWindow::autosave()
{
    if (!mPlanner || (!mPlanner->isModified() && mRecoveredFrom.isEmpty()))
        return;
    const QString path = autosavePath(mRecoveredFrom.isEmpty() ? mPlanner->projectPath() : mRecoveredFrom);
    try {
        mPlanner->saveCopy(path);
    } catch (const std::exception &e) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(QString::fromStdString(e.what())));
    }
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    if (mPlanner && mPlanner->isModified() && dialogsAllowed()) {
        const auto answer = QMessageBox::question(this, tr("Save changes?"),
                                                  tr("The plan has unsaved changes. Save them?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            e->ignore();
            return;
        }
        if (answer == QMessageBox::Discard)
            QFile::remove(autosavePath(mRecoveredFrom.isEmpty() ? mPlanner->projectPath() : mRecoveredFrom));
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

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value("recent").toStringList();
    recent.removeAll(path);
    recent.prepend(QFileInfo(path).absoluteFilePath());
    settings.setValue("recent", recent.mid(0, 8));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    mRecentMenu->clear();
    for (const QString &path : QSettings().value("recent").toStringList())
        mRecentMenu->addAction(path, this, [this, path] { openProject(path); });
    mRecentMenu->setEnabled(!mRecentMenu->isEmpty());
}

} // namespace qh
