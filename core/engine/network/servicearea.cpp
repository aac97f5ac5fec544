#include "network/servicearea.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "network/dijkstra.h"
#include "threads.h"

namespace qh {

std::vector<std::optional<double>> reachableLengths(const WalkGraph &graph,
                                                    const std::vector<std::optional<Snap>> &starts,
                                                    double cutoff, bool chargeOffset, int threads)
{
    std::vector<std::optional<double>> out(starts.size());
    if (threads <= 0)
        threads = int(workerThreads());
    threads = std::clamp(threads, 1, int(std::max<std::size_t>(1, starts.size() / 16)));
    // Small batches handed out by an atomic counter keep both cores busy even when
    // some starts reach far more network than others.
    std::atomic<std::size_t> next{0};
    constexpr std::size_t kBatch = 16;
    auto work = [&] {
        BoundedDijkstra search(graph);
        for (;;) {
            const std::size_t begin = next.fetch_add(kBatch);
            if (begin >= starts.size())
                return;
            const std::size_t end = std::min(starts.size(), begin + kBatch);
            for (std::size_t i = begin; i < end; ++i)
                if (starts[i])
                    out[i] = reachableLength(search, graph, *starts[i], cutoff, chargeOffset);
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    return out;
}

} // namespace qh
