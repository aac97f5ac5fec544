// quarterhour-cli analyze: coverage, supply ratios and target evaluation of a project.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>

#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QImageWriter>

#include "command.h"
#include "analysisrun.h"
#include "analyzereport.h"
#include "args.h"
#include "coverage/model.h"
#include "error.h"
#include "io/geopackage.h"
#include "io/outputs.h"
#include "io/readers.h"
#include "io/results.h"
#include "maprenderer.h"
#include "qgisstyle.h"
#include "symbology.h"
#include "scenario/project.h"
#include "targets/evaluate.h"
#include "feedback.h"
#include "threads.h"

namespace qh::cli {

namespace {

double msSince(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

/// The files of a result set besides the maps (map_<type>.png).
const std::vector<std::string> kResultFiles{"summary.json", "units.csv", "results.gpkg"};
/// The layers --geojson copies, each as <layer>.geojson in WGS 84.
const std::vector<std::string> kGeoJsonLayers{"units", "facilities", "catchments_by_type"};

/// A progress line on stderr while layers are read and facilities searched, when
/// stderr is a terminal (or QH_PROGRESS=1): "[ 45%] searching from every facility",
/// rewritten in place and cleared at the end.
class ProgressLine
{
public:
    ProgressLine() : mOn(isatty(fileno(stderr)) || qEnvironmentVariable("QH_PROGRESS") == QLatin1String("1"))
    {
        if (!mOn)
            return;
        mFeedback.onProgress = [this](double percent, const std::string &step) {
            const int whole = int(percent);
            std::lock_guard<std::mutex> lock(mMutex);
            if (whole == mLast && step == mStep)
                return; // at most one line per percent and step
            mLast = whole;
            mStep = step;
            std::fprintf(stderr, "\r[%3d%%] %-60s", whole,
                         QCoreApplication::translate("qh::Feedback", step.c_str()).toLocal8Bit().constData());
            std::fflush(stderr);
        };
    }
    ~ProgressLine()
    {
        if (mOn && mLast >= 0)
            std::fprintf(stderr, "\r%70s\r", "");
    }
    /// The feedback to report to; none when no line is shown (a search that
    /// reports waits on the reporter's last 50 ms tick).
    Feedback *feedback() { return mOn ? &mFeedback : nullptr; }

private:
    Feedback mFeedback;
    bool mOn;
    std::mutex mMutex;
    int mLast = -1;
    std::string mStep;
};

/// One map of walking minutes per facility type, each written beside its final name
/// and moved into place; the maps are drawn at the same time, one per core, from
/// one scene (its paths are made ready for several painters when it is built:
/// one scene per core held a province's network twice).
std::vector<std::string> writeMinuteMaps(const Project &project, const RegionData &region, const AnalysisResult &res,
                                         const std::string &outDir)
{
    const std::size_t n = res.profile.types.size();
    std::vector<std::string> maps(n), errors(n);
    auto draw = [&](std::size_t t, const MapScene &scene) {
        const FacilityType &type = res.profile.types[t];
        MapStyle style;
        style.cellColouring = MapStyle::CellColouring::Minutes;
        style.minutesType = int(t);
        const QString title = QCoreApplication::translate("qh::cli::Analyze",
                                                          "%1 — walking minutes to %2 (circle: %3 min at %4 m/s)")
                                  .arg(QString::fromStdString(project.name), localLabel(type.label, type.labelZh))
                                  .arg(type.minutes)
                                  .arg(type.speedMps, 0, 'f', 2);
        const QImage img = renderMapImage(scene, style, QSize(1400, 1800), title,
                                          QString::fromStdString(project.attribution));
        const std::string path = (std::filesystem::path(outDir) / ("map_" + type.key + ".png")).string();
        const QString tmp = QString::fromStdString(path) + ".part";
        // Opaque (the map has a white ground) and zlib at a middle level: 40 % less
        // time than Qt's default for 5 % more bytes.
        QImageWriter writer(tmp, "PNG");
        writer.setQuality(60);
        if (!writer.write(img.convertToFormat(QImage::Format_RGB32)) || !QFile::rename(tmp, QString::fromStdString(path))) {
            QFile::remove(tmp);
            errors[t] = path + ": cannot write the map image";
            return;
        }
        maps[t] = path;
    };
    if (n == 0)
        return maps;
    const MapScene scene(region, &res);
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t t; (t = next.fetch_add(1)) < n;) {
            try {
                draw(t, scene);
            } catch (const std::exception &e) {
                errors[t] = e.what();
            }
        }
    };
    std::vector<std::thread> pool;
    for (unsigned k = 1; k < std::min<std::size_t>(n, workerThreads()); ++k)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    for (const std::string &e : errors)
        if (!e.empty())
            throw FileError(e);
    return maps;
}

class AnalyzeCommand : public Command
{
public:
    std::string name() const override { return "analyze"; }
    std::string summary() const override { return "walking coverage, supply ratios and targets per unit"; }
    bool needsGui() const override { return true; }
    std::string usage() const override
    {
        return R"USAGE(usage: quarterhour-cli analyze <project.qhproj> [--out DIR] [--targets ID|FILE] [--baseline]
       quarterhour-cli analyze --network F[:LAYER] --facilities F[:LAYER]
                               --population F[:LAYER] [--units F[:LAYER]]
                               [--pop-field NAME] [--profile ID|FILE] [--minutes M]
                               [--speed M/S] [--max-distance METRES] [--out DIR]

Loads a project (or layers given one by one), builds the walking network, runs one
bounded network search per facility, evaluates the target profile, and writes into
DIR (default out/<project name>): summary.json, units.csv, results.gpkg and a map
of walking minutes per facility type, map_<type>.png.

  --out DIR               where the results go (never over an input file)
  --geojson               also units, facilities and catchments_by_type as
                          GeoJSON (WGS 84, RFC 7946) for web maps
  --baseline              the facilities as the layers have them, without the
                          project's plan (proposed, moved, removed facilities);
                          by default a project's saved plan is analysed
  --targets, --profile ID|FILE
                          a bundled target profile (see `profiles`) or a file;
                          overrides the project's "targets"
  --network F[:LAYER]     walking network: any line layer or an OSM .pbf
  --facilities F[:LAYER]  facilities (type from a `type` column, capacities from
                          beds, nursing_beds, childcare_places, kindergarten_places,
                          inclusive_places, places, capacity, floor_area_m2,
                          land_area_m2, cognitive_beds)
  --population F[:LAYER]  cells, points or a raster
  --units F[:LAYER]       planning units (default: the whole area is one unit)
  --pop-field NAME        the population column
  --minutes M             walking time budget of every facility type
  --speed M/S             walking speed of every facility type
  --max-distance METRES   farthest snap to the network (default 500)

exit codes: 0 ok, 1 a problem with a file or its data, 2 bad arguments
)USAGE";
    }

