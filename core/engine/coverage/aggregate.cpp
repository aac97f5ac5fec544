// The coverage model's figures (units, cells, facilities, totals), kept up to date
// edit by edit. An edit recomputes only what it touched: the sample points the
// edited facility reaches (before and after), their cells, blocks of totals and
// units, and the facility itself. Each figure is recomputed from its sources in the
// same fixed order as when the model is built, so an edited model equals a fresh
// one bit for bit (tested), and moving one facility costs what it reaches, not the
// size of the region.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "coverage/accessibility.h"
#include "coverage/modelimpl.h"

namespace qh {

namespace {

using Clock = std::chrono::steady_clock;

Message describe(const Facility &f)
{
    return (f.name.empty() ? Message::coded("facility", {f.id}) : Message::coded("facility_named", {f.id, f.name}))
        .about(f.id);
}

template<typename T>
void sortUnique(std::vector<T> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

} // namespace

std::size_t CoverageModel::Impl::rankOf(std::uint32_t s) const
{
    std::size_t rank = 0;
    for (std::uint32_t i = 0; i < s; ++i)
        rank += live[i];
    return rank;
}

void CoverageModel::Impl::aggregateAll()
{
    const auto t0 = Clock::now();
    const Profile &profile = project.profile;
    const std::size_t nTypes = profile.types.size(), nGroups = groups.size();
    const std::size_t nSamples = cellPop.size();
    now = AnalysisResult{};
    now.profile = profile;
    now.groups = groups;
    now.network = stats;
    now.samplePoints = nSamples;
    now.largeCells = largeCells;

    // What never changes: where each cell's and each unit's points are, and people.
    cellFirst.assign(cellCount + 1, 0);
    for (std::uint32_t c = 0; c < nSamples; ++c)
        ++cellFirst[sampleCell[c] + 1];
    for (std::size_t k = 1; k < cellFirst.size(); ++k)
        cellFirst[k] += cellFirst[k - 1];
    unitFirst.assign(unitCount + 1, 0);
    for (const auto &u : cellUnit)
        if (u)
            ++unitFirst[*u + 1];
    for (std::size_t k = 1; k < unitFirst.size(); ++k)
        unitFirst[k] += unitFirst[k - 1];
    unitSamples.resize(unitFirst.back());
    std::vector<std::uint32_t> fill(unitFirst.begin(), unitFirst.end() - 1);
    for (std::uint32_t c = 0; c < nSamples; ++c)
        if (cellUnit[c])
            unitSamples[fill[*cellUnit[c]]++] = c;

    now.totalPop.assign(nGroups, 0.0);
    now.units.resize(unitCount);
    for (UnitResult &u : now.units) {
        u.pop.assign(nGroups, 0.0);
        u.covered.assign(nTypes, std::vector<double>(nGroups, 0.0));
        u.capacity.assign(nTypes, 0.0);
        u.facilityCount.assign(nTypes, 0);
        u.ratioPer1000.assign(nTypes, std::nullopt);
        u.access2sfca.assign(nTypes, 0.0);
        u.accessE2sfca.assign(nTypes, 0.0);
        u.gini.assign(nTypes, 0.0);
    }
    for (std::size_t c = 0; c < nSamples; ++c)
        for (std::size_t g = 0; g < nGroups; ++g) {
            now.totalPop[g] += cellPop[c][g];
            if (const auto u = cellUnit[c])
                now.units[*u].pop[g] += cellPop[c][g];
        }
    now.cells.resize(cellCount);
    for (std::size_t k = 0; k < cellCount; ++k) {
        CellResult &cr = now.cells[k];
        cr.unit = cellRepUnit[k];
        for (std::uint32_t c = cellFirst[k]; c < cellFirst[k + 1] && !cr.snapDistance; ++c)
            if (cellSnap[c])
                cr.snapDistance = cellSnap[c]->offset;
        cr.minutes.assign(nTypes, 0.0);
        cr.coveredShare.assign(nTypes, 0.0);
        cr.access2sfca.assign(nTypes, 0.0);
        cr.accessE2sfca.assign(nTypes, 0.0);
    }
    sample2.assign(nTypes, std::vector<double>(nSamples, 0.0));
    sampleE2.assign(nTypes, std::vector<double>(nSamples, 0.0));
    blockCovered.assign((nSamples + kBlock - 1) / kBlock * nTypes * nGroups, 0.0);
    unitSlots.assign(unitCount, {});
    serving.assign(nTypes, 0);
    for (Slot &slot : slots)
        slot.serves = false;
    now.facilities.clear();
    for (std::uint32_t s = 0; s < slots.size(); ++s)
        if (slots[s].alive) {
            now.facilities.emplace_back();
            if (slots[s].unit)
                unitSlots[*slots[s].unit].push_back(s);
        }

    Touched all;
    all.everything = true;
    all.samples.resize(nSamples);
    for (std::uint32_t c = 0; c < nSamples; ++c)
        all.samples[c] = c;
    for (std::uint32_t s = 0; s < slots.size(); ++s)
        all.slots.push_back(s);
    for (std::size_t u = 0; u < unitCount; ++u)
        all.units.push_back(u);
    refresh(std::move(all));
    timings.emplace_back("aggregate", std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    now.timingsMs = timings;
}

void CoverageModel::Impl::refresh(Touched touched)
{
    const Profile &profile = project.profile;
    const std::size_t nTypes = profile.types.size(), nGroups = groups.size();
    std::vector<std::optional<std::size_t>> demand(nTypes);
    for (std::size_t t = 0; t < nTypes; ++t)
        demand[t] = now.groupIndex(profile.types[t].demandGroup);

    // 1. The touched facilities' own figures: people in their circle, 2SFCA ratio,
    // warnings; in `now.facilities` at their place among the live ones.
    sortUnique(touched.slots);
    live.resize(slots.size());
    for (const std::uint32_t s : touched.slots)
        live[s] = slots[s].alive ? 1 : 0;
    bool warningsChanged = touched.everything;
    for (const std::uint32_t s : touched.slots) {
        Slot &slot = slots[s];
        slot.ratio = slot.ratioW = 0.0;
        warningsChanged = warningsChanged || !slot.warnings.empty();
        slot.warnings.clear();
        if (slot.serves)
            --serving[slot.type];
        slot.serves = slot.alive && slot.type >= 0 && slot.snap;
        if (slot.serves && serving[slot.type]++ == 0)
            warningsChanged = true;
        else if (!slot.serves && slot.type >= 0 && serving[slot.type] == 0)
            warningsChanged = true;
        if (!slot.alive)
            continue;
        FacilityResult fr;
        fr.typeIndex = slot.type;
        fr.unit = slot.unit;
        fr.coveredPop.assign(nGroups, 0.0);
        if (slot.snap)
            fr.snapDistance = slot.snap->offset;
        if (slot.type < 0)
            slot.warnings.push_back(
                Message::coded("facility_type_unknown", {describe(slot.facility), slot.facility.type}).about(slot.facility.id));
        else if (!slot.snap)
            slot.warnings.push_back(
                Message::coded("facility_unreachable", {describe(slot.facility), detail::whole(profile.maxSnapDistance)})
                    .about(slot.facility.id));
        else if (const auto &key = profile.types[slot.type].capacityKey;
                 !key.empty() && !(slot.facility.capacity.count(key) && slot.facility.capacity.at(key) > 0))
            slot.warnings.push_back(
                Message::coded("facility_no_capacity", {describe(slot.facility), key}).about(slot.facility.id));
        if (slot.type >= 0 && slot.snap && isIsland(*slot.snap))
            slot.warnings.push_back(Message::coded("facility_on_island", {describe(slot.facility)}).about(slot.facility.id));
        if (slot.type >= 0 && slot.snap) {
            fr.reachableLengthM = slot.reachLength;
            const FacilityType &type = profile.types[slot.type];
            const double budget = type.budgetMetres();
            double need = 0.0, needW = 0.0;
            const auto g = demand[slot.type];
            for (const Reached &r : slot.reached)
                if (r.dist <= budget) {
                    for (std::size_t k = 0; k < nGroups; ++k)
                        fr.coveredPop[k] += cellPop[r.cell][k];
                    if (g) {
                        need += cellPop[r.cell][*g];
                        needW += cellPop[r.cell][*g] * e2sfcaWeight(r.dist, budget);
                    }
                }
            const double supply = slot.facility.capacityOf(type.capacityKey);
            slot.ratio = need > 0 ? supply / need * 1000.0 : 0.0;
            slot.ratioW = needW > 0 ? supply / needW * 1000.0 : 0.0;
        }
        warningsChanged = warningsChanged || !slot.warnings.empty();
        now.facilities[rankOf(s)] = std::move(fr);
    }

    // 2. The touched sample points' access: the sum over the facilities reaching
    // them within the circle, in the order the facilities were added.
    sortUnique(touched.samples);
    std::vector<std::pair<std::uint32_t, double>> within;
    for (std::size_t t = 0; t < nTypes; ++t) {
        if (!demand[t])
            continue;
        const double budget = profile.types[t].budgetMetres();
        for (const std::uint32_t c : touched.samples) {
            within.clear();
            for (const ReachedBy &e : cellReach[t][c])
                if (e.dist <= budget)
                    within.emplace_back(std::uint32_t(e.slot), double(e.dist));
            if (!std::is_sorted(within.begin(), within.end()))
                std::sort(within.begin(), within.end());
            double a = 0.0, aw = 0.0;
            for (const auto &[s, dist] : within) {
                a += slots[s].ratio;
                aw += slots[s].ratioW * e2sfcaWeight(dist, budget);
            }
            sample2[t][c] = a;
            sampleE2[t][c] = aw;
        }
    }

    // 3. Their cells: minutes to the nearest facility (the mean over the points that
    // reach one), the share within the circle, access.
    std::vector<std::uint32_t> cells;
    std::vector<std::uint32_t> blocks;
    cells.reserve(touched.samples.size());
    for (const std::uint32_t c : touched.samples) {
        cells.push_back(sampleCell[c]);
        blocks.push_back(c / kBlock);
        if (cellUnit[c])
            touched.units.push_back(*cellUnit[c]);
    }
    sortUnique(cells);
    for (const std::uint32_t k : cells) {
        CellResult &cr = now.cells[k];
        for (std::size_t t = 0; t < nTypes; ++t) {
            const FacilityType &type = profile.types[t];
            double minutes = 0.0, minuteWeight = 0.0, share = 0.0, a = 0.0, aw = 0.0;
            for (std::uint32_t c = cellFirst[k]; c < cellFirst[k + 1]; ++c) {
                const double w = sampleWeight[c];
                const double dist = cellBest[t][c];
                if (dist < BoundedDijkstra::kInf) {
                    minutes += w * dist / type.speedMps / 60.0;
                    minuteWeight += w;
                }
                if (dist <= type.budgetMetres())
                    share += w;
                a += w * sample2[t][c];
                aw += w * sampleE2[t][c];
            }
            cr.minutes[t] = minuteWeight > 0 ? minutes / minuteWeight : std::numeric_limits<double>::infinity();
            cr.coveredShare[t] = share;
            cr.access2sfca[t] = a;
            cr.accessE2sfca[t] = aw;
        }
    }

    // 4. Totals: the people within each circle summed per block of points, then over
    // the blocks.
    sortUnique(blocks);
    const std::size_t nSamples = cellPop.size();
    for (const std::uint32_t b : blocks) {
        double *sums = &blockCovered[std::size_t(b) * nTypes * nGroups];
        std::fill(sums, sums + nTypes * nGroups, 0.0);
        const std::size_t end = std::min<std::size_t>(nSamples, (std::size_t(b) + 1) * kBlock);
        for (std::size_t c = std::size_t(b) * kBlock; c < end; ++c)
            for (std::size_t t = 0; t < nTypes; ++t)
                if (cellBest[t][c] <= profile.types[t].budgetMetres())
                    for (std::size_t g = 0; g < nGroups; ++g)
                        sums[t * nGroups + g] += cellPop[c][g];
    }
    if (!blocks.empty()) {
        now.totalCovered.assign(nTypes, std::vector<double>(nGroups, 0.0));
        for (std::size_t b = 0; b * nTypes * nGroups < blockCovered.size(); ++b)
            for (std::size_t t = 0; t < nTypes; ++t)
                for (std::size_t g = 0; g < nGroups; ++g)
                    now.totalCovered[t][g] += blockCovered[(b * nTypes + t) * nGroups + g];
    } else if (now.totalCovered.empty())
        now.totalCovered.assign(nTypes, std::vector<double>(nGroups, 0.0));

    // 5. Units: people within the circle, capacity and count of facilities, ratio
    // per 1,000, access and its balance within the unit.
    sortUnique(touched.units);
    std::vector<double> values, weights;
    for (const std::size_t u : touched.units) {
        UnitResult &ur = now.units[u];
        const std::uint32_t *first = unitSamples.data() + unitFirst[u];
        const std::uint32_t *last = unitSamples.data() + unitFirst[u + 1];
        for (std::size_t t = 0; t < nTypes; ++t) {
            const FacilityType &type = profile.types[t];
            std::fill(ur.covered[t].begin(), ur.covered[t].end(), 0.0);
            for (const std::uint32_t *c = first; c != last; ++c)
                if (cellBest[t][*c] <= type.budgetMetres())
                    for (std::size_t g = 0; g < nGroups; ++g)
                        ur.covered[t][g] += cellPop[*c][g];
            ur.capacity[t] = 0.0;
            ur.facilityCount[t] = 0;
            for (const std::uint32_t s : unitSlots[u])
                if (slots[s].type == int(t)) {
                    ++ur.facilityCount[t];
                    if (const auto cap = slots[s].facility.capacity.find(type.capacityKey);
                        cap != slots[s].facility.capacity.end())
                        ur.capacity[t] += cap->second;
                }
            const auto rg = now.groupIndex(type.ratioGroup);
            ur.ratioPer1000[t] = rg && ur.pop[*rg] > 0 ? std::optional(ur.capacity[t] / ur.pop[*rg] * 1000.0)
                                                        : std::nullopt;
            ur.access2sfca[t] = ur.accessE2sfca[t] = ur.gini[t] = 0.0;
            const auto g = demand[t];
            if (!g)
                continue;
            values.clear();
            weights.clear();
            double need = 0.0;
            for (const std::uint32_t *c = first; c != last; ++c) {
                const double w = cellPop[*c][*g];
                ur.access2sfca[t] += w * sample2[t][*c];
                ur.accessE2sfca[t] += w * sampleE2[t][*c];
                need += w;
                values.push_back(sampleE2[t][*c]);
                weights.push_back(w);
            }
            if (need > 0) {
                ur.access2sfca[t] /= need;
                ur.accessE2sfca[t] /= need;
            }
            ur.gini[t] = weightedGini(values, weights);
        }
    }

    lastUnits = touched.units;

    // 6. Warnings: the region's, each live facility's in the order they were added,
    // then the types no facility serves. Rebuilt only when one of them changed.
    if (!warningsChanged)
        return;
    std::size_t facilityWarnings = 0;
    for (const Slot &slot : slots)
        facilityWarnings += slot.warnings.size();
    now.warnings = staticWarnings;
    now.warnings.reserve(staticWarnings.size() + facilityWarnings + nTypes);
    for (const Slot &slot : slots)
        if (slot.alive)
            now.warnings.insert(now.warnings.end(), slot.warnings.begin(), slot.warnings.end());
    for (std::size_t t = 0; t < nTypes; ++t)
        if (serving[t] == 0)
            now.warnings.push_back(Message::coded(
                "type_unreachable", {Message::label(profile.types[t].label, profile.types[t].labelZh)}));
}

const AnalysisResult &CoverageModel::current() const
{
    d->checkNotReleased();
    return d->now;
}

const std::vector<std::size_t> &CoverageModel::lastTouchedUnits() const
{
    return d->lastUnits;
}

AnalysisResult CoverageModel::result() const
{
    const auto t0 = Clock::now();
    d->checkNotReleased();
    AnalysisResult res = d->now;
    d->addBalance(res, t0);
    return res;
}

AnalysisResult CoverageModel::releaseResult()
{
    const auto t0 = Clock::now();
    d->checkNotReleased();
    AnalysisResult res = std::move(d->now);
    d->released = true;
    d->addBalance(res, t0);
    return res;
}

void CoverageModel::Impl::checkNotReleased() const
{
    if (released)
        throw std::logic_error("CoverageModel: its result was released (releaseResult)");
}

void CoverageModel::Impl::addBalance(AnalysisResult &res, Clock::time_point t0) const
{
    const Impl &m = *this;
    // The region-wide balance needs every point's access sorted: computed here, not
    // on each edit.
    const std::size_t nTypes = res.profile.types.size();
    res.gini.assign(nTypes, 0.0);
    res.lorenz.assign(nTypes, {});
    std::vector<double> weights(m.cellPop.size());
    for (std::size_t t = 0; t < nTypes; ++t) {
        const auto g = res.groupIndex(res.profile.types[t].demandGroup);
        if (!g)
            continue;
        for (std::size_t c = 0; c < weights.size(); ++c)
            weights[c] = m.cellPop[c][*g];
        res.gini[t] = weightedGini(m.sampleE2[t], weights, &res.lorenz[t]);
    }
    res.timingsMs.emplace_back("result", std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
}

} // namespace qh
