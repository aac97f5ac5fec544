#include "coverage/analysis.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <sstream>

#include "geo/geos.h"
#include "network/dijkstra.h"

namespace qh {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

std::string metres(double m)
{
    std::ostringstream s;
    s.precision(0);
    s << std::fixed << m << " m";
    return s.str();
}

/// Cells grouped by the edge they snap to (CSR), so a search visits only the
/// cells next to what it reached.
struct CellsByEdge
{
    std::vector<std::uint32_t> first;
    std::vector<std::uint32_t> cells;

    CellsByEdge(const WalkGraph &g, const std::vector<std::optional<Snap>> &snaps)
        : first(g.edgeCount() + 1, 0)
    {
        for (const auto &s : snaps)
            if (s)
                ++first[s->edge + 1];
        for (std::size_t i = 1; i < first.size(); ++i)
            first[i] += first[i - 1];
        cells.resize(first.back());
        std::vector<std::uint32_t> fill(first.begin(), first.end() - 1);
        for (std::uint32_t c = 0; c < snaps.size(); ++c)
            if (snaps[c])
                cells[fill[snaps[c]->edge]++] = c;
    }
};

} // namespace

std::optional<std::size_t> AnalysisResult::groupIndex(const std::string &key) const
{
    for (std::size_t i = 0; i < groups.size(); ++i)
        if (groups[i].key == key)
            return i;
    return std::nullopt;
}

NetworkStats describeNetwork(const WalkGraph &graph)
{
    NetworkStats s;
    s.nodes = graph.nodeCount();
    s.edges = graph.edgeCount();
    s.lengthKm = graph.totalLength() / 1000.0;
    auto sizes = graph.componentSizes();
    s.components = sizes.size();
    if (!sizes.empty() && s.nodes > 0)
        s.largestComponentShare = double(*std::max_element(sizes.begin(), sizes.end())) / s.nodes;
    s.bytesPerEdge = s.edges ? double(graph.memoryBytes()) / s.edges : 0.0;
    return s;
}

