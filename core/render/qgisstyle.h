#pragma once

#include <vector>

#include "io/layerstyle.h"
#include "scenario/model.h"
#include "targets/evaluate.h"

namespace qh {

/// The app's styles for the layers of results.gpkg, as QGIS 3.22 reads them: units
/// in the five colours of the profile's first evaluated indicator (plain when
/// there is none), cells by walking minutes to the first facility type with the
/// app's classes, facilities and catchments by type in the app's colours. Field
/// aliases are in the interface language.
std::vector<LayerStyle> resultLayerStyles(const AnalysisResult &result, const Evaluation *evaluation);

} // namespace qh