    int run(const std::vector<std::string> &args) override
    {
        std::string outDir, targets;
        std::vector<std::string> positional;
        LayerOptions layers;
        bool byLayers = false, baseline = false, geojson = false;
        auto layer = [&byLayers](LayerRef *target) {
            return [target, &byLayers](const std::string &v) {
                *target = layerArg(v);
                byLayers = true;
            };
        };
        ArgParser()
            .option("--out", &outDir)
            .flag("--baseline", &baseline)
            .flag("--geojson", &geojson)
            .option("--targets", &targets)
            .option("--profile", &targets)
            .option("--network", layer(&layers.network))
            .option("--facilities", layer(&layers.facilities))
            .option("--population", layer(&layers.population))
            .option("--units",
                    [&](const std::string &v) {
                        layers.units = layerArg(v);
                        byLayers = true;
                    })
            .option("--pop-field", &layers.populationField)
            .option("--minutes", [&](const std::string &v) { layers.minutes = numberIn(v, "--minutes", limits::minutes); })
            .option("--speed", [&](const std::string &v) { layers.speedMps = numberIn(v, "--speed", limits::speedMps); })
            .option("--max-distance",
                    [&](const std::string &v) { layers.maxSnapDistance = numberIn(v, "--max-distance", limits::maxSnapDistance); })
            .positional(&positional, 1, "analyze takes one project file")
            .parse(args);
        const std::string projectPath = positional.empty() ? std::string() : positional[0];
        if (byLayers && !projectPath.empty())
            throw BadArguments("give a project file or layers (--network …), not both");
        if (byLayers && (layers.network.path.empty() || layers.facilities.path.empty() || layers.population.path.empty()))
            throw BadArguments("analyze by layers needs --network, --facilities and --population (--units is optional)");
        if (!byLayers && projectPath.empty())
            throw BadArguments("analyze needs a project file (.qhproj) or layers (--network …)");

        const auto t0 = std::chrono::steady_clock::now();
        Warnings setupWarnings;
        Project project = byLayers ? projectFromLayers(layers, setupWarnings) : loadProject(projectPath);
        if (outDir.empty())
            outDir = (std::filesystem::path("out")
                      / (byLayers ? project.name : std::filesystem::path(projectPath).stem().string()))
                         .string();
        // Before any work: no output of the set is one of the inputs.
        {
            namespace fs = std::filesystem;
            std::vector<std::string> outputs;
            for (const std::string &name : kResultFiles)
                outputs.push_back((fs::path(outDir) / name).string());
            for (const FacilityType &t : project.profile.types)
                outputs.push_back((fs::path(outDir) / ("map_" + t.key + ".png")).string());
            refuseToOverwriteInputs(outputs, projectInputs(project));
        }
        // The whole set is written beside the folder and swapped in at the end.
        std::vector<std::string> setNames = kResultFiles;
        for (const std::string &l : kGeoJsonLayers)
            setNames.push_back(l + ".geojson");
        OutputSet output(outDir, setNames);
        RunOptions options;
        options.targets = targets;
        options.baseline = baseline;
        options.catchments = true;
        options.setupWarnings = setupWarnings;
        // Explicit options win over the profile's circles.
        options.adjust = [&layers](Project &p) {
            for (FacilityType &t : p.profile.types) {
                if (layers.minutes)
                    t.minutes = *layers.minutes;
                if (layers.speedMps) {
                    t.speedMps = *layers.speedMps;
                    t.speedSource = "given on the command line";
                }
            }
            if (layers.maxSnapDistance)
                p.profile.maxSnapDistance = *layers.maxSnapDistance;
        };
        std::optional<ProgressLine> progress(std::in_place);
        AnalysisRun run = runAnalysis(std::move(project), options, progress->feedback());
        progress.reset(); // the line is cleared before the report
        const Project &projectRun = run.project;
        const RegionData &region = run.region;
        AnalysisResult &res = run.result;
        const Evaluation *evaluation = run.eval();
        WrittenFiles files;
        std::vector<std::string> maps;
        try {
            const auto tWrite0 = std::chrono::steady_clock::now();
            files = writeResults(projectRun, region, res, output.stagingDir(), evaluation, resultLayerStyles(res, evaluation));
            res.timingsMs.emplace_back("write_results", msSince(tWrite0));
            if (geojson)
                for (const std::string &f : writeGeoJsonCopies(files.geopackage, kGeoJsonLayers, output.stagingDir()))
                    files.extra.push_back(f);
            const auto tMaps0 = std::chrono::steady_clock::now();
            maps = writeMinuteMaps(projectRun, region, res, output.stagingDir());
            res.timingsMs.emplace_back("maps", msSince(tMaps0));
            output.commit();
        } catch (const Error &e) {
            throw FileError(output.namedFinally(e.message()));
        }
        for (std::string *f : {&files.summaryJson, &files.unitsCsv, &files.geopackage})
            *f = output.finalPath(*f);
        for (std::string &f : files.extra)
            f = output.finalPath(f);
        for (std::string &m : maps)
            m = output.finalPath(m);
        printAnalysisReport(projectRun, region, res, evaluation, files, maps, msSince(t0));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeAnalyzeCommand()
{
    return std::make_unique<AnalyzeCommand>();
}

} // namespace qh::cli
