#include "analysisrun.h"

#include <chrono>

#include "args.h"
#include "coverage/model.h"
#include "io/readers.h"
#include "scenario/project.h"

namespace qh::cli {

std::string projectArgument(const std::string &option, const std::vector<std::string> &positional,
                            const std::string &out, const std::string &command)
{
    if (!positional.empty() && !option.empty())
        throw BadArguments("give the project once (--project or a file name)");
    const std::string project = positional.empty() ? option : positional[0];
    if (project.empty())
        throw BadArguments(command + " needs a project file (.qhproj)");
    if (out.empty())
        throw BadArguments(command + " needs --out FILE");
    return project;
}

std::optional<TargetProfile> prepareTargets(Project &project)
{
    if (project.targets.empty())
        return std::nullopt;
    TargetProfile profile = loadTargetProfile(project.targets);
    applyTargetOverrides(profile, project.targetOverrides);
    applyCircles(project, profile);
    return profile;
}

AnalysisRun runAnalysis(Project project, const RunOptions &options, Feedback *feedback)
{
    AnalysisRun run;
    if (!options.targets.empty())
        project.targets = options.targets;
    run.targetProfile = prepareTargets(project);
    if (options.adjust)
        options.adjust(project);
    const auto t0 = std::chrono::steady_clock::now();
    run.region = loadRegion(project, feedback);
    run.region.warnings.insert(run.region.warnings.begin(), options.setupWarnings.begin(), options.setupWarnings.end());
    run.loadMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    run.baselineFacilities = run.region.facilities;
    CoverageModel model(project, run.region, feedback);
    Warnings planWarnings;
    const bool withPlan = !options.baseline && !project.plan.isEmpty();
    if (withPlan) {
        planWarnings = applyPlan(model, project.plan);
        run.region.facilities = model.facilities();
    }
    run.result = model.releaseResult(); // the model is only asked for catchments from here on
    run.result.warnings.insert(run.result.warnings.end(), planWarnings.begin(), planWarnings.end());
    if (withPlan) {
        run.result.scenario = "plan";
        run.result.planAdded = project.plan.added.size();
        run.result.planMoved = project.plan.moved.size();
        run.result.planRemoved = project.plan.removed.size();
        run.result.planChanged = project.plan.changed.size();
    }
    if (options.catchments) {
        const auto tc = std::chrono::steady_clock::now();
        CatchmentSet catchments = model.catchments(project.profile.catchmentBuffer);
        run.result.facilityCatchments = std::move(catchments.facilities);
        run.result.typeCatchments = std::move(catchments.types);
        run.result.timingsMs.emplace_back(
            "catchments", std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - tc).count());
    }
    run.result.timingsMs.insert(run.result.timingsMs.begin(), {"load_layers", run.loadMs});
    if (run.targetProfile)
        run.evaluation = evaluate(*run.targetProfile, run.result, run.region);
    run.project = std::move(project);
    return run;
}

} // namespace qh::cli
