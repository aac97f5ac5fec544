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
    connect(view, &ViewState::indicatorChanged, this, &BalancePanel::refresh);
}

void BalancePanel::refresh()
{
    if (!planner())
        return;
    const AnalysisResult &a = planner()->result();
    // The facility type of the indicator examined, else the one the cells show.
    int t = view()->facilityType();
    QString about;
    const Evaluation *ev = planner()->evaluation();
    const int i = view()->indicator();
    if (ev && i >= 0 && i < int(ev->indicators.size())) {
        const Indicator &ind = ev->indicators[std::size_t(i)].indicator;
        if (const int k = a.profile.typeIndex(ind.facilityType); k >= 0) {
            t = k;
            about = localLabel(ind.label, ind.labelZh);
        }
    }
    if (t >= int(a.gini.size()))
        return;
    const QString type = localLabel(a.profile.types[t].label, a.profile.types[t].labelZh);
    mLorenz->setCurve(a.lorenz[t], a.gini[t], about.isEmpty() ? type : tr("%1 (for: %2)").arg(type, about));
}

} // namespace qh
