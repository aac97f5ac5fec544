#include "analyzereport.h"

#include <QCoreApplication>
#include <QString>
#include <cstdio>

#include "console.h"
#include "io/readers.h"
#include "symbology.h"

namespace qh::cli {

namespace {

/// The console report's sentences, in the language of the installed translators.
class AnalyzeReport
{
    Q_DECLARE_TR_FUNCTIONS(qh::cli::AnalyzeReport)
public:
    static void print(const Project &project, const RegionData &region, const AnalysisResult &res,
                      const Evaluation *evaluation, const WrittenFiles &files, const std::vector<std::string> &maps,
                      double totalMs);
};

QString pct(double share)
{
    return QString::asprintf("%5.1f%%", share * 100.0);
}

void AnalyzeReport::print(const Project &project, const RegionData &region, const AnalysisResult &res,
                          const Evaluation *evaluation, const WrittenFiles &files, const std::vector<std::string> &maps,
                          double totalMs)
{
    out(tr("Project: %1 (%2)").arg(q(project.name), q(project.crs.authId())));
    // A target profile names the circles too: its name in the interface language.
    out(tr("Profile: %1").arg(evaluation && evaluation->profileName == res.profile.name
                                  ? localLabel(evaluation->profileName, evaluation->profileNameZh)
                                  : q(res.profile.name)));
    if (res.scenario == "plan")
        out(tr("Scenario: the project's plan (%1 proposed, %2 moved, %3 removed, %4 changed facilities); "
               "--baseline for the layers as loaded")
                .arg(res.planAdded)
                .arg(res.planMoved)
                .arg(res.planRemoved)
                .arg(res.planChanged));
    else
        out(tr("Scenario: baseline (the facilities as the layers have them)"));
    out(tr("Network: %1 km, %2 edges, %3 nodes, %4 part(s), %5 bytes/edge")
            .arg(res.network.lengthKm, 0, 'f', 1)
            .arg(res.network.edges)
            .arg(res.network.nodes)
            .arg(res.network.components)
            .arg(res.network.bytesPerEdge, 0, 'f', 0));
    out(tr("Population cells: %1 (%2 large ones counted at several points, %3 points in all); units: %4; facilities: %5")
            .arg(region.cells.size())
            .arg(res.largeCells)
            .arg(res.samplePoints)
            .arg(region.units.size())
            .arg(region.facilities.size()));
    if (!region.layers.empty()) {
        out(tr("Layers read:"));
        for (const LayerReport &l : region.layers)
            out(QStringLiteral("  ") + describeLayer(l).localText());
    }
    for (std::size_t t = 0; t < res.profile.types.size(); ++t) {
        const FacilityType &type = res.profile.types[t];
        const auto g = res.groupIndex(type.demandGroup);
        out(tr("%1: %2 min at %3 m/s (%4 m): %5 of %6 covered (%7 of %8); balance (Gini of E2SFCA access) %9")
                .arg(localLabel(type.label, type.labelZh))
                .arg(type.minutes)
                .arg(type.speedMps, 0, 'f', 2)
                .arg(type.budgetMetres(), 0, 'f', 0)
                .arg(pct(res.totalPop[*g] > 0 ? res.totalCovered[t][*g] / res.totalPop[*g] : 0).trimmed())
                .arg(localLabel(res.groups[*g].label, res.groups[*g].labelZh))
                .arg(res.totalCovered[t][*g], 0, 'f', 0)
                .arg(res.totalPop[*g], 0, 'f', 0)
                .arg(res.gini[t], 0, 'f', 2));
    }
    QString header = QStringLiteral("\n%1").arg(tr("unit"), -16);
    for (const FacilityType &type : res.profile.types)
        header += QStringLiteral(" %1 %2").arg(tr("%1 cov").arg(localLabel(type.key, type.labelZh)).left(14), 14).arg(QStringLiteral("/1000"), 9);
    out(header);
    for (std::size_t u = 0; u < region.units.size(); ++u) {
        QString row = QStringLiteral("%1").arg(q(region.units[u].name).left(16), -16);
        for (std::size_t t = 0; t < res.profile.types.size(); ++t) {
            const auto g = res.groupIndex(res.profile.types[t].demandGroup);
            const auto &ratio = res.units[u].ratioPer1000[t];
            row += QStringLiteral(" %1 %2")
                       .arg(pct(res.units[u].share(t, *g)), 14)
                       .arg(ratio ? QString::number(*ratio, 'f', 1) : QStringLiteral("-"), 9);
        }
        out(row);
    }
    if (evaluation) {
        out(QStringLiteral("\n") + tr("Targets: %1").arg(localLabel(evaluation->profileName, evaluation->profileNameZh)));
        for (const IndicatorResult &ir : evaluation->indicators) {
            const QString label = localLabel(ir.indicator.label, ir.indicator.labelZh);
            if (!ir.available) {
                out(tr("  - %1: not evaluated (%2)").arg(label, ir.unavailableReason.localText()));
                continue;
            }
            const QString value = ir.region.value ? QString::number(*ir.region.value, 'g', 3) : QStringLiteral("-");
            const int notApplicable = int(ir.units.size()) - ir.unitsApplicable;
            QString line = tr("  %1 %2: %3 (target %4); %5 of %6 units pass")
                               .arg(!ir.region.applicable ? tr("N/A ") : ir.region.pass ? tr("PASS") : tr("FAIL"), label,
                                    value, QString::number(ir.indicator.target, 'g', 6))
                               .arg(ir.unitsPassing)
                               .arg(ir.unitsApplicable);
            if (notApplicable > 0)
                line += tr(" (%1 not applicable)").arg(notApplicable);
            if (!ir.region.gapText.empty())
                line += tr("; region: %1").arg(ir.region.gapText.localText());
            out(line);
        }
    }
    if (!res.warnings.empty()) {
        out(QStringLiteral("\n") + tr("Warnings (%1):").arg(res.warnings.size()));
        for (const Message &w : res.warnings)
            out(QStringLiteral("  - ") + w.localText());
    }
    out(QStringLiteral("\n") + tr("Wrote %1").arg(q(files.summaryJson)));
    for (const std::string &f : {files.unitsCsv, files.geopackage})
        out(QStringLiteral("      ") + q(f));
    for (const std::string &f : files.extra)
        out(QStringLiteral("      ") + q(f));
    for (const std::string &m : maps)
        out(QStringLiteral("      ") + q(m));
    QString stages;
    for (std::size_t i = 0; i < res.timingsMs.size(); ++i)
        stages += QStringLiteral("%1%2 %3 ms").arg(i ? QStringLiteral(", ") : QString(), q(res.timingsMs[i].first))
                      .arg(res.timingsMs[i].second, 0, 'f', 0);
    out(tr("Time: %1 ms in all (%2)").arg(totalMs, 0, 'f', 0).arg(stages));
}

} // namespace

void printAnalysisReport(const Project &project, const RegionData &region, const AnalysisResult &res,
                         const Evaluation *evaluation, const WrittenFiles &files,
                         const std::vector<std::string> &maps, double totalMs)
{
    AnalyzeReport::print(project, region, res, evaluation, files, maps, totalMs);
}

} // namespace qh::cli
