#include "siting/exact.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <string>

#include <Cbc_C_Interface.h>

namespace qh::siting {

namespace {

struct ModelDeleter
{
    void operator()(Cbc_Model *m) const { Cbc_deleteModel(m); }
};

} // namespace

Solution solveExact(const Instance &in, bool maxCoverage, double timeLimitSeconds, const Solution *start)
{
    const auto t0 = std::chrono::steady_clock::now();
    std::unique_ptr<Cbc_Model, ModelDeleter> model(Cbc_newModel());
    Cbc_Model *m = model.get();
    Cbc_setLogLevel(m, 0);
    Cbc_setParameter(m, "slogLevel", "0"); // the LP solver's own lines too
    const std::size_t nSizes = maxCoverage ? 1 : in.sizes.size();

    // Columns: y[j][z] (binary), then z[p] (covered, 0–1) for the points rows count.
    std::vector<int> yCol(in.candidates * nSizes);
    for (std::size_t j = 0; j < in.candidates; ++j)
        for (std::size_t z = 0; z < nSizes; ++z) {
            yCol[j * nSizes + z] = Cbc_getNumCols(m);
            const double cost = maxCoverage ? 0.0 : in.sizes[z].cost;
            Cbc_addCol(m, ("y" + std::to_string(j) + "_" + std::to_string(z)).c_str(), 0.0, 1.0, cost, 1, 0,
                       nullptr, nullptr);
        }
    // Meeting targets, people newly within a circle break ties between sites of
    // equal cost: worth together less than a thousandth of the cheapest site, so
    // they never buy a site. (CBC's bound stays a lower bound on the cost.)
    double totalWeight = 0.0, cheapest = 1e300;
    for (double w : in.pointWeight)
        totalWeight += w;
    for (const SiteSize &s : in.sizes)
        cheapest = std::min(cheapest, s.cost);
    const double tieWeight = maxCoverage ? 1.0 : totalWeight > 0 ? -1e-3 * cheapest / totalWeight : 0.0;
    std::vector<bool> inCoverRow(in.points(), false);
    for (const auto &row : in.cover)
        for (const auto &pw : row.points)
            inCoverRow[pw.first] = true;
    std::vector<int> zCol(in.points(), -1);
    for (std::size_t p = 0; p < in.points(); ++p)
        if (in.capacitated ? inCoverRow[p] && !maxCoverage : in.pointWeight[p] > 0 || !maxCoverage) {
            zCol[p] = Cbc_getNumCols(m);
            Cbc_addCol(m, ("z" + std::to_string(p)).c_str(), 0.0, 1.0,
                       in.capacitated ? 0.0 : tieWeight * in.pointWeight[p], 0, 0, nullptr, nullptr);
        }
    // Capacitated: x = people of a point served by a facility within reach (the
    // fixed ones first, then the candidates).
    struct Served
    {
        std::uint32_t point;
        int col;
    };
    std::vector<std::vector<Served>> fixedX(in.capacitated ? in.fixedReach.size() : 0),
        siteX(in.capacitated ? in.candidates : 0);
    const double perServed = maxCoverage ? 1.0 : tieWeight; // max coverage: people served
    auto addX = [&](std::uint32_t p) {
        const int col = Cbc_getNumCols(m);
        Cbc_addCol(m, ("x" + std::to_string(col)).c_str(), 0.0, in.pointWeight[p], perServed, 0, 0, nullptr, nullptr);
        return col;
    };
    for (std::size_t f = 0; f < fixedX.size(); ++f)
        for (std::uint32_t p : in.fixedReach[f])
            if (in.pointWeight[p] > 0)
                fixedX[f].push_back({p, addX(p)});
    for (std::size_t j = 0; j < siteX.size(); ++j)
        for (std::uint32_t p : in.reach[j])
            if (in.pointWeight[p] > 0)
                siteX[j].push_back({p, addX(p)});
    if (maxCoverage)
        Cbc_setObjSense(m, -1.0);

    std::vector<int> idx;
    std::vector<double> val;
    auto addRow = [&](const std::string &name, char sense, double rhs) {
        Cbc_addRow(m, name.c_str(), int(idx.size()), idx.data(), val.data(), sense, rhs);
        idx.clear();
        val.clear();
    };
    // One size per candidate.
    if (nSizes > 1)
        for (std::size_t j = 0; j < in.candidates; ++j) {
            for (std::size_t z = 0; z < nSizes; ++z) {
                idx.push_back(yCol[j * nSizes + z]);
                val.push_back(1.0);
            }
            addRow("one" + std::to_string(j), 'L', 1.0);
        }
    // A point is covered only when an open site reaches it.
    std::vector<std::vector<std::uint32_t>> reachedBy(in.points());
    for (std::uint32_t j = 0; j < in.candidates; ++j)
        for (std::uint32_t p : in.reach[j])
            reachedBy[p].push_back(j);
    for (std::size_t p = 0; p < in.points(); ++p) {
        if (zCol[p] < 0)
            continue;
        idx.push_back(zCol[p]);
        val.push_back(1.0);
        for (std::uint32_t j : reachedBy[p])
            for (std::size_t z = 0; z < nSizes; ++z) {
                idx.push_back(yCol[j * nSizes + z]);
                val.push_back(-1.0);
            }
        addRow("cov" + std::to_string(p), 'L', 0.0);
    }
    if (in.capacitated) {
        std::vector<std::vector<int>> byPoint(in.points());
        for (const auto &list : fixedX)
            for (const Served &x : list)
                byPoint[x.point].push_back(x.col);
        for (const auto &list : siteX)
            for (const Served &x : list)
                byPoint[x.point].push_back(x.col);
        for (std::size_t p = 0; p < in.points(); ++p) { // a person is served once
            if (byPoint[p].size() < 2)
                continue; // the column's upper bound says it
            for (int c : byPoint[p]) {
                idx.push_back(c);
                val.push_back(1.0);
            }
            addRow("once" + std::to_string(p), 'L', in.pointWeight[p]);
        }
        for (std::size_t f = 0; f < fixedX.size(); ++f) { // a facility serves up to its places
            for (const Served &x : fixedX[f]) {
                idx.push_back(x.col);
                val.push_back(1.0);
            }
            addRow("fixed" + std::to_string(f), 'L', in.fixedCapacity[f]);
        }
        for (std::size_t j = 0; j < siteX.size(); ++j) { // a site serves only when open, up to its size
            for (const Served &x : siteX[j]) {
                idx.push_back(x.col);
                val.push_back(1.0);
            }
            for (std::size_t z = 0; z < nSizes; ++z) {
                idx.push_back(yCol[j * nSizes + z]);
                val.push_back(-in.sizes[z].capacity);
            }
            addRow("site" + std::to_string(j), 'L', 0.0);
        }
        if (!maxCoverage) {
            std::vector<std::vector<int>> byUnit(in.units);
            for (std::size_t p = 0; p < in.points(); ++p)
                if (in.pointUnit[p] >= 0)
                    byUnit[std::size_t(in.pointUnit[p])].insert(byUnit[std::size_t(in.pointUnit[p])].end(),
                                                                 byPoint[p].begin(), byPoint[p].end());
            for (std::size_t r = 0; r < in.serve.size(); ++r) {
                for (int c : byUnit[std::size_t(in.serve[r].unit)]) {
                    idx.push_back(c);
                    val.push_back(1.0);
                }
                addRow("serve" + std::to_string(r), 'G', in.serve[r].need);
            }
        }
    }
    if (maxCoverage) {
        for (std::size_t j = 0; j < in.candidates; ++j) {
            idx.push_back(yCol[j]);
            val.push_back(1.0);
        }
        addRow("k", 'L', double(in.k));
    } else {
        for (std::size_t r = 0; r < in.cover.size(); ++r) {
            for (const auto &[p, w] : in.cover[r].points) {
                idx.push_back(zCol[p]);
                val.push_back(w);
            }
            addRow("need" + std::to_string(r), 'G', in.cover[r].need);
        }
        for (std::size_t r = 0; r < in.capacity.size(); ++r) {
            const auto &row = in.capacity[r];
            for (std::size_t j = 0; j < in.candidates; ++j)
                if (in.candidateUnit[j] == row.unit)
                    for (std::size_t z = 0; z < nSizes; ++z) {
                        idx.push_back(yCol[j * nSizes + z]);
                        val.push_back(row.perPlace * in.sizes[z].capacity);
                    }
            addRow("cap" + std::to_string(r), 'G', row.need);
        }
        for (std::size_t r = 0; r < in.count.size(); ++r) {
            const auto &row = in.count[r];
            for (std::size_t j = 0; j < in.candidates; ++j)
                if (in.candidateUnit[j] == row.unit)
                    for (std::size_t z = 0; z < nSizes; ++z)
                        if (in.sizes[z].capacity >= row.minCapacity) {
                            idx.push_back(yCol[j * nSizes + z]);
                            val.push_back(1.0);
                        }
            addRow("count" + std::to_string(r), 'G', row.need);
        }
    }
    if (start && start->feasible && !start->open.empty() && !in.capacitated) {
        std::vector<double> x(std::size_t(Cbc_getNumCols(m)), 0.0);
        for (const Opening &o : start->open) {
            x[std::size_t(yCol[o.candidate * nSizes + (maxCoverage ? 0 : o.size)])] = 1.0;
            for (std::uint32_t p : in.reach[o.candidate])
                if (zCol[p] >= 0)
                    x[std::size_t(zCol[p])] = 1.0;
        }
        std::vector<int> cols(x.size());
        for (std::size_t c = 0; c < cols.size(); ++c)
            cols[c] = int(c);
        Cbc_setMIPStartI(m, int(cols.size()), cols.data(), x.data());
    }
    Cbc_setMaximumSeconds(m, std::max(0.1, timeLimitSeconds));
    Cbc_setAllowableGap(m, 1e-9);
    Cbc_setAllowableFractionGap(m, 1e-9);
    Cbc_solve(m);

    Solution out;
    out.method = "exact (CBC)";
    out.optimal = Cbc_isProvenOptimal(m) != 0;
    out.timeLimitReached = Cbc_isSecondsLimitReached(m) != 0;
    out.status = out.optimal                       ? "optimal"
                 : out.timeLimitReached            ? "time limit"
                 : Cbc_isProvenInfeasible(m)       ? "infeasible"
                 : Cbc_isContinuousUnbounded(m)    ? "unbounded"
                 : Cbc_isAbandoned(m)              ? "abandoned"
                 : Cbc_isNodeLimitReached(m)       ? "node limit"
                                                   : "stopped (status " + std::to_string(Cbc_status(m)) + ", secondary " +
                                                         std::to_string(Cbc_secondaryStatus(m)) + ")";
    const double *x = Cbc_getColSolution(m);
    const bool hasSolution = x && Cbc_numberSavedSolutions(m) + (out.optimal ? 1 : 0) > 0;
    if (hasSolution && !Cbc_isProvenInfeasible(m)) {
        for (std::uint32_t j = 0; j < in.candidates; ++j)
            for (std::size_t z = 0; z < nSizes; ++z)
                if (x[yCol[j * nSizes + z]] > 0.5)
                    out.open.push_back({j, z});
    }
    // The objective is recomputed from the sites, not taken from the LP's covered shares.
    out.objective = maxCoverage ? (in.capacitated ? servedWeight(in, out.open) : coveredWeight(in, out.open))
                                : costOf(in, out.open);
    out.feasible = maxCoverage || meetsRows(in, out.open);
    const double bound = Cbc_getBestPossibleObjValue(m);
    if (std::isfinite(bound) && std::abs(bound) < 1e50)
        out.bound = out.optimal ? out.objective : maxCoverage ? bound : std::max(0.0, bound);
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return out;
}

} // namespace qh::siting
