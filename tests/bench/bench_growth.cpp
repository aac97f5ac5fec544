// Growth and province benchmark: the Porto Alegre city project (tests/bench/city.sh
// makes it) repeated on an N x N grid of tiles, each shifted by the city's extent
// and a kilometre so that no two touch, then analysed as one region.
//   build/tests/bench_growth PROJECT.qhproj TILES_PER_SIDE [MOVES]
// prints one line: segments, facilities, cells, milliseconds per stage (tiling,
// network and model build, result, catchments), moving one facility with updated
// indicators (median of MOVES, and the model's part of it), resident memory after
// each stage and the peak of the process. The stages after the moves are those of
// the CLI's analyze: the result taken out of the model, then the catchments. Run
// one size per process (tests/bench/growth.sh) so that each peak is its own.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <QCoreApplication>

#include "coverage/model.h"
#include "io/readers.h"
#include "scenario/project.h"
#include "targets/evaluate.h"
#include "benchclock.h"
#include "tiling.h"

using namespace qh;
using bench::Clock;
using bench::ms;

namespace {

/// Resident memory now, in MB (Linux /proc/self/statm).
double residentMb()
{
    std::FILE *f = std::fopen("/proc/self/statm", "r");
    long pages = 0, resident = 0;
    if (f) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(f);
    }
    return double(resident) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_growth PROJECT.qhproj TILES_PER_SIDE [MOVES]\n");
        return 2;
    }
    const int side = std::max(1, std::atoi(argv[2]));
    const int moves = argc > 3 ? std::atoi(argv[3]) : 50;
    const Project project = loadProject(argv[1]);
    auto t0 = Clock::now();
    const RegionData city = loadRegion(project);
    auto t1 = Clock::now();
    const RegionData region = side == 1 ? city : bench::tiled(city, side);
    auto t2 = Clock::now();
    const double m2 = residentMb();
    CoverageModel model(project, region);
    auto t3 = Clock::now();
    const double m3 = residentMb();
    // A move with updated indicators, the model's part of it, and the whole result copied.
    std::vector<double> times, modelTimes, copies;
    const TargetProfile targets = loadTargetProfile(project.targets.empty() ? "kunming-2022" : project.targets);
    Evaluation ev = evaluate(targets, model.current(), region);
    std::mt19937 rng(1);
    std::uniform_real_distribution<double> off(-300, 300);
    const std::vector<Facility> facilities = model.facilities();
    for (int i = 0; i < moves && !facilities.empty(); ++i) {
        const Facility &f = facilities[rng() % facilities.size()];
        auto a = Clock::now();
        model.moveFacility(f.id, {f.pos.x + off(rng), f.pos.y + off(rng)});
        modelTimes.push_back(ms(a, Clock::now()));
        reevaluate(ev, targets, model.current(), region, model.lastTouchedUnits());
        times.push_back(ms(a, Clock::now()));
        model.moveFacility(f.id, f.pos);
        reevaluate(ev, targets, model.current(), region, model.lastTouchedUnits());
    }
    // The whole result copied (with the region-wide balance), as a report takes it:
    // apart from the moves, whose caches it would otherwise flush.
    for (int i = 0; i < std::min(moves, 5); ++i) {
        auto b = Clock::now();
        const AnalysisResult copy = model.result();
        copies.push_back(ms(b, Clock::now()));
    }
    // The copies' memory handed back to the system (glibc keeps freed small blocks),
    // so that the figures below are those of the CLI's analyze, which makes none:
    // the result taken out of the model (no copy), then the catchments.
    malloc_trim(0);
    auto t4 = Clock::now();
    const AnalysisResult res = model.releaseResult();
    auto t5 = Clock::now();
    const double m4 = residentMb();
    const CatchmentSet catchments = model.catchments(project.profile.catchmentBuffer);
    auto t6 = Clock::now();
    const double m5 = residentMb();
    std::sort(copies.begin(), copies.end());
    std::sort(times.begin(), times.end());
    std::sort(modelTimes.begin(), modelTimes.end());
    std::size_t vertices = 0;
    for (const MultiPolygon &mp : catchments.types)
        for (const Polygon &p : mp)
            for (const Ring &r : p)
                vertices += r.size();
    std::size_t fv = 0;
    for (const MultiPolygon &mp : catchments.facilities)
        for (const Polygon &p : mp)
            for (const Ring &r : p)
                fv += r.size();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%3d tiles: %8u edges %6zu facilities %8zu cells | read city %6.0f ms, tile %6.0f ms, "
                "model %7.0f ms, result %6.0f ms, catchments %7.0f ms (points: %zu in the facilities' polygons, %zu in the type unions) | move one "
                "facility %.2f ms median (model %.2f ms; whole result copied %.0f ms) | %.1f bytes per edge | resident after tiling %.0f, model %.0f, "
                "result %.0f, catchments %.0f MB | peak %6.0f MB\n",
                side * side, res.network.edges, region.facilities.size(), region.cells.size(), ms(t0, t1),
                ms(t1, t2), ms(t2, t3), ms(t4, t5), ms(t5, t6), fv, vertices,
                times.empty() ? 0.0 : times[times.size() / 2], modelTimes.empty() ? 0.0 : modelTimes[modelTimes.size() / 2],
                copies.empty() ? 0.0 : copies[copies.size() / 2], res.network.bytesPerEdge, m2, m3, m4, m5,
                double(usage.ru_maxrss) / 1024);
    return 0;
}
