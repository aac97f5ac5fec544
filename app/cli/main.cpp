// quarterhour-cli: batch front end over the engine.
// Exit codes (as osmium-tool): 0 ok, 1 error in the data or files, 2 bad arguments.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <QDir>
#include <QSaveFile>
#include <QGuiApplication>

#include "coverage/analysis.h"
#include "coverage/model.h"
#include "error.h"
#include "io/gdal.h"
#include "io/readers.h"
#include "io/results.h"
#include "maprenderer.h"
#include "network/servicearea.h"
#include "scenario/project.h"
#include "targets/evaluate.h"

namespace {

constexpr const char *kUsage = R"(usage: quarterhour-cli <command> [options]

commands:
  info <file>                       describe any GDAL-readable file: driver, layers,
                                    geometry types, CRS, feature counts, fields
  analyze <project.qhproj> [--out DIR] [--targets ID|FILE]
  analyze --network F[:L] --facilities F[:L] --population F[:L] [--units F[:L]]
          [--pop-field NAME] [--profile ID|FILE] [--minutes M] [--speed M/S]
          [--max-distance METRES] [--out DIR]
                                    15-minute walking coverage per facility type and
                                    per unit; writes DIR/summary.json, DIR/units.csv,
                                    DIR/results.gpkg and a map per facility type,
                                    DIR/map_<type>.png (default DIR: out/<project name>);
                                    --targets evaluates a target profile (see
                                    `profiles`), overriding the project's "targets"
  profiles                          list the bundled target profiles
  reach --network FILE[:LAYER] --starts FILE[:LAYER] [--cutoff METRES]
        [--id-field NAME] [--charge-offset] [--max-snap METRES] [--threads N]
        [--all-ways] [--out FILE.csv]
                                    service area of each start: network length
                                    reachable within the cutoff (default 1000 m),
                                    as CSV start_id,x,y,reachable_len_m. The walk
                                    to the network is free unless --charge-offset
                                    (as QGIS). --all-ways takes every line, not
                                    only walkable OSM classes.
  --help, --version
exit codes: 0 ok, 1 error in files or data, 2 bad arguments
)";

int badArgs(const std::string &msg)
{
    std::cerr << "quarterhour-cli: " << msg << "\n" << kUsage;
    return 2;
}

int cmdInfo(const std::vector<std::string> &args)
{
    if (args.size() != 1)
        return badArgs("info takes exactly one file");
    qh::DatasetInfo info = qh::describeDataset(args[0]);
    std::int64_t features = 0;
    for (const auto &l : info.layers)
        features += l.featureCount;
    if (!info.raster && features == 0)
        throw qh::DataError(args[0] + ": no features in "
                            + (info.layers.empty() ? std::string("the file (it has no layers)")
                                                   : "any of its " + std::to_string(info.layers.size())
                                                         + " layer(s)"));
    std::cout << qh::formatDatasetInfo(info);
    return 0;
}

std::string pct(double share)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%5.1f%%", share * 100.0);
    return buf;
}

/// A positive number given on the command line; invalid_argument naming the option.
double positiveNumber(const std::string &v, const std::string &option)
{
    std::size_t n = 0;
    double d = 0;
    try {
        d = std::stod(v, &n);
    } catch (...) {
        n = 0;
    }
    if (n != v.size() || !(d > 0))
        throw std::invalid_argument(option + " must be a positive number, not '" + v + "'");
    return d;
}

/// The value after option args[i] (advancing i); invalid_argument when there is none.
std::string optionValue(const std::vector<std::string> &args, std::size_t &i)
{
    if (i + 1 >= args.size())
        throw std::invalid_argument(args[i] + " needs a value");
    return args[++i];
}

qh::LayerRef layerArg(const std::string &arg)
{
    // FILE or FILE:LAYER (a Windows drive letter is not a layer)
    const auto colon = arg.rfind(':');
    if (colon != std::string::npos && colon > 1 && arg.find('/', colon) == std::string::npos)
        return {arg.substr(0, colon), arg.substr(colon + 1)};
    return {arg, ""};
}

