// Site-suggestion benchmarks that print their figures (not a test: timings are
// not asserted).
//   build/tests/bench_siting [--time-limit S] [--quick]
// 1. The sample (Liechtenstein, Kunming targets): heuristic against CBC for each
//    goal and candidate grid, through the engine's suggestSites().
// 2. Generated instances of the size, 1,000 candidate sites × 10,000
//    demand points (people at random in a 10 km square, 100 units, a circle of
//    700 m): heuristic time (median of 3) and its gap to CBC's proven optimum or
//    bound, for meet-targets (coverage and places per unit) and max-coverage (k=20).
// 3. City scale: Porto Alegre (tests/bench/portoalegre.h), childcare on a 200 m
//    candidate grid, heuristic only, whole suggestSites() call.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>

#include <QCoreApplication>

#include "benchclock.h"
#include "coverage/model.h"
#include "io/readers.h"
#include "scenario/project.h"
#include "siting/exact.h"
#include "siting/heuristic.h"
#include "siting/suggest.h"
#include "targets/evaluate.h"

#include "portoalegre.h"

using namespace qh;
using namespace qh::siting;
using qh::bench::median;

namespace {

std::string gapText(const Solution &heuristic, const Solution &exact, bool maximise)
{
    if (!exact.feasible)
        return "CBC found no solution";
    const double ref = exact.optimal ? exact.objective : exact.bound.value_or(exact.objective);
    const double gap = maximise ? (ref - heuristic.objective) / ref : (heuristic.objective - ref) / ref;
    char buf[96];
    std::snprintf(buf, sizeof buf, "%.2f %% %s", 100 * gap, exact.optimal ? "(to the optimum)" : "(to CBC's bound)");
    return buf;
}

Instance generated(std::mt19937 &rng, bool maxCoverage)
{
    const std::size_t nPoints = 10000, nCand = 1000, side = 10;
    const double size = 10000, radius = 700;
    std::uniform_real_distribution<double> coord(0, size);
    std::vector<std::pair<double, double>> pts(nPoints), cands(nCand);
    for (auto &p : pts)
        p = {coord(rng), coord(rng)};
    for (auto &c : cands)
        c = {coord(rng), coord(rng)};
    auto unitOf = [&](double x, double y) { return int(std::min<double>(side - 1, x / (size / side))) * int(side) + int(std::min<double>(side - 1, y / (size / side))); };
    Instance in;
    in.candidates = nCand;
    in.reach.resize(nCand);
    in.pointWeight.resize(nPoints);
    for (double &w : in.pointWeight)
        w = 1 + rng() % 50;
    for (std::size_t j = 0; j < nCand; ++j) {
        in.candidateUnit.push_back(unitOf(cands[j].first, cands[j].second));
        for (std::uint32_t p = 0; p < nPoints; ++p) {
            const double dx = pts[p].first - cands[j].first, dy = pts[p].second - cands[j].second;
            if (dx * dx + dy * dy <= radius * radius)
                in.reach[j].push_back(p);
        }
    }
    in.sizes = {{40, 1}, {120, 2.5}};
    if (maxCoverage) {
        in.k = 20;
        return in;
    }
    // Per unit: 80 % of the people some candidate reaches, and 4.5 places per 1,000.
    std::vector<bool> reachable(nPoints, false);
    for (const auto &r : in.reach)
        for (std::uint32_t p : r)
            reachable[p] = true;
    const std::size_t nUnits = side * side;
    std::vector<Instance::CoverRow> rows(nUnits);
    std::vector<double> people(nUnits, 0.0), reachablePeople(nUnits, 0.0);
    for (std::uint32_t p = 0; p < nPoints; ++p) {
        const int u = unitOf(pts[p].first, pts[p].second);
        people[u] += in.pointWeight[p] * 20; // each point stands for a block of 20 × weight residents
        if (reachable[p]) {
            rows[u].points.emplace_back(p, in.pointWeight[p]);
            reachablePeople[u] += in.pointWeight[p];
        }
    }
    for (std::size_t u = 0; u < nUnits; ++u) {
        rows[u].need = 0.8 * reachablePeople[u];
        in.cover.push_back(rows[u]);
        // As the product does (siting/rows.cpp), a need no placement meets is cut to
        // what every candidate of the unit at the largest size gives.
        const double plots = double(std::count(in.candidateUnit.begin(), in.candidateUnit.end(), int(u)));
        if (plots > 0)
            in.capacity.push_back({int(u), 1.0, std::min(4.5 * people[u] / 1000.0, 120.0 * plots)});
    }
    return in;
}

/// The sample's table: heuristic against CBC for each goal and candidate grid.
void sampleTable(const Project &project, const RegionData &region, const TargetProfile &kunming, double timeLimit)
{
    std::printf("1. Sample (Liechtenstein, kunming-2022, childcare), heuristic vs CBC\n");
    std::printf("%-34s %10s %12s %10s %12s %10s %8s\n", "case", "candidates", "heuristic", "h. s", "CBC", "CBC s",
                "optimal");
    struct Case
    {
        const char *name;
        Goal goal;
        std::size_t k;
        double grid;
        const char *sizes;
        bool capacitated = false;
    };
    const std::vector<Case> cases{{"meet targets, grid 200, 30:1", Goal::MeetTargets, 0, 200, "30:1"},
                                  {"meet targets, grid 200, 30:1 90:2.5", Goal::MeetTargets, 0, 200, "30:1,90:2.5"},
                                  {"meet targets, grid 100, 30:1", Goal::MeetTargets, 0, 100, "30:1"},
                                  {"max coverage k=3, grid 200", Goal::MaxCoverage, 3, 200, "30:1"},
                                  {"max coverage k=5, grid 200", Goal::MaxCoverage, 5, 200, "30:1"},
                                  {"max coverage k=10, grid 100", Goal::MaxCoverage, 10, 100, "30:1"},
                                  {"capacitated max cov. k=3, grid 300", Goal::MaxCoverage, 3, 300, "30:1", true},
                                  {"capacitated max cov. k=6, grid 300", Goal::MaxCoverage, 6, 300, "30:1", true}};
    for (const Case &c : cases) {
        SuggestRequest req;
        req.type = "childcare";
        req.goal = c.goal;
        req.k = c.k;
        req.candidates.gridSpacing = c.grid;
        req.sizes = parseSizes(c.sizes);
        req.method = Method::Exact;
        req.capacitated = c.capacitated;
        req.timeLimitSeconds = std::min(timeLimit, 120.0);
        const SuggestResult r = suggestSites(project, region, kunming, req);
        const Solution &h = *r.heuristic;
        std::printf("%-34s %10zu %12.2f %10.3f %12.2f %10.2f %8s  gap %s; every unit passes: %s\n", c.name,
                    r.candidatesUsed, h.objective, h.seconds, r.solution.objective, r.solution.seconds - h.seconds,
                    r.solution.optimal ? "yes" : "no", gapText(h, r.solution, c.goal == Goal::MaxCoverage).c_str(),
                    c.goal == Goal::MeetTargets ? (r.allUnitsPass ? "yes" : "no") : "n/a");
    }
}

/// Generated instances of the size: heuristic against CBC.
void generatedTable(double timeLimit, bool quick, int only)
{
    std::mt19937 rng(11);
    std::printf("\n2. Generated: 1,000 candidates x 10,000 demand points (CBC time limit %.0f s)\n", timeLimit);
    for (int trial = 0; trial < (quick && !only ? 1 : 3); ++trial)
        for (bool maxCoverage : {false, true}) {
            const Instance in = generated(rng, maxCoverage);
            if (only && only != trial + 1)
                continue;
            std::vector<double> times;
            Solution h;
            for (int rep = 0; rep < 3; ++rep) {
                h = maxCoverage ? maxCoverageHeuristic(in, 60) : meetTargetsHeuristic(in, 60);
                times.push_back(h.seconds);
            }
            const Solution x = solveExact(in, maxCoverage, quick ? std::min(timeLimit, 30.0) : timeLimit, &h);
            auto sizesOf = [&](const Solution &sol) {
                std::vector<int> n(in.sizes.size(), 0);
                for (const Opening &o : sol.open)
                    ++n[o.size];
                std::string t;
                for (std::size_t z = 0; z < n.size(); ++z)
                    t += (z ? " + " : "") + std::to_string(n[z]) + " x " + std::to_string(int(in.sizes[z].capacity));
                return t;
            };
            std::printf("    sites: heuristic %s; CBC %s\n", sizesOf(h).c_str(), sizesOf(x).c_str());
            if (!h.feasible)
                std::printf("    the heuristic met not every row\n");
            std::printf("  instance %d, %-13s heuristic %10.2f in %6.2f s (median of 3); CBC %10.2f, bound %10.2f, "
                        "%s (%s) in %6.1f s; heuristic gap %s\n",
                        trial + 1, maxCoverage ? "max coverage" : "meet targets", h.objective, median(times),
                        x.objective, x.bound.value_or(NAN), x.optimal ? "optimal" : "not proven", x.status.c_str(), x.seconds,
                        gapText(h, x, maxCoverage).c_str());
        }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    double timeLimit = 600;
    bool quick = false;
    int only = 0;          // --instance N: only that generated instance
    bool cityOnly = false; // --city: only the city-scale case
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--time-limit") && i + 1 < argc)
            timeLimit = std::atof(argv[++i]);
        else if (!std::strcmp(argv[i], "--quick"))
            quick = true;
        else if (!std::strcmp(argv[i], "--city"))
            cityOnly = true;
        else if (!std::strcmp(argv[i], "--instance") && i + 1 < argc)
            only = std::atoi(argv[++i]);
    }