AnalysisResult analyze(const Project &project, const RegionData &region)
{
    AnalysisResult res;
    res.profile = project.profile;
    res.groups = project.population.groups;
    res.warnings = region.warnings;
    const std::size_t nTypes = res.profile.types.size();
    const std::size_t nGroups = res.groups.size();
    const double maxSnap = res.profile.maxSnapDistance;

    auto t0 = Clock::now();
    const WalkGraph graph = WalkGraph::fromPolylines(region.network);
    if (graph.edgeCount() == 0)
        throw DataError(project.network.ref.path + ": the network has no edges to walk on");
    const SnapIndex index(graph);
    res.network = describeNetwork(graph);
    res.timingsMs.emplace_back("build_network", msSince(t0));
    if (res.network.components > 1)
        res.warnings.push_back(
            "the walking network has " + std::to_string(res.network.components)
            + " separate parts; the largest holds "
            + std::to_string(int(std::round(res.network.largestComponentShare * 100)))
            + "% of its nodes, so places on the small parts reach little");

    // Units: which unit each cell and facility lies in.
    t0 = Clock::now();
    std::vector<MultiPolygon> shapes;
    for (const Unit &u : region.units)
        shapes.push_back(u.shape);
    const PolygonLocator locator(shapes);

    // Facilities: type and snap.
    res.facilities.resize(region.facilities.size());
    std::vector<std::optional<Snap>> facSnap(region.facilities.size());
    for (std::size_t i = 0; i < region.facilities.size(); ++i) {
        const Facility &f = region.facilities[i];
        FacilityResult &fr = res.facilities[i];
        fr.coveredPop.assign(nGroups, 0.0);
        fr.unit = locator.locate(f.pos);
        for (std::size_t t = 0; t < nTypes; ++t)
            if (res.profile.types[t].key == f.type)
                fr.typeIndex = static_cast<int>(t);
        if (fr.typeIndex < 0)
            res.warnings.push_back("facility " + f.id + (f.name.empty() ? "" : " (" + f.name + ")")
                                   + ": type '" + f.type
                                   + "' is not in the profile, left out of the analysis");
        facSnap[i] = index.snap(f.pos, maxSnap);
        if (facSnap[i])
            fr.snapDistance = facSnap[i]->offset;
        else
            res.warnings.push_back("facility " + f.id + (f.name.empty() ? "" : " (" + f.name + ")")
                                   + ": no walkable edge within " + metres(maxSnap)
                                   + "; not reachable, so it covers no one");
    }

    // Cells: snap and unit.
    res.cells.resize(region.cells.size());
    std::vector<std::optional<Snap>> cellSnap(region.cells.size());
    res.totalPop.assign(nGroups, 0.0);
    res.units.resize(region.units.size());
    for (UnitResult &u : res.units) {
        u.pop.assign(nGroups, 0.0);
        u.covered.assign(nTypes, std::vector<double>(nGroups, 0.0));
        u.capacity.assign(nTypes, 0.0);
        u.facilityCount.assign(nTypes, 0);
        u.ratioPer1000.assign(nTypes, std::nullopt);
    }
    std::size_t unsnapped = 0, outside = 0;
    double unsnappedPop = 0.0, outsidePop = 0.0;
    for (std::size_t c = 0; c < region.cells.size(); ++c) {
        const PopulationCell &cell = region.cells[c];
        CellResult &cr = res.cells[c];
        cr.minutes.assign(nTypes, std::numeric_limits<double>::infinity());
        cr.unit = locator.locate(cell.rep);
        cellSnap[c] = index.snap(cell.rep, maxSnap);
        if (cellSnap[c]) {
            cr.snapDistance = cellSnap[c]->offset;
        } else {
            ++unsnapped;
            unsnappedPop += cell.pop.empty() ? 0.0 : cell.pop[0];
        }
        for (std::size_t g = 0; g < nGroups; ++g)
            res.totalPop[g] += cell.pop[g];
        if (cr.unit) {
            for (std::size_t g = 0; g < nGroups; ++g)
                res.units[*cr.unit].pop[g] += cell.pop[g];
        } else {
            ++outside;
            outsidePop += cell.pop.empty() ? 0.0 : cell.pop[0];
        }
    }
    if (unsnapped)
        res.warnings.push_back(std::to_string(unsnapped) + " population cells ("
                               + std::to_string(int(std::round(unsnappedPop)))
                               + " " + res.groups[0].label + ") are farther than " + metres(maxSnap)
                               + " from any walkable edge: counted as not covered");
    if (outside)
        res.warnings.push_back(std::to_string(outside) + " population cells ("
                               + std::to_string(int(std::round(outsidePop))) + " "
                               + res.groups[0].label
                               + ") lie outside every unit: counted in totals, not in any unit");
    res.timingsMs.emplace_back("snap_and_locate", msSince(t0));

    // Search per type (nearest facility) and per facility (its own circle).
    t0 = Clock::now();
    const CellsByEdge cellsByEdge(graph, cellSnap);
    BoundedDijkstra search(graph);
    std::vector<std::uint32_t> cellStamp(region.cells.size(), 0);
    std::uint32_t stamp = 0;
    // Calls fn(cell, metres) for every cell within cutoff of the finished search.
    auto forReachedCells = [&](const std::vector<SnapSource> &sources, double cutoff, auto &&fn) {
        ++stamp;
        auto visitEdge = [&](std::uint32_t e) {
            for (std::uint32_t i = cellsByEdge.first[e]; i < cellsByEdge.first[e + 1]; ++i) {
                const std::uint32_t c = cellsByEdge.cells[i];
                if (cellStamp[c] == stamp)
                    continue;
                cellStamp[c] = stamp;
                const double d = distanceTo(search, graph, *cellSnap[c], sources);
                if (d <= cutoff)
                    fn(c, d);
            }
        };
        for (std::uint32_t n : search.settled())
            for (std::uint32_t a = graph.firstOut(n); a < graph.firstOut(n + 1); ++a)
                visitEdge(graph.arcEdge(a));
        for (const SnapSource &s : sources)
            visitEdge(s.snap.edge);
    };

    res.totalCovered.assign(nTypes, std::vector<double>(nGroups, 0.0));
    for (std::size_t t = 0; t < nTypes; ++t) {
        const FacilityType &type = res.profile.types[t];
        const double budget = type.budgetMetres();
        const double horizon = 2.0 * budget;
        std::vector<SnapSource> sources;
        search.reset();
        for (std::size_t i = 0; i < region.facilities.size(); ++i) {
            if (res.facilities[i].typeIndex != int(t) || !facSnap[i])
                continue;
            sources.push_back({*facSnap[i], facSnap[i]->offset});
            search.addSnapSource(*facSnap[i]);
        }
        if (sources.empty()) {
            res.warnings.push_back("no reachable facility of type '" + type.label
                                   + "': nobody is covered for it");
            continue;
        }
        search.run(horizon);
        forReachedCells(sources, horizon, [&](std::uint32_t c, double d) {
            CellResult &cr = res.cells[c];
            cr.minutes[t] = d / type.speedMps / 60.0;
            if (d <= budget) {
                for (std::size_t g = 0; g < nGroups; ++g) {
                    const double p = region.cells[c].pop[g];
                    res.totalCovered[t][g] += p;
                    if (cr.unit)
                        res.units[*cr.unit].covered[t][g] += p;
                }
            }
        });

        for (std::size_t i = 0; i < region.facilities.size(); ++i) {
            if (res.facilities[i].typeIndex != int(t) || !facSnap[i])
                continue;
            FacilityResult &fr = res.facilities[i];
            fr.reachableLengthM = reachableLength(search, graph, *facSnap[i], budget, true);
            const std::vector<SnapSource> own{{*facSnap[i], facSnap[i]->offset}};
            forReachedCells(own, budget, [&](std::uint32_t c, double) {
                for (std::size_t g = 0; g < nGroups; ++g)
                    fr.coveredPop[g] += region.cells[c].pop[g];
            });
        }
    }
    res.timingsMs.emplace_back("search", msSince(t0));

    // Supply per unit.
    for (std::size_t i = 0; i < region.facilities.size(); ++i) {
        const FacilityResult &fr = res.facilities[i];
        if (fr.typeIndex < 0 || !fr.unit)
            continue;
        const FacilityType &type = res.profile.types[fr.typeIndex];
        UnitResult &u = res.units[*fr.unit];
        ++u.facilityCount[fr.typeIndex];
        auto cap = region.facilities[i].capacity.find(type.capacityKey);
        if (cap != region.facilities[i].capacity.end())
            u.capacity[fr.typeIndex] += cap->second;
    }
    for (std::size_t t = 0; t < nTypes; ++t) {
        auto g = res.groupIndex(res.profile.types[t].ratioGroup);
        for (UnitResult &u : res.units)
            if (g && u.pop[*g] > 0)
                u.ratioPer1000[t] = u.capacity[t] / u.pop[*g] * 1000.0;
    }
    return res;
}

} // namespace qh
