#pragma once

#include <string>
#include <vector>

#include "coverage/analysis.h"
#include "io/layerstyle.h"
#include "targets/evaluate.h"

namespace qh {

/// Paths of the files one run wrote.
struct WrittenFiles
{
    std::string summaryJson;
    std::string unitsCsv;
    std::string geopackage;
    std::vector<std::string> extra; ///< asked for on top (GeoJSON copies)
};

/// Writes summary.json (schema "quarterhour-summary" v1, see README), units.csv
/// and results.gpkg into outDir. Each file is written beside its final name and
/// renamed into place, so a failed run leaves no half-written file. Refuses to
/// write over any of the project's input files.
WrittenFiles writeResults(const Project &project, const RegionData &region,
                          const AnalysisResult &result, const std::string &outDir,
                          const Evaluation *evaluation = nullptr, const std::vector<LayerStyle> &styles = {});

/// The summary as JSON text.
std::string summaryJson(const Project &project, const RegionData &region,
                        const AnalysisResult &result, const Evaluation *evaluation = nullptr);

} // namespace qh
