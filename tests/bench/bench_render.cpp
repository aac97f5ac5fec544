// What drawing the map costs the app, on a project (the Porto Alegre city project
// of tests/bench/city.sh, say): the scene built from the region, a whole map drawn
// cold (the network not yet cached), drawn again in the same view (what a layer
// switch or a new analysis costs), and after one facility moved (the app's path: a
// copy of the scene with the new analysis values, then a render), each a median
// of runs, with each layer's part of a warm render.
//   build/tests/bench_render PROJECT.qhproj [WIDTH HEIGHT] [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>

#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include "coverage/model.h"
#include "io/readers.h"
#include "mapscene.h"
#include "scenario/project.h"
#include "targets/evaluate.h"
#include "benchclock.h"

using namespace qh;
using bench::Clock;
using bench::median;
using bench::ms;

namespace {

double renderMs(const MapScene &scene, const MapView &view, const MapStyle &style)
{
    QImage img(view.size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    auto a = Clock::now();
    QPainter p(&img);
    scene.render(p, view, style);
    p.end();
    return ms(a, Clock::now());
}

} // namespace

int main(int argc, char **argv)
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_render PROJECT.qhproj [WIDTH HEIGHT] [RUNS]\n");
        return 2;
    }
    const QSize size(argc > 3 ? std::atoi(argv[2]) : 1600, argc > 3 ? std::atoi(argv[3]) : 1000);
    const int runs = argc > 4 ? std::max(1, std::atoi(argv[4])) : 9;
    const Project project = loadProject(argv[1]);
    const RegionData region = loadRegion(project);
    CoverageModel model(project, region);
    const TargetProfile targets = loadTargetProfile(project.targets.empty() ? "kunming-2022" : project.targets);
    Evaluation ev = evaluate(targets, model.current(), region);

    auto t0 = Clock::now();
    auto scene = std::make_shared<MapScene>(region, &model.current());
    scene->setAnalysis(model.current(), model.facilities(), &ev);
    const double build = ms(t0, Clock::now());
    const MapView view = MapView::fitting(region.extent, size);
    // As the app shows a city: cells by walking minutes, units by warning class.
    MapStyle style;
    style.cellColouring = MapStyle::CellColouring::Minutes;
    style.unitColouring = MapStyle::UnitColouring::WarningClass;
    const double cold = renderMs(*scene, view, style);
    std::vector<double> warm, edit, copy;
    for (int i = 0; i < runs; ++i)
        warm.push_back(renderMs(*scene, view, style));
    std::mt19937 rng(1);
    std::uniform_real_distribution<double> off(-300, 300);
    const std::vector<Facility> facilities = model.facilities();
    for (int i = 0; i < runs; ++i) {
        const Facility &f = facilities[rng() % facilities.size()];
        model.moveFacility(f.id, {f.pos.x + off(rng), f.pos.y + off(rng)});
        reevaluate(ev, targets, model.current(), region, model.lastTouchedUnits());
        auto a = Clock::now();
        auto next = std::make_shared<MapScene>(*scene);
        next->setAnalysis(model.current(), model.facilities(), &ev);
        copy.push_back(ms(a, Clock::now()));
        scene = next;
        edit.push_back(ms(a, Clock::now()) + renderMs(*scene, view, style));
    }
    std::printf("%zu cells, %zu units, %zu facilities, %d x %d px | scene %.0f ms | render cold %.0f ms, warm %.0f ms "
                "(median of %d) | after a move: scene copy %.1f ms, copy + render %.0f ms (median) | warm, by layer:",
                region.cells.size(), region.units.size(), facilities.size(), size.width(), size.height(), build, cold,
                median(warm), runs, median(copy), median(edit));
    for (const MapLayer &layer : style.layers) {
        MapStyle one = style;
        one.showLegend = one.showScaleBar = one.showNorthArrow = false;
        for (MapLayer &l : one.layers)
            l.visible = l.id == layer.id;
        std::vector<double> t;
        for (int i = 0; i < runs; ++i)
            t.push_back(renderMs(*scene, view, one));
        std::printf(" %s %.1f ms", layer.id.c_str(), median(t));
    }
    std::printf("\n");
    return 0;
}
