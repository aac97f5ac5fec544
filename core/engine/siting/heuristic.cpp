#include "siting/heuristic.h"

#include "siting/assignment.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <optional>
#include <tuple>

namespace qh::siting {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

bool met(double have, double need)
{
    return have >= need - 1e-9 * std::max(1.0, std::abs(need));
}

/// The rows an instance's candidates touch, indexed for fast gains.
struct Index
{
    /// [point] → (cover row, weight)
    std::vector<std::vector<std::pair<std::uint32_t, double>>> pointRows;
    /// [candidate] → capacity rows and count rows of its unit
    std::vector<std::vector<std::uint32_t>> capacityRows, countRows;

    explicit Index(const Instance &in)
        : pointRows(in.points())
        , capacityRows(in.candidates)
        , countRows(in.candidates)
    {
        for (std::uint32_t r = 0; r < in.cover.size(); ++r)
            for (const auto &[p, w] : in.cover[r].points)
                pointRows[p].emplace_back(r, w);
        for (std::uint32_t j = 0; j < in.candidates; ++j) {
            for (std::uint32_t r = 0; r < in.capacity.size(); ++r)
                if (in.capacity[r].unit >= 0 && in.capacity[r].unit == in.candidateUnit[j])
                    capacityRows[j].push_back(r);
            for (std::uint32_t r = 0; r < in.count.size(); ++r)
                if (in.count[r].unit >= 0 && in.count[r].unit == in.candidateUnit[j])
                    countRows[j].push_back(r);
        }
    }
};

/// Which sites are open and what that gives each row; opening and closing are
/// incremental.
struct State
{
    const Instance *in;
    const Index *index;
    std::vector<int> siteSize; ///< [candidate] open size, -1 when closed
    std::vector<std::uint32_t> times; ///< [point] open sites reaching it
    std::vector<double> coverHave, capacityHave, countHave;
    double cost = 0.0;
    // Capacitated: what each unit is served towards its need, and the people of
    // each point not served, from an assignment made afresh when sites change.
    std::vector<double> unitNeed;
    mutable std::vector<double> serveHave, residual;
    mutable bool serveDirty = true;

    State(const Instance &instance, const Index &idx)
        : in(&instance)
        , index(&idx)
        , siteSize(instance.candidates, -1)
        , times(instance.points(), 0)
        , coverHave(instance.cover.size(), 0.0)
        , capacityHave(instance.capacity.size(), 0.0)
        , countHave(instance.count.size(), 0.0)
        , unitNeed(instance.units, 0.0)
    {
        for (const auto &row : instance.serve)
            unitNeed[std::size_t(row.unit)] = std::max(unitNeed[std::size_t(row.unit)], row.need);
    }

    void refreshServe() const
    {
        if (!serveDirty || in->serve.empty())
            return;
        meetsServeRows(*in, openings(), &serveHave, &residual);
        for (std::size_t p = 0; p < residual.size(); ++p)
            residual[p] = in->pointWeight[p] - residual[p];
        serveDirty = false;
    }

    void change(std::uint32_t j, int size)
    {
        const int old = siteSize[j];
        if (old == size)
            return;
        const double oldCap = old < 0 ? 0.0 : in->sizes[old].capacity;
        const double newCap = size < 0 ? 0.0 : in->sizes[size].capacity;
        cost += (size < 0 ? 0.0 : in->sizes[size].cost) - (old < 0 ? 0.0 : in->sizes[old].cost);
        for (std::uint32_t r : index->capacityRows[j])
            capacityHave[r] += in->capacity[r].perPlace * (newCap - oldCap);
        for (std::uint32_t r : index->countRows[j]) {
            const double minCap = in->count[r].minCapacity;
            countHave[r] += (size >= 0 && newCap >= minCap ? 1.0 : 0.0) - (old >= 0 && oldCap >= minCap ? 1.0 : 0.0);
        }
        if (old < 0 || size < 0) { // opened or closed: the points it reaches change
            for (std::uint32_t p : in->reach[j]) {
                const bool wasCovered = times[p] > 0;
                if (size < 0)
                    --times[p];
                else
                    ++times[p];
                if (wasCovered != (times[p] > 0))
                    for (const auto &[r, w] : index->pointRows[p])
                        coverHave[r] += wasCovered ? -w : w;
            }
        }
        siteSize[j] = size;
        serveDirty = true;
    }

