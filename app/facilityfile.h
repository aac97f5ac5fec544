#pragma once

#include <string>
#include <vector>

#include "scenario/model.h"

namespace qh {

/// Reads every point of a layer file (candidate sites, a new operator's list …) as
/// proposed facilities for the project: name, type and capacity columns when the file
/// has them (as the CLI reads layers); `defaultType` (index into the profile's types)
/// for points without a type. A generic "places"/"capacity" column counts as the
/// type's own capacity. Ids are left for the caller. Throws qh::Error.
std::vector<Facility> readProposals(const std::string &path, const Project &project, int defaultType,
                                    Warnings &warnings);

} // namespace qh
