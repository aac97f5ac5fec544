#pragma once

#include <optional>
#include <string>

#include "scenario/model.h"

namespace qh {

/// Reads a .qhproj file (JSON, documented in README.md). Paths in it are relative
/// to the project file. Throws FileError / DataError naming the file and the key.
Project loadProject(const std::string &path);

/// Writes a project file (JSON, version 1) with its plan, paths relative to the
/// new file's folder. Atomic: written beside the target and renamed, so a crash
/// leaves the old file whole. Refuses to write over one of the project's layers.
void saveProject(const Project &project, const std::string &path);

/// Layers and settings given one by one (CLI options, or files dropped on the app).
struct LayerOptions
{
    LayerRef network;
    LayerRef facilities;
    LayerRef population;
    std::optional<LayerRef> units; ///< none: the whole area is one unit
    std::string populationField;   ///< empty: the first of pop_total, population, pop, total
    std::optional<double> minutes;
    std::optional<double> speedMps;
    std::optional<double> maxSnapDistance;
};

/// A project made from separate layers. The CRS is the network's when metric, else
/// the local UTM zone. Facility types come from a `type` column; a layer without
/// one is taken as one generic type, and capacities from the columns it has (both
/// with a warning). Throws like loadProject and the readers.
Project projectFromLayers(const LayerOptions &options, Warnings &warnings);

} // namespace qh
