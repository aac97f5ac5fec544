#include "coverage/model.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <cmath>
#include <map>
#include <thread>

#include "feedback.h"
#include "coverage/modelimpl.h"
#include "network/dijkstra.h"

namespace qh {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}


Message describe(const Facility &f)
{
    return (f.name.empty() ? Message::coded("facility", {f.id}) : Message::coded("facility_named", {f.id, f.name})).about(f.id);
}

std::string whole(double v)
{
    // Whole people or metres; data limits keep them far below 2^53.
    return std::isfinite(v) && std::abs(v) < 9e15 ? std::to_string(std::llround(v)) : std::string("?");
}

/// Where the people of a cell are counted: its representative point when the cell
/// is small (or a point), else a regular grid of points `spacing` apart inside it,
/// each holding an equal share (no finer data tells where in the cell people live).
std::vector<Point> samplePoints(const PopulationCell &cell, double spacing)
{
    const Rect b = boundsOf(cell.shape);
    if (cell.shape.empty() || spacing <= 0 || (b.width() <= 2 * spacing && b.height() <= 2 * spacing))
        return {cell.rep};
    const int nx = std::max(1, int(std::ceil(b.width() / spacing)));
    const int ny = std::max(1, int(std::ceil(b.height() / spacing)));
    // Cells are small polygons (a grid square, a hexagon): a plain ray test is far
    // cheaper than preparing a GEOS geometry for each.
    std::vector<Point> points;
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            const Point p{b.minX + (i + 0.5) * b.width() / nx, b.minY + (j + 0.5) * b.height() / ny};
            if (ringsContain(cell.shape, p))
                points.push_back(p);
        }
    if (points.empty())
        points.push_back(cell.rep);
    return points;
}

} // namespace

