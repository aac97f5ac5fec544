#pragma once

#include <QString>
#include <QStringList>

#include "mappage.h"
#include "mapscene.h"

namespace qh {

struct TargetProfile;

/// One analysed project as every export sees it (maps, report, tables): the same
/// figures and the same words in each.
struct ExportContext
{
    const Project &project;
    const RegionData &region;
    const AnalysisResult &result;
    const Evaluation *evaluation = nullptr;    ///< null: no target profile
    const TargetProfile *targetProfile = nullptr;
    /// The facilities as the layers have them, for the plan map (moved from, removed).
    const std::vector<Facility> *baselineFacilities = nullptr;
};

/// The scene of the analysis with its evaluation, the plan's changes (when the
/// baseline facilities are known), and the catchments when asked.
MapScene exportScene(const ExportContext &context, bool withCatchments);

/// "Baseline (the layers as loaded)" or "Plan: 2 proposed, 1 moved …", translated.
QString scenarioText(const AnalysisResult &result);
/// "Coordinate system: EPSG:32632 (WGS 84 / UTM zone 32N)".
QString crsNote(const Project &project);
/// "Target profile: Kunming … — sources: …" or that none is set.
QString profileNote(const ExportContext &context);
/// "Made on 2026-12-01 with QuarterHour 0.1.0": the date from SOURCE_DATE_EPOCH
/// when it is set (reproducible exports), else today.
QString madeOnNote();
/// The words of a map sheet: title, region and scenario, notes, sources.
MapPageText mapPageText(const ExportContext &context, const QString &title);

} // namespace qh
