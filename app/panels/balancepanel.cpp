#include "balancepanel.h"

#include "lorenzwidget.h"
#include "symbology.h"
#include "viewstate.h"

namespace qh {

BalancePanel::BalancePanel(ViewState *view, QWidget *parent)
    : PlannerPanel(tr("Balance (资源均衡)"), view, parent)
    , mLorenz(new LorenzWidget)
{
    setObjectName("balance");
    setWidget(mLorenz);
    connect(view, &ViewState::cellModeChanged, this, &BalancePanel::refresh);
}

void BalancePanel::refresh()
{
    if (!planner())
        return;
    const AnalysisResult &a = planner()->result();
    const int t = view()->facilityType();
    if (t >= int(a.gini.size()))
        return;
    mLorenz->setCurve(a.lorenz[t], a.gini[t], localLabel(a.profile.types[t].label, a.profile.types[t].labelZh));
}

} // namespace qh
