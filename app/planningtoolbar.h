#pragma once

#include <optional>

#include <QPointer>
#include <QToolBar>

#include "mapcanvas.h"
#include "planner.h"

class QActionGroup;
class QComboBox;
class QDoubleSpinBox;
class QUndoStack;

namespace qh {

/// The planning toolbar and its tools: pan/inspect, add, move and delete facilities
/// on the canvas, the type and capacity of a new facility, undo and redo. Each edit
/// becomes an undoable command on the Planner.
class PlanningToolBar : public QToolBar
{
    Q_OBJECT
public:
    PlanningToolBar(MapCanvas *canvas, QUndoStack *undo, QWidget *parent = nullptr);

    /// Plans this project (null: none); fills the facility types.
    void setPlanner(Planner *planner);
    /// The facility type a new facility gets (index into the profile's types).
    void setAddType(int typeIndex);
    int addType() const;
    /// The inclusive (普惠) share a new facility of the chosen type gets, per cent;
    /// empty when the type has no inclusive capacity.
    std::optional<double> inclusiveShare() const;
    /// The tool's action, for menus and tests.
    QAction *toolAction(MapCanvas::Tool tool) const;
    /// Adds every point of a layer file as proposed facilities in one undoable step
    /// (type from the file, else the chosen type). Returns how many were added;
    /// throws qh::Error when the file cannot be read.
    int addFacilitiesFromFile(const QString &path, Warnings &warnings);
    QAction *undoAction() const { return mUndoAction; }
    QAction *redoAction() const { return mRedoAction; }

private:
    void addAt(const Point &at);
    void fillTypes();
    void updateInclusiveDefault();
    /// The inclusive capacity of a type ("inclusive_places" for childcare places),
    /// from the target profile's inclusive-share indicators or the data; "" for none.
    std::string inclusiveKey(const FacilityType &type) const;

    MapCanvas *mCanvas;
    QUndoStack *mUndo;
    QPointer<Planner> mPlanner;
    QActionGroup *mTools;
    QComboBox *mType;
    QDoubleSpinBox *mCapacity;
    QDoubleSpinBox *mInclusive;
    QAction *mInclusiveLabel = nullptr;
    QAction *mInclusiveAction = nullptr;
    QAction *mUndoAction;
    QAction *mRedoAction;
};

} // namespace qh
