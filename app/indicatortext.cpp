#include "indicatortext.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

#include "planner.h"
#include "symbology.h"

namespace qh {

QString IndicatorText::value(const Indicator &ind, std::optional<double> v)
{
    if (!v)
        return QStringLiteral("–");
    return ind.isShare() ? QString::number(*v * 100.0, 'f', 1) + QStringLiteral(" %") : QString::number(*v, 'f', 1);
}

QString IndicatorText::capacity(const std::string &key)
{
    return capacityWords(key).localText();
}

QString IndicatorText::gap(const Indicator &ind, const Score &sc, const AnalysisResult &a, bool oneUnit)
{
    if (sc.pass || sc.gap <= 0)
        return QString();
    const QString n = QLocale().toString(qint64(sc.gap));
    const int type = a.profile.typeIndex(ind.facilityType);
    const QString typeLabel =
        type >= 0 ? localLabel(a.profile.types[type].label, a.profile.types[type].labelZh) : QString();
    switch (ind.kind) {
    case IndicatorKind::CoverageShare: {
        const auto g = a.groupIndex(ind.group);
        return tr("%1 %2 outside the %3-minute circle")
            .arg(n, g ? localLabel(a.groups[*g].label, a.groups[*g].labelZh) : QString())
            .arg(type >= 0 ? a.profile.types[type].minutes : 15);
    }
    case IndicatorKind::CapacityPer:
    case IndicatorKind::CapacityShare:
        return tr("%1 more %2").arg(n, capacity(ind.capacity));
    case IndicatorKind::UnitsWithFacility:
        if (!ind.countsOnlyCapacity.empty())
            return oneUnit ? tr("no %1 facility with %2 in this unit").arg(typeLabel, capacity(ind.countsOnlyCapacity))
                           : tr("%1 more units need a %2 facility with %3").arg(n, typeLabel, capacity(ind.countsOnlyCapacity));
        return oneUnit ? tr("no %1 facility in this unit").arg(typeLabel)
                       : tr("%1 more units need a %2 facility").arg(n, typeLabel);
    case IndicatorKind::FloorSpacePer100Households:
        return tr("%1 m² more floor space").arg(n);
    case IndicatorKind::LandPerCapita:
        return tr("%1 m² more land").arg(n);
    }
    return QString();
}

QString IndicatorText::notApplicable(const Score &sc)
{
    return tr("not applicable: %1").arg(sc.notApplicableReason.localText());
}

QString IndicatorText::verdict(const Indicator &ind, const Score &sc, const AnalysisResult &a)
{
    if (!sc.applicable)
        return notApplicable(sc);
    return sc.pass ? tr("meets the target") : gap(ind, sc, a, true);
}

QStringList IndicatorText::facilityProblems(const Planner &planner, std::size_t i)
{
    QStringList out;
    const AnalysisResult &a = planner.result();
    const FacilityProblems p = qh::facilityProblems(a, i);
    if (p.unknownType)
        return {tr("its type is not one of the project's facility types")};
    if (p.offNetwork)
        out << tr("no walkable street within %1 m: it reaches no one").arg(a.profile.maxSnapDistance, 0, 'f', 0);
    if (p.outsideUnits)
        out << tr("outside every planning unit (outside the study area)");
    if (p.nobodyInCircle) {
        const FacilityType &type = a.profile.types[std::size_t(a.facilities[i].typeIndex)];
        const std::size_t g = *a.groupIndex(type.demandGroup);
        out << tr("no %1 within its %2-minute circle (on a network island, or where no one lives)")
                   .arg(localLabel(a.groups[g].label, a.groups[g].labelZh))
                   .arg(type.minutes);
    }
    return out;
}

QString IndicatorText::facilityCard(const Planner &planner, std::size_t i)
{
    const RegionData &r = planner.region();
    const AnalysisResult &a = planner.result();
    if (i >= r.facilities.size() || i >= a.facilities.size())
        return {};
    const Facility &f = r.facilities[i];
    const FacilityResult &fr = a.facilities[i];
    QString html = QStringLiteral("<b>%1</b><br>").arg(QString::fromStdString(f.name.empty() ? f.id : f.name).toHtmlEscaped());
    const QString type = fr.typeIndex >= 0 ? localLabel(a.profile.types[std::size_t(fr.typeIndex)].label,
                                                        a.profile.types[std::size_t(fr.typeIndex)].labelZh)
                                           : QString::fromStdString(f.type);
    html += (f.proposed ? tr("%1, proposed") : tr("%1, existing")).arg(type).toHtmlEscaped();
    for (const auto &[key, v] : f.capacity)
        html += QStringLiteral("<br>%1: %2").arg(capacity(key).toHtmlEscaped(), QLocale().toString(qint64(std::round(v))));
    if (fr.typeIndex >= 0) {
        const auto g = a.groupIndex(a.profile.types[std::size_t(fr.typeIndex)].demandGroup);
        if (g && *g < fr.coveredPop.size())
            html += QStringLiteral("<br>%1").arg(tr("%1 %2 within its circle")
                                                    .arg(QLocale().toString(qint64(std::round(fr.coveredPop[*g]))),
                                                         localLabel(a.groups[*g].label, a.groups[*g].labelZh))
                                                    .toHtmlEscaped());
    }
    for (const QString &p : facilityProblems(planner, i))
        html += QStringLiteral("<br><span style='color:#c8281e'>%1</span>").arg(tr("Serves nobody: %1").arg(p).toHtmlEscaped());
    return html;
}

QString IndicatorText::unitCard(const Planner &planner, std::size_t unit, int i)
{
    QString text = QStringLiteral("<b>%1</b>").arg(QString::fromStdString(planner.region().units[unit].name).toHtmlEscaped());
    const Evaluation *ev = planner.evaluation();
    if (ev && i >= 0 && i < int(ev->indicators.size()) && ev->indicators[i].available) {
        const IndicatorResult &ir = ev->indicators[i];
        const Score &sc = ir.units[unit];
        text += QStringLiteral("<br>%1: %2 (%3 %4)")
                    .arg(localLabel(ir.indicator.label, ir.indicator.labelZh).toHtmlEscaped(),
                         value(ir.indicator, sc.value), tr("target"), value(ir.indicator, sc.target));
        text += QStringLiteral("<br>%1").arg(verdict(ir.indicator, sc, planner.result()).toHtmlEscaped());
    }
    return text;
}

} // namespace qh
