#pragma once

#include "plannerpanel.h"

class QTableWidget;

namespace qh {

/// Coverage by unit: residents, and per facility type the share of its demand group
/// within the circle and the change against the baseline. Selecting a row selects
/// the unit.
class UnitTablePanel : public PlannerPanel
{
    Q_OBJECT
public:
    explicit UnitTablePanel(ViewState *view, QWidget *parent = nullptr);
    QTableWidget *table() const { return mTable; }
    void refresh() override;

private:
    QTableWidget *mTable;
};

} // namespace qh