CoverageModel::CoverageModel(const Project &project, const RegionData &region, Feedback *feedback)
    : mProject(project)
{
    if (feedback)
        feedback->step(60, QT_TRANSLATE_NOOP("qh::Feedback", "building the walking network"));
    auto t0 = Clock::now();
    d = std::make_unique<Impl>(mProject, region);
    Impl &m = *d;
    if (m.graph.edgeCount() == 0)
        throw DataError(Message::coded("no_network_edges", {project.network.ref.path}));
    m.index = std::make_unique<SnapIndex>(m.graph);
    m.stats = describeNetwork(m.graph);
    m.timings.emplace_back("build_network", msSince(t0));
    m.staticWarnings = region.warnings;
    if (m.stats.components > 1)
        m.staticWarnings.push_back(Message::coded(
            "network_parts", {std::to_string(m.stats.components), whole(m.stats.largestComponentShare * 100)}));

    t0 = Clock::now();
    std::vector<MultiPolygon> shapes;
    for (const Unit &u : region.units)
        shapes.push_back(u.shape);
    m.locator = std::make_unique<PolygonLocator>(shapes);
    m.unitCount = region.units.size();

    const double maxSnap = project.profile.maxSnapDistance;
    const double spacing = project.profile.sampleSpacing;
    m.cellCount = region.cells.size();
    m.cellRepUnit.resize(m.cellCount);
    std::size_t largeCells = 0;
    // Work is bounded by the study area: a cell larger than the network's whole
    // extent (with a margin) is a mistake in the data (a vertex at 2^31 …), not a
    // place to count at millions of points.
    const Rect area = m.graph.extent();
    const double largestCell = std::max({area.width(), area.height(), 10000.0}) * 2;
    for (std::uint32_t c = 0; c < m.cellCount; ++c) {
        const PopulationCell &cell = region.cells[c];
        if (!cell.shape.empty()) {
            const Rect b = boundsOf(cell.shape);
            if (!(b.width() <= largestCell && b.height() <= largestCell))
                throw DataError(Message::coded("cell_too_large", {project.population.ref.path, std::to_string(c),
                                                                   whole(std::max(b.width(), b.height()) / 1000),
                                                                   whole(largestCell / 1000)}));
        }
        m.cellRepUnit[c] = m.locator->locate(cell.rep);
        std::vector<Point> points = samplePoints(cell, spacing);
        largeCells += points.size() > 1 ? 1 : 0;
        const double w = 1.0 / double(points.size());
        for (const Point &pt : points) {
            std::vector<double> pop = cell.pop;
            for (double &v : pop)
                v *= w;
            m.cellPop.push_back(std::move(pop));
            m.cellSnap.push_back(m.index->snap(pt, maxSnap));
            m.cellUnit.push_back(points.size() == 1 ? m.cellRepUnit[c] : m.locator->locate(pt));
            m.sampleCell.push_back(c);
            m.sampleWeight.push_back(w);
        }
    }
    const std::size_t nCells = m.cellPop.size(); // sample points from here on
    m.largeCells = largeCells;
    std::size_t unsnapped = 0, outside = 0;
    double unsnappedPop = 0.0, outsidePop = 0.0;
    std::string unsnappedIds;
    for (std::size_t c = 0; c < nCells; ++c) {
        const double first = m.cellPop[c].empty() ? 0.0 : m.cellPop[c][0];
        if (!m.cellSnap[c]) {
            if (++unsnapped <= 10)
                unsnappedIds += (unsnappedIds.empty() ? "" : ", ") + std::to_string(m.sampleCell[c]);
            unsnappedPop += first;
        }
        if (!m.cellUnit[c]) {
            ++outside;
            outsidePop += first;
        }
    }
    const bool wholeCells = nCells == m.cellCount; // else sample points of large cells
    // Small islands of the network (an unconnected footpath, a courtyard): points
    // snapped onto them reach little, which a planner should know about.
    const std::vector<std::uint32_t> labels = m.graph.componentLabels();
    std::vector<std::uint32_t> sizes;
    for (std::uint32_t c : labels) {
        if (c >= sizes.size())
            sizes.resize(c + 1, 0);
        ++sizes[c];
    }
    const std::uint32_t largest = sizes.empty() ? 0 : *std::max_element(sizes.begin(), sizes.end());
    m.isIsland = [labels, sizes, largest, this](const Snap &snap) {
        return sizes[labels[d->graph.edgeU(snap.edge)]] < largest / 100 + 1;
    };
    std::size_t islandCells = 0;
    double islandPop = 0.0;
    for (std::size_t c = 0; c < nCells; ++c)
        if (m.cellSnap[c] && m.isIsland(*m.cellSnap[c])) {
            ++islandCells;
            islandPop += m.cellPop[c].empty() ? 0.0 : m.cellPop[c][0];
        }
    const Message who = m.groups.empty() ? Message::coded("people") : Message::label(m.groups[0].label, m.groups[0].labelZh);
    if (islandCells)
        m.staticWarnings.push_back(Message::coded(wholeCells ? "cells_on_island" : "samples_on_island",
                                                  {std::to_string(islandCells), whole(islandPop), who}));
    if (unsnapped)
        m.staticWarnings.push_back(Message::coded(wholeCells ? "cells_unsnapped" : "samples_unsnapped",
                                                  {std::to_string(unsnapped), whole(unsnappedPop), who, whole(maxSnap),
                                                   unsnappedIds + (unsnapped > 10 ? ", …" : "")}));
    if (outside)
        m.staticWarnings.push_back(Message::coded(wholeCells ? "cells_outside_units" : "samples_outside_units",
                                                  {std::to_string(outside), whole(outsidePop), who}));
    m.cellsByEdge = std::make_unique<CellsByEdge>(m.graph, m.cellSnap);
    m.editContext = std::make_unique<Impl::SearchContext>(m.graph, nCells);
    const std::size_t nTypes = project.profile.types.size();
    m.cellReach.assign(nTypes, std::vector<std::vector<std::pair<std::uint32_t, double>>>(nCells));
    m.cellBest.assign(nTypes, std::vector<double>(nCells, BoundedDijkstra::kInf));
    m.timings.emplace_back("snap_and_locate", msSince(t0));

    t0 = Clock::now();
    std::map<std::string, int> seen;
    for (const Facility &f : region.facilities) {
        if (seen[f.id]++ == 1)
            m.staticWarnings.push_back(Message::coded("duplicate_facility_id", {f.id}).about(f.id));
        m.slots.emplace_back().facility = f;
        m.slots.back().unit = m.locator->locate(f.pos);
    }
    // One search per facility, shared out over the cores; linked in order afterwards
    // so the result does not depend on which thread finished first.
    std::vector<std::unique_ptr<Impl::SearchContext>> contexts(detail::coresFor(m.slots.size()));
    detail::forEachOnCores(
        m.slots.size(),
        [&m, &contexts, nCells](std::size_t i, unsigned t) {
            if (t > 0 && !contexts[t])
                contexts[t] = std::make_unique<Impl::SearchContext>(m.graph, nCells);
            m.computeSlot(m.slots[i], t == 0 ? *m.editContext : *contexts[t]);
        },
        feedback, 70, 100, QT_TRANSLATE_NOOP("qh::Feedback", "searching from every facility"));
    for (std::uint32_t i = 0; i < m.slots.size(); ++i)
        m.link(i);
    m.timings.emplace_back("search", msSince(t0));
}

