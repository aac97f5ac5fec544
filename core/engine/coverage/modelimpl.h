#pragma once
// The coverage model's inner state, shared by its source files (model.cpp: building
// and edits, reach.cpp: searches from places that have no facility yet). Not part
// of the engine's interface.

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "coverage/model.h"
#include "network/dijkstra.h"

namespace qh {

class Feedback;

namespace detail {

/// Shares `items` out over the cores (one thread per 8 items at most): the calling
/// thread runs `work(i, 0)` too, others `work(i, t)` with t = 1, 2 …, so that each
/// can keep its own search. With `feedback`, progress goes from `from` to `to` %
/// under the name `step`, and a cancel stops the work and throws Cancelled.
void forEachOnCores(std::size_t items, const std::function<void(std::size_t item, unsigned thread)> &work,
                    Feedback *feedback, double from, double to, const char *step);
/// How many threads forEachOnCores uses for `items`.
unsigned coresFor(std::size_t items);


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

/// Whole people or metres in a message (data limits keep them far below 2^53).
inline std::string whole(double v)
{
    return std::isfinite(v) && std::abs(v) < 9e15 ? std::to_string(std::llround(v)) : std::string("?");
}

// Held by the tens of millions at province scale (each facility's cells, each
// cell's facilities): packed into 12 bytes instead of 16. Members are read by
// value (a packed double cannot be bound to a reference).
#pragma pack(push, 4)
/// A cell reached by a facility's search, and how far it is.
struct Reached
{
    std::uint32_t cell;
    double dist;
};
/// A facility (slot) reaching a cell, and how far it is.
struct ReachedBy
{
    std::uint32_t slot;
    double dist;
};
#pragma pack(pop)
static_assert(sizeof(Reached) == 12 && sizeof(ReachedBy) == 12);

} // namespace detail

using detail::CellsByEdge;
using detail::Reached;
using detail::ReachedBy;
using detail::whole;

struct CoverageModel::Impl
{
    struct Slot
    {
        Facility facility;
        bool alive = true;
        int type = -1;
        std::optional<Snap> snap;
        std::optional<std::size_t> unit;
        double reachLength = 0.0;
        std::vector<Reached> reached; // within the type's horizon, in search order
        // Its own figures, refreshed with it (aggregate.cpp): the 2SFCA ratio of its
        // supply to the demand in its circle (per 1,000; plain and distance-weighted)
        // and what is wrong with it.
        double ratio = 0.0, ratioW = 0.0;
        Warnings warnings;
        bool serves = false; ///< live, of a profile type and on the network
    };

    /// What an edit touched: the sample points whose nearest facility or 2SFCA
    /// access may have changed, the facilities whose own figures did, and the units
    /// they stand in (before and after).
    struct Touched
    {
        std::vector<std::uint32_t> samples;
        std::vector<std::uint32_t> slots;
        std::vector<std::size_t> units;
        bool everything = false; ///< the first time: every figure
    };

    const Project &project;
    std::vector<DemandGroup> groups;
    WalkGraph graph;
    std::unique_ptr<SnapIndex> index;
    std::unique_ptr<PolygonLocator> locator;
    NetworkStats stats;
    std::size_t unitCount = 0;

    // People are counted at sample points: one per small cell (its representative
    // point), a regular sub-grid for large cells. The arrays below named cell* are
    // per sample point; sampleCell maps a point back to its population cell.
    std::vector<std::vector<double>> cellPop;
    std::vector<std::optional<Snap>> cellSnap;
    std::vector<std::optional<std::size_t>> cellUnit;
    std::vector<std::uint32_t> sampleCell;
    std::vector<double> sampleWeight;
    std::size_t cellCount = 0;
    std::size_t largeCells = 0;
    std::vector<std::optional<std::size_t>> cellRepUnit; // per population cell
    std::unique_ptr<CellsByEdge> cellsByEdge;

