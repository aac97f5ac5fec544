#include "plannerpanel.h"

namespace qh {

PlannerPanel::PlannerPanel(const QString &title, ViewState *view, QWidget *parent)
    : QDockWidget(title, parent)
    , mView(view)
{
}

void PlannerPanel::setPlanner(Planner *planner)
{
    disconnect(mChanged);
    mPlanner = planner;
    if (planner)
        mChanged = connect(planner, &Planner::changed, this, &PlannerPanel::refresh);
    refresh();
}

} // namespace qh
