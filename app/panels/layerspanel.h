#pragma once

#include <optional>

#include "mapstyle.h"
#include "plannerpanel.h"

class QComboBox;
class QDoubleSpinBox;
class QListView;
class QPushButton;
class QSlider;

namespace qh {

class LayerModel;

/// The layer list (a view over the LayerModel: show, hide, reorder) with the style of
/// the selected layer (opacity, line colour, symbol size) and what the cells and
/// units are coloured by.
class LayersPanel : public PlannerPanel
{
    Q_OBJECT
public:
    LayersPanel(LayerModel *layers, ViewState *view, QWidget *parent = nullptr);
    QListView *list() const { return mList; }
    /// The layer selected in the list (the row), or -1.
    int currentRow() const;
    void setCurrentRow(int row);
    /// Moves the selected layer up (drawn later) or down by `delta` rows.
    void moveCurrent(int delta);
    void refresh() override;

signals:
    void message(const QString &text);
    /// The planner asks to take a reference layer (its index in the project) off the map.
    void removeReferenceRequested(int index);
    /// The same for a reference layer that could not be read (its index among those).
    void removeUnreadReferenceRequested(int index);
    /// The planner gave a reference layer (its index) another colour.
    void referenceColourChanged(int index, const QColor &colour);

private:
    QPushButton *mRemove = nullptr;
    void showCurrentStyle();
    void pickColour();

    LayerModel *mLayers;
    QListView *mList;
    QComboBox *mCellMode;
    QComboBox *mUnitMode;
    QSlider *mOpacity;
    QDoubleSpinBox *mSymbolSize;
    bool mModesShown = false;
};

} // namespace qh