    std::vector<Slot> slots;
    /// [type][cell] → (slot, distance) of every facility of that type reaching the cell
    std::vector<std::vector<std::vector<ReachedBy>>> cellReach;
    /// [type][cell] → distance to the nearest facility of that type (kInf: none within horizon)
    std::vector<std::vector<double>> cellBest;

    /// What one search needs; one per thread.
    struct SearchContext
    {
        BoundedDijkstra search;
        std::vector<std::uint32_t> cellStamp;
        std::uint32_t stamp = 0;

        SearchContext(const WalkGraph &g, std::size_t points) : search(g), cellStamp(points, 0) {}
    };
    std::unique_ptr<SearchContext> editContext; // for edits, on the caller's thread

    // The result kept up to date edit by edit (aggregate.cpp). Every figure in it is
    // recomputed from its sources in a fixed order whenever one of them changes, so
    // that an edited model's figures equal a fresh model's bit for bit.
    AnalysisResult now;                                 ///< region-wide balance left empty
    std::vector<std::uint32_t> cellFirst;               ///< [cell] its first sample point; cells + 1
    std::vector<std::uint32_t> unitFirst, unitSamples;  ///< sample points per unit (CSR, ascending)
    std::vector<std::vector<double>> sample2, sampleE2; ///< [type][sample] 2SFCA / E2SFCA access
    std::vector<double> blockCovered;                   ///< [(block * types + type) * groups + group]
    std::vector<std::vector<std::uint32_t>> unitSlots;  ///< live facilities in each unit, ascending
    std::vector<std::size_t> serving;                   ///< [type] live facilities that serve
    std::vector<std::size_t> lastUnits;                 ///< the units the last refresh recomputed
    std::unordered_map<std::string, std::uint32_t> idSlot;
    std::vector<std::uint8_t> live; ///< [slot] 1 while alive: rankOf counts them
    static constexpr std::uint32_t kBlock = 1024;       ///< sample points per block of totals
    Warnings staticWarnings;
    std::vector<std::pair<std::string, double>> timings;
    std::function<bool(const Snap &)> isIsland = [](const Snap &) { return false; };

    Impl(const Project &p, const RegionData &region)
        : project(p)
        , groups(p.population.groups)
        , graph(WalkGraph::fromPolylines(region.network))
    {
    }

    double horizon(int type) const { return 2.0 * project.profile.types[type].budgetMetres(); }

    int typeIndex(const std::string &key) const { return project.profile.typeIndex(key); }

    /// The first live slot with this id.
    std::optional<std::uint32_t> slotOf(const std::string &id) const
    {
        const auto it = idSlot.find(id);
        return it == idSlot.end() ? std::nullopt : std::optional(it->second);
    }
    /// Slot `s` has just been added.
    void noteId(std::uint32_t s) { idSlot.emplace(slots[s].facility.id, s); }
    /// Slot `s` is no longer live: its id names the next live slot with that id, if
    /// the layers had the id twice.
    void forgetId(std::uint32_t s)
    {
        const std::string &id = slots[s].facility.id;
        idSlot.erase(id);
        for (std::uint32_t i = s + 1; i < slots.size(); ++i)
            if (slots[i].alive && slots[i].facility.id == id) {
                idSlot.emplace(id, i);
                break;
            }
    }

