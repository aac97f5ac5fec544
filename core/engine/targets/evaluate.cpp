#include "targets/evaluate.h"

#include <QCoreApplication>

#include <cmath>
#include <functional>
#include <map>
#include <set>

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

/// One indicator's context: what its scores are made from, and the scoring.
struct Scorer
{
    const Indicator &ind;
    const AnalysisResult &a;
    int type = -1;
    std::optional<std::size_t> group;
    Message typeLabel, groupLabel, countsOnlyWords;
    bool countsOnly = false;

    Scorer(const Indicator &indicator, const AnalysisResult &analysis)
        : ind(indicator)
        , a(analysis)
        , type(analysis.profile.typeIndex(indicator.facilityType))
    {
        if (!ind.group.empty())
            group = a.groupIndex(ind.group);
    }

    /// Why the indicator cannot be evaluated with these data (`hasCapacity`: whether
    /// some facility has a capacity field); empty when it can.
    Message unavailable(const std::function<bool(const std::string &)> &hasCapacity) const
    {
        if (type < 0)
            return Message::coded("no_facility_type", {ind.facilityType, typeWords(ind.facilityType)});
        if (!ind.group.empty() && !group)
            return Message::coded("no_group_column", {ind.group});
        if (!ind.capacity.empty() && !hasCapacity(ind.capacity))
            return Message::coded("no_capacity_field", {ind.capacity});
        if (!ind.capacityOf.empty() && !hasCapacity(ind.capacityOf))
            return Message::coded("no_capacity_field", {ind.capacityOf});
        if (!ind.countsOnlyCapacity.empty() && !hasCapacity(ind.countsOnlyCapacity))
            return Message::coded("no_counts_only_field", {ind.countsOnlyCapacity});
        return {};
    }

    void prepare()
    {
        typeLabel = Message::label(a.profile.types[type].label, a.profile.types[type].labelZh);
        countsOnly = !ind.countsOnlyCapacity.empty();
        countsOnlyWords = capacityWords(ind.countsOnlyCapacity);
        groupLabel = group ? Message::label(a.groups[*group].label, a.groups[*group].labelZh) : Message();
    }

    /// Whether facility `i` counts: of the type, and with the capacity the
    /// indicator names where it names one (an inclusive institution …).
    bool counts(const Facility &f) const
    {
        if (ind.countsOnlyCapacity.empty())
            return true;
        const double v = f.capacityOf(ind.countsOnlyCapacity);
        return ind.countsOnlyAtLeast > 0 ? v >= ind.countsOnlyAtLeast : v > 0;
    }

    /// Adds the facilities `listed` (indices, ascending) of the type into their units,
    /// in that order: capacity, capacity of, and the facilities that count.
    void addUp(IndicatorResult &r, const RegionData &region, const std::vector<std::size_t> &listed) const
    {
        for (const std::size_t i : listed) {
            const FacilityResult &fr = a.facilities[i];
            if (fr.typeIndex != type || !fr.unit)
                continue;
            const Facility &f = region.facilities[i];
            if (!ind.capacity.empty())
                r.unitCapacity[*fr.unit] += f.capacityOf(ind.capacity);
            if (!ind.capacityOf.empty())
                r.unitCapacityOf[*fr.unit] += f.capacityOf(ind.capacityOf);
            r.unitFacilities[*fr.unit] += counts(f) ? 1 : 0;
        }
    }

    Score unit(const IndicatorResult &r, const RegionData &region, std::size_t u) const
    {
        const UnitResult &ur = a.units[u];
        return score(ind.targetFor(region.units[u].unitClass), group ? ur.pop[*group] : 0.0,
                     group ? ur.covered[type][*group] : 0.0, r.unitCapacity[u], r.unitCapacityOf[u],
                     r.unitFacilities[u], 1);
    }

    /// The region's score and the counts of units, from the units' figures and the
    /// facilities standing in no unit (`listed` holds them, maybe among others).
    void region(IndicatorResult &r, const RegionData &region, const std::vector<std::size_t> &listed) const
    {
        double demand = 0.0, covered = 0.0, capacity = 0.0, capacityOfTotal = 0.0;
        int withFacility = 0;
        r.unitsPassing = r.unitsApplicable = 0;
        for (std::size_t u = 0; u < r.units.size(); ++u) {
            const UnitResult &ur = a.units[u];
            demand += group ? ur.pop[*group] : 0.0;
            covered += group ? ur.covered[type][*group] : 0.0;
            capacity += r.unitCapacity[u];
            capacityOfTotal += r.unitCapacityOf[u];
            withFacility += r.unitFacilities[u] > 0 ? 1 : 0;
            r.unitsPassing += r.units[u].pass ? 1 : 0;
            r.unitsApplicable += r.units[u].applicable ? 1 : 0;
        }
        for (const std::size_t i : listed)
            if (a.facilities[i].typeIndex == type && !a.facilities[i].unit) {
                if (!ind.capacity.empty())
                    capacity += region.facilities[i].capacityOf(ind.capacity);
                if (!ind.capacityOf.empty())
                    capacityOfTotal += region.facilities[i].capacityOf(ind.capacityOf);
            }
        r.region = score(ind.target, demand, covered, capacity, capacityOfTotal, withFacility, int(r.units.size()));
    }