    bool feasible() const
    {
        for (std::size_t r = 0; r < coverHave.size(); ++r)
            if (!met(coverHave[r], in->cover[r].need))
                return false;
        for (std::size_t r = 0; r < capacityHave.size(); ++r)
            if (!met(capacityHave[r], in->capacity[r].need))
                return false;
        for (std::size_t r = 0; r < countHave.size(); ++r)
            if (!met(countHave[r], in->count[r].need))
                return false;
        if (!in->serve.empty()) {
            refreshServe();
            for (std::size_t u = 0; u < unitNeed.size(); ++u)
                if (unitNeed[u] > 0 && !met(serveHave[u], unitNeed[u]))
                    return false;
        }
        return true;
    }

    std::vector<Opening> openings() const
    {
        std::vector<Opening> out;
        for (std::uint32_t j = 0; j < siteSize.size(); ++j)
            if (siteSize[j] >= 0)
                out.push_back({j, std::size_t(siteSize[j])});
        return out;
    }
};

/// Progress towards the rows (each row's share of its need still open) from
/// putting candidate j at `size`, given the state.
double progress(const State &s, std::uint32_t j, int size, std::vector<double> &rowGain,
                std::vector<std::uint32_t> &touched)
{
    const Instance &in = *s.in;
    double total = 0.0;
    if (s.siteSize[j] < 0) {
        for (std::uint32_t p : in.reach[j]) {
            if (s.times[p] > 0)
                continue;
            for (const auto &[r, w] : s.index->pointRows[p]) {
                if (rowGain[r] == 0.0)
                    touched.push_back(r);
                rowGain[r] += w;
            }
        }
        for (std::uint32_t r : touched) {
            const double left = in.cover[r].need - s.coverHave[r];
            if (left > 0)
                total += std::min(rowGain[r], left) / std::max(in.cover[r].need, 1e-9);
            rowGain[r] = 0.0;
        }
        touched.clear();
    }
    const double oldCap = s.siteSize[j] < 0 ? 0.0 : in.sizes[s.siteSize[j]].capacity;
    const double addCap = in.sizes[size].capacity - oldCap;
    if (!in.serve.empty() && addCap > 0) {
        // Capacitated: the unserved people within reach, per unit still short, no
        // more in all than the places added (an estimate; the assignment decides).
        s.refreshServe();
        std::vector<std::pair<std::size_t, double>> perUnit;
        for (std::uint32_t p : in.reach[j]) {
            const int u = in.pointUnit[p];
            if (u < 0 || s.unitNeed[std::size_t(u)] <= 0 || s.residual[p] <= 0)
                continue;
            auto it = std::find_if(perUnit.begin(), perUnit.end(), [u](const auto &e) { return e.first == std::size_t(u); });
            if (it == perUnit.end())
                perUnit.emplace_back(std::size_t(u), s.residual[p]);
            else
                it->second += s.residual[p];
        }
        double sum = 0.0;
        for (auto &[u, people] : perUnit) {
            people = std::min(people, std::max(0.0, s.unitNeed[u] - s.serveHave[u]));
            sum += people;
        }
        const double scale = sum > addCap ? addCap / sum : 1.0;
        for (const auto &[u, people] : perUnit)
            total += scale * people / std::max(s.unitNeed[u], 1e-9);
    }
    for (std::uint32_t r : s.index->capacityRows[j]) {
        const double left = in.capacity[r].need - s.capacityHave[r];
        if (left > 0 && addCap > 0)
            total += std::min(in.capacity[r].perPlace * addCap, left) / std::max(in.capacity[r].need, 1e-9);
    }
    for (std::uint32_t r : s.index->countRows[j]) {
        const double minCap = in.count[r].minCapacity;
        const bool countedBefore = s.siteSize[j] >= 0 && oldCap >= minCap;
        const double left = in.count[r].need - s.countHave[r];
        if (left > 0 && !countedBefore && in.sizes[size].capacity >= minCap)
            total += std::min(1.0, left) / std::max(in.count[r].need, 1e-9);
    }
    return total;
}

/// People (point weights) a closed candidate would newly cover.
double newWeight(const State &s, std::uint32_t j)
{
    if (s.siteSize[j] >= 0)
        return 0.0;
    double w = 0.0;
    for (std::uint32_t p : s.in->reach[j])
        w += s.times[p] == 0 ? s.in->pointWeight[p] : 0.0;
    return w;
}

/// People (point weights) within the circle of an open site.
double coveredWeight(const State &s)
{
    double w = 0.0;
    for (std::size_t p = 0; p < s.times.size(); ++p)
        w += s.times[p] > 0 ? s.in->pointWeight[p] : 0.0;
    return w;
}

/// Adds sites (or enlarges them) by best progress per cost until every row is met
/// or nothing helps; among equals, the site that newly covers the most people (so
/// places a unit needs go where they also bring people within a circle). `banned`
/// candidates are not opened.
void greedyFill(State &s, const std::vector<bool> &banned)
{
    const Instance &in = *s.in;
    std::vector<double> rowGain(in.cover.size(), 0.0);
    std::vector<std::uint32_t> touched;
    while (!s.feasible()) {
        double best = 0.0, bestWeight = -1.0;
        std::uint32_t bestJ = 0;
        int bestSize = -1;
        for (std::uint32_t j = 0; j < in.candidates; ++j) {
            if (banned[j])
                continue;
            const int current = s.siteSize[j];
            const double currentCost = current < 0 ? 0.0 : in.sizes[current].cost;
            double weight = -1.0; // computed when needed
            for (std::size_t z = 0; z < in.sizes.size(); ++z) {
                if (current >= 0 && in.sizes[z].capacity <= in.sizes[current].capacity)
                    continue; // an open site can only grow
                const double extra = in.sizes[z].cost - currentCost;
                const double gain = progress(s, j, int(z), rowGain, touched);
                if (gain <= 0)
                    continue;
                const double score = gain / std::max(extra, 1e-9);
                const double tolerance = 1e-12 * std::max(1.0, best);
                if (score < best - tolerance)
                    continue;
                if (score <= best + tolerance) { // a tie: the one that reaches more people
                    if (weight < 0)
                        weight = newWeight(s, j);
                    if (weight <= bestWeight)
                        continue;
                }
                if (weight < 0)
                    weight = newWeight(s, j);
                best = score;
                bestWeight = weight;
                bestJ = j;
                bestSize = int(z);
            }
        }
        if (bestSize < 0)
            return; // nothing helps: the rows left cannot be met
        s.change(bestJ, bestSize);
    }
}

/// Takes out sites that are not needed (dearest first) and shrinks the rest to the
/// cheapest size that keeps every row met.
void prune(State &s)
{
    const Instance &in = *s.in;
    std::vector<std::uint32_t> open;
    for (std::uint32_t j = 0; j < in.candidates; ++j)
        if (s.siteSize[j] >= 0)
            open.push_back(j);
    std::stable_sort(open.begin(), open.end(), [&](std::uint32_t a, std::uint32_t b) {
        return in.sizes[s.siteSize[a]].cost > in.sizes[s.siteSize[b]].cost;
    });
    for (std::uint32_t j : open) {
        const int size = s.siteSize[j];
        s.change(j, -1);
        if (!s.feasible())
            s.change(j, size);
    }
    std::vector<std::size_t> byCost(in.sizes.size());
    for (std::size_t z = 0; z < byCost.size(); ++z)
        byCost[z] = z;
    std::stable_sort(byCost.begin(), byCost.end(),
                     [&](std::size_t a, std::size_t b) { return in.sizes[a].cost < in.sizes[b].cost; });
    for (std::uint32_t j : open) {
        const int size = s.siteSize[j];
        if (size < 0)
            continue;
        for (std::size_t z : byCost) {
            if (in.sizes[z].cost >= in.sizes[size].cost)
                break;
            s.change(j, int(z));
            if (s.feasible())
                break;
            s.change(j, size);
        }
    }
}

} // namespace

