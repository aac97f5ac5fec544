#pragma once

#include <optional>
#include <string>

#include <QString>

#include "mapstyle.h"

namespace qh {

class MapScene;

/// What an exported map shows: the views the app has, each a preset of layers.
enum class MapTheme {
    Warning,    ///< five-colour warning map of one indicator per unit
    Minutes,    ///< walking minutes to the nearest facility of one type, per cell
    Catchments, ///< the service circles of every facility type
    Population, ///< residents per hectare
    Facilities, ///< every facility with its name, for public information
    Plan,       ///< the plan against the baseline: warning classes with the plan's changes marked
};

/// "warning", "minutes", "catchments", "population", "facilities", "plan"; empty when unknown.
std::optional<MapTheme> mapThemeOf(const std::string &name);
std::string mapThemeName(MapTheme theme);

/// The layers and colouring of a theme. `index` is the indicator (Warning) or the
/// facility type (Minutes); other themes ignore it.
MapStyle styleForTheme(MapTheme theme, int index);

/// The theme in words for a map title ("Five-colour warning map: …"), translated.
QString themeTitle(MapTheme theme, const MapScene &scene, int index);

} // namespace qh
