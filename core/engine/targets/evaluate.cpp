#include "targets/evaluate.h"

#include <QCoreApplication>

#include <cmath>
#include <functional>

namespace qh {

namespace {

std::string thousands(double v)
{
    if (!std::isfinite(v) || std::abs(v) >= 9e15)
        return "?"; // cannot happen within the data limits; never undefined behaviour
    const std::string digits = std::to_string(static_cast<long long>(std::ceil(v - 1e-9)));
    std::string s;
    const std::size_t lead = digits[0] == '-' ? 1 : 0;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > lead && (digits.size() - i) % 3 == 0)
            s += ',';
        s += digits[i];
    }
    return s;
}

/// Adds up a capacity key over the facilities of one type, per unit.
std::vector<double> capacityPerUnit(const AnalysisResult &a, const RegionData &region, int type,
                                    const std::string &key, double &total)
{
    std::vector<double> out(region.units.size(), 0.0);
    total = 0.0;
    for (std::size_t i = 0; i < region.facilities.size(); ++i) {
        const FacilityResult &fr = a.facilities[i];
        if (fr.typeIndex != type)
            continue;
        auto it = region.facilities[i].capacity.find(key);
        const double v = it == region.facilities[i].capacity.end() ? 0.0 : it->second;
        total += v;
        if (fr.unit)
            out[*fr.unit] += v;
    }
    return out;
}

} // namespace

const WarningClass *warningClassOf(const Score &score, const IndicatorResult &indicator)
{
    const auto &classes = indicator.indicator.warningClasses;
    return score.applicable && score.warningClass < classes.size() ? &classes[score.warningClass] : nullptr;
}

std::string warningClassKey(const Score &score, const IndicatorResult &indicator)
{
    const WarningClass *c = warningClassOf(score, indicator);
    return c ? c->key : std::string("not_applicable");
}