    /// Runs the facility's search and records the cells within its horizon.
    void computeSlot(Slot &slot)
    {
        slot.unit = locator->locate(slot.facility.pos);
        computeSlot(slot, *editContext);
    }
    /// The search alone: safe on several threads at once (the unit, found with a
    /// GEOS context that threads must not share, is set by the caller).
    void computeSlot(Slot &slot, SearchContext &ctx) const
    {
        BoundedDijkstra &search = ctx.search;
        slot.reached.clear();
        slot.reachLength = 0.0;
        slot.type = typeIndex(slot.facility.type);
        slot.snap = index->snap(slot.facility.pos, project.profile.maxSnapDistance);
        if (slot.type < 0 || !slot.snap)
            return;
        const double h = horizon(slot.type);
        search.reset();
        search.addSnapSource(*slot.snap);
        search.run(h);
        slot.reachLength = reachableLengthFromSearch(search, graph, *slot.snap,
                                                     project.profile.types[slot.type].budgetMetres(), true);
        const std::vector<SnapSource> own{{*slot.snap, slot.snap->offset}};
        const std::uint32_t stamp = ++ctx.stamp;
        auto visitEdge = [&](std::uint32_t e) {
            for (std::uint32_t i = cellsByEdge->first[e]; i < cellsByEdge->first[e + 1]; ++i) {
                const std::uint32_t c = cellsByEdge->cells[i];
                if (ctx.cellStamp[c] == stamp)
                    continue;
                ctx.cellStamp[c] = stamp;
                const double dist = distanceTo(search, graph, *cellSnap[c], own);
                if (dist <= h)
                    slot.reached.push_back({c, dist});
            }
        };
        for (std::uint32_t n : search.settled())
            for (std::uint32_t a = graph.firstOut(n); a < graph.firstOut(n + 1); ++a)
                visitEdge(graph.arcEdge(a));
        visitEdge(slot.snap->edge);
        // Held for the model's life, one list per facility: no room to spare (a
        // province's lists would otherwise hold a third more than they use).
        slot.reached.shrink_to_fit();
    }

    /// Set by releaseResult(): `now` is gone, only catchments() may be asked for.
    bool released = false;
    /// Throws std::logic_error once the result was released.
    void checkNotReleased() const;
    /// The region-wide balance (gini, Lorenz curves) of `res`, and the time since `t0`.
    void addBalance(AnalysisResult &res, std::chrono::steady_clock::time_point t0) const;

    /// Sets up `now` and computes every figure (aggregate.cpp).
    void aggregateAll();
    /// Recomputes the figures an edit touched (aggregate.cpp).
    void refresh(Touched touched);
    /// The index of a live slot in `now.facilities`.
    std::size_t rankOf(std::uint32_t s) const;

    /// Takes slot `s` out of its unit's list and notes what it touched.
    void unplace(std::uint32_t s, Touched &touched)
    {
        if (const auto unit = note(s, touched)) {
            auto &list = unitSlots[*unit];
            list.erase(std::remove(list.begin(), list.end(), s), list.end());
        }
    }
    /// Puts slot `s` into its unit's list (in order) and notes what it touches.
    void place(std::uint32_t s, Touched &touched)
    {
        if (const auto unit = note(s, touched)) {
            auto &list = unitSlots[*unit];
            list.insert(std::upper_bound(list.begin(), list.end(), s), s);
        }
    }
    /// Notes what slot `s` reaches as touched; returns its unit.
    std::optional<std::size_t> note(std::uint32_t s, Touched &touched) const
    {
        const Slot &slot = slots[s];
        for (const Reached &r : slot.reached)
            touched.samples.push_back(r.cell);
        touched.slots.push_back(s);
        if (slot.unit)
            touched.units.push_back(*slot.unit);
        return slot.unit;
    }

    void link(std::uint32_t s)
    {
        const Slot &slot = slots[s];
        if (slot.type < 0)
            return;
        for (const Reached &r : slot.reached) {
            const double dist = r.dist;
            cellReach[slot.type][r.cell].push_back({s, dist});
            cellBest[slot.type][r.cell] = std::min(cellBest[slot.type][r.cell], dist);
        }
    }

    void unlink(std::uint32_t s)
    {
        const Slot &slot = slots[s];
        if (slot.type < 0)
            return;
        for (const Reached &r : slot.reached) {
            auto &list = cellReach[slot.type][r.cell];
            list.erase(std::remove_if(list.begin(), list.end(), [s](const ReachedBy &e) { return e.slot == s; }),
                       list.end());
            double best = BoundedDijkstra::kInf;
            for (const ReachedBy &e : list)
                best = std::min(best, double(e.dist));
            cellBest[slot.type][r.cell] = best;
        }
    }
};


} // namespace qh
