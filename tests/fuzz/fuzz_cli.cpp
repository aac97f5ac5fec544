// libFuzzer harness: quarterhour-cli's argument vectors, one argument per line of
// the input. Arguments of the form @project, @network, @facilities, @population,
// @units, @starts and @out name the fixture town's files and an output folder in
// the work folder; any other argument with a '/' has it replaced, and the harness
// runs in a folder of its own, so nothing outside the work folder is ever written.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "cli.h"
#include "fuzzsupport.h"

namespace {

int gArgc = 1;
char gName[] = "quarterhour-cli";
char *gArgv[] = {gName, nullptr};

const char *const kTokens[] = {"@project", "@network", "@facilities", "@population", "@units", "@starts", "@out"};
const char *const kFiles[] = {"project.qhproj", "network.geojson", "facilities.geojson", "population.geojson",
                              "units.geojson", "starts.csv", "out"};

std::string mapArgument(std::string a)
{
    for (std::size_t i = 0; i < sizeof kTokens / sizeof *kTokens; ++i) {
        const std::string token = kTokens[i];
        if (a.compare(0, token.size(), token) == 0) {
            std::string rest = a.substr(token.size());
            for (char &c : rest)
                if (c == '.')
                    c = '_'; // no way out of the work folder ("@out/../..")
            return qh::fuzz::workFile(kFiles[i]) + rest;
        }
    }
    for (char &c : a)
        if (c == '/')
            c = '_';
    return a;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qh::fuzz::initialize(argc, argv, true);
    std::filesystem::create_directories(qh::fuzz::workFile("cwd"));
    std::filesystem::current_path(qh::fuzz::workFile("cwd"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::vector<std::string> args;
    std::string current;
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == '\n') {
            args.push_back(mapArgument(current));
            current.clear();
        } else
            current += char(data[i]);
    }
    if (!current.empty())
        args.push_back(mapArgument(current));
    if (args.size() > 64)
        return -1;
    qh::fuzz::clearFolder(qh::fuzz::workFile("out"));
    qh::cli::runCli(args, gArgc, gArgv);
    qh::fuzz::clearFolder(qh::fuzz::workFile("cwd"));
    return 0;
}

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t *data, std::size_t size, std::size_t maxSize,
                                               unsigned int seed)
{
    // Half the time one argument is replaced by a hostile value, an option another
    // command has, or one of the fixture's files.
    static const char *const kOptions[] = {"--out", "--minutes", "--speed", "--targets", "--type", "--count",
                                           "--cutoff", "--crs", "--mapping", "--view", "--extent", "--dpi",
                                           "--format", "--layout", "--baseline", "--catchments", "--geojson",
                                           "--network", "--facilities", "--population", "--units", "--starts",
                                           "--lang", "--project", "--help", "--threads", "--max-snap"};
    if (seed % 2 == 0 && size > 0) {
        std::vector<std::string> args(1);
        for (std::size_t i = 0; i < size; ++i)
            if (data[i] == '\n')
                args.emplace_back();
            else
                args.back() += char(data[i]);
        const unsigned pick = seed / 2;
        std::string &target = args[pick % args.size()];
        switch ((pick / 7) % 3) {
        case 0: target = qh::fuzz::hostileText(pick / 21); break;
        case 1: target = kOptions[(pick / 21) % (sizeof kOptions / sizeof *kOptions)]; break;
        default: target = kTokens[(pick / 21) % (sizeof kTokens / sizeof *kTokens)];
        }
        std::string out;
        for (std::size_t i = 0; i < args.size(); ++i)
            out += (i ? "\n" : "") + args[i];
        if (out.size() <= maxSize) {
            std::copy(out.begin(), out.end(), data);
            return out.size();
        }
    }
    return LLVMFuzzerMutate(data, size, maxSize);
}