CoverageModel::~CoverageModel() = default;

const SnapIndex &CoverageModel::snapIndex() const
{
    return *d->index;
}

const WalkGraph &CoverageModel::graph() const
{
    return d->graph;
}

std::vector<Facility> CoverageModel::facilities() const
{
    std::vector<Facility> out;
    for (const auto &s : d->slots)
        if (s.alive)
            out.push_back(s.facility);
    return out;
}

bool CoverageModel::addFacility(const Facility &facility, std::string *error)
{
    if (d->slotOf(facility.id)) {
        if (error)
            *error = "a facility with id " + facility.id + " exists already";
        return false;
    }
    d->slots.emplace_back().facility = facility;
    d->computeSlot(d->slots.back());
    d->link(std::uint32_t(d->slots.size() - 1));
    return true;
}

bool CoverageModel::moveFacility(const std::string &id, const Point &pos)
{
    auto s = d->slotOf(id);
    if (!s)
        return false;
    d->unlink(*s);
    d->slots[*s].facility.pos = pos;
    d->computeSlot(d->slots[*s]);
    d->link(*s);
    return true;
}

bool CoverageModel::removeFacility(const std::string &id)
{
    auto s = d->slotOf(id);
    if (!s)
        return false;
    d->unlink(*s);
    d->slots[*s].alive = false;
    d->slots[*s].reached.clear();
    return true;
}

bool CoverageModel::setCapacity(const std::string &id, const std::string &key, double value)
{
    auto s = d->slotOf(id);
    if (!s)
        return false;
    d->slots[*s].facility.capacity[key] = value;
    return true;
}

