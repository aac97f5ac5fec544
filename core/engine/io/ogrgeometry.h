#pragma once

#include <ogr_geometry.h>

#include "geo/types.h"

namespace qh {

/// Our polygons as GDAL's, for writing: rings as they are (the first of each polygon its shell).
OGRMultiPolygon toOgr(const MultiPolygon &mp);

} // namespace qh
