#pragma once

#include <string>

#include "siting/suggest.h"

namespace qh::siting {

/// Writes the suggested sites as a point layer `suggested_sites` of a GeoPackage
/// (fac_id, name, type, each capacity by its key, cost, newly_reached, unit,
/// candidate): the columns a facility layer has, so the file can be added to a
/// plan as proposals. Written beside `path` and moved into place when complete.
/// Throws FileError naming `path`.
void writeSitesGeoPackage(const std::string &path, const Project &project, const RegionData &region,
                          const SuggestResult &result);

/// The suggestion as JSON: request, solver (objective, bound, gap, time), sites,
/// and per unit the aimed-at targets before and after, as the engine evaluates them.
std::string suggestionJson(const Project &project, const RegionData &region, const SuggestResult &result);

/// Writes text to `path` through a file beside it moved into place.
void writeTextFile(const std::string &path, const std::string &text);

} // namespace qh::siting
