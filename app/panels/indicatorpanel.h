#pragma once

#include "plannerpanel.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QTableWidget;

namespace qh {

/// The indicator table: pick an indicator of the target profile; per unit its value,
/// target, pass, five-colour class, gap and change against the baseline; "failing
/// units only"; the indicator's default target, editable (kept in the project). The
/// table and the map select each other; a double-click asks to zoom to the unit.
class IndicatorPanel : public PlannerPanel
{
    Q_OBJECT
public:
    explicit IndicatorPanel(ViewState *view, QWidget *parent = nullptr);
    QTableWidget *table() const { return mTable; }
    /// The target box: per cent for shares, the indicator's own unit otherwise.
    QDoubleSpinBox *targetEdit() const;
    /// Sets the target of the indicator shown (kept in the project).
    void setTarget(double target);
    void refresh() override;

signals:
    void zoomToUnitRequested();

private:
    void fillIndicators();
    void fillTable();
    void selectUnitRow();

    QComboBox *mIndicator;
    QCheckBox *mFailingOnly;
    QDoubleSpinBox *mTargetEdit;
    QTableWidget *mTable;
};

} // namespace qh
