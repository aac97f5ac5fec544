#pragma once

#include "scenario/model.h"

namespace qh {

/// Lines of a layer as polylines in the target CRS (multi-lines are split).
/// Throws FileError/DataError naming the file and layer; skipped features are
/// reported in warnings with their feature id.
std::vector<Polyline> readLines(const LayerRef &ref, const Crs &target, Warnings &warnings);

/// Facilities as points (polygons reduced to a point on their surface).
std::vector<Facility> readFacilities(const FacilityLayerSpec &spec, const Crs &target,
                                     Warnings &warnings);

/// Population cells with one count per demand group.
std::vector<PopulationCell> readPopulation(const PopulationLayerSpec &spec, const Crs &target,
                                           Warnings &warnings);

/// Planning units (polygons) with id and name.
std::vector<Unit> readUnits(const UnitLayerSpec &spec, const Crs &target, Warnings &warnings);

/// All layers of a project. Throws when a layer is missing or empty.
RegionData loadRegion(const Project &project);

} // namespace qh
