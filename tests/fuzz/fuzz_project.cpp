// libFuzzer harness: a project file (.qhproj), loaded, analysed against its target
// profile with catchments, saved and loaded again, as `analyze` and the app do.
// Anything but a qh::Error (a message for the user) is a finding: a crash, a
// sanitizer report, another exception, a hang or runaway memory.
#include <cstdint>
#include <cstring>
#include <random>

#include "analysisrun.h"
#include "fuzzsupport.h"
#include "scenario/project.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qh::fuzz::initialize(argc, argv, false);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string path = qh::fuzz::writeInput("fuzzed.qhproj", data, size);
    qh::fuzz::expectingUserErrors([&] {
        qh::Project project = qh::loadProject(path);
        qh::cli::RunOptions options;
        options.catchments = (size % 4) == 0; // a quarter of the runs also build catchment polygons
        qh::cli::AnalysisRun run = qh::cli::runAnalysis(project, options);
        // What loads must save and load again.
        const std::string saved = qh::fuzz::workFile("saved.qhproj");
        qh::saveProject(project, saved);
        qh::loadProject(saved);
    });
    return 0;
}

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t *data, std::size_t size, std::size_t maxSize,
                                               unsigned int seed)
{
    return qh::fuzz::mutateJsonMostly(data, size, maxSize, seed);
}
