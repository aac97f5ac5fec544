#include "io/outputs.h"

#include <filesystem>

#include "error.h"

namespace qh {

std::vector<std::string> projectInputs(const Project &project)
{
    return {project.path, project.network.ref.path, project.facilities.ref.path, project.population.ref.path,
            project.units.ref.path};
}

void refuseToOverwriteInputs(const std::vector<std::string> &outputs, const std::vector<std::string> &inputs)
{
    namespace fs = std::filesystem;
    for (const std::string &out : outputs) {
        std::error_code ec;
        if (out.empty() || !fs::exists(out, ec))
            continue; // a new file cannot be an input
        for (const std::string &in : inputs) {
            if (in.empty())
                continue;
            std::error_code e1, e2;
            const bool samePath = fs::weakly_canonical(out, e1) == fs::weakly_canonical(in, e2) && !e1 && !e2;
            if (samePath || fs::equivalent(in, out, ec))
                throw FileError(Message::coded("output_is_input", {out, in}));
        }
    }
}

} // namespace qh
