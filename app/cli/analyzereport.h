#pragma once

#include <string>
#include <vector>

#include "coverage/analysis.h"
#include "io/results.h"
#include "scenario/model.h"
#include "targets/evaluate.h"

namespace qh::cli {

/// Prints what `analyze` found and wrote: network, coverage per type, the unit
/// table, the targets, warnings, files and timings.
void printAnalysisReport(const Project &project, const RegionData &region, const AnalysisResult &res,
                         const Evaluation *evaluation, const WrittenFiles &files,
                         const std::vector<std::string> &maps, double totalMs);

} // namespace qh::cli
