// Catchment polygons: the streets each facility reaches within its budget,
// widened by the profile's catchment buffer, traced on a distance grid
// (geo/buffergrid); a type's catchment is the same grid filled by all its
// facilities, so the union costs no more than the parts.
#include <memory>
#include <mutex>

#include "coverage/model.h"
#include "coverage/modelimpl.h"
#include "geo/buffergrid.h"

namespace qh {

namespace {

std::vector<Segment> piecesFrom(BoundedDijkstra &search, const WalkGraph &graph, const Snap &snap, double budget)
{
    search.reset();
    search.addSnapSource(snap);
    search.run(budget);
    return reachedPieces(search, graph, snap, budget, true);
}

} // namespace

CatchmentSet CoverageModel::catchments(double bufferM, bool perFacility) const
{
    std::vector<const Impl::Slot *> live;
    for (const auto &slot : d->slots)
        if (slot.alive)
            live.push_back(&slot);
    CatchmentSet out;
    if (perFacility)
        out.facilities.resize(live.size());
    out.types.resize(mProject.profile.types.size());
    // Type by type, so that only one type's union grid per core is held at once.
    for (std::size_t t = 0; t < out.types.size(); ++t) {
        std::vector<std::size_t> ofType;
        for (std::size_t i = 0; i < live.size(); ++i)
            if (live[i]->type == int(t) && live[i]->snap)
                ofType.push_back(i);
        if (ofType.empty())
            continue;
        const double budget = mProject.profile.types[t].budgetMetres();
        struct Worker
        {
            BoundedDijkstra search;
            BufferGrid own;
            Worker(const WalkGraph &g, double width) : search(g), own(width) {}
        };
        std::vector<std::unique_ptr<Worker>> workers;
        for (unsigned k = 0; k < detail::coresFor(ofType.size()); ++k)
            workers.push_back(std::make_unique<Worker>(d->graph, bufferM));
        // One union grid for all the cores, each facility's grid taken in under a
        // lock: a province's union is held once, not once per core. Taking in is a
        // minimum per grid point, so the union is the same in whatever order.
        BufferGrid all(bufferM);
        std::mutex allMutex;
        detail::forEachOnCores(
            ofType.size(),
            [&](std::size_t n, unsigned thread) {
                Worker &w = *workers[thread];
                const std::size_t i = ofType[n];
                const std::vector<Segment> pieces = piecesFrom(w.search, d->graph, *live[i]->snap, budget);
                w.own.clear();
                w.own.addAll(pieces);
                if (perFacility)
                    out.facilities[i] = w.own.outline();
                const std::lock_guard lock(allMutex);
                all.merge(w.own);
            },
            nullptr, 0, 0, nullptr);
        workers.clear();
        out.types[t] = all.outline(false);
    }
    return out;
}

std::vector<Segment> reachedPiecesAt(const WalkGraph &graph, const SnapIndex &index, const Point &pos,
                                     double budgetMetres, double maxSnap)
{
    const auto snap = index.snap(pos, maxSnap);
    if (!snap)
        return {};
    BoundedDijkstra search(graph);
    return piecesFrom(search, graph, *snap, budgetMetres);
}

MultiPolygon catchmentAt(const WalkGraph &graph, const SnapIndex &index, const Point &pos, double budgetMetres,
                         double bufferM, double maxSnap)
{
    BufferGrid grid(bufferM);
    grid.addAll(reachedPiecesAt(graph, index, pos, budgetMetres, maxSnap));
    return grid.outline();
}

} // namespace qh