Evaluation evaluate(const TargetProfile &profile, const AnalysisResult &a, const RegionData &region)
{
    Evaluation ev;
    ev.profileId = profile.id;
    ev.profileName = profile.name;
    ev.profileNameZh = profile.nameZh;
    const std::size_t nUnits = region.units.size();

    for (const Indicator &profileIndicator : profile.indicators) {
        IndicatorResult r;
        r.indicator = profileIndicator;
        if (r.indicator.warningClasses.empty()) // made in code, not read from a profile
            r.indicator.warningClasses = defaultWarningClassesFor(r.indicator);
        const Indicator &ind = r.indicator;
        r.units.resize(nUnits);
        const int type = a.profile.typeIndex(ind.facilityType);
        std::optional<std::size_t> group;
        if (!ind.group.empty())
            group = a.groupIndex(ind.group);
        auto hasCapacity = [&](const std::string &key) {
            for (const Facility &f : region.facilities)
                if (f.capacity.count(key))
                    return true;
            return false;
        };
        if (type < 0)
            r.unavailableReason = Message::coded("no_facility_type", {ind.facilityType, typeWords(ind.facilityType)});
        else if (!ind.group.empty() && !group)
            r.unavailableReason = Message::coded("no_group_column", {ind.group});
        else if (!ind.capacity.empty() && !hasCapacity(ind.capacity))
            r.unavailableReason = Message::coded("no_capacity_field", {ind.capacity});
        else if (!ind.capacityOf.empty() && !hasCapacity(ind.capacityOf))
            r.unavailableReason = Message::coded("no_capacity_field", {ind.capacityOf});
        else if (!ind.countsOnlyCapacity.empty() && !hasCapacity(ind.countsOnlyCapacity))
            r.unavailableReason = Message::coded("no_counts_only_field", {ind.countsOnlyCapacity});
        if (!r.unavailableReason.empty()) {
            r.available = false;
            ev.indicators.push_back(std::move(r));
            continue;
        }
        const Message typeLabel = Message::label(a.profile.types[type].label, a.profile.types[type].labelZh);
        const bool countsOnly = !ind.countsOnlyCapacity.empty();
        const Message countsOnlyWords = capacityWords(ind.countsOnlyCapacity);
        // The facilities that count, per unit: all of the type, or those with the
        // capacity the indicator names (an inclusive institution …).
        std::vector<int> counted(nUnits, 0);
        for (std::size_t i = 0; i < region.facilities.size(); ++i) {
            const FacilityResult &fr = a.facilities[i];
            if (fr.typeIndex != type || !fr.unit)
                continue;
            if (!ind.countsOnlyCapacity.empty()) {
                const auto it = region.facilities[i].capacity.find(ind.countsOnlyCapacity);
                const double v = it == region.facilities[i].capacity.end() ? 0.0 : it->second;
                if (ind.countsOnlyAtLeast > 0 ? v < ind.countsOnlyAtLeast : !(v > 0))
                    continue;
            }
            ++counted[*fr.unit];
        }
        const Message groupLabel = group ? Message::label(a.groups[*group].label, a.groups[*group].labelZh) : Message();
        double capTotal = 0.0, ofTotal = 0.0;
        const std::vector<double> cap = ind.capacity.empty()
                                            ? std::vector<double>(nUnits, 0.0)
                                            : capacityPerUnit(a, region, type, ind.capacity, capTotal);
        const std::vector<double> capOf = ind.capacityOf.empty()
                                              ? std::vector<double>(nUnits, 0.0)
                                              : capacityPerUnit(a, region, type, ind.capacityOf, ofTotal);

        // Computes value, gap and text from the quantities of one unit (or the region).
        auto score = [&](double target, double demand, double covered, double capacity,
                         double capacityOf, int facilities, int nUnitsHere) {
            Score s;
            s.target = target;
            double need = 0.0;
            // The gap's sentence, filled with the amount below.
            std::function<Message(const std::string &)> what;
            switch (ind.kind) {
            case IndicatorKind::CoverageShare:
                if (demand > 0)
                    s.value = covered / demand;
                // People are counted whole, as every table shows them: the gap is made
                // from the rounded residents and the rounded covered, so the parts add up.
                need = target * std::round(demand) - std::round(covered);
                what = [&](const std::string &n) {
                    return Message::coded("gap_outside_circle",
                                          {n, groupLabel, thousands(a.profile.types[type].minutes), typeLabel});
                };
                break;
            case IndicatorKind::CapacityPer:
                if (demand > 0)
                    s.value = capacity / demand * ind.per;
                need = target * demand / ind.per - capacity;
                what = [&](const std::string &n) {
                    return Message::coded("gap_more_capacity", {n, capacityWords(ind.capacity), typeLabel});
                };
                break;
            case IndicatorKind::CapacityShare:
                if (capacityOf > 0)
                    s.value = capacity / capacityOf;
                need = target * capacityOf - capacity;
                what = [&](const std::string &n) {
                    return Message::coded("gap_more_share", {n, capacityWords(ind.capacity), capacityWords(ind.capacityOf)});
                };
                break;
            case IndicatorKind::UnitsWithFacility:
                s.value = nUnitsHere == 1 ? (facilities > 0 ? 1.0 : 0.0)
                                          : (nUnitsHere > 0 ? double(facilities) / nUnitsHere : 0.0);
                need = nUnitsHere == 1 ? (facilities > 0 ? 0.0 : 1.0) : target * nUnitsHere - facilities;
                what = [&](const std::string &n) {
                    return countsOnly ? Message::coded("gap_more_units_with", {n, typeLabel, countsOnlyWords})
                                      : Message::coded("gap_more_units", {n, typeLabel});
                };
                break;
            case IndicatorKind::FloorSpacePer100Households:
                if (demand > 0)
                    s.value = capacity / demand * 100.0;
                need = target * demand / 100.0 - capacity;
                what = [&](const std::string &n) { return Message::coded("gap_more_floor", {n, typeLabel}); };
                break;
            case IndicatorKind::LandPerCapita:
                if (demand > 0)
                    s.value = capacity / demand;
                need = target * demand - capacity;
                what = [&](const std::string &n) { return Message::coded("gap_more_land", {n, typeLabel}); };
                break;
            }
            // Nothing to divide by: the indicator does not apply here; never a pass.
            if (!s.value) {
                s.applicable = false;
                switch (ind.kind) {
                case IndicatorKind::CapacityShare:
                    s.notApplicableReason = Message::coded("na_no_share_base", {capacityWords(ind.capacityOf)});
                    break;
                case IndicatorKind::FloorSpacePer100Households:
                    s.notApplicableReason = Message::coded("na_no_households");
                    break;
                default:
                    s.notApplicableReason = Message::coded(
                        "na_nobody", {group ? Message::label(a.groups[*group].label, a.groups[*group].labelZh)
                                            : Message::coded("residents")});
                    break;
                }
                return s;
            }
            s.pass = *s.value >= target - 1e-12;
            s.gap = s.pass ? 0.0 : std::max(0.0, std::ceil(need - 1e-9));
            if (!s.pass && s.gap > 0) {
                if (ind.kind == IndicatorKind::UnitsWithFacility && nUnitsHere == 1)
                    s.gapText = countsOnly ? Message::coded("gap_no_facility_with", {typeLabel, countsOnlyWords})
                                           : Message::coded("gap_no_facility", {typeLabel});
                else
                    s.gapText = what(thousands(s.gap));
            }
            const double ratio = target > 0 ? *s.value / target : INFINITY;
            s.warningClass = std::size_t(&ind.classify(ratio) - ind.warningClasses.data());
            return s;
        };

        double demandTotal = 0.0, coveredTotal = 0.0;
        int withFacility = 0;
        for (std::size_t u = 0; u < nUnits; ++u) {
            const UnitResult &ur = a.units[u];
            const double demand = group ? ur.pop[*group] : 0.0;
            const double covered = group ? ur.covered[type][*group] : 0.0;
            const int nf = counted[u];
            withFacility += nf > 0 ? 1 : 0;
            demandTotal += demand;
            coveredTotal += covered;
            r.units[u] = score(ind.targetFor(region.units[u].unitClass), demand, covered, cap[u],
                               capOf[u], nf, 1);
            r.unitsPassing += r.units[u].pass ? 1 : 0;
            r.unitsApplicable += r.units[u].applicable ? 1 : 0;
        }
        r.region = score(ind.target, demandTotal, coveredTotal, capTotal, ofTotal, withFacility, int(nUnits));
        ev.indicators.push_back(std::move(r));
    }
    return ev;
}

QString warningClassName(const WarningClass *c)
{
    if (!c)
        return QCoreApplication::translate("qh::MapScene", "not applicable");
    const std::string &m = c->meaning;
    if (m == "severe_shortfall")
        return QCoreApplication::translate("qh::MapScene", "severe shortfall");
    if (m == "shortfall")
        return QCoreApplication::translate("qh::MapScene", "shortfall");
    if (m == "near_target")
        return QCoreApplication::translate("qh::MapScene", "near target");
    if (m == "slight_shortfall")
        return QCoreApplication::translate("qh::MapScene", "slight shortfall");
    if (m == "nearly_met")
        return QCoreApplication::translate("qh::MapScene", "nearly met");
    if (m == "meets_target")
        return QCoreApplication::translate("qh::MapScene", "meets target");
    if (m == "well_above_target")
        return QCoreApplication::translate("qh::MapScene", "well above target");
    return QString::fromStdString(c->label.empty() ? c->key : c->label); // a profile's own class
}

} // namespace qh
