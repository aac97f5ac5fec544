// libFuzzer harness: a target profile (JSON), loaded and evaluated on the fixture
// town as `analyze --targets FILE` does.
#include <cstdint>

#include "analysisrun.h"
#include "fuzzsupport.h"
#include "scenario/project.h"
#include "targets/profile.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qh::fuzz::initialize(argc, argv, false);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string path = qh::fuzz::writeInput("fuzzed-profile.json", data, size);
    qh::fuzz::expectingUserErrors([&] {
        qh::loadTargetProfile(path);
        qh::cli::RunOptions options;
        options.targets = path;
        qh::cli::runAnalysis(qh::loadProject(qh::fuzz::workFile("project.qhproj")), options);
    });
    return 0;
}

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t *data, std::size_t size, std::size_t maxSize,
                                               unsigned int seed)
{
    return qh::fuzz::mutateJsonMostly(data, size, maxSize, seed);
}
