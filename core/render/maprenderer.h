#pragma once

// The map painter as one include: the view, the style and its layer list, the
// scene, the shared symbology and the whole-map image. Each map element lives in
// its own file (layerpainters, legend, scalebar, northarrow, titleblock).
#include "mapscene.h"
#include "mapstyle.h"
#include "mapview.h"
#include "symbology.h"
#include "titleblock.h"
