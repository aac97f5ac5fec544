#include "analyzereport.h"

#include <cstdio>

namespace qh::cli {

namespace {

std::string pct(double share)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%5.1f%%", share * 100.0);
    return buf;
}

} // namespace

void printAnalysisReport(const Project &project, const RegionData &region, const AnalysisResult &res,
                         const Evaluation *evaluation, const WrittenFiles &files,
                         const std::vector<std::string> &maps, double totalMs)
{
    std::printf("Project: %s (%s)\n", project.name.c_str(), project.crs.authId().c_str());
    std::printf("Profile: %s\n", res.profile.name.c_str());
    if (res.scenario == "plan")
        std::printf("Scenario: the project's plan (%zu proposed, %zu moved, %zu removed, %zu changed facilities); "
                    "--baseline for the layers as loaded\n",
                    res.planAdded, res.planMoved, res.planRemoved, res.planChanged);
    else
        std::printf("Scenario: baseline (the facilities as the layers have them)\n");
    std::printf("Network: %.1f km, %u edges, %u nodes, %zu part(s), %.0f bytes/edge\n", res.network.lengthKm,
                res.network.edges, res.network.nodes, res.network.components, res.network.bytesPerEdge);
    std::printf("Population cells: %zu (%zu large ones counted at several points, %zu points in all); "
                "units: %zu; facilities: %zu\n",
                region.cells.size(), res.largeCells, res.samplePoints, region.units.size(), region.facilities.size());
    for (std::size_t t = 0; t < res.profile.types.size(); ++t) {
        const FacilityType &type = res.profile.types[t];
        auto g = res.groupIndex(type.demandGroup);
        std::printf("%s: %g min at %.2f m/s (%.0f m): %s of %s covered (%.0f of %.0f); "
                    "balance (Gini of E2SFCA access) %.2f\n",
                    type.label.c_str(), type.minutes, type.speedMps, type.budgetMetres(),
                    pct(res.totalPop[*g] > 0 ? res.totalCovered[t][*g] / res.totalPop[*g] : 0).c_str(),
                    res.groups[*g].label.c_str(), res.totalCovered[t][*g], res.totalPop[*g], res.gini[t]);
    }
    std::printf("\n%-16s", "unit");
    for (const auto &type : res.profile.types)
        std::printf(" %14.14s %9s", (type.key + " cov").c_str(), "/1000");
    std::printf("\n");
    for (std::size_t u = 0; u < region.units.size(); ++u) {
        std::printf("%-16.16s", region.units[u].name.c_str());
        for (std::size_t t = 0; t < res.profile.types.size(); ++t) {
            auto g = res.groupIndex(res.profile.types[t].demandGroup);
            const auto &ratio = res.units[u].ratioPer1000[t];
            char r[32] = "-";
            if (ratio)
                std::snprintf(r, sizeof r, "%.1f", *ratio);
            std::printf(" %14s %9s", pct(res.units[u].share(t, *g)).c_str(), r);
        }
        std::printf("\n");
    }
    if (evaluation) {
        std::printf("\nTargets: %s\n", evaluation->profileName.c_str());
        for (const IndicatorResult &ir : evaluation->indicators) {
            if (!ir.available) {
                std::printf("  - %s: not evaluated (%s)\n", ir.indicator.label.c_str(), ir.unavailableReason.c_str());
                continue;
            }
            char value[32] = "-";
            if (ir.region.value)
                std::snprintf(value, sizeof value, "%.3g", *ir.region.value);
            const int notApplicable = int(ir.units.size()) - ir.unitsApplicable;
            const std::string na = notApplicable > 0 ? " (" + std::to_string(notApplicable) + " not applicable)" : "";
            std::printf("  %s %s: %s (target %g); %d of %d units pass%s%s%s\n",
                        !ir.region.applicable ? "N/A " : ir.region.pass ? "PASS" : "FAIL",
                        ir.indicator.label.c_str(), value, ir.indicator.target, ir.unitsPassing, ir.unitsApplicable,
                        na.c_str(), ir.region.gapText.empty() ? "" : "; region: ", ir.region.gapText.c_str());
        }
    }
    if (!res.warnings.empty()) {
        std::printf("\nWarnings (%zu):\n", res.warnings.size());
        for (const auto &w : res.warnings)
            std::printf("  - %s\n", w.c_str());
    }
    std::printf("\nWrote %s\n      %s\n      %s\n", files.summaryJson.c_str(), files.unitsCsv.c_str(),
                files.geopackage.c_str());
    for (const std::string &m : maps)
        std::printf("      %s\n", m.c_str());
    std::printf("Time: %.0f ms in all (", totalMs);
    for (std::size_t i = 0; i < res.timingsMs.size(); ++i)
        std::printf("%s%s %.0f ms", i ? ", " : "", res.timingsMs[i].first.c_str(), res.timingsMs[i].second);
    std::printf(")\n");
}

} // namespace qh::cli