Solution meetTargetsHeuristic(const Instance &in, double timeLimitSeconds)
{
    const auto t0 = Clock::now();
    const Index index(in);
    State s(in, index);
    std::vector<bool> banned(in.candidates, false);
    greedyFill(s, banned);
    prune(s);
    // Local search: take one site out, or two of the same unit, repair greedily
    // without them, and keep the result when it is cheaper (or as cheap and reaching
    // more people).
    auto better = [](const State &trial, const State &now) {
        const bool cheaper = trial.cost < now.cost - 1e-9;
        const bool asCheap = std::abs(trial.cost - now.cost) <= 1e-9;
        return cheaper || (asCheap && coveredWeight(trial) > coveredWeight(now) + 1e-9);
    };
    std::size_t largest = 0;
    for (std::size_t z = 0; z < in.sizes.size(); ++z)
        if (in.sizes[z].capacity > in.sizes[largest].capacity)
            largest = z;
    // `out` closed; `grow`, when given, enlarged to the largest size first (two
    // small sites of a unit merged into one big one).
    auto tryWithout = [&](const std::vector<std::uint32_t> &out, std::optional<std::uint32_t> grow = std::nullopt) {
        State trial = s;
        if (grow)
            trial.change(*grow, int(largest));
        for (std::uint32_t j : out) {
            trial.change(j, -1);
            banned[j] = true;
        }
        greedyFill(trial, banned);
        for (std::uint32_t j : out)
            banned[j] = false;
        if (!trial.feasible())
            return false;
        prune(trial);
        if (!better(trial, s))
            return false;
        s = std::move(trial);
        return true;
    };
    for (bool improved = true; improved && s.feasible() && secondsSince(t0) < timeLimitSeconds;) {
        improved = false;
        for (const Opening &o : s.openings()) {
            if (secondsSince(t0) >= timeLimitSeconds)
                break;
            if (s.siteSize[o.candidate] >= 0 && tryWithout({o.candidate}))
                improved = true;
        }
        if (improved)
            continue;
        // Pairs of a unit, in one sweep (sites closed on the way are passed over).
        const std::vector<Opening> open = s.openings();
        for (std::size_t a = 0; a < open.size() && secondsSince(t0) < timeLimitSeconds; ++a)
            for (std::size_t b = a + 1; b < open.size(); ++b) {
                const std::uint32_t ja = open[a].candidate, jb = open[b].candidate;
                const int ua = in.candidateUnit[ja];
                if (ua < 0 || ua != in.candidateUnit[jb] || s.siteSize[ja] < 0 || s.siteSize[jb] < 0)
                    continue;
                const bool moved = tryWithout({ja, jb}) ||
                                   (std::size_t(s.siteSize[ja]) != largest && tryWithout({jb}, ja)) ||
                                   (s.siteSize[jb] >= 0 && std::size_t(s.siteSize[jb]) != largest && tryWithout({ja}, jb));
                improved = improved || moved;
                if (s.siteSize[ja] < 0)
                    break;
            }
    }
    Solution out;
    out.open = s.openings();
    out.objective = s.cost;
    out.feasible = s.feasible();
    out.method = "heuristic";
    out.seconds = secondsSince(t0);
    return out;
}