AnalysisResult CoverageModel::result() const
{
    const auto t0 = Clock::now();
    const Impl &m = *d;
    AnalysisResult res;
    res.profile = mProject.profile;
    res.groups = m.groups;
    res.network = m.stats;
    res.warnings = m.staticWarnings;
    res.timingsMs = m.timings;
    res.samplePoints = m.cellPop.size();
    res.largeCells = m.largeCells;
    const std::size_t nTypes = res.profile.types.size();
    const std::size_t nGroups = res.groups.size();
    const std::size_t nCells = m.cellPop.size();
    const double maxSnap = res.profile.maxSnapDistance;

    std::vector<bool> typeHasFacility(nTypes, false);
    for (const auto &slot : m.slots) {
        if (!slot.alive)
            continue;
        FacilityResult fr;
        fr.typeIndex = slot.type;
        fr.unit = slot.unit;
        fr.coveredPop.assign(nGroups, 0.0);
        if (slot.snap)
            fr.snapDistance = slot.snap->offset;
        if (slot.type < 0)
            res.warnings.push_back(Message::coded("facility_type_unknown", {describe(slot.facility), slot.facility.type})
                                       .about(slot.facility.id));
        else if (!slot.snap)
            res.warnings.push_back(Message::coded("facility_unreachable", {describe(slot.facility), whole(maxSnap)})
                                       .about(slot.facility.id));
        else if (const auto &key = res.profile.types[slot.type].capacityKey;
                 !key.empty() && !(slot.facility.capacity.count(key) && slot.facility.capacity.at(key) > 0))
            res.warnings.push_back(Message::coded("facility_no_capacity", {describe(slot.facility), key})
                                       .about(slot.facility.id));
        if (slot.type >= 0 && slot.snap && m.isIsland(*slot.snap))
            res.warnings.push_back(Message::coded("facility_on_island", {describe(slot.facility)}).about(slot.facility.id));
        if (slot.type >= 0 && slot.snap) {
            typeHasFacility[slot.type] = true;
            fr.reachableLengthM = slot.reachLength;
            const double budget = res.profile.types[slot.type].budgetMetres();
            for (const Reached &r : slot.reached)
                if (r.dist <= budget)
                    for (std::size_t g = 0; g < nGroups; ++g)
                        fr.coveredPop[g] += m.cellPop[r.cell][g];
        }
        res.facilities.push_back(std::move(fr));
    }
    for (std::size_t t = 0; t < nTypes; ++t)
        if (!typeHasFacility[t])
            res.warnings.push_back(Message::coded(
                "type_unreachable", {Message::label(res.profile.types[t].label, res.profile.types[t].labelZh)}));

    res.totalPop.assign(nGroups, 0.0);
    res.totalCovered.assign(nTypes, std::vector<double>(nGroups, 0.0));
    res.units.resize(m.unitCount);
    for (UnitResult &u : res.units) {
        u.pop.assign(nGroups, 0.0);
        u.covered.assign(nTypes, std::vector<double>(nGroups, 0.0));
        u.capacity.assign(nTypes, 0.0);
        u.facilityCount.assign(nTypes, 0);
        u.ratioPer1000.assign(nTypes, std::nullopt);
    }
    res.cells.resize(m.cellCount);
    std::vector<std::vector<double>> minuteWeight(m.cellCount, std::vector<double>(nTypes, 0.0));
    for (std::size_t c = 0; c < m.cellCount; ++c) {
        res.cells[c].unit = m.cellRepUnit[c];
        res.cells[c].minutes.assign(nTypes, 0.0);
        res.cells[c].coveredShare.assign(nTypes, 0.0);
    }
    for (std::size_t c = 0; c < nCells; ++c) { // sample points
        CellResult &cr = res.cells[m.sampleCell[c]];
        const double w = m.sampleWeight[c];
        const auto unit = m.cellUnit[c];
        if (m.cellSnap[c] && !cr.snapDistance)
            cr.snapDistance = m.cellSnap[c]->offset;
        const auto &pop = m.cellPop[c];
        for (std::size_t g = 0; g < nGroups; ++g) {
            res.totalPop[g] += pop[g];
            if (unit)
                res.units[*unit].pop[g] += pop[g];
        }
        for (std::size_t t = 0; t < nTypes; ++t) {
            const double dist = m.cellBest[t][c];
            const FacilityType &type = res.profile.types[t];
            if (dist < BoundedDijkstra::kInf) {
                cr.minutes[t] += w * dist / type.speedMps / 60.0;
                minuteWeight[m.sampleCell[c]][t] += w;
            }
            if (dist <= type.budgetMetres()) {
                cr.coveredShare[t] += w;
                for (std::size_t g = 0; g < nGroups; ++g) {
                    res.totalCovered[t][g] += pop[g];
                    if (unit)
                        res.units[*unit].covered[t][g] += pop[g];
                }
            }
        }
    }
    // A cell's minutes: the mean over its points that reach a facility at all.
    for (std::size_t c = 0; c < m.cellCount; ++c)
        for (std::size_t t = 0; t < nTypes; ++t)
            res.cells[c].minutes[t] = minuteWeight[c][t] > 0 ? res.cells[c].minutes[t] / minuteWeight[c][t]
                                                              : std::numeric_limits<double>::infinity();

    std::size_t i = 0;
    for (const auto &slot : m.slots) {
        if (!slot.alive)
            continue;
        const FacilityResult &fr = res.facilities[i++];
        if (fr.typeIndex < 0 || !fr.unit)
            continue;
        const FacilityType &type = res.profile.types[fr.typeIndex];
        UnitResult &u = res.units[*fr.unit];
        ++u.facilityCount[fr.typeIndex];
        auto cap = slot.facility.capacity.find(type.capacityKey);
        if (cap != slot.facility.capacity.end())
            u.capacity[fr.typeIndex] += cap->second;
    }
    for (std::size_t t = 0; t < nTypes; ++t) {
        auto g = res.groupIndex(res.profile.types[t].ratioGroup);
        for (UnitResult &u : res.units)
            if (g && u.pop[*g] > 0)
                u.ratioPer1000[t] = u.capacity[t] / u.pop[*g] * 1000.0;
    }
    // Two-step floating catchment: each facility's capacity shared among the demand
    // within its circle, then summed for each cell over the facilities that reach it.
    for (CellResult &cr : res.cells) {
        cr.access2sfca.assign(nTypes, 0.0);
        cr.accessE2sfca.assign(nTypes, 0.0);
    }
    res.gini.assign(nTypes, 0.0);
    res.lorenz.assign(nTypes, {});
    for (UnitResult &u : res.units) {
        u.access2sfca.assign(nTypes, 0.0);
        u.accessE2sfca.assign(nTypes, 0.0);
        u.gini.assign(nTypes, 0.0);
    }
    for (std::size_t t = 0; t < nTypes; ++t) {
        const FacilityType &type = res.profile.types[t];
        const auto g = res.groupIndex(type.demandGroup);
        if (!g)
            continue;
        const double budget = type.budgetMetres();
        std::vector<double> sample2(nCells, 0.0), sampleE2(nCells, 0.0);
        for (const auto &slot : m.slots) {
            if (!slot.alive || slot.type != int(t))
                continue;
            auto cap = slot.facility.capacity.find(type.capacityKey);
            const double supply = cap == slot.facility.capacity.end() ? 0.0 : cap->second;
            double demand = 0.0, demandW = 0.0;
            for (const Reached &r : slot.reached)
                if (r.dist <= budget) {
                    demand += m.cellPop[r.cell][*g];
                    demandW += m.cellPop[r.cell][*g] * e2sfcaWeight(r.dist, budget);
                }
            const double ratio = demand > 0 ? supply / demand * 1000.0 : 0.0;
            const double ratioW = demandW > 0 ? supply / demandW * 1000.0 : 0.0;
            for (const Reached &r : slot.reached)
                if (r.dist <= budget) {
                    sample2[r.cell] += ratio;
                    sampleE2[r.cell] += ratioW * e2sfcaWeight(r.dist, budget);
                }
        }
        std::vector<double> values(nCells), weights(nCells);
        std::vector<std::vector<double>> unitValues(m.unitCount), unitWeights(m.unitCount);
        std::vector<double> unitDemand(m.unitCount, 0.0);
        for (std::size_t c = 0; c < nCells; ++c) {
            values[c] = sampleE2[c];
            weights[c] = m.cellPop[c][*g];
            res.cells[m.sampleCell[c]].access2sfca[t] += m.sampleWeight[c] * sample2[c];
            res.cells[m.sampleCell[c]].accessE2sfca[t] += m.sampleWeight[c] * sampleE2[c];
            if (const auto u = m.cellUnit[c]) {
                res.units[*u].access2sfca[t] += weights[c] * sample2[c];
                res.units[*u].accessE2sfca[t] += weights[c] * values[c];
                unitDemand[*u] += weights[c];
                unitValues[*u].push_back(values[c]);
                unitWeights[*u].push_back(weights[c]);
            }
        }
        res.gini[t] = weightedGini(values, weights, &res.lorenz[t]);
        for (std::size_t u = 0; u < m.unitCount; ++u) {
            if (unitDemand[u] > 0) {
                res.units[u].access2sfca[t] /= unitDemand[u];
                res.units[u].accessE2sfca[t] /= unitDemand[u];
            }
            res.units[u].gini[t] = weightedGini(unitValues[u], unitWeights[u]);
        }
    }
    res.timingsMs.emplace_back("aggregate", msSince(t0));
    return res;
}

Warnings applyPlan(CoverageModel &model, const Plan &plan)
{
    Warnings warnings;
    for (const std::string &id : plan.removed)
        if (!model.removeFacility(id))
            warnings.push_back(Message::coded("plan_remove_missing", {id}));
    for (const auto &[id, pos] : plan.moved)
        if (!model.moveFacility(id, pos))
            warnings.push_back(Message::coded("plan_move_missing", {id}));
    for (const auto &[id, caps] : plan.changed)
        if (std::find(plan.removed.begin(), plan.removed.end(), id) == plan.removed.end()) // kept for an undo of the removal
            for (const auto &[key, value] : caps)
                if (!model.setCapacity(id, key, value))
                    warnings.push_back(Message::coded("plan_change_missing", {id, key}));
    for (const Facility &f : plan.added) {
        std::string error;
        if (!model.addFacility(f, &error))
            warnings.push_back(Message::coded("plan_add_failed", {f.id, error}));
    }
    return warnings;
}

} // namespace qh
