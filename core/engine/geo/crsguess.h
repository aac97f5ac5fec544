#pragma once

#include <string>

#include "geo/crs.h"
#include "geo/types.h"
#include "message.h"

namespace qh {

/// What the coordinates of a layer say about its CRS, checked against the CRS the
/// file declares (if any). Never applied silently: the import report shows it and
/// the user confirms the CRS (a dialog, `--crs`).
struct CrsGuess
{
    enum class Kind {
        Declared,        ///< the file's CRS, and the coordinates fit it
        DeclaredSuspect, ///< the file's CRS, but the coordinates do not fit it (see `why`)
        LonLat,          ///< no CRS; longitudes and latitudes
        SwappedLonLat,   ///< latitudes in x and longitudes in y
        GaussKruger,     ///< no CRS; eastings with a Gauss-Krüger zone number in front
        MetricNoZone,    ///< no CRS; metres in some transverse Mercator zone, which one unknown
        Unknown,         ///< no CRS and nothing to tell by
    };
    Kind kind = Kind::Unknown;
    std::string suggested; ///< "EPSG:4527" when one CRS is likely, else empty
    Message why;           ///< what was seen, for the user
};

/// `extent` is in the layer's own coordinates; `declared` may be invalid (no CRS).
CrsGuess guessCrs(const Rect &extent, const Crs &declared);

/// The CGCS2000 3-degree Gauss-Krüger CRS without zone number whose central
/// meridian is nearest `lon` (EPSG:4534–4554, central meridians 75°E–135°E), or ""
/// outside China's longitudes.
std::string cgcs2000ZoneFor(double lon);

/// The metric CRS for an analysis centred at (lon, lat): a CGCS2000 3° Gauss-Krüger
/// zone in China, else the local UTM zone.
Crs analysisCrsFor(double lon, double lat);

} // namespace qh
