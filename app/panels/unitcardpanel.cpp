#include "unitcardpanel.h"

#include <cmath>

#include <QLocale>
#include <QTextBrowser>

#include "indicatortext.h"
#include "symbology.h"
#include "viewstate.h"

namespace qh {

UnitCardPanel::UnitCardPanel(ViewState *view, QWidget *parent)
    : PlannerPanel(tr("Unit"), view, parent)
    , mCard(new QTextBrowser)
{
    setObjectName("card");
    mCard->setObjectName("unitCard");
    setWidget(mCard);
    connect(view, &ViewState::unitChanged, this, &UnitCardPanel::refresh);
}

void UnitCardPanel::showFacility(const QString &html)
{
    mCard->setHtml(html);
}

QString UnitCardPanel::html() const
{
    return mCard->toHtml();
}

void UnitCardPanel::refresh()
{
    const auto unit = view()->unit();
    if (!planner() || !unit || *unit >= planner()->region().units.size()) {
        mCard->setHtml(tr("<i>Click a unit on the map or in the table.</i>"));
        return;
    }
    const std::size_t u = *unit;
    const AnalysisResult &a = planner()->result();
    QString html = QStringLiteral("<h3>%1</h3><p>").arg(QString::fromStdString(planner()->region().units[u].name).toHtmlEscaped());
    for (std::size_t g = 0; g < a.groups.size(); ++g)
        html += QStringLiteral("%1%2%3<br>")
                    .arg(localLabel(a.groups[g].label, a.groups[g].labelZh),
                         QLocale().language() == QLocale::Chinese ? QStringLiteral("：") : QStringLiteral(": "),
                         QLocale().toString(qint64(std::round(a.units[u].pop[g]))));
    html += "</p>";
    if (const Evaluation *ev = planner()->evaluation()) {
        html += QStringLiteral("<table cellspacing=4><tr><th align=left>%1</th><th>%2</th><th>%3</th><th align=left>%4</th></tr>")
                    .arg(tr("Indicator"), tr("Value"), tr("Target"), tr("Gap"));
        for (const IndicatorResult &ir : ev->indicators) {
            if (!ir.available)
                continue;
            const Score &sc = ir.units[u];
            html += QStringLiteral("<tr><td><span style='background:%1'>&nbsp;&nbsp;&nbsp;</span> %2</td><td align=right>%3</td>"
                                   "<td align=right>%4</td><td>%5</td></tr>")
                        .arg(symbology::classColour(warningClassOf(sc, ir)).name(),
                             localLabel(ir.indicator.label, ir.indicator.labelZh).toHtmlEscaped(),
                             IndicatorText::value(ir.indicator, sc.value), IndicatorText::value(ir.indicator, sc.target),
                             IndicatorText::verdict(ir.indicator, sc, a).toHtmlEscaped());
        }
        html += "</table>";
    }
    mCard->setHtml(html);
}

} // namespace qh
