#include "plansummarypanel.h"

#include <QLabel>

#include "symbology.h"

namespace qh {

PlanSummaryPanel::PlanSummaryPanel(ViewState *view, QWidget *parent)
    : PlannerPanel(tr("Plan against baseline"), view, parent)
    , mSummary(new QLabel)
{
    setObjectName("planSummary");
    mSummary->setObjectName("planSummaryText");
    mSummary->setWordWrap(true);
    mSummary->setMargin(4);
    mSummary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for a line per facility type of the usual profiles, wrapped once.
    mSummary->setMinimumHeight(mSummary->fontMetrics().lineSpacing() * 4 + 8);
    setWidget(mSummary);
}

QString PlanSummaryPanel::text() const
{
    return mSummary->text();
}

void PlanSummaryPanel::refresh()
{
    if (!planner()) {
        mSummary->clear();
        return;
    }
    QStringList summary;
    const AnalysisResult &now = planner()->result(), &base = planner()->baseline();
    for (std::size_t t = 0; t < now.profile.types.size(); ++t) {
        const auto g = now.groupIndex(now.profile.types[t].demandGroup);
        if (!g)
            continue;
        const double delta = now.totalCovered[t][*g] - base.totalCovered[t][*g];
        const double pp = now.totalPop[*g] > 0 ? 100.0 * delta / now.totalPop[*g] : 0.0;
        summary << tr("%1: %2 %3 covered (%4 points) against the baseline")
                       .arg(localLabel(now.profile.types[t].label, now.profile.types[t].labelZh))
                       .arg(QStringLiteral("%1%2").arg(delta >= 0 ? "+" : "").arg(delta, 0, 'f', 0))
                       .arg(localLabel(now.groups[*g].label, now.groups[*g].labelZh))
                       .arg(QStringLiteral("%1%2").arg(pp >= 0 ? "+" : "").arg(pp, 0, 'f', 1));
    }
    mSummary->setText(summary.join('\n'));
}

} // namespace qh