namespace {

/// Capacitated max coverage: the most people served. Greedy by an estimate (the
/// unserved people within reach, no more than the site's places), each step's
/// assignment made afresh; then one-for-one swaps among the most promising
/// candidates, each judged by the assignment itself.
Solution maxServedHeuristic(const Instance &in, double timeLimitSeconds)
{
    const auto t0 = Clock::now();
    const double places = in.sizes.front().capacity;
    std::vector<Opening> open;
    std::vector<bool> isOpen(in.candidates, false);
    auto residualOf = [&](const std::vector<Opening> &sites) {
        std::vector<std::vector<std::uint32_t>> reach = in.fixedReach;
        std::vector<double> capacity = in.fixedCapacity;
        for (const Opening &o : sites) {
            reach.push_back(in.reach[o.candidate]);
            capacity.push_back(places);
        }
        Assignment a(in.pointWeight, reach, capacity);
        const double served = a.solve();
        std::vector<double> r(in.points());
        for (std::size_t p = 0; p < r.size(); ++p)
            r[p] = in.pointWeight[p] - a.served()[p];
        return std::pair{served, r};
    };
    auto estimate = [&](std::uint32_t j, const std::vector<double> &residual) {
        double g = 0.0;
        for (std::uint32_t p : in.reach[j])
            g += residual[p];
        return std::min(g, places);
    };
    auto [served, residual] = residualOf(open);
    while (open.size() < in.k) {
        double best = 0.0;
        std::uint32_t bestJ = 0;
        for (std::uint32_t j = 0; j < in.candidates; ++j)
            if (!isOpen[j])
                if (const double g = estimate(j, residual); g > best + 1e-12) {
                    best = g;
                    bestJ = j;
                }
        if (best <= 0)
            break;
        open.push_back({bestJ, 0});
        isOpen[bestJ] = true;
        std::tie(served, residual) = residualOf(open);
    }
    for (bool improved = true; improved && secondsSince(t0) < timeLimitSeconds;) {
        improved = false;
        for (std::size_t c = 0; c < open.size() && secondsSince(t0) < timeLimitSeconds; ++c) {
            std::vector<Opening> without = open;
            without.erase(without.begin() + long(c));
            const auto [rest, left] = residualOf(without);
            // The few candidates that look best without this site, judged exactly.
            std::vector<std::pair<double, std::uint32_t>> ranked;
            for (std::uint32_t j = 0; j < in.candidates; ++j)
                if (!isOpen[j])
                    ranked.emplace_back(estimate(j, left), j);
            const std::size_t top = std::min<std::size_t>(8, ranked.size());
            std::partial_sort(ranked.begin(), ranked.begin() + long(top), ranked.end(), std::greater<>());
            for (std::size_t r = 0; r < top; ++r) {
                std::vector<Opening> trial = without;
                trial.push_back({ranked[r].second, 0});
                const double got = servedWeight(in, trial);
                if (got > served + 1e-9 * std::max(1.0, served)) {
                    isOpen[open[c].candidate] = false;
                    isOpen[ranked[r].second] = true;
                    open = trial;
                    std::tie(served, residual) = residualOf(open);
                    improved = true;
                    break;
                }
            }
        }
    }
    Solution out;
    std::sort(open.begin(), open.end(), [](const Opening &a, const Opening &b) { return a.candidate < b.candidate; });
    out.open = open;
    out.objective = served;
    out.method = "heuristic";
    out.seconds = secondsSince(t0);
    return out;
}

} // namespace

