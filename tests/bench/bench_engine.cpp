// Engine benchmarks that print their figures (not a test: timings are not asserted).
//   build/tests/bench_engine [path/to/shared]
// 1. Full analysis of the sample (load → indicators), median of 7 runs.
// 2. Moving one facility → updated indicators: median over 200 random moves, on the
//    sample and on a city-scale scene (Porto Alegre's 2,000 km network, 1,227
//    population hexes, facilities at the hexes with schools and health units).
// 3. Graph memory in bytes per edge.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

#include <QCoreApplication>

#include "coverage/model.h"
#include "io/readers.h"
#include "scenario/project.h"
#include "targets/evaluate.h"
#include "benchclock.h"

#include "portoalegre.h"

using namespace qh;
using bench::Clock;
using bench::median;
using bench::ms;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * v.size()))];
}

void benchMoves(const char *name, const Project &project, const RegionData &region, int moves)
{
    auto t0 = Clock::now();
    const TargetProfile targets = loadTargetProfile("kunming-2022");
    CoverageModel model(project, region);
    AnalysisResult base = model.result();
    Evaluation ev = evaluate(targets, base, region);
    const double build = ms(t0, Clock::now());
    std::mt19937 rng(1);
    std::uniform_real_distribution<double> off(-300, 300);
    std::vector<double> search, total;
    const auto facs = model.facilities();
    for (int i = 0; i < moves; ++i) {
        const Facility &f = facs[rng() % facs.size()];
        const Point p{f.pos.x + off(rng), f.pos.y + off(rng)};
        auto a = Clock::now();
        model.moveFacility(f.id, p);
        auto b = Clock::now();
        reevaluate(ev, targets, model.current(), region, model.lastTouchedUnits());
        auto c = Clock::now();
        search.push_back(ms(a, b));
        total.push_back(ms(a, c));
        model.moveFacility(f.id, f.pos); // back, so every move starts from the baseline
        reevaluate(ev, targets, model.current(), region, model.lastTouchedUnits());
    }
    std::printf("%-34s %6zu cells %5zu facilities | full build %7.1f ms | move one facility: search %.2f ms, "
                "with updated indicators median %.2f ms (p90 %.2f ms)\n",
                name, region.cells.size(), facs.size(), build, median(search), median(total),
                percentile(total, 0.9));
    std::printf("%-34s graph %u edges, %.1f bytes per edge\n", "", base.network.edges, base.network.bytesPerEdge);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::string shared = argc > 1 ? argv[1] : QH_SHARED_DIR;

    // 1. Sample, load to indicators.
    std::vector<double> full;
    Project sample;
    RegionData sampleRegion;
    for (int i = 0; i < 7; ++i) {
        auto t0 = Clock::now();
        sample = loadProject(QH_SAMPLE_PROJECT);
        const TargetProfile targets = loadTargetProfile("kunming-2022");
        applyCircles(sample, targets);
        sampleRegion = loadRegion(sample);
        const AnalysisResult r = analyze(sample, sampleRegion);
        const Evaluation ev = evaluate(targets, r, sampleRegion);
        full.push_back(ms(t0, Clock::now()));
    }
    std::printf("Liechtenstein sample, load -> indicators (Kunming targets): median %.1f ms of 7\n", median(full));

    // 2. Moves.
    benchMoves("Liechtenstein sample", sample, sampleRegion, 200);

    Project poa = sample;
    RegionData city;
    auto t0 = Clock::now();
    bench::portoAlegreScene(shared, poa, city);
    const double load = ms(t0, Clock::now());
    std::printf("Porto Alegre: read network (PBF) and %zu population hexes in %.0f ms\n", city.cells.size(), load);
    benchMoves("Porto Alegre (city scale)", poa, city, 200);
    return 0;
}
