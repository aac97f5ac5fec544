#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "coverage/analysis.h"
#include "scenario/model.h"
#include "targets/evaluate.h"
#include "targets/profile.h"

namespace qh {
class Feedback;
}

namespace qh::cli {

/// A project analysed as `analyze` does it: layers loaded, the saved plan applied
/// (unless baseline), the target profile evaluated. Shared by analyze, export,
/// report and tables, so every output of one project shows the same figures.
struct AnalysisRun
{
    Project project;
    RegionData region;
    AnalysisResult result;
    std::optional<TargetProfile> targetProfile;
    std::optional<Evaluation> evaluation;
    /// The facilities as the layers have them (before the plan).
    std::vector<Facility> baselineFacilities;
    double loadMs = 0;

    const Evaluation *eval() const { return evaluation ? &*evaluation : nullptr; }
};

/// What to change before analysing: a profile given on the command line, the
/// baseline instead of the plan, catchment polygons wanted.
struct RunOptions
{
    std::string targets; ///< overrides the project's target profile (id or file)
    bool baseline = false;
    bool catchments = false;
    /// Called once the profile's circles are applied (the CLI's --minutes, --speed).
    std::function<void(Project &)> adjust;
    /// Said before the layers' own warnings (what building the project assumed).
    Warnings setupWarnings;
};

/// The project of export, report and tables: given as `--project P` or as the one
/// positional argument (BadArguments when both or neither); `--out` must be set.
std::string projectArgument(const std::string &option, const std::vector<std::string> &positional,
                            const std::string &out, const std::string &command);

/// The target profile named in `project` (with its overrides and circles) applied
/// to the project's facility types; empty when the project has none.
std::optional<TargetProfile> prepareTargets(Project &project);

/// Loads and analyses a project loaded from `project`. Warnings of loading and the
/// plan are in result.warnings and region.warnings as `analyze` reports them.
AnalysisRun runAnalysis(Project project, const RunOptions &options, Feedback *feedback = nullptr);

} // namespace qh::cli
