#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

#include "coverage/model.h"
#include "coverage/modelimpl.h"
#include "feedback.h"
#include "threads.h"

namespace qh {

namespace detail {

unsigned coresFor(std::size_t items)
{
    const unsigned hardware = workerThreads();
    return unsigned(std::min<std::size_t>(hardware, items / 8 + 1));
}

void forEachOnCores(std::size_t items, const std::function<void(std::size_t, unsigned)> &work, Feedback *feedback,
                    double from, double to, const char *step)
{
    std::atomic<std::size_t> next{0}, done{0};
    std::atomic<bool> stop{false};
    auto run = [&](unsigned thread) {
        for (std::size_t i; !stop && (i = next.fetch_add(1)) < items;) {
            work(i, thread);
            ++done;
        }
    };
    // The step is told before any work: a quick one would be done before the
    // reporter's first tick (a cancel here throws before anything started).
    if (feedback)
        feedback->step(from, step);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < coresFor(items); ++t)
        pool.emplace_back(run, t);
    std::thread reporter;
    if (feedback) // reports progress and watches for cancel while the others work
        reporter = std::thread([&] {
            while (done < items && !stop) {
                try {
                    feedback->step(from + (to - from) * double(done) / double(std::max<std::size_t>(1, items)), step);
                } catch (const Cancelled &) {
                    stop = true;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        });
    run(0);
    for (std::thread &t : pool)
        t.join();
    if (feedback) {
        stop = stop || feedback->isCancelled();
        reporter.join();
        if (stop)
            throw Cancelled();
    }
}

} // namespace detail

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
    std::vector<std::unique_ptr<Impl::SearchContext>> contexts(detail::coresFor(positions.size()));
    std::vector<Impl::Slot> slots(contexts.size());
    for (Impl::Slot &slot : slots)
        slot.facility.type = typeKey;
    detail::forEachOnCores(
        positions.size(),
        [&](std::size_t i, unsigned t) {
            if (!contexts[t])
                contexts[t] = std::make_unique<Impl::SearchContext>(m.graph, m.cellPop.size());
            Impl::Slot &slot = slots[t];
            slot.facility.pos = positions[i];
            m.computeSlot(slot, *contexts[t]);
            if (slot.snap)
                out[i].snapDistance = slot.snap->offset;
            for (const Reached &r : slot.reached)
                if (r.dist <= budget)
                    out[i].points.emplace_back(std::uint32_t(r.cell), double(r.dist));
        },
        feedback, 0, 100, QT_TRANSLATE_NOOP("qh::Feedback", "searching from every candidate site"));
    return out;
}

} // namespace qh
