#pragma once

#include <string>
#include <vector>

#include "coverage/analysis.h"
#include "io/layerstyle.h"
#include "scenario/model.h"
#include "targets/evaluate.h"

namespace qh {

/// A key (facility type, population group) as part of a column name: UTF-8 kept
/// (托育), other ASCII than letters and digits becomes '_'.
std::string columnKey(const std::string &key);

/// Writes results.gpkg at `path`: cells, units with every indicator, facilities,
/// catchments per facility and per type, and the layers' QGIS styles in its
/// `layer_styles` table (the default style of each layer). Throws FileError naming `path`.
void writeGeoPackage(const std::string &path, const Project &project, const RegionData &region,
                     const AnalysisResult &result, const Evaluation *evaluation,
                     const std::vector<LayerStyle> &styles = {});

} // namespace qh
