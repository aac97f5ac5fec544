#include "siting/assignment.h"

#include <algorithm>
#include <limits>
#include <queue>

namespace qh::siting {

namespace {

/// Dinic's maximum flow on a small adjacency-list graph with double capacities.
class MaxFlow
{
public:
    explicit MaxFlow(std::size_t nodes) : mFirst(nodes, -1), mLevel(nodes), mNext(nodes) {}

    /// An arc u → v of capacity c; returns its index (its reverse is index + 1).
    int add(std::size_t u, std::size_t v, double c)
    {
        mArcs.push_back({v, c, mFirst[u]});
        mFirst[u] = int(mArcs.size()) - 1;
        mArcs.push_back({u, 0.0, mFirst[v]});
        mFirst[v] = int(mArcs.size()) - 1;
        return int(mArcs.size()) - 2;
    }
    double flowOn(int arc) const { return mArcs[std::size_t(arc) + 1].cap; }

    double run(std::size_t s, std::size_t t)
    {
        double total = 0.0;
        while (bfs(s, t)) {
            for (std::size_t i = 0; i < mFirst.size(); ++i)
                mNext[i] = mFirst[i];
            while (const double f = dfs(s, t, std::numeric_limits<double>::infinity()))
                total += f;
        }
        return total;
    }

private:
    struct Arc
    {
        std::size_t to;
        double cap;
        int next;
    };
    static constexpr double kEps = 1e-9;

    bool bfs(std::size_t s, std::size_t t)
    {
        std::fill(mLevel.begin(), mLevel.end(), -1);
        std::queue<std::size_t> q;
        mLevel[s] = 0;
        q.push(s);
        while (!q.empty()) {
            const std::size_t u = q.front();
            q.pop();
            for (int a = mFirst[u]; a >= 0; a = mArcs[std::size_t(a)].next) {
                const Arc &arc = mArcs[std::size_t(a)];
                if (arc.cap > kEps && mLevel[arc.to] < 0) {
                    mLevel[arc.to] = mLevel[u] + 1;
                    q.push(arc.to);
                }
            }
        }
        return mLevel[t] >= 0;
    }

    // Iterative would be safer for deep graphs; ours have four levels.
    double dfs(std::size_t u, std::size_t t, double pushed)
    {
        if (u == t)
            return pushed;
        for (int &a = mNext[u]; a >= 0; a = mArcs[std::size_t(a)].next) {
            Arc &arc = mArcs[std::size_t(a)];
            if (arc.cap <= kEps || mLevel[arc.to] != mLevel[u] + 1)
                continue;
            if (const double f = dfs(arc.to, t, std::min(pushed, arc.cap)); f > kEps) {
                arc.cap -= f;
                mArcs[std::size_t(a) ^ 1u].cap += f;
                return f;
            }
        }
        return 0.0;
    }

    std::vector<Arc> mArcs;
    std::vector<int> mFirst, mLevel, mNext;
};

} // namespace

Assignment::Assignment(const std::vector<double> &pointPeople,
                       const std::vector<std::vector<std::uint32_t>> &facilityReach,
                       const std::vector<double> &facilityCapacity)
    : mPeople(pointPeople)
    , mReach(facilityReach)
    , mCapacity(facilityCapacity)
{
}

double Assignment::solve()
{
    return run(nullptr, nullptr);
}

double Assignment::solveGrouped(const std::vector<int> &group, const std::vector<double> &groupCap)
{
    return run(&group, &groupCap);
}

double Assignment::run(const std::vector<int> *group, const std::vector<double> *groupCap)
{
    // Nodes: source, sink, groups, points, facilities.
    const std::size_t nGroups = groupCap ? groupCap->size() : 0, nPoints = mPeople.size(), nFac = mReach.size();
    const std::size_t source = 0, sink = 1, groups = 2, points = groups + nGroups, facilities = points + nPoints;
    MaxFlow flow(facilities + nFac);
    std::vector<int> pointArc(nPoints, -1);
    for (std::size_t g = 0; g < nGroups; ++g)
        flow.add(source, groups + g, std::max(0.0, (*groupCap)[g]));
    for (std::size_t p = 0; p < nPoints; ++p) {
        if (!(mPeople[p] > 0))
            continue;
        if (group) {
            const int g = (*group)[p];
            if (g < 0)
                continue;
            pointArc[p] = flow.add(groups + std::size_t(g), points + p, mPeople[p]);
        } else {
            pointArc[p] = flow.add(source, points + p, mPeople[p]);
        }
    }
    const double unlimited = std::numeric_limits<double>::infinity();
    for (std::size_t f = 0; f < nFac; ++f) {
        if (!(mCapacity[f] > 0))
            continue;
        for (std::uint32_t p : mReach[f])
            flow.add(points + p, facilities + f, unlimited);
        flow.add(facilities + f, sink, mCapacity[f]);
    }
    const double total = flow.run(source, sink);
    mServed.assign(nPoints, 0.0);
    for (std::size_t p = 0; p < nPoints; ++p)
        if (pointArc[p] >= 0)
            mServed[p] = flow.flowOn(pointArc[p]);
    return total;
}

} // namespace qh::siting
