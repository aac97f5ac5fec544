// quarterhour-cli suggest: where new sites of a facility type go, and how big.
#include <cstdio>
#include <filesystem>
#include <optional>

#include <QCoreApplication>
#include <QString>

#include "args.h"
#include "console.h"
#include "command.h"
#include "error.h"
#include "io/outputs.h"
#include "io/readers.h"
#include "scenario/project.h"
#include "siting/output.h"
#include "siting/suggest.h"
#include "targets/evaluate.h"

namespace qh::cli {

namespace {

/// The console report's sentences, in the language of the installed translators.
class SuggestReport
{
    Q_DECLARE_TR_FUNCTIONS(qh::cli::SuggestReport)
public:
    static void print(const Project &project, const RegionData &region, const siting::SuggestResult &r,
                      const std::vector<std::string> &written);
};

void SuggestReport::print(const Project &project, const RegionData &region, const siting::SuggestResult &r,
                          const std::vector<std::string> &written)
{
    using namespace siting;
    const FacilityType &type = project.profile.types[std::size_t(project.profile.typeIndex(r.type))];
    const QString typeLabel = localLabel(type.label, type.labelZh);
    out(tr("Project: %1 (%2)").arg(q(project.name), q(project.crs.authId())));
    out(r.goal == Goal::MeetTargets ? tr("Goal: the least cost of new %1 sites that brings every unit up to target").arg(typeLabel)
                                    : tr("Goal: the most people within the circle with %1 new %2 sites").arg(r.solution.open.size()).arg(typeLabel));
    QString sizes;
    for (const SiteSize &s : r.sizes)
        sizes += (sizes.isEmpty() ? "" : ", ") + tr("%1 %2 (cost %3)").arg(s.capacity).arg(capacityWords(type.capacityKey).localText()).arg(s.cost);
    out(tr("Sizes: %1").arg(sizes));
    out(tr("Candidates: %1 given, %2 usable").arg(r.candidatesGiven).arg(r.candidatesUsed));
    const Solution &s = r.solution;
    QString quality = s.optimal ? tr("proven optimal")
                      : s.gap() ? tr("within %1% of the best possible (CBC's bound %2)").arg(*s.gap() * 100, 0, 'f', 1).arg(*s.bound, 0, 'f', 2)
                                : tr("no bound (heuristic only)");
    if (s.timeLimitReached)
        quality += tr("; the time limit was reached");
    out(tr("Solver: %1, %2 s; %3").arg(s.method == "heuristic" ? tr("heuristic (greedy and local search)") : tr("exact (CBC)"))
            .arg(s.seconds, 0, 'f', 2)
            .arg(quality));
    if (r.heuristic)
        out(tr("  heuristic alone: objective %1 in %2 s").arg(r.heuristic->objective, 0, 'f', 2).arg(r.heuristic->seconds, 0, 'f', 2));
    out(r.goal == Goal::MeetTargets ? tr("Objective: cost %1 for %2 new sites").arg(s.objective).arg(r.sites.size())
                                    : r.servedAfter ? tr("Objective: %1 people served").arg(s.objective, 0, 'f', 0)
                                                    : tr("Objective: %1 more people within the circle").arg(s.objective, 0, 'f', 0));
    out(tr("Within the %1 circle: %2 → %3 of %4 people of its group")
            .arg(typeLabel)
            .arg(r.coveredBefore, 0, 'f', 0)
            .arg(r.coveredAfter, 0, 'f', 0)
            .arg(r.demand, 0, 'f', 0));
    if (r.servedBefore && r.servedAfter)
        out(tr("Served, each place serving one person within reach: %1 → %2 of %3")
                .arg(*r.servedBefore, 0, 'f', 0)
                .arg(*r.servedAfter, 0, 'f', 0)
                .arg(r.demand, 0, 'f', 0));
    out("");
    out(tr("Suggested sites:"));
    for (const SuggestedSite &site : r.sites) {
        const auto cap = site.facility.capacity.find(type.capacityKey);
        out((r.servedAfter ? tr("  %1  %2  %3 %4, cost %5, %6 more served  [%7; x %8, y %9]")
                           : tr("  %1  %2  %3 %4, cost %5, %6 newly within a circle  [%7; x %8, y %9]"))
                .arg(q(site.facility.name))
                .arg(site.unit ? q(region.units[*site.unit].name) : tr("(no unit)"))
                .arg(cap == site.facility.capacity.end() ? 0.0 : cap->second)
                .arg(capacityWords(type.capacityKey).localText())
                .arg(site.cost)
                .arg(site.newlyReached, 0, 'f', 0)
                .arg(q(site.candidate))
                .arg(site.facility.pos.x, 0, 'f', 0)
                .arg(site.facility.pos.y, 0, 'f', 0));
    }
    if (r.sites.empty())
        out(tr("  none needed"));
    out("");
    out(tr("Units, checked by a fresh analysis with the sites added:"));
    for (std::size_t i = 0; i < r.after.indicators.size(); ++i) {
        const IndicatorResult &after = r.after.indicators[i];
        const IndicatorResult &before = r.before.indicators[i];
        if (std::find(r.indicators.begin(), r.indicators.end(), after.indicator.id) == r.indicators.end())
            continue;
        out(tr("  %1: %2 of %3 units pass before, %4 after")
                .arg(localLabel(after.indicator.label, after.indicator.labelZh))
                .arg(before.unitsPassing)
                .arg(before.unitsApplicable)
                .arg(after.unitsPassing)
                .arg(after.unitsApplicable));
    }
    if (r.goal == Goal::MeetTargets)
        out(r.allUnitsPass ? tr("Every unit meets every target aimed at.") : tr("Not every unit meets every target aimed at:"));
    for (const Message &m : r.shortfalls)
        out("  " + m.localText());
    for (const Message &m : r.warnings)
        out(tr("Note: %1").arg(m.localText()));
    out("");
    for (const std::string &f : written)
        out(tr("Written: %1").arg(q(f)));
}

class SuggestCommand : public Command
{
public:
    std::string name() const override { return "suggest"; }
    std::string summary() const override { return "new sites (and their sizes) that bring every unit up to target"; }
    std::string usage() const override
    {
        return R"USAGE(usage: quarterhour-cli suggest <project.qhproj> --type TYPE --out SITES.gpkg
                               [--goal meet-targets|max-coverage] [--k N]
                               [--candidates F[:LAYER]] [--nodes-in F[:LAYER]]
                               [--grid METRES] [--exclude F[:LAYER]]
                               [--sizes CAP:COST,...] [--capacitated] [--exact|--heuristic]
                               [--time-limit S] [--targets ID|FILE] [--baseline]
                               [--json FILE] [--save-plan NEW.qhproj]

Suggests new sites of one facility type, with the existing and proposed facilities
of the project's plan kept where they are, and checks the answer with a fresh
analysis: SITES.gpkg (layer suggested_sites), a JSON report beside it, and the
console report of what each unit gains.

  --project P             the project (or give it as the first argument)
  --type TYPE             facility type of the profile (childcare, elderly_care …)
  --goal meet-targets     the least cost of sites that brings every unit up to the
                          type's targets (coverage, places per 1,000, share of
                          inclusive places, units with one); the default
  --goal max-coverage     the most people within the circle with --k new sites
  --k N                   number of new sites (max-coverage)
  --candidates F[:LAYER]  candidate sites: a point layer (vacant plots …)
  --nodes-in F[:LAYER]    candidate sites: network junctions inside these polygons
  --grid METRES           candidate sites: a grid over the walkable network
                          (default 200 when no other candidates are given)
  --exclude F[:LAYER]     polygons no new site may fall in
  --sizes CAP:COST,...    sizes a site may have, e.g. 40:1,120:2.5 (places:cost);
                          default: the median size of the type's facilities
  --capacitated           a site serves people only up to its places, each person
                          at one facility within reach (the type's existing ones
                          with theirs): coverage counts people served
  --exact                 always solve with CBC (a proven optimum or its bound)
  --heuristic             greedy and local search only (city scale)
                          default: the heuristic, then CBC when the problem is small
  --time-limit S          for each solver (default 60)
  --targets ID|FILE       target profile instead of the project's
  --baseline              start from the layers as loaded, not the project's plan
  --json FILE             the JSON report (default: SITES.json)
  --save-plan NEW.qhproj  also write a copy of the project with the sites added to
                          its plan (never over the project itself)

exit codes: 0 ok, 1 a problem with a file or its data, 2 bad arguments
)USAGE";
    }