    Project project = loadProject(QH_SAMPLE_PROJECT);
    const TargetProfile kunming = loadTargetProfile("kunming-2022");
    applyCircles(project, kunming);
    const RegionData region = loadRegion(project);
    if (!only && !cityOnly)
        sampleTable(project, region, kunming, timeLimit);
    if (!cityOnly)
        generatedTable(timeLimit, quick, only);
    if (only)
        return 0;
    std::printf("\n3. City scale: Porto Alegre, childcare, 200 m candidate grid, heuristic;\n"
                "   targets: 4.5 places per 1,000 and 80 %% of each district's residents within the circle\n");
    Project poa = project;
    RegionData city;
    bench::portoAlegreScene(QH_SHARED_DIR, poa, city, true);
    std::printf("   %zu population hexes spread over their areas, counted at %zu points\n", city.cells.size(),
                CoverageModel(poa, city).samplePopulation().size());
    // Kunming's places per 1,000, and 80 % of every district's residents within the
    // 15-minute childcare circle (no bundled profile asks it of residents in all).
    TargetProfile cityTargets = kunming;
    Indicator cover;
    cover.id = "childcare_cover_80";
    cover.label = "Residents within the childcare circle";
    cover.kind = IndicatorKind::CoverageShare;
    cover.facilityType = "childcare";
    cover.group = "total";
    cover.target = 0.8;
    cityTargets.indicators.push_back(cover);
    for (const bool maxCoverage : {false, true}) {
        SuggestRequest req;
        req.type = "childcare";
        req.goal = maxCoverage ? Goal::MaxCoverage : Goal::MeetTargets;
        req.k = 50;
        req.candidates.gridSpacing = 200;
        req.sizes = parseSizes("40:1,120:2.5");
        req.method = Method::Heuristic;
        const auto t0 = std::chrono::steady_clock::now();
        const SuggestResult r = suggestSites(poa, city, cityTargets, req);
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::printf("  %-13s %zu candidates of %zu, %zu sites, objective %.1f; %.0f -> %.0f of %.0f within the "
                    "circle; heuristic %.2f s, whole call %.2f s; every unit passes: %s\n",
                    maxCoverage ? "max coverage" : "meet targets", r.candidatesUsed, r.candidatesGiven, r.sites.size(),
                    r.solution.objective, r.coveredBefore, r.coveredAfter, r.demand, r.solution.seconds, s,
                    maxCoverage ? "n/a" : (r.allUnitsPass ? "yes" : "no"));
    }
    return 0;
}
