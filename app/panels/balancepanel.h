#pragma once

#include "plannerpanel.h"

namespace qh {

class LorenzWidget;

/// Balance (资源均衡): the Lorenz curve and Gini index of E2SFCA accessibility for
/// the facility type being examined (the one the cells show).
class BalancePanel : public PlannerPanel
{
    Q_OBJECT
public:
    explicit BalancePanel(ViewState *view, QWidget *parent = nullptr);
    LorenzWidget *chart() const { return mLorenz; }
    void refresh() override;

private:
    LorenzWidget *mLorenz;
};

} // namespace qh
