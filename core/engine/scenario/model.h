#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "error.h"
#include "geo/crs.h"
#include "geo/types.h"

namespace qh {

/// One layer of one file. `path` is absolute once a project is loaded.
struct LayerRef
{
    std::string path;
    std::string layer;
    /// The layer's CRS when the file has none or a wrong one ("EPSG:4547"); empty: the file's.
    std::string crs{};
    /// Text encoding of a Shapefile without a .cpg, chosen by the user ("CP936", "UTF-8");
    /// empty: the .cpg, or the detected one.
    std::string encoding{};
    /// Coordinate columns of a table without geometry (XLSX, CSV): points from them.
    std::string xField{};
    std::string yField{};
    /// Only the features matching this attribute filter (OGR SQL: "乡 = '望京街道'").
    std::string where{};
};

/// A population column of the population layer (residents, 60+, 0–3 …).
struct DemandGroup
{
    std::string key;   ///< "total", "elderly", "infants"
    std::string label; ///< shown to users
    std::string field; ///< column in the population layer
    std::string labelZh{}; ///< label in Chinese, when the project gives one
    /// Rasters whose band 1 add up to this group (WorldPop's age-sex bands); empty:
    /// `field` of the population layer.
    std::vector<std::string> files{};
};

/// How the facility layer's columns map onto the model.
/// Which lines of a network layer people can walk on. Applied when the layer has a
/// `highway` column (OSM data); other line layers are taken whole.
struct WalkFilter
{
    /// Only these highway classes, when not empty.
    std::vector<std::string> includeClasses;
    /// Never these classes.
    std::vector<std::string> excludeClasses{"motorway", "motorway_link", "trunk", "trunk_link",
                                            "construction", "proposed", "abandoned", "raceway",
                                            "bus_guideway", "razed"};
    /// Drop ways tagged foot=no, or access=private/no without foot=yes|designated|permissive.
    bool respectAccessTags = true;

    /// Takes every line of the layer (no class or tag checks).
    static WalkFilter everything()
    {
        WalkFilter f;
        f.excludeClasses.clear();
        f.respectAccessTags = false;
        return f;
    }
    bool accepts(const std::string &highway, const std::string &foot, const std::string &access) const;
};

/// The walking network layer and its filter.
struct NetworkLayerSpec
{
    LayerRef ref;
    WalkFilter filter;
};

struct FacilityLayerSpec
{
    LayerRef ref;
    std::string idField;
    std::string nameField;
    std::string typeField;
    std::string defaultType; ///< type of facilities without one (no type column, or empty)
    /// capacity key ("beds", "childcare_places" …) → column
    std::map<std::string, std::string> capacityFields;
    /// Values of the type column → facility-type keys (托育机构 → childcare); values
    /// not listed are taken as keys themselves.
    std::map<std::string, std::string> typeValues{};
};

/// Counts per unit (a census table per 社区 or 街道) spread onto a grid over the
/// units: weighted by building footprint area × levels where buildings are given
/// and the unit has some, else evenly by area. Totals per unit are kept.
struct CensusSpec
{
    std::string joinField;   ///< column of the table: the unit's name or code
    bool joinOnCode = false; ///< match the units' id field (统计用区划代码, 9 or 12 digits), not names
    std::optional<LayerRef> buildings; ///< an OSM file or a building polygon layer
    std::string levelsField; ///< building levels column; empty: OSM's building:levels, else 1
    /// Residential land (a land-use plan's 居住用地, OSM landuse=residential): where a
    /// unit has no buildings, its people are spread over this land by area.
    std::optional<LayerRef> residential;
    double cellSize = 100.0; ///< metres
};

struct PopulationLayerSpec
{
    LayerRef ref; ///< the population layer, or the census table when `census` is set
    std::vector<DemandGroup> groups;
    std::optional<CensusSpec> census{};
};

struct UnitLayerSpec
{
    LayerRef ref;
    std::string idField;
    std::string nameField;
    std::string classField; ///< optional: unit class for class-specific targets ("new", "built_up")
};

/// A layer drawn for context only (a land-use plan, planned residential plots, a
/// school catchment map): any vector or raster file, never analysed.
struct ReferenceLayerSpec
{
    LayerRef ref;
    std::string name;   ///< as the layer list shows it; empty: the file's name
    std::string colour; ///< "#rrggbb"; empty: grey
    bool visible = true; ///< drawn (on screen and in exports); the planner may hide it
};

/// A facility type and the service circle it must provide.
struct FacilityType
{
    std::string key;         ///< value of the facility layer's type column
    std::string label;
    std::string demandGroup; ///< whose walk the circle measures (DemandGroup::key)
    double minutes = 15.0;   ///< time budget
    double speedMps = 1.0;   ///< walking speed, metres per second
    std::string capacityKey; ///< capacity counted for the supply ratio
    std::string ratioGroup;  ///< ratio is capacity per 1,000 of this group
    std::string speedSource; ///< where the speed comes from
    std::string labelZh;     ///< label in Chinese, when the project gives one
    /// The planner set this circle (minutes, speed) by hand: a target profile's
    /// circles do not replace it until the planner resets it.
    bool circleSetByUser = false;

