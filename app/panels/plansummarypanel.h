#pragma once

#include "plannerpanel.h"

class QLabel;

namespace qh {

/// The plan against the baseline, in people: per facility type, how many more of its
/// demand group are within the circle, and by how many points the share moved.
class PlanSummaryPanel : public PlannerPanel
{
    Q_OBJECT
public:
    explicit PlanSummaryPanel(ViewState *view, QWidget *parent = nullptr);
    QString text() const;
    void refresh() override;

private:
    QLabel *mSummary;
};

} // namespace qh