int cmdAnalyze(const std::vector<std::string> &args)
{
    std::string projectPath, outDir, targets;
    qh::LayerOptions layers;
    bool byLayers = false;
    try {
        for (std::size_t i = 0; i < args.size(); ++i) {
            const std::string &a = args[i];
            auto value = [&] { return optionValue(args, i); };
            if (a == "--out") outDir = value();
            else if (a == "--targets" || a == "--profile") targets = value();
            else if (a == "--network") layers.network = layerArg(value()), byLayers = true;
            else if (a == "--facilities") layers.facilities = layerArg(value()), byLayers = true;
            else if (a == "--population") layers.population = layerArg(value()), byLayers = true;
            else if (a == "--units") layers.units = layerArg(value()), byLayers = true;
            else if (a == "--pop-field") layers.populationField = value();
            else if (a == "--minutes") layers.minutes = positiveNumber(value(), a);
            else if (a == "--speed") layers.speedMps = positiveNumber(value(), a);
            else if (a == "--max-distance") layers.maxSnapDistance = positiveNumber(value(), a);
            else if (a.rfind("--", 0) == 0) throw std::invalid_argument("unknown option " + a);
            else if (projectPath.empty()) projectPath = a;
            else throw std::invalid_argument("analyze takes one project file");
        }
    } catch (const std::invalid_argument &e) {
        return badArgs(e.what());
    }
    if (byLayers && !projectPath.empty())
        return badArgs("give a project file or layers (--network …), not both");
    if (byLayers && (layers.network.path.empty() || layers.facilities.path.empty()
                     || layers.population.path.empty()))
        return badArgs("analyze by layers needs --network, --facilities and --population (--units is optional)");
    if (!byLayers && projectPath.empty())
        return badArgs("analyze needs a project file (.qhproj) or layers (--network …)");

    const auto t0 = std::chrono::steady_clock::now();
    qh::Warnings setupWarnings;
    qh::Project project = byLayers ? qh::projectFromLayers(layers, setupWarnings) : qh::loadProject(projectPath);
    if (!targets.empty())
        project.targets = targets;
    std::optional<qh::TargetProfile> targetProfile;
    if (!project.targets.empty()) {
        targetProfile = qh::loadTargetProfile(project.targets);
        qh::applyTargetOverrides(*targetProfile, project.targetOverrides);
        qh::applyCircles(project, *targetProfile);
    }
    // Explicit options win over the profile's circles.
    for (qh::FacilityType &t : project.profile.types) {
        if (layers.minutes)
            t.minutes = *layers.minutes;
        if (layers.speedMps) {
            t.speedMps = *layers.speedMps;
            t.speedSource = "given on the command line";
        }
    }
    if (layers.maxSnapDistance)
        project.profile.maxSnapDistance = *layers.maxSnapDistance;
    if (outDir.empty())
        outDir = (std::filesystem::path("out") / (byLayers ? project.name : std::filesystem::path(projectPath).stem().string())).string();
    const auto tLoad0 = std::chrono::steady_clock::now();
    qh::RegionData region = qh::loadRegion(project);
    region.warnings.insert(region.warnings.begin(), setupWarnings.begin(), setupWarnings.end());
    const double loadMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - tLoad0).count();
    qh::CoverageModel model(project, region);
    qh::AnalysisResult res = model.result();
    {
        const auto tc = std::chrono::steady_clock::now();
        res.facilityCatchments = model.facilityCatchments(project.profile.catchmentBuffer);
        res.typeCatchments = model.typeCatchments(res.facilityCatchments);
        res.timingsMs.emplace_back("catchments", std::chrono::duration<double, std::milli>(
                                                     std::chrono::steady_clock::now() - tc).count());
    }
    res.timingsMs.insert(res.timingsMs.begin(), {"load_layers", loadMs});
    std::optional<qh::Evaluation> evaluation;
    if (targetProfile)
        evaluation = qh::evaluate(*targetProfile, res, region);
    qh::WrittenFiles files = qh::writeResults(project, region, res, outDir,
                                              evaluation ? &*evaluation : nullptr);
    std::vector<std::string> maps;
    const auto tMaps0 = std::chrono::steady_clock::now();
    {
        const qh::MapScene scene(region, &res);
        for (std::size_t t = 0; t < res.profile.types.size(); ++t) {
            const qh::FacilityType &type = res.profile.types[t];
            qh::MapStyle style;
            style.cellColouring = qh::MapStyle::CellColouring::Minutes;
            style.minutesType = int(t);
            const QString title = QString::fromStdString(
                project.name + " — walking minutes to " + type.label + " (circle: "
                + QString::number(type.minutes).toStdString() + " min at "
                + QString::number(type.speedMps, 'f', 2).toStdString() + " m/s)");
            const QImage img = qh::renderMapImage(scene, style, QSize(1400, 1800), title,
                                                  QString::fromStdString(project.attribution));
            const std::string path = (std::filesystem::path(outDir) / ("map_" + type.key + ".png")).string();
            const QString tmp = QString::fromStdString(path) + ".part";
            // Written beside its final name, then moved into place.
            QFile::remove(QString::fromStdString(path));
            if (!img.save(tmp, "PNG") || !QFile::rename(tmp, QString::fromStdString(path))) {
                QFile::remove(tmp);
                throw qh::FileError(path + ": cannot write the map image");
            }
            maps.push_back(path);
        }
    }
    res.timingsMs.emplace_back("maps", std::chrono::duration<double, std::milli>(
                                           std::chrono::steady_clock::now() - tMaps0).count());
    const double totalMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();

    std::printf("Project: %s (%s)\n", project.name.c_str(), project.crs.authId().c_str());
    std::printf("Profile: %s\n", res.profile.name.c_str());
    std::printf("Network: %.1f km, %u edges, %u nodes, %zu part(s), %.0f bytes/edge\n",
                res.network.lengthKm, res.network.edges, res.network.nodes,
                res.network.components, res.network.bytesPerEdge);
    std::printf("Population cells: %zu (%zu large ones counted at several points, %zu points in all); "
                "units: %zu; facilities: %zu\n",
                region.cells.size(), res.largeCells, res.samplePoints, region.units.size(),
                region.facilities.size());
    for (std::size_t t = 0; t < res.profile.types.size(); ++t) {
        const qh::FacilityType &type = res.profile.types[t];
        auto g = res.groupIndex(type.demandGroup);
        std::printf("%s: %g min at %.2f m/s (%.0f m): %s of %s covered (%.0f of %.0f); "
                    "balance (Gini of E2SFCA access) %.2f\n",
                    type.label.c_str(), type.minutes, type.speedMps, type.budgetMetres(),
                    pct(res.totalPop[*g] > 0 ? res.totalCovered[t][*g] / res.totalPop[*g] : 0).c_str(),
                    res.groups[*g].label.c_str(), res.totalCovered[t][*g], res.totalPop[*g], res.gini[t]);
    }
    std::printf("\n%-16s", "unit");
    for (const auto &type : res.profile.types)
        std::printf(" %14.14s %9s", (type.key + " cov").c_str(), "/1000");
    std::printf("\n");
    for (std::size_t u = 0; u < region.units.size(); ++u) {
        std::printf("%-16.16s", region.units[u].name.c_str());
        for (std::size_t t = 0; t < res.profile.types.size(); ++t) {
            auto g = res.groupIndex(res.profile.types[t].demandGroup);
            const auto &ratio = res.units[u].ratioPer1000[t];
            char r[32] = "-";
            if (ratio)
                std::snprintf(r, sizeof r, "%.1f", *ratio);
            std::printf(" %14s %9s", pct(res.units[u].share(t, *g)).c_str(), r);
        }
        std::printf("\n");
    }
    if (evaluation) {
        std::printf("\nTargets: %s\n", evaluation->profileName.c_str());
        for (const qh::IndicatorResult &ir : evaluation->indicators) {
            if (!ir.available) {
                std::printf("  - %s: not evaluated (%s)\n", ir.indicator.label.c_str(),
                            ir.unavailableReason.c_str());
                continue;
            }
            char value[32] = "-";
            if (ir.region.value)
                std::snprintf(value, sizeof value, "%.3g", *ir.region.value);
            std::printf("  %s %s: %s (target %g); %d of %zu units pass%s%s\n",
                        ir.region.pass ? "PASS" : "FAIL", ir.indicator.label.c_str(), value,
                        ir.indicator.target, ir.unitsPassing, ir.units.size(),
                        ir.region.gapText.empty() ? "" : "; region: ", ir.region.gapText.c_str());
        }
    }
    if (!res.warnings.empty()) {
        std::printf("\nWarnings (%zu):\n", res.warnings.size());
        for (const auto &w : res.warnings)
            std::printf("  - %s\n", w.c_str());
    }
    std::printf("\nWrote %s\n      %s\n      %s\n", files.summaryJson.c_str(), files.unitsCsv.c_str(),
                files.geopackage.c_str());
    for (const std::string &m : maps)
        std::printf("      %s\n", m.c_str());
    std::printf("Time: %.0f ms in all (", totalMs);
    for (std::size_t i = 0; i < res.timingsMs.size(); ++i)
        std::printf("%s%s %.0f ms", i ? ", " : "", res.timingsMs[i].first.c_str(),
                    res.timingsMs[i].second);
    std::printf(")\n");
    return 0;
}

