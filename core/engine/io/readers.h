#pragma once

#include "scenario/model.h"

namespace qh {

/// Walkable lines of a layer (any line layer, or the "lines" of an OSM .pbf/.osm file)
/// as polylines in the target CRS; multi-lines are split. Layers with a `highway`
/// column are filtered by `filter`. Throws FileError/DataError naming the file and
/// layer; skipped features are reported in warnings with their feature id.
std::vector<Polyline> readLines(const LayerRef &ref, const Crs &target, const WalkFilter &filter,
                                Warnings &warnings);

/// The value of `key` in an OSM hstore string ("k"=>"v","k2"=>"v2"), or "".
std::string osmTag(const std::string &otherTags, const std::string &key);

/// Facilities as points (polygons reduced to a point on their surface).
/// With `capacityOfType` (facility type → the capacity key its ratios use), a blank
/// capacity that the facility's type does not use (beds of a childcare centre) is
/// not warned about.
std::vector<Facility> readFacilities(const FacilityLayerSpec &spec, const Crs &target, Warnings &warnings,
                                     const std::map<std::string, std::string> *capacityOfType = nullptr);

/// True when `path` holds raster bands and no vector layer.
bool isRasterFile(const std::string &path);

/// Population cells with one count per demand group. A raster is read only over
/// `studyArea` (target CRS; empty: whole).
std::vector<PopulationCell> readPopulation(const PopulationLayerSpec &spec, const Crs &target,
                                           Warnings &warnings, const Rect &studyArea = {});

/// Planning units (polygons) with id and name.
std::vector<Unit> readUnits(const UnitLayerSpec &spec, const Crs &target, Warnings &warnings);

/// The CRS of a layer and the extent of its features in WGS 84 degrees (for
/// choosing a local metric CRS). Throws like the readers.
struct LayerGeoInfo
{
    Crs crs;
    Rect lonLatExtent;
};
LayerGeoInfo layerGeoInfo(const LayerRef &ref);

/// Field names of a layer.
std::vector<std::string> layerFields(const LayerRef &ref);

/// The local UTM zone (WGS 84) for a point in degrees: a metric CRS for any layer.
Crs utmCrsFor(double lon, double lat);

/// All layers of a project. Throws when a layer is missing or empty, and
/// Cancelled when `feedback` was cancelled between layers.
RegionData loadRegion(const Project &project, class Feedback *feedback = nullptr);

/// One line of the import report: "population: 5853 cells (1207168 people) from
/// FILE, layer 'x'; 2 warnings".
Message describeLayer(const LayerReport &layer);

} // namespace qh
