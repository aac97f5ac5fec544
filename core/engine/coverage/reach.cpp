#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

#include "coverage/model.h"
#include "coverage/modelimpl.h"
#include "feedback.h"

namespace qh {

const std::vector<std::vector<double>> &CoverageModel::samplePopulation() const
{
    return d->cellPop;
}

const std::vector<std::optional<std::size_t>> &CoverageModel::sampleUnits() const
{
    return d->cellUnit;
}

const std::vector<double> &CoverageModel::nearestMetres(int type) const
{
    return d->cellBest.at(std::size_t(type));
}

std::optional<std::size_t> CoverageModel::unitAt(const Point &p) const
{
    return d->locator->locate(p);
}

std::vector<PlaceReach> CoverageModel::reachFrom(const std::vector<Point> &positions, int type,
                                                 Feedback *feedback) const
{
    const Impl &m = *d;
    if (type < 0 || std::size_t(type) >= mProject.profile.types.size())
        return std::vector<PlaceReach>(positions.size());
    const std::string &typeKey = mProject.profile.types[type].key;
    const double budget = mProject.profile.types[type].budgetMetres();
    std::vector<PlaceReach> out(positions.size());
    // Units first, on this thread: the locator's GEOS context is not to be shared.
    for (std::size_t i = 0; i < positions.size(); ++i)
        out[i].unit = m.locator->locate(positions[i]);
    std::atomic<std::size_t> next{0}, done{0};
    std::atomic<bool> stop{false};
    auto work = [&] {
        Impl::SearchContext ctx(m.graph, m.cellPop.size());
        Impl::Slot slot;
        slot.facility.type = typeKey;
        for (std::size_t i; !stop && (i = next.fetch_add(1)) < positions.size();) {
            slot.facility.pos = positions[i];
            m.computeSlot(slot, ctx);
            if (slot.snap)
                out[i].snapDistance = slot.snap->offset;
            for (const Reached &r : slot.reached)
                if (r.dist <= budget)
                    out[i].points.emplace_back(r.cell, r.dist);
            ++done;
        }
    };
    std::vector<std::thread> pool;
    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    for (unsigned t = 1; t < threads && t < positions.size() / 8 + 1; ++t)
        pool.emplace_back(work);
    if (feedback) {
        std::thread reporter([&] {
            while (done < positions.size() && !stop) {
                try {
                    feedback->step(100.0 * double(done) / double(std::max<std::size_t>(1, positions.size())),
                                   QT_TRANSLATE_NOOP("qh::Feedback", "searching from every candidate site"));
                } catch (const Cancelled &) {
                    stop = true;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        });
        work();
        for (std::thread &t : pool)
            t.join();
        stop = stop || feedback->isCancelled();
        reporter.join();
        if (stop)
            throw Cancelled();
    } else {
        work();
        for (std::thread &t : pool)
            t.join();
    }
    return out;
}

} // namespace qh