int cmdReach(const std::vector<std::string> &args)
{
    std::string network, starts, idField, outPath;
    double cutoff = 1000.0, maxSnap = 500.0;
    bool charge = false, allWays = false;
    int threads = 0;
    try {
        for (std::size_t i = 0; i < args.size(); ++i) {
            const std::string &a = args[i];
            auto value = [&] { return optionValue(args, i); };
            if (a == "--network") network = value();
            else if (a == "--starts") starts = value();
            else if (a == "--cutoff") cutoff = positiveNumber(value(), a);
            else if (a == "--max-snap") maxSnap = positiveNumber(value(), a);
            else if (a == "--id-field") idField = value();
            else if (a == "--threads") threads = int(positiveNumber(value(), a));
            else if (a == "--out") outPath = value();
            else if (a == "--charge-offset") charge = true;
            else if (a == "--all-ways") allWays = true;
            else throw std::invalid_argument("unknown option " + a);
        }
    } catch (const std::invalid_argument &e) {
        return badArgs(e.what());
    }
    if (network.empty() || starts.empty())
        return badArgs("reach needs --network and --starts");

    const auto t0 = std::chrono::steady_clock::now();
    auto lap = [&t0](const char *what) {
        if (qEnvironmentVariableIsSet("QH_TIMING"))
            std::fprintf(stderr, "timing: %s %.1f ms\n", what,
                         std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    };
    const qh::LayerRef netRef = layerArg(network);
    qh::LayerGeoInfo geo = qh::layerGeoInfo(netRef);
    qh::Crs crs = geo.crs;
    if (!crs.isProjectedMetric()) {
        if (geo.lonLatExtent.isEmpty())
            throw qh::DataError(netRef.path + ": the network has no extent to choose a metric CRS from");
        crs = qh::utmCrsFor((geo.lonLatExtent.minX + geo.lonLatExtent.maxX) / 2,
                            (geo.lonLatExtent.minY + geo.lonLatExtent.maxY) / 2);
    }
    qh::Warnings warnings;
    const qh::WalkFilter filter = allWays ? qh::WalkFilter::everything() : qh::WalkFilter();
    const auto lines = qh::readLines(netRef, crs, filter, warnings);
    lap("read network");
    const qh::WalkGraph graph = qh::WalkGraph::fromPolylines(lines);
    const qh::SnapIndex index(graph);
    lap("build graph and index");
    qh::FacilityLayerSpec spec;
    spec.ref = layerArg(starts);
    spec.idField = idField;
    const std::vector<qh::Facility> points = qh::readFacilities(spec, crs, warnings);
    std::vector<std::optional<qh::Snap>> snaps;
    snaps.reserve(points.size());
    for (const qh::Facility &p : points) {
        snaps.push_back(index.snap(p.pos, maxSnap));
        if (!snaps.back())
            warnings.push_back("start " + p.id + ": no network within " + std::to_string(int(maxSnap))
                               + " m; not reachable");
    }
    lap("read and snap starts");
    const auto lengths = qh::reachableLengths(graph, snaps, cutoff, charge, threads);
    lap("searches");

    std::string csv = "start_id,x,y,reachable_len_m\n";
    char buf[160];
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (lengths[i])
            std::snprintf(buf, sizeof buf, ",%.3f,%.3f,%.3f\n", points[i].pos.x, points[i].pos.y, *lengths[i]);
        else
            std::snprintf(buf, sizeof buf, ",%.3f,%.3f,\n", points[i].pos.x, points[i].pos.y);
        csv += points[i].id + buf;
    }
    if (outPath.empty()) {
        std::fwrite(csv.data(), 1, csv.size(), stdout);
    } else {
        QSaveFile f(QString::fromStdString(outPath));
        if (!f.open(QIODevice::WriteOnly) || f.write(csv.data(), qint64(csv.size())) != qint64(csv.size())
            || !f.commit())
            throw qh::FileError(outPath + ": cannot write (" + f.errorString().toStdString() + ")");
    }
    for (const std::string &w : warnings)
        std::fprintf(stderr, "warning: %s\n", w.c_str());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // Maps are painted without a window: use the offscreen platform unless told otherwise.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's own warnings (e.g. about XDG_RUNTIME_DIR under offscreen) are noise for
    // batch users; QH_VERBOSE=1 shows them.
    if (!qEnvironmentVariableIsSet("QH_VERBOSE"))
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &msg) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                std::fprintf(stderr, "%s\n", qPrintable(msg));
        });
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty())
        return badArgs("no command given");
    const std::string cmd = args[0];
    // Only map painting needs QtGui (fonts); the other commands start without it.
    std::unique_ptr<QCoreApplication> app;
    if (cmd == "analyze")
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    args.erase(args.begin());
    if (cmd == "--help" || cmd == "-h") {
        std::cout << kUsage;
        return 0;
    }
    if (cmd == "--version") {
        std::cout << "quarterhour-cli " QH_VERSION "\n";
        return 0;
    }
    try {
        if (cmd == "info")
            return cmdInfo(args);
        if (cmd == "analyze")
            return cmdAnalyze(args);
        if (cmd == "reach")
            return cmdReach(args);
        if (cmd == "profiles") {
            for (const std::string &id : qh::bundledTargetProfiles()) {
                const qh::TargetProfile p = qh::loadTargetProfile(id);
                std::printf("%-24s %zu indicators  %s / %s\n", id.c_str(), p.indicators.size(),
                            p.name.c_str(), p.nameZh.c_str());
            }
            return 0;
        }
        return badArgs("unknown command '" + cmd + "'");
    } catch (const qh::Error &e) {
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    } catch (const std::exception &e) {
        std::cerr << "error: unexpected failure: " << e.what() << "\n";
        return 1;
    }
}