    /// Value, gap and text from the quantities of one unit (or the region).
    Score score(double target, double demand, double covered, double capacity, double capacityOf, int facilities,
                int nUnitsHere) const;
};

/// The capacity fields a profile's indicators read.
std::set<std::string> capacityFieldsOf(const TargetProfile &profile)
{
    std::set<std::string> keys;
    for (const Indicator &ind : profile.indicators)
        for (const std::string *key : {&ind.capacity, &ind.capacityOf, &ind.countsOnlyCapacity})
            if (!key->empty())
                keys.insert(*key);
    return keys;
}

/// Whether one of the facilities `which` (indices) has the capacity field `key`.
bool anyHas(const std::vector<Facility> &facilities, const std::string &key, const std::vector<std::size_t> &which)
{
    for (const std::size_t i : which)
        if (i < facilities.size() && facilities[i].capacity.count(key))
            return true;
    return false;
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

Score Scorer::score(double target, double demand, double covered, double capacity, double capacityOf,
                    int facilities, int nUnitsHere) const
{
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
}

Evaluation evaluate(const TargetProfile &profile, const AnalysisResult &a, const RegionData &region)
{
    Evaluation ev;
    ev.profileId = profile.id;
    ev.profileName = profile.name;
    ev.profileNameZh = profile.nameZh;
    const std::size_t nUnits = region.units.size();
    std::vector<std::size_t> all(region.facilities.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    for (const std::string &key : capacityFieldsOf(profile))
        ev.capacityFields[key] = anyHas(region.facilities, key, all);

    for (const Indicator &profileIndicator : profile.indicators) {
        IndicatorResult r;
        r.indicator = profileIndicator;
        if (r.indicator.warningClasses.empty()) // made in code, not read from a profile
            r.indicator.warningClasses = defaultWarningClassesFor(r.indicator);
        Scorer scorer(r.indicator, a);
        r.unavailableReason = scorer.unavailable([&](const std::string &key) { return ev.capacityFields.at(key); });
        if (!r.unavailableReason.empty()) {
            r.available = false;
            ev.indicators.push_back(std::move(r));
            continue;
        }
        scorer.prepare();
        r.units.resize(nUnits);
        r.unitCapacity.assign(nUnits, 0.0);
        r.unitCapacityOf.assign(nUnits, 0.0);
        r.unitFacilities.assign(nUnits, 0);
        scorer.addUp(r, region, all);
        for (std::size_t u = 0; u < nUnits; ++u)
            r.units[u] = scorer.unit(r, region, u);
        scorer.region(r, region, all);
        ev.indicators.push_back(std::move(r));
    }
    return ev;
}

void reevaluate(Evaluation &ev, const TargetProfile &profile, const AnalysisResult &a, const RegionData &region,
                const std::vector<std::size_t> &units)
{
    const std::size_t nUnits = region.units.size();
    // The facilities in the touched units or in none: the only ones read again.
    std::vector<char> which(nUnits, 0);
    for (const std::size_t u : units)
        which[u] = 1;
    std::vector<std::size_t> listed;
    for (std::size_t i = 0; i < a.facilities.size(); ++i)
        if (!a.facilities[i].unit || which[*a.facilities[i].unit])
            listed.push_back(i);
    // Which capacity fields some facility has now. A field no facility had can come
    // only with an edited facility, and those are listed; one that was there is
    // looked for among the listed first, then among all (stopping at the first).
    std::map<std::string, bool> fields;
    for (const auto &[key, before] : ev.capacityFields) {
        bool now = anyHas(region.facilities, key, listed);
        for (std::size_t i = 0; !now && before && i < region.facilities.size(); ++i)
            now = region.facilities[i].capacity.count(key) > 0;
        fields[key] = now;
    }
    bool same = ev.indicators.size() == profile.indicators.size() && fields == ev.capacityFields;
    for (std::size_t k = 0; same && k < ev.indicators.size(); ++k)
        same = !ev.indicators[k].available || ev.indicators[k].units.size() == nUnits;
    if (!same) { // a capacity field came or went with the edit: every unit anew
        ev = evaluate(profile, a, region);
        return;
    }
    for (IndicatorResult &r : ev.indicators) {
        if (!r.available)
            continue;
        Scorer scorer(r.indicator, a);
        scorer.prepare();
        for (const std::size_t u : units) {
            r.unitCapacity[u] = r.unitCapacityOf[u] = 0.0;
            r.unitFacilities[u] = 0;
        }
        scorer.addUp(r, region, listed);
        for (const std::size_t u : units)
            r.units[u] = scorer.unit(r, region, u);
        scorer.region(r, region, listed);
    }
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
