#pragma once

#include "geo/crs.h"
#include "message.h"
#include "scenario/model.h"

namespace qh {

/// Reads a reference layer (any vector layer GDAL reads, or a raster) into the
/// project CRS, named as the spec says or after its file (or table). A raster is
/// read only over `window` (the study area), warped to at most `maxPixels` on its
/// longer side; its colour table, or its first three bands as RGB, or its one band
/// as a grey ramp between its minimum and maximum, nodata transparent. `extent` is
/// what the layer covers. Features that cannot be drawn are counted in `warnings`.
/// Throws FileError / DataError naming the file when it cannot be read at all.
/// The name a reference layer goes by: the spec's, else its file's (or table's).
std::string referenceName(const ReferenceLayerSpec &spec);

ReferenceData readReference(const ReferenceLayerSpec &spec, const Crs &target, const Rect &window, Warnings &warnings,
                            int maxPixels = 2000);

} // namespace qh
