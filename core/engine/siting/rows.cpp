#include "siting/rows.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace qh::siting {

namespace {

std::string whole(double v)
{
    return std::isfinite(v) && std::abs(v) < 9e15 ? std::to_string(std::llround(std::ceil(v - 1e-9)))
                                                  : std::string("?");
}

Message unitName(const Unit &u)
{
    return u.name.empty() ? Message(u.id) : Message(u.name);
}

/// A need met with this much to spare, so that the engine's own sums (in another
/// order) still find the target met.
double withMargin(double need, double scale)
{
    return need + 1e-7 * std::max(1.0, std::abs(scale));
}

} // namespace

TargetRows buildRows(const CoverageModel &model, const RegionData &region, const AnalysisResult &a,
                     const Evaluation &evaluation, int t, const std::vector<PlaceReach> &reach,
                     const std::vector<std::size_t> &used, const std::vector<SiteSize> &sizes, Goal goal,
                     bool capacitated)
{
    TargetRows out;
    Instance &in = out.instance;
    const FacilityType &type = a.profile.types[std::size_t(t)];
    const double budget = type.budgetMetres();
    const auto &nearest = model.nearestMetres(t);
    const auto &pop = model.samplePopulation();
    const auto &pointUnit = model.sampleUnits();
    const auto demandGroup = a.groupIndex(type.demandGroup);
    const std::size_t nUnits = region.units.size();

    in.candidates = used.size();
    in.sizes = sizes;
    in.reach.resize(used.size());
    in.candidateUnit.assign(used.size(), -1);
    std::unordered_map<std::uint32_t, std::uint32_t> local; // sample point → demand point
    std::vector<std::uint32_t> samples;                      // demand point → sample point
    for (std::size_t j = 0; j < used.size(); ++j) {
        const PlaceReach &r = reach[used[j]];
        in.candidateUnit[j] = r.unit ? int(*r.unit) : -1;
        for (const auto &[p, metres] : r.points) {
            if (!capacitated && nearest[p] <= budget)
                continue; // already within a circle
            auto [it, fresh] = local.emplace(p, std::uint32_t(samples.size()));
            if (fresh)
                samples.push_back(p);
            in.reach[j].push_back(it->second);
        }
    }
    const std::vector<Facility> facilities = model.facilities();
    if (capacitated) {
        // The type's existing facilities serve too, up to their places.
        in.capacitated = true;
        std::vector<Point> at;
        for (std::size_t i = 0; i < facilities.size(); ++i)
            if (a.facilities[i].typeIndex == t) {
                at.push_back(facilities[i].pos);
                in.fixedCapacity.push_back(facilities[i].capacityOf(type.capacityKey));
            }
        for (const PlaceReach &r : model.reachFrom(at, t)) {
            auto &list = in.fixedReach.emplace_back();
            for (const auto &[p, metres] : r.points) {
                auto [it, fresh] = local.emplace(p, std::uint32_t(samples.size()));
                if (fresh)
                    samples.push_back(p);
                list.push_back(it->second);
            }
        }
    }
    in.pointWeight.resize(samples.size());
    in.pointUnit.assign(samples.size(), -1);
    in.units = nUnits;
    std::vector<std::vector<std::uint32_t>> unitPoints(nUnits);
    for (std::uint32_t q = 0; q < samples.size(); ++q) {
        in.pointWeight[q] = demandGroup ? pop[samples[q]][*demandGroup] : 0.0;
        if (const auto u = pointUnit[samples[q]]) {
            unitPoints[*u].push_back(q);
            in.pointUnit[q] = int(*u);
        }
    }
    std::vector<double> biggestOpenable(nUnits, 0.0); // every candidate of the unit at the largest size
    std::vector<int> candidatesIn(nUnits, 0);
    double largest = 0.0;
    for (const SiteSize &s : sizes)
        largest = std::max(largest, s.capacity);
    for (int u : in.candidateUnit)
        if (u >= 0) {
            biggestOpenable[std::size_t(u)] += largest;
            ++candidatesIn[std::size_t(u)];
        }

    // Capacities by key and unit, as the scenario stands (for shares of places).
    auto capacityIn = [&](const std::string &key) {
        std::vector<double> sum(nUnits, 0.0);
        for (std::size_t i = 0; i < facilities.size(); ++i)
            if (a.facilities[i].typeIndex == t && a.facilities[i].unit)
                if (auto it = facilities[i].capacity.find(key); it != facilities[i].capacity.end())
                    sum[*a.facilities[i].unit] += it->second;
        return sum;
    };
    // New sites are counted at their full size in the share of places a profile
    // asks for (new public childcare is inclusive, 普惠): first, so that the rows
    // below know which capacities a site carries.
    for (const IndicatorResult &ir : evaluation.indicators)
        if (ir.indicator.facilityType == type.key && ir.available && ir.indicator.kind == IndicatorKind::CapacityShare &&
            ir.indicator.capacityOf == type.capacityKey && ir.indicator.capacity != type.capacityKey)
            out.alsoCarry.push_back(ir.indicator.capacity);
    auto carries = [&](const std::string &key) {
        return key == type.capacityKey || std::find(out.alsoCarry.begin(), out.alsoCarry.end(), key) != out.alsoCarry.end();
    };

    for (const IndicatorResult &ir : evaluation.indicators) {
        const Indicator &ind = ir.indicator;
        if (ind.facilityType != type.key)
            continue;
        const Message label = Message::label(ind.label, ind.labelZh);
        if (!ir.available) {
            out.notAddressed.push_back(Message::coded("suggest_unavailable", {label, ir.unavailableReason}));
            continue;
        }
        if (goal == Goal::MaxCoverage) {
            if (ind.kind == IndicatorKind::CoverageShare)
                out.aimedAt.push_back(ind.id);
            continue;
        }
        const auto failing = [&](std::size_t u) { return ir.units[u].applicable && !ir.units[u].pass; };
        switch (ind.kind) {
        case IndicatorKind::CoverageShare: {
            const auto g = a.groupIndex(ind.group);
            if (!g)
                continue;
            out.aimedAt.push_back(ind.id);
            if (capacitated && ind.group == type.demandGroup) {
                // People to serve in each unit: the target share of its demand.
                for (std::size_t u = 0; u < nUnits; ++u)
                    if (ir.units[u].applicable && ir.units[u].target * a.units[u].pop[*g] > 0)
                        in.serve.push_back({int(u), withMargin(ir.units[u].target * a.units[u].pop[*g], a.units[u].pop[*g])});
                continue;
            }
            for (std::size_t u = 0; u < nUnits; ++u) {
                if (!failing(u))
                    continue;
                const double demand = a.units[u].pop[*g];
                double need = withMargin(ir.units[u].target * demand - a.units[u].covered[std::size_t(t)][*g], demand);
                Instance::CoverRow row;
                double reachable = 0.0;
                for (std::uint32_t q : unitPoints[u]) {
                    const double w = pop[samples[q]][*g];
                    if (w > 0) {
                        row.points.emplace_back(q, w);
                        reachable += w;
                    }
                }
                if (reachable < need) {
                    out.unreachable.push_back(Message::coded(
                        "unit_beyond_reach", {unitName(region.units[u]), label, whole(need - reachable),
                                              Message::label(a.groups[*g].label, a.groups[*g].labelZh)}));
                    need = reachable;
                }
                row.need = need;
                if (need > 0)
                    in.cover.push_back(std::move(row));
            }
            break;
        }
        case IndicatorKind::CapacityPer:
        case IndicatorKind::CapacityShare: {
            const bool share = ind.kind == IndicatorKind::CapacityShare;
            if (!carries(ind.capacity) || (share && ind.capacityOf != type.capacityKey)) {
                out.notAddressed.push_back(Message::coded("suggest_other_capacity", {label, capacityWords(ind.capacity)}));
                continue;
            }
            const auto g = a.groupIndex(ind.group);
            if (!share && !g)
                continue;
            out.aimedAt.push_back(ind.id);
            const std::vector<double> have = capacityIn(ind.capacity);
            const std::vector<double> base = share ? capacityIn(ind.capacityOf) : std::vector<double>();
            for (std::size_t u = 0; u < nUnits; ++u) {
                if (!failing(u))
                    continue;
                const double target = ir.units[u].target;
                Instance::CapacityRow row;
                row.unit = int(u);
                row.perPlace = share ? 1.0 - target : 1.0;
                double need = share ? target * base[u] - have[u] : target * a.units[u].pop[*g] / ind.per - have[u];
                need = withMargin(need, need);
                const double most = row.perPlace * biggestOpenable[u];
                if (candidatesIn[u] == 0 || row.perPlace <= 0) {
                    out.unreachable.push_back(Message::coded("unit_no_candidate", {unitName(region.units[u]), label}));
                    continue;
                }
                if (most < need) {
                    out.unreachable.push_back(Message::coded(
                        "unit_not_enough_candidates", {unitName(region.units[u]), label, whole(need - most),
                                                       capacityWords(ind.capacity)}));
                    need = most;
                }
                row.need = need;
                in.capacity.push_back(row);
            }
            break;
        }
        case IndicatorKind::UnitsWithFacility: {
            if (!ind.countsOnlyCapacity.empty() && !carries(ind.countsOnlyCapacity)) {
                out.notAddressed.push_back(
                    Message::coded("suggest_other_capacity", {label, capacityWords(ind.countsOnlyCapacity)}));
                continue;
            }
            out.aimedAt.push_back(ind.id);
            for (std::size_t u = 0; u < nUnits; ++u) {
                if (!failing(u))
                    continue;
                if (candidatesIn[u] == 0) {
                    out.unreachable.push_back(Message::coded("unit_no_candidate", {unitName(region.units[u]), label}));
                    continue;
                }
                Instance::CountRow row;
                row.unit = int(u);
                row.minCapacity = ind.countsOnlyCapacity.empty() ? 0.0 : std::max(ind.countsOnlyAtLeast, 1e-9);
                if (largest < row.minCapacity) {
                    out.unreachable.push_back(Message::coded("unit_no_candidate", {unitName(region.units[u]), label}));
                    continue;
                }
                in.count.push_back(row);
            }
            break;
        }
        case IndicatorKind::FloorSpacePer100Households:
        case IndicatorKind::LandPerCapita:
            out.notAddressed.push_back(Message::coded("suggest_no_area", {label}));
            break;
        }
    }
    if (!in.serve.empty()) {
        // What every candidate open at the largest size can serve at most, unit by unit.
        std::size_t big = 0;
        for (std::size_t z = 0; z < sizes.size(); ++z)
            if (sizes[z].capacity > sizes[big].capacity)
                big = z;
        std::vector<Opening> all;
        for (std::uint32_t j = 0; j < in.candidates; ++j)
            all.push_back({j, big});
        std::vector<double> most;
        meetsServeRows(in, all, &most);
        for (auto &row : in.serve) {
            const std::size_t u = std::size_t(row.unit);
            if (most[u] < row.need - 1e-6 * std::max(1.0, row.need)) {
                out.unreachable.push_back(Message::coded(
                    "unit_not_enough_served", {unitName(region.units[u]), Message::label(type.label, type.labelZh),
                                               whole(row.need - most[u]),
                                               Message::label(a.groups[*demandGroup].label, a.groups[*demandGroup].labelZh)}));
                row.need = most[u];
            }
        }
    }
    return out;
}

} // namespace qh::siting
