// libFuzzer harness: a planner's layer file through the import path. The first
// byte picks the format (c CSV, g GeoJSON, o OSM XML, x XLSX, k KML, s zipped
// Shapefile, p GeoPackage), the second its role (0 facilities, 1 population,
// 2 units, 3 network); the rest is the file. It is detected as `import` does,
// made into a project with the fixture town's other layers as `new` does, and
// analysed.
#include <cstdint>
#include <string>

#include "analysisrun.h"
#include "fuzzsupport.h"
#include "io/detect.h"
#include "scenario/newproject.h"

namespace {

const char *extensionOf(std::uint8_t format)
{
    switch (format) {
    case 'c': return "csv";
    case 'g': return "geojson";
    case 'o': return "osm";
    case 'x': return "xlsx";
    case 'k': return "kml";
    case 's': return "shz";
    case 'p': return "gpkg";
    default: return nullptr;
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qh::fuzz::initialize(argc, argv, false);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2 || !extensionOf(data[0]) || data[1] < '0' || data[1] > '3')
        return -1; // not kept in the corpus
    const std::string path =
        qh::fuzz::writeInput(std::string("fuzzed.") + extensionOf(data[0]), data + 2, size - 2);
    using qh::fuzz::workFile;
    std::string files[4] = {workFile("facilities.geojson"), workFile("population.geojson"), workFile("units.geojson"),
                            workFile("network.geojson")};
    files[data[1] - '0'] = path;
    qh::fuzz::expectingUserErrors([&] {
        const qh::ImportDetection detected = qh::detectImport(path, {}, 2000);
        qh::Warnings notes;
        qh::NewProjectRequest request = qh::proposeNewProject(files[3], files[0], files[1], files[2], "kunming-2022", notes);
        // The planner confirms the CRS the coordinates suggest (the wizard's dialog, `--crs`).
        qh::LayerRef *fuzzed[4] = {&request.facilities.ref, &request.population, request.units ? &request.units->ref : nullptr,
                                   &request.network.ref};
        if (qh::LayerRef *ref = fuzzed[data[1] - '0']; ref && ref->crs.empty() && !detected.layers.empty())
            ref->crs = detected.layers.front().crs.suggested;
        qh::Warnings warnings;
        qh::cli::runAnalysis(qh::buildNewProject(request, warnings), {});
    });
    return 0;
}

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t *data, std::size_t size, std::size_t maxSize,
                                               unsigned int seed)
{
    // Text formats get cell and leaf changes behind their two selector bytes.
    if (size > 2 && seed % 4 != 0) {
        std::size_t n = 0;
        if (data[0] == 'c')
            n = qh::fuzz::mutateCsv(data + 2, size - 2, maxSize - 2, seed);
        else if (data[0] == 'g')
            n = qh::fuzz::mutateJson(data + 2, size - 2, maxSize - 2, seed);
        if (n)
            return n + 2;
    }
    if (size > 2 && seed % 7 == 0) { // another role for the same file
        data[1] = std::uint8_t('0' + seed % 4);
        return size;
    }
    if (size > 2)
        return 2 + LLVMFuzzerMutate(data + 2, size - 2, maxSize - 2);
    return LLVMFuzzerMutate(data, size, maxSize);
}