    double budgetMetres() const { return minutes * 60.0 * speedMps; }
};

/// The rules a run applies; every result names it.
struct Profile
{
    std::string name;
    std::string source;
    std::vector<FacilityType> types;
    double maxSnapDistance = 500.0; ///< metres from a point to the network beyond which it is not reachable
    double catchmentBuffer = 50.0;  ///< metres either side of reached streets in catchment polygons
    /// Cells wider or taller than twice this are counted at points this far apart
    /// inside them instead of at one point (metres; 0 turns it off).
    double sampleSpacing = 100.0;

    /// Index of the facility type `key` in `types`, or -1 when the profile has none.
    int typeIndex(const std::string &key) const
    {
        for (std::size_t t = 0; t < types.size(); ++t)
            if (types[t].key == key)
                return int(t);
        return -1;
    }
};

/// Capacity columns read by name when layers are given without a project file.
inline const std::vector<std::string> &knownCapacityKeys()
{
    static const std::vector<std::string> keys = {
        "beds",   "nursing_beds", "childcare_places", "kindergarten_places", "inclusive_places",
        "places", "capacity",     "floor_area_m2",    "land_area_m2",        "cognitive_beds"};
    return keys;
}

/// A care facility, existing or proposed.
struct Facility
{
    std::string id;
    std::string name;
    std::string type;
    std::map<std::string, double> capacity;
    Point pos;
    bool proposed = false;

    /// The capacity of this key (beds, childcare places …); 0 when it has none.
    double capacityOf(const std::string &key) const
    {
        const auto it = capacity.find(key);
        return it == capacity.end() ? 0.0 : it->second;
    }
};

/// Planned changes to the facility layout, saved with the project (the input
/// layers themselves are never changed).
struct Plan
{
    std::vector<Facility> added;               ///< proposed facilities
    std::vector<std::string> removed;            ///< ids of existing facilities taken out
    std::map<std::string, Point> moved;          ///< id of an existing facility → new place
    /// id of an existing facility → capacities that change (扩建 expansions, cuts).
    std::map<std::string, std::map<std::string, double>> changed;

    bool isEmpty() const { return added.empty() && removed.empty() && moved.empty() && changed.empty(); }
};

/// A QuarterHour project: its layers and the profile to apply.
struct Project
{
    std::string path; ///< the .qhproj file
    std::string name;
    std::string attribution; ///< data sources and licences, printed on maps
    Crs crs;          ///< metric CRS all layers are brought into
    NetworkLayerSpec network;
    FacilityLayerSpec facilities;
    PopulationLayerSpec population;
    UnitLayerSpec units;
    Profile profile;
    std::string targets; ///< target profile: bundled id or path (empty: none)
    /// Indicator id → target set by the planner instead of the profile's default.
    std::map<std::string, double> targetOverrides;
    /// XYZ tile URL template for a basemap ({z}/{x}/{y}); empty: none.
    std::string basemapUrl;
    /// Drawn under the analysis, bottom first.
    std::vector<ReferenceLayerSpec> references;
    Plan plan;
};


/// A population cell: where people live, counted per demand group.
struct PopulationCell
{
    MultiPolygon shape;
    Point rep;               ///< representative point inside the cell
    std::vector<double> pop; ///< per Project::population.groups
    /// The feature's id in the population layer (its FID), -1 when not from a vector layer.
    std::int64_t sourceId = -1;
};

/// A planning unit (municipality, street, community).
struct Unit
{
    std::string id;
    std::string name;
    std::string unitClass; ///< e.g. "new" or "built_up"; empty when the layer has none
    MultiPolygon shape;
};

/// A reference layer read for drawing, in the project CRS: a vector layer's
/// polygons, lines and points, or a raster warped onto a grid over the study area.
struct ReferenceData
{
    std::string name;
    std::string colour; ///< "#rrggbb"; empty: the drawing's default
    LayerRef source;    ///< the layer it was read from (ReferenceLayerSpec::ref)
    bool visible = true;
    std::vector<MultiPolygon> polygons;
    std::vector<Polyline> lines;
    std::vector<Point> points;
    /// A raster: `width` × `height` pixels of 0xAARRGGBB, row 0 at the top (maxY),
    /// covering `extent`. Empty for a vector layer.
    int width = 0, height = 0;
    std::vector<std::uint32_t> argb;
    Rect extent; ///< what the layer covers (a raster: its pixels)
    /// Polygons, lines and points, or 1 for a raster: what the import report counts.
    std::size_t drawnFeatures() const { return polygons.size() + lines.size() + points.size() + (width > 0 ? 1 : 0); }
};

/// What reading one input layer gave, for the import report: how many features
/// came into the analysis and what reading them said (repairs, skipped features,
/// duplicates, numbers read from text, encodings).
struct LayerReport
{
    std::string role; ///< "network", "facilities", "population", "units", "reference"
    LayerRef ref;
    std::size_t features = 0; ///< lines, facilities, population cells or points, units; drawn features of a reference
    double people = -1;       ///< population only: the first group's total
    Warnings warnings;
};

/// All layers of a project, in the project CRS.
struct RegionData
{
    std::vector<Polyline> network;
    std::vector<Facility> facilities;
    std::vector<PopulationCell> cells;
    std::vector<Unit> units;
    /// Project::references as read (one that could not be read is left out, with a warning).
    std::vector<ReferenceData> references;
    /// One per layer read, in the order of `warnings` (which holds all of theirs).
    std::vector<LayerReport> layers;
    Rect extent;
    Warnings warnings;
};

} // namespace qh
