#pragma once

#include "plannerpanel.h"

class QTableWidget;

namespace qh {

/// Every facility as planned: name, type, existing or proposed, capacity, people of
/// its demand group within its circle, and why it serves nobody where it does not
/// (off the network, outside every unit, no one in its circle). A double-click asks
/// to zoom to it.
class FacilitiesPanel : public PlannerPanel
{
    Q_OBJECT
public:
    explicit FacilitiesPanel(ViewState *view, QWidget *parent = nullptr);
    QTableWidget *table() const { return mTable; }
    void refresh() override;

signals:
    void zoomToFacilityRequested(const Point &at);

private:
    QTableWidget *mTable;
};

} // namespace qh
