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
    m.cellReach.assign(nTypes, std::vector<std::vector<ReachedBy>>(nCells));
    m.cellBest.assign(nTypes, std::vector<double>(nCells, BoundedDijkstra::kInf));
    m.timings.emplace_back("snap_and_locate", msSince(t0));

    t0 = Clock::now();
    std::map<std::string, int> seen;
    for (const Facility &f : region.facilities) {
        if (seen[f.id]++ == 1)
            m.staticWarnings.push_back(Message::coded("duplicate_facility_id", {f.id}).about(f.id));
        m.slots.emplace_back().facility = f;
        m.slots.back().unit = m.locator->locate(f.pos);
        m.noteId(std::uint32_t(m.slots.size() - 1));
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
    // Each cell's list of the facilities reaching it made to measure: grown one
    // facility at a time, a province's lists would hold a third more than they use.
    {
        std::vector<std::vector<std::uint32_t>> count(nTypes, std::vector<std::uint32_t>(nCells, 0));
        for (const Impl::Slot &slot : m.slots)
            if (slot.type >= 0)
                for (const Reached &r : slot.reached)
                    ++count[slot.type][r.cell];
        for (std::size_t t = 0; t < nTypes; ++t)
            for (std::size_t c = 0; c < nCells; ++c)
                m.cellReach[t][c].reserve(count[t][c]);
    }
    for (std::uint32_t i = 0; i < m.slots.size(); ++i)
        m.link(i);
    m.timings.emplace_back("search", msSince(t0));
    m.aggregateAll();
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
    d->checkNotReleased();
    if (d->slotOf(facility.id)) {
        if (error)
            *error = "a facility with id " + facility.id + " exists already";
        return false;
    }
    const auto s = std::uint32_t(d->slots.size());
    d->slots.emplace_back().facility = facility;
    d->noteId(s);
    d->computeSlot(d->slots.back());
    d->link(s);
    d->now.facilities.emplace_back();
    Impl::Touched touched;
    d->place(s, touched);
    d->refresh(std::move(touched));
    return true;
}

bool CoverageModel::moveFacility(const std::string &id, const Point &pos)
{
    d->checkNotReleased();
    auto s = d->slotOf(id);
    if (!s)
        return false;
    Impl::Touched touched;
    d->unplace(*s, touched);
    d->unlink(*s);
    d->slots[*s].facility.pos = pos;
    d->computeSlot(d->slots[*s]);
    d->link(*s);
    d->place(*s, touched);
    d->refresh(std::move(touched));
    return true;
}

bool CoverageModel::removeFacility(const std::string &id)
{
    d->checkNotReleased();
    auto s = d->slotOf(id);
    if (!s)
        return false;
    Impl::Touched touched;
    d->unplace(*s, touched);
    d->unlink(*s);
    d->now.facilities.erase(d->now.facilities.begin() + std::ptrdiff_t(d->rankOf(*s)));
    d->slots[*s].alive = false;
    d->forgetId(*s);
    d->slots[*s].reached.clear();
    d->refresh(std::move(touched));
    return true;
}

bool CoverageModel::setCapacity(const std::string &id, const std::string &key, double value)
{
    d->checkNotReleased();
    auto s = d->slotOf(id);
    if (!s)
        return false;
    d->slots[*s].facility.capacity[key] = value;
    Impl::Touched touched;
    d->unplace(*s, touched);
    d->place(*s, touched);
    d->refresh(std::move(touched));
    return true;
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
