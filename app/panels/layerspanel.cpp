#include "layerspanel.h"

#include <cmath>

#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include "layermodel.h"
#include "symbology.h"
#include "viewstate.h"

namespace qh {

LayersPanel::LayersPanel(LayerModel *layers, ViewState *view, QWidget *parent)
    : PlannerPanel(tr("Layers"), view, parent)
    , mLayers(layers)
    , mList(new QListView)
    , mCellMode(new QComboBox)
    , mUnitMode(new QComboBox)
    , mOpacity(new QSlider(Qt::Horizontal))
    , mSymbolSize(new QDoubleSpinBox)
{
    setObjectName("map");
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    mList->setObjectName("layerList");
    mList->setModel(layers);
    mList->setMaximumHeight(150);
    mList->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(mList);
    auto *orderRow = new QHBoxLayout;
    auto *up = new QPushButton(tr("Draw later (up)"));
    auto *down = new QPushButton(tr("Draw earlier (down)"));
    orderRow->addWidget(up);
    orderRow->addWidget(down);
    layout->addLayout(orderRow);
    mRemove = new QPushButton(tr("Remove reference layer"));
    mRemove->setObjectName("removeReference");
    mRemove->setEnabled(false);
    layout->addWidget(mRemove);
    auto *form = new QFormLayout;
    mCellMode->setObjectName("cellMode");
    mUnitMode->setObjectName("unitMode");
    form->addRow(tr("Cells show"), mCellMode);
    form->addRow(tr("Units show"), mUnitMode);
    mOpacity->setObjectName("layerOpacity");
    mOpacity->setRange(0, 100);
    mOpacity->setValue(100);
    form->addRow(tr("Opacity of selected layer"), mOpacity);
    auto *colourButton = new QPushButton(tr("Colour of selected layer…"));
    form->addRow(QString(), colourButton);
    mSymbolSize->setRange(2, 20);
    mSymbolSize->setValue(6);
    mSymbolSize->setSuffix(tr(" px"));
    form->addRow(tr("Facility symbol size"), mSymbolSize);
    layout->addLayout(form);
    layout->addStretch();
    setWidget(panel);

    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(colourButton, &QPushButton::clicked, this, &LayersPanel::pickColour);
    connect(mRemove, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0 || mLayers->layer(row).kind != LayerKind::Reference)
            return;
        if (mLayers->unreadReference(row) >= 0)
            emit removeUnreadReferenceRequested(mLayers->unreadReference(row));
        else
            emit removeReferenceRequested(mLayers->layer(row).reference);
    });
    connect(mList->selectionModel(), &QItemSelectionModel::currentChanged, this, &LayersPanel::showCurrentStyle);
    connect(mOpacity, &QSlider::valueChanged, this, [this](int v) {
        // The slider belongs to the layer selected in the list (the cells when none is).
        const int row = currentRow() >= 0 ? currentRow() : mLayers->rowOf(LayerKind::Cells);
        if (row >= 0)
            mLayers->setData(mLayers->index(row), v / 100.0, LayerModel::OpacityRole);
    });
    connect(mSymbolSize, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        const int row = mLayers->rowOf(LayerKind::Facilities);
        if (row >= 0)
            mLayers->setData(mLayers->index(row), v, LayerModel::SymbolSizeRole);
    });
    connect(mCellMode, &QComboBox::currentIndexChanged, view, &ViewState::setCellMode);
    connect(mUnitMode, &QComboBox::currentIndexChanged, view, &ViewState::setUnitMode);
    connect(view, &ViewState::unitModeChanged, this, [this](int mode) {
        const QSignalBlocker block(mUnitMode);
        mUnitMode->setCurrentIndex(mode);
    });
    connect(view, &ViewState::cellModeChanged, this, [this](int mode) {
        const QSignalBlocker block(mCellMode);
        mCellMode->setCurrentIndex(mode);
    });
}

int LayersPanel::currentRow() const
{
    const QModelIndex i = mList->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void LayersPanel::setCurrentRow(int row)
{
    mList->setCurrentIndex(mLayers->index(row));
}

void LayersPanel::moveCurrent(int delta)
{
    const int row = currentRow();
    if (row >= 0 && mLayers->moveLayer(row, row + delta))
        setCurrentRow(row + delta);
}

void LayersPanel::showCurrentStyle()
{
    const int row = currentRow();
    const QSignalBlocker block(mOpacity);
    mOpacity->setValue(row >= 0 ? int(std::round(mLayers->layer(row).opacity * 100)) : 100);
    // Only reference layers can go: the others are the analysis.
    mRemove->setEnabled(row >= 0 && mLayers->layer(row).kind == LayerKind::Reference);
}

void LayersPanel::pickColour()
{
    const int row = currentRow();
    if (row < 0 || !mLayers->layer(row).colour.isValid()) {
        emit message(tr("Colours can be set for the network, the unit outlines and reference layers"));
        return;
    }
    const QColor c = QColorDialog::getColor(mLayers->layer(row).colour, this, tr("Layer colour"),
                                            QColorDialog::ShowAlphaChannel);
    if (!c.isValid())
        return;
    mLayers->setData(mLayers->index(row), c, LayerModel::ColourRole);
    if (mLayers->layer(row).kind == LayerKind::Reference) // kept in the project
        emit referenceColourChanged(mLayers->layer(row).reference, c);
}

void LayersPanel::refresh()
{
    if (!planner())
        return;
    const AnalysisResult &a = planner()->result();
    {
        // The cell colourings: density, or minutes to each facility type.
        const QSignalBlocker block(mCellMode);
        const int cellMode = view()->cellMode();
        mCellMode->clear();
        mCellMode->addItem(tr("Population density"));
        for (const FacilityType &t : a.profile.types)
            mCellMode->addItem(tr("Walking minutes to %1").arg(localLabel(t.label, t.labelZh)));
        const int chosen = mModesShown && cellMode < mCellMode->count() ? cellMode : (a.profile.types.empty() ? 0 : 1);
        mCellMode->setCurrentIndex(chosen);
        view()->setCellMode(chosen);
    }
    {
        // The unit colourings: plain, or the five-colour map of each indicator.
        const QSignalBlocker block(mUnitMode);
        const int unitMode = view()->unitMode();
        mUnitMode->clear();
        mUnitMode->addItem(tr("Plain"));
        if (const Evaluation *ev = planner()->evaluation())
            for (const IndicatorResult &ir : ev->indicators)
                mUnitMode->addItem(tr("Warning map: %1").arg(localLabel(ir.indicator.label, ir.indicator.labelZh)));
        // First time: the five-colour map of the indicator examined.
        const int chosen = mModesShown && unitMode < mUnitMode->count()
                               ? unitMode
                               : (mUnitMode->count() > 1 ? std::max(0, view()->indicator()) + 1 : 0);
        mUnitMode->setCurrentIndex(chosen);
        view()->setUnitMode(chosen);
    }
    mModesShown = true;
}

} // namespace qh
