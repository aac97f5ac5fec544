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

/// GeoJSON copies (RFC 7946: WGS 84 longitude/latitude, 7 decimals) of layers of a
/// written results GeoPackage, one file per layer in `outDir` (units.geojson …).
/// Returns the files written. Throws FileError naming the file.
std::vector<std::string> writeGeoJsonCopies(const std::string &geopackage, const std::vector<std::string> &layers,
                                            const std::string &outDir);

} // namespace qh
