#pragma once

#include <cmath>
#include <string>

#include "message.h"

namespace qh {

/// The valid range of a numeric parameter. Every parameter a user gives (project
/// file, target profile, command line, the app's boxes) is checked against one of
/// these before any work, so one bad number cannot hang a run or exhaust memory.
struct Range
{
    double min;
    double max;
    const char *unit; ///< "min", "m/s", "m" or "" (a count)

    bool contains(double v) const { return std::isfinite(v) && v >= min && v <= max; }
    /// "between 1 and 120 min"
    std::string text() const;
    /// The same, for a message in the user's language.
    Message message() const;
};

namespace limits {
inline constexpr Range minutes{1, 120, "min"};          ///< a walking time budget
inline constexpr Range speedMps{0.1, 3.0, "m/s"};       ///< a walking speed
inline constexpr Range maxSnapDistance{1, 5000, "m"};   ///< from a point to the network
inline constexpr Range catchmentBuffer{1, 500, "m"};    ///< either side of reached streets
inline constexpr Range sampleSpacing{10, 10000, "m"};   ///< or 0: large cells are not sampled
inline constexpr Range censusCell{10, 1000, "m"};        ///< cells a census table is spread onto
inline constexpr Range cutoff{1, 100000, "m"};          ///< reach: network metres
inline constexpr Range threads{1, 256, ""};
inline constexpr Range gridSpacing{10, 10000, "m"};     ///< candidate sites: a grid this far apart
inline constexpr Range timeLimit{1, 86400, "s"};        ///< a solver's time limit
inline constexpr Range siteCount{1, 100000, ""};        ///< new sites asked for
/// Plausibility of data values: larger ones are typing or export errors (1e308 …).
inline constexpr Range capacity{0, 1e7, ""};             ///< places, beds, m² of one facility
inline constexpr Range peoplePerFeature{0, 1e8, ""};     ///< residents of one cell, point or census unit
/// A coordinate in a project's metric CRS (the CRS's own area is checked too: Crs::validArea).
inline constexpr Range coordinate{-1e8, 1e8, "m"};
} // namespace limits

} // namespace qh