    int run(const std::vector<std::string> &args) override
    {
        std::string projectPath, outPath, jsonPath, savePlan, targets, goal = "meet-targets";
        std::vector<std::string> positional;
        bool exact = false, heuristic = false, baseline = false;
        siting::SuggestRequest req;
        std::optional<double> grid;
        ArgParser()
            .option("--project", &projectPath)
            .option("--type", &req.type)
            .option("--goal", &goal)
            .option("--k", [&](const std::string &v) { req.k = std::size_t(numberIn(v, "--k", limits::siteCount)); })
            .option("--candidates", [&](const std::string &v) { req.candidates.points = layerArg(v); })
            .option("--nodes-in", [&](const std::string &v) { req.candidates.nodesIn = layerArg(v); })
            .option("--grid", [&](const std::string &v) { grid = numberIn(v, "--grid", limits::gridSpacing); })
            .option("--exclude", [&](const std::string &v) { req.candidates.exclude = layerArg(v); })
            .option("--sizes",
                    [&](const std::string &v) {
                        try {
                            req.sizes = siting::parseSizes(v);
                        } catch (const Error &e) {
                            throw BadArguments("--sizes: " + std::string(e.what()));
                        }
                    })
            .flag("--capacitated", &req.capacitated)
            .flag("--exact", &exact)
            .flag("--heuristic", &heuristic)
            .option("--time-limit",
                    [&](const std::string &v) { req.timeLimitSeconds = numberIn(v, "--time-limit", limits::timeLimit); })
            .option("--targets", &targets)
            .flag("--baseline", &baseline)
            .option("--out", &outPath)
            .option("--json", &jsonPath)
            .option("--save-plan", &savePlan)
            .positional(&positional, 1, "suggest takes one project file")
            .parse(args);
        if (!positional.empty()) {
            if (!projectPath.empty())
                throw BadArguments("give the project once: as the first argument or with --project");
            projectPath = positional[0];
        }
        if (projectPath.empty())
            throw BadArguments("suggest needs a project file (.qhproj)");
        if (req.type.empty())
            throw BadArguments("suggest needs --type (a facility type of the project's profile)");
        if (outPath.empty())
            throw BadArguments("suggest needs --out SITES.gpkg");
        if (goal == "meet-targets")
            req.goal = siting::Goal::MeetTargets;
        else if (goal == "max-coverage")
            req.goal = siting::Goal::MaxCoverage;
        else
            throw BadArguments("--goal: meet-targets or max-coverage, not '" + goal + "'");
        if (req.goal == siting::Goal::MaxCoverage && req.k == 0)
            throw BadArguments("--goal max-coverage needs --k (how many new sites)");
        if (exact && heuristic)
            throw BadArguments("--exact or --heuristic, not both");
        req.method = exact ? siting::Method::Exact : heuristic ? siting::Method::Heuristic : siting::Method::Auto;
        const bool otherCandidates = req.candidates.points || req.candidates.nodesIn;
        req.candidates.gridSpacing = grid ? *grid : otherCandidates ? 0.0 : 200.0;
        if (jsonPath.empty())
            jsonPath = (std::filesystem::path(outPath).replace_extension(".json")).string();
        req.namePrefix = QCoreApplication::translate("qh::cli::SuggestReport", "Suggested site").toStdString();

        Project project = loadProject(projectPath);
        if (!targets.empty())
            project.targets = targets;
        if (project.targets.empty())
            throw BadArguments("the project names no target profile: give --targets (see `profiles`)");
        TargetProfile profile = loadTargetProfile(project.targets);
        applyTargetOverrides(profile, project.targetOverrides);
        applyCircles(project, profile);
        std::vector<std::string> outputs{outPath, jsonPath};
        if (!savePlan.empty())
            outputs.push_back(savePlan);
        std::vector<std::string> inputs = projectInputs(project);
        for (const auto &l : {req.candidates.points, req.candidates.nodesIn, req.candidates.exclude})
            if (l)
                inputs.push_back(l->path);
        refuseToOverwriteInputs(outputs, inputs);

        for (const std::string &o : outputs) {
            std::error_code ec;
            if (const auto dir = std::filesystem::path(o).parent_path(); !dir.empty())
                std::filesystem::create_directories(dir, ec);
        }

        RegionData region = loadRegion(project);
        if (!baseline)
            region.facilities = siting::scenarioFacilities(region.facilities, project.plan);
        const siting::SuggestResult result = siting::suggestSites(project, region, profile, req);

        siting::writeSitesGeoPackage(outPath, project, region, result);
        siting::writeTextFile(jsonPath, siting::suggestionJson(project, region, result));
        std::vector<std::string> written{outPath, jsonPath};
        if (!savePlan.empty()) {
            Project withSites = project;
            if (baseline)
                withSites.plan = Plan();
            for (const siting::SuggestedSite &s : result.sites)
                withSites.plan.added.push_back(s.facility);
            saveProject(withSites, savePlan);
            written.push_back(savePlan);
        }
        SuggestReport::print(project, region, result, written);
        // Targets no placement can meet are an answer too (said per unit), not an error.
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeSuggestCommand()
{
    return std::make_unique<SuggestCommand>();
}

} // namespace qh::cli