Solution maxCoverageHeuristic(const Instance &in, double timeLimitSeconds)
{
    if (in.capacitated)
        return maxServedHeuristic(in, timeLimitSeconds);
    const auto t0 = Clock::now();
    std::vector<std::uint32_t> times(in.points(), 0);
    std::vector<bool> open(in.candidates, false);
    std::vector<std::uint32_t> chosen;
    auto gainOf = [&](std::uint32_t j) {
        double g = 0.0;
        for (std::uint32_t p : in.reach[j])
            g += times[p] == 0 ? in.pointWeight[p] : 0.0;
        return g;
    };
    auto add = [&](std::uint32_t j) {
        open[j] = true;
        for (std::uint32_t p : in.reach[j])
            ++times[p];
    };
    auto remove = [&](std::uint32_t j) {
        open[j] = false;
        for (std::uint32_t p : in.reach[j])
            --times[p];
    };
    while (chosen.size() < in.k) {
        double best = 0.0;
        std::uint32_t bestJ = 0;
        for (std::uint32_t j = 0; j < in.candidates; ++j)
            if (!open[j]) {
                const double g = gainOf(j);
                if (g > best + 1e-12) {
                    best = g;
                    bestJ = j;
                }
            }
        if (best <= 0)
            break; // every reachable person is covered
        add(bestJ);
        chosen.push_back(bestJ);
    }
    // One-for-one swaps: out goes a site, in comes the best other one, while that gains.
    for (bool improved = true; improved && secondsSince(t0) < timeLimitSeconds;) {
        improved = false;
        for (std::size_t c = 0; c < chosen.size() && secondsSince(t0) < timeLimitSeconds; ++c) {
            const std::uint32_t j = chosen[c];
            remove(j);
            const double loss = gainOf(j);
            double best = loss;
            std::uint32_t bestJ = j;
            for (std::uint32_t i = 0; i < in.candidates; ++i)
                if (!open[i] && i != j) {
                    const double g = gainOf(i);
                    if (g > best + 1e-9 * std::max(1.0, best)) {
                        best = g;
                        bestJ = i;
                    }
                }
            add(bestJ);
            chosen[c] = bestJ;
            improved = improved || bestJ != j;
        }
    }
    Solution out;
    std::sort(chosen.begin(), chosen.end());
    for (std::uint32_t j : chosen)
        out.open.push_back({j, 0});
    out.objective = coveredWeight(in, out.open);
    out.method = "heuristic";
    out.seconds = secondsSince(t0);
    return out;
}

} // namespace qh::siting
