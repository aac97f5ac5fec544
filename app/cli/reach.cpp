// quarterhour-cli reach: the service-area tool (reachable network length per start).
#include <QString>
#include <chrono>
#include <cstdio>
#include <optional>

#include <QSaveFile>

#include "command.h"
#include "args.h"
#include "error.h"
#include "io/outputs.h"
#include "io/readers.h"
#include "network/servicearea.h"

namespace qh::cli {

namespace {

class ReachCommand : public Command
{
public:
    std::string name() const override { return "reach"; }
    std::string summary() const override { return "service area of each start: network length within a cutoff"; }
    std::string usage() const override
    {
        return R"USAGE(usage: quarterhour-cli reach --network FILE[:LAYER] --starts FILE[:LAYER]
                           [--cutoff METRES] [--id-field NAME] [--charge-offset]
                           [--max-snap METRES] [--threads N] [--all-ways] [--out FILE.csv]

For each start point, the walking-network length reachable within the cutoff (what
QGIS's "Service area (from layer)" draws), as CSV start_id,x,y,reachable_len_m on
standard output or in --out.

  --network FILE[:LAYER]  any line layer, or an OSM .pbf/.osm
  --starts FILE[:LAYER]   a point layer (CSV with lon/lat or x/y columns too)
  --cutoff METRES         network distance (default 1000)
  --id-field NAME         the starts' id column (default: feature ids)
  --charge-offset         the walk from a start to the network counts (QGIS: free)
  --max-snap METRES       starts farther from the network are not reachable (500)
  --threads N             searches in parallel (default: all cores)
  --all-ways              every line, not only walkable OSM classes
  --out FILE.csv          write here (atomically) instead of standard output

exit codes: 0 ok, 1 a problem with a file or its data, 2 bad arguments
)USAGE";
    }
    int run(const std::vector<std::string> &args) override
    {
        std::string network, starts, idField, outPath;
        double cutoff = 1000.0, maxSnap = 500.0;
        bool charge = false, allWays = false;
        int threads = 0;
        ArgParser()
            .option("--network", &network)
            .option("--starts", &starts)
            .option("--cutoff", [&](const std::string &v) { cutoff = numberIn(v, "--cutoff", limits::cutoff); })
            .option("--max-snap", [&](const std::string &v) { maxSnap = numberIn(v, "--max-snap", limits::maxSnapDistance); })
            .option("--id-field", &idField)
            .option("--threads", [&](const std::string &v) { threads = int(numberIn(v, "--threads", limits::threads)); })
            .option("--out", &outPath)
            .flag("--charge-offset", &charge)
            .flag("--all-ways", &allWays)
            .parse(args);
        if (network.empty() || starts.empty())
            throw BadArguments("reach needs --network and --starts");
        // Before any work: the output is never one of the inputs.
        refuseToOverwriteInputs({outPath}, {layerArg(network).path, layerArg(starts).path});

        const auto t0 = std::chrono::steady_clock::now();
        auto lap = [&t0](const char *what) {
            if (qEnvironmentVariableIsSet("QH_TIMING"))
                std::fprintf(stderr, "timing: %s %.1f ms\n", what,
                             std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        };
        const LayerRef netRef = layerArg(network);
        const LayerGeoInfo geo = layerGeoInfo(netRef);
        Crs crs = geo.crs;
        if (!crs.isProjectedMetric()) {
            if (geo.lonLatExtent.isEmpty())
                throw DataError(netRef.path + ": the network has no extent to choose a metric CRS from");
            crs = utmCrsFor((geo.lonLatExtent.minX + geo.lonLatExtent.maxX) / 2,
                            (geo.lonLatExtent.minY + geo.lonLatExtent.maxY) / 2);
        }
        Warnings warnings;
        const WalkFilter filter = allWays ? WalkFilter::everything() : WalkFilter();
        const auto lines = readLines(netRef, crs, filter, warnings);
        lap("read network");
        const WalkGraph graph = WalkGraph::fromPolylines(lines);
        const SnapIndex index(graph);
        lap("build graph and index");
        FacilityLayerSpec spec;
        spec.ref = layerArg(starts);
        spec.idField = idField;
        const std::vector<Facility> points = readFacilities(spec, crs, warnings);
        std::vector<std::optional<Snap>> snaps;
        snaps.reserve(points.size());
        for (const Facility &p : points) {
            snaps.push_back(index.snap(p.pos, maxSnap));
            if (!snaps.back())
                warnings.push_back("start " + p.id + ": no network within " + std::to_string(int(maxSnap))
                                   + " m; not reachable");
        }
        lap("read and snap starts");
        const auto lengths = reachableLengths(graph, snaps, cutoff, charge, threads);
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
                throw FileError(outPath + ": cannot write (" + f.errorString().toStdString() + ")");
        }
        for (const Message &w : warnings)
            std::fprintf(stderr, "warning: %s\n", qPrintable(w.localText()));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeReachCommand()
{
    return std::make_unique<ReachCommand>();
}

} // namespace qh::cli
