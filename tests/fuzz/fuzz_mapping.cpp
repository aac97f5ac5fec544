// libFuzzer harness: a mapping file (`new --mapping`, the keys of a project's
// "layers" section) applied to what the import proposes for the fixture town's
// files, the project built from it and analysed, as `quarterhour-cli new` does.
#include <cstdint>
#include <optional>

#include "analysisrun.h"
#include "fuzzsupport.h"
#include "scenario/newproject.h"

namespace {
std::optional<qh::NewProjectRequest> gProposed;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qh::fuzz::initialize(argc, argv, false);
    qh::Warnings notes;
    using qh::fuzz::workFile;
    gProposed = qh::proposeNewProject(workFile("network.geojson"), workFile("facilities.geojson"),
                                      workFile("population.geojson"), workFile("units.geojson"), "kunming-2022", notes);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string path = qh::fuzz::writeInput("fuzzed-mapping.json", data, size);
    qh::fuzz::expectingUserErrors([&] {
        qh::NewProjectRequest request = *gProposed;
        qh::applyMappingFile(request, path);
        qh::Warnings warnings;
        qh::cli::runAnalysis(qh::buildNewProject(request, warnings), {});
    });
    return 0;
}

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t *data, std::size_t size, std::size_t maxSize,
                                               unsigned int seed)
{
    return qh::fuzz::mutateJsonMostly(data, size, maxSize, seed);
}
