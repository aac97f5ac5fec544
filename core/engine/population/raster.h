#pragma once

#include <vector>

#include "geo/types.h"
#include "scenario/model.h"

namespace qh {

/// Population cells from rasters of people per pixel (WorldPop style): one cell per
/// pixel with people; nodata, zero and non-finite pixels skipped. A group is a band
/// of `spec.ref` (its field: "1", "band 2" …) or the sum of band 1 of several files
/// on one grid (DemandGroup::files: the ten 60+ age-sex bands of WorldPop). Only the
/// pixels over `window` (in the target CRS; empty: the whole raster) are read, a
/// row at a time. Throws DataError naming the file: no CRS, no georeferencing, files
/// of a group on different grids.
std::vector<PopulationCell> readPopulationRasters(const PopulationLayerSpec &spec, const Crs &target,
                                                  const Rect &window, Warnings &warnings);

} // namespace qh
