#include "targets/evaluate.h"

#include <cmath>
#include <sstream>

namespace qh {

namespace {

std::string thousands(double v)
{
    std::string s = std::to_string(static_cast<long long>(std::ceil(v - 1e-9)));
    for (int i = int(s.size()) - 3; i > 0; i -= 3)
        s.insert(std::size_t(i), ",");
    return s;
}

std::string human(const std::string &key)
{
    std::string s = key;
    for (char &c : s)
        if (c == '_')
            c = ' ';
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
    const std::size_t nUnits = region.units.size();

    for (const Indicator &profileIndicator : profile.indicators) {
        IndicatorResult r;
        r.indicator = profileIndicator;
        if (r.indicator.warningClasses.empty()) // made in code, not read from a profile
            r.indicator.warningClasses = r.indicator.isShare() ? shareWarningClasses() : defaultWarningClasses();
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
            r.unavailableReason = "the project has no facility type '" + ind.facilityType + "'";
        else if (!ind.group.empty() && !group)
            r.unavailableReason = "the population layer has no '" + ind.group + "' column";
        else if (!ind.capacity.empty() && !hasCapacity(ind.capacity))
            r.unavailableReason = "the facilities have no '" + ind.capacity + "' field";
        else if (!ind.capacityOf.empty() && !hasCapacity(ind.capacityOf))
            r.unavailableReason = "the facilities have no '" + ind.capacityOf + "' field";
        else if (!ind.countsOnlyCapacity.empty() && !hasCapacity(ind.countsOnlyCapacity))
            r.unavailableReason = "the facilities have no '" + ind.countsOnlyCapacity
                                  + "' field, which tells which facilities count";
        if (!r.unavailableReason.empty()) {
            r.available = false;
            ev.indicators.push_back(std::move(r));
            continue;
        }
        const std::string typeLabel = a.profile.types[type].label;
        const std::string countsOnly = ind.countsOnlyCapacity.empty() ? "" : " with " + human(ind.countsOnlyCapacity);
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
        const std::string groupLabel = group ? a.groups[*group].label : std::string();
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
            std::string what;
            switch (ind.kind) {
            case IndicatorKind::CoverageShare:
                if (demand > 0)
                    s.value = covered / demand;
                // People are counted whole, as every table shows them: the gap is made
                // from the rounded residents and the rounded covered, so the parts add up.
                need = target * std::round(demand) - std::round(covered);
                what = groupLabel + " outside the " + thousands(a.profile.types[type].minutes)
                       + "-minute " + typeLabel + " circle";
                break;
            case IndicatorKind::CapacityPer:
                if (demand > 0)
                    s.value = capacity / demand * ind.per;
                need = target * demand / ind.per - capacity;
                what = "more " + human(ind.capacity) + " (" + typeLabel + ")";
                break;
            case IndicatorKind::CapacityShare:
                if (capacityOf > 0)
                    s.value = capacity / capacityOf;
                need = target * capacityOf - capacity;
                what = "more " + human(ind.capacity) + " (of " + human(ind.capacityOf) + ")";
                break;
            case IndicatorKind::UnitsWithFacility:
                s.value = nUnitsHere == 1 ? (facilities > 0 ? 1.0 : 0.0)
                                          : (nUnitsHere > 0 ? double(facilities) / nUnitsHere : 0.0);
                need = nUnitsHere == 1 ? (facilities > 0 ? 0.0 : 1.0) : target * nUnitsHere - facilities;
                what = nUnitsHere == 1 ? typeLabel + " facility" + countsOnly + " needed"
                                       : "more units need a " + typeLabel + " facility" + countsOnly;
                break;
            case IndicatorKind::FloorSpacePer100Households:
                if (demand > 0)
                    s.value = capacity / demand * 100.0;
                need = target * demand / 100.0 - capacity;
                what = "m² more " + typeLabel + " floor space";
                break;
            case IndicatorKind::LandPerCapita:
                if (demand > 0)
                    s.value = capacity / demand;
                need = target * demand - capacity;
                what = "m² more " + typeLabel + " land";
                break;
            }
            // Nothing to divide by: the indicator does not apply here; never a pass.
            if (!s.value) {
                s.applicable = false;
                switch (ind.kind) {
                case IndicatorKind::CapacityShare:
                    s.notApplicableReason = "no " + human(ind.capacityOf) + " here to take a share of";
                    break;
                case IndicatorKind::FloorSpacePer100Households:
                    s.notApplicableReason = "no households here";
                    break;
                default:
                    s.notApplicableReason = "no " + (groupLabel.empty() ? std::string("residents") : groupLabel) + " live here";
                    break;
                }
                return s;
            }
            s.pass = *s.value >= target - 1e-12;
            s.gap = s.pass ? 0.0 : std::max(0.0, std::ceil(need - 1e-9));
            if (!s.pass && s.gap > 0) {
                if (ind.kind == IndicatorKind::UnitsWithFacility && nUnitsHere == 1)
                    s.gapText = "no " + typeLabel + " facility" + countsOnly + " in this unit";
                else
                    s.gapText = thousands(s.gap) + " " + what;
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

} // namespace qh
