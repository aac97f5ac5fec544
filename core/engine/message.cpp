#include "message.h"

#include "error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <cstring>
#include <stdexcept>

namespace qh {

namespace {

struct Entry
{
    const char *code;
    const char *sentence;
};

// The catalogue: one English sentence per code, %1 … for the arguments. lupdate
// reads the sentences from here (context qh::Message); front ends translate them.
constexpr Entry kCatalogue[] = {
    {"range", QT_TRANSLATE_NOOP("qh::Message", "between %1 and %2 %3")},
    {"range_plain", QT_TRANSLATE_NOOP("qh::Message", "between %1 and %2")},
    // Where in the data
    {"layer", QT_TRANSLATE_NOOP("qh::Message", "%1, layer '%2'")},
    {"feature", QT_TRANSLATE_NOOP("qh::Message", "%1, layer '%2', feature %3")},
    {"facility", QT_TRANSLATE_NOOP("qh::Message", "facility %1")},
    {"facility_named", QT_TRANSLATE_NOOP("qh::Message", "facility %1 (%2)")},
    // Errors that stop loading or writing
    {"no_such_file", QT_TRANSLATE_NOOP("qh::Message", "%1: no such file")},
    {"not_regular_file", QT_TRANSLATE_NOOP("qh::Message", "%1: is not a regular file (a pipe or a device); save it as a file first")},
    {"is_folder", QT_TRANSLATE_NOOP("qh::Message", "%1: is a folder, not a data file")},
    {"unreadable", QT_TRANSLATE_NOOP("qh::Message", "%1: cannot be read (check its permissions)")},
    {"empty_file", QT_TRANSLATE_NOOP("qh::Message", "%1: the file is empty")},
    {"db_password", QT_TRANSLATE_NOOP("qh::Message", "%1…: the connection holds a password, which would be saved in the project "
                                                     "and shown in messages; remove it and keep it in ~/.pgpass or PGPASSWORD")},
    {"db_cannot_open", QT_TRANSLATE_NOOP("qh::Message", "%1: cannot open the database%2; check the server is running, the "
                                                        "database name and the user (a password goes in ~/.pgpass or PGPASSWORD)")},
    {"db_no_table", QT_TRANSLATE_NOOP("qh::Message", "%1: the database has no table '%2' (tables: %3)")},
    {"not_gis", QT_TRANSLATE_NOOP("qh::Message", "%1: not a GIS format GDAL can read%2")},
    {"not_vector", QT_TRANSLATE_NOOP("qh::Message", "%1: not a vector GIS format GDAL can read%2")},
    {"no_such_layer", QT_TRANSLATE_NOOP("qh::Message", "%1: has no layer '%2' (layers: %3)")},
    {"none", QT_TRANSLATE_NOOP("qh::Message", "none")},
    {"layer_empty", QT_TRANSLATE_NOOP("qh::Message", "%1: the %2 layer has no features")},
    {"layer_no_crs", QT_TRANSLATE_NOOP("qh::Message", "%1: the %2 layer has no coordinate reference system; assign one "
                                                      "(e.g. in QGIS: Layer ▸ Set CRS) and try again")},
    {"for_coordinates", QT_TRANSLATE_NOOP("qh::Message", "the coordinates")},
    {"coordinates_half", QT_TRANSLATE_NOOP("qh::Message", "%1: name both coordinate columns (x or longitude, and y or latitude)")},
    {"layer_bad_crs", QT_TRANSLATE_NOOP("qh::Message", "%1: the CRS '%2' given for it cannot be read (%3); give an EPSG code such as EPSG:4490")},
    {"layer_bad_filter", QT_TRANSLATE_NOOP("qh::Message", "%1: the filter '%2' cannot be applied; check the column names and quotes (e.g. 乡 = '望京街道')")},
    {"layer_filter_empty", QT_TRANSLATE_NOOP("qh::Message", "%1: no feature of the %2 layer matches the filter '%3'")},
    {"no_field", QT_TRANSLATE_NOOP("qh::Message", "%1: has no field '%2' (needed for %3)")},
    {"no_walkable_lines", QT_TRANSLATE_NOOP("qh::Message", "%1: the network layer has no walkable lines")},
    {"no_walkable_lines_filtered", QT_TRANSLATE_NOOP("qh::Message", "%1: the network layer has no walkable lines (%2 ways were "
                                                                    "not walkable under the profile's filter)")},
    {"no_unit_polygons", QT_TRANSLATE_NOOP("qh::Message", "%1: the units layer has no polygons")},
    {"no_project_file", QT_TRANSLATE_NOOP("qh::Message", "%1: no such project file")},
    {"project_unreadable", QT_TRANSLATE_NOOP("qh::Message", "%1: cannot be read (%2)")},
    // What is wrong in a project file
    {"in_project", QT_TRANSLATE_NOOP("qh::Message", "%1: %2")},
    {"json_text", QT_TRANSLATE_NOOP("qh::Message", "the text \"%1\"")},
    {"json_number", QT_TRANSLATE_NOOP("qh::Message", "the number %1")},
    {"json_list", QT_TRANSLATE_NOOP("qh::Message", "a list")},
    {"json_object", QT_TRANSLATE_NOOP("qh::Message", "an object")},
    {"json_nothing", QT_TRANSLATE_NOOP("qh::Message", "nothing")},
    {"project_json_error", QT_TRANSLATE_NOOP("qh::Message", "%1: not a QuarterHour project (JSON error at byte %2: %3)")},
    {"project_not_format", QT_TRANSLATE_NOOP("qh::Message", "not a QuarterHour project (\"format\" must be \"quarterhour-project\")")},
    {"project_version_kind", QT_TRANSLATE_NOOP("qh::Message", "'version' must be the number 1, not %1")},
    {"project_version_unsupported", QT_TRANSLATE_NOOP("qh::Message", "project version %1 is not supported (this build reads version 1)")},
    {"project_crs_not_metric", QT_TRANSLATE_NOOP("qh::Message", "'crs' %1 is not a projected CRS in metres; choose e.g. the local UTM zone or a CGCS2000 Gauss-Krüger zone")},
    {"project_missing_object", QT_TRANSLATE_NOOP("qh::Message", "missing object '%1'")},
    {"project_not_object", QT_TRANSLATE_NOOP("qh::Message", "'%1' must be an object ({ … }), not %2")},
    {"project_missing_text", QT_TRANSLATE_NOOP("qh::Message", "missing text '%1'")},
    {"project_not_text", QT_TRANSLATE_NOOP("qh::Message", "'%1' must be text")},
    {"project_not_list", QT_TRANSLATE_NOOP("qh::Message", "'%1' must be a list ([ … ]), not %2")},
    {"project_each_not_object", QT_TRANSLATE_NOOP("qh::Message", "each of '%1' must be an object ({ … }), not %2")},
    {"project_not_number", QT_TRANSLATE_NOOP("qh::Message", "'%1' must be a number")},
    {"project_out_of_range", QT_TRANSLATE_NOOP("qh::Message", "'%1' must be %2, not %3")},
    {"project_out_of_range_or_zero", QT_TRANSLATE_NOOP("qh::Message", "'%1' must be %2 (or 0 to turn it off), not %3")},
    {"project_bad_key", QT_TRANSLATE_NOOP("qh::Message", "'%1' '%2' may hold only letters, digits and '_' (Chinese characters are fine)")},
    {"project_xy_together", QT_TRANSLATE_NOOP("qh::Message", "'%1x_field' and '%1y_field' go together: give both or neither")},
    {"project_value_error", QT_TRANSLATE_NOOP("qh::Message", "'%1': %2")},
    {"project_capacity_fields", QT_TRANSLATE_NOOP("qh::Message", "'layers.facilities.capacity_fields' must map capacity keys to column names")},
    {"project_not_column", QT_TRANSLATE_NOOP("qh::Message", "'%1' must be the name of a column of the facilities layer")},
    {"project_type_values", QT_TRANSLATE_NOOP("qh::Message", "'layers.facilities.type_values' must map values of the type column to facility types")},
    {"project_type_value_key", QT_TRANSLATE_NOOP("qh::Message", "'%1' must be a facility type key")},
    {"project_join_on", QT_TRANSLATE_NOOP("qh::Message", "'layers.population.census.join_on' must be \"name\" or \"code\", not '%1'")},
    {"project_no_groups", QT_TRANSLATE_NOOP("qh::Message", "'layers.population.groups' must list at least one population column")},
    {"project_group_twice", QT_TRANSLATE_NOOP("qh::Message", "population group '%1' is defined twice in 'layers.population.groups'")},
    {"project_not_bool", QT_TRANSLATE_NOOP("qh::Message", "'%1' must be true or false")},
    {"project_no_types", QT_TRANSLATE_NOOP("qh::Message", "'profile.facility_types' must list at least one facility type")},
    {"project_type_group_missing", QT_TRANSLATE_NOOP("qh::Message", "facility type '%1' names population group '%2', which 'layers.population.groups' does not define")},
    {"project_type_twice", QT_TRANSLATE_NOOP("qh::Message", "facility type '%1' is defined twice in 'profile.facility_types'")},
    {"project_override", QT_TRANSLATE_NOOP("qh::Message", "'%1' must be a number of at least 0")},
    {"project_needs_xy", QT_TRANSLATE_NOOP("qh::Message", "'%1' needs both 'x' and 'y'")},
    {"project_outside_crs", QT_TRANSLATE_NOOP("qh::Message", "'%1' (%2, %3) lies outside the area where %4 can be used")},
    {"project_removed_ids", QT_TRANSLATE_NOOP("qh::Message", "'plan.removed' must list facility ids as text, not %1")},
    {"cannot_save_project", QT_TRANSLATE_NOOP("qh::Message", "%1: cannot save the project (%2)")},
    {"save_over_input", QT_TRANSLATE_NOOP("qh::Message", "%1: is one of the project's data files; save the project elsewhere")},
    {"output_is_input", QT_TRANSLATE_NOOP("qh::Message", "%1: is an input of this run (%2); choose another output "
                                                         "(inputs are never overwritten)")},
    {"disk_full", QT_TRANSLATE_NOOP("qh::Message", "%1: cannot write: the disk is full; free some space or choose another "
                                                   "output folder")},
    {"cell_too_large", QT_TRANSLATE_NOOP("qh::Message", "%1: population cell %2 is %3 km across, larger than the whole study "
                                                        "area (%4 km); check its coordinates")},
    {"output_not_folder", QT_TRANSLATE_NOOP("qh::Message", "%1: is a file, not a folder; choose a folder for the results")},
    {"output_folder_not_ours", QT_TRANSLATE_NOOP("qh::Message", "%1: holds '%2', which is not a QuarterHour result; choose an empty "
                                                                "folder or one with only a previous result set")},
    {"output_cannot_create", QT_TRANSLATE_NOOP("qh::Message", "%1: cannot write the results here (%2)")},
    {"no_network_edges", QT_TRANSLATE_NOOP("qh::Message", "%1: the network has no edges to walk on")},
    // What a field is needed for
    {"for_facility_ids", QT_TRANSLATE_NOOP("qh::Message", "facility ids")},
    {"for_facility_names", QT_TRANSLATE_NOOP("qh::Message", "facility names")},
    {"for_facility_types", QT_TRANSLATE_NOOP("qh::Message", "facility types")},
    {"for_capacities", QT_TRANSLATE_NOOP("qh::Message", "capacities")},
    {"for_population_group", QT_TRANSLATE_NOOP("qh::Message", "population group %1")},
    {"for_unit_ids", QT_TRANSLATE_NOOP("qh::Message", "unit ids")},
    {"for_unit_names", QT_TRANSLATE_NOOP("qh::Message", "unit names")},
    {"for_unit_classes", QT_TRANSLATE_NOOP("qh::Message", "unit classes")},
    // The roles of layers, in words
    {"role_network", QT_TRANSLATE_NOOP("qh::Message", "network")},
    {"role_facilities", QT_TRANSLATE_NOOP("qh::Message", "facilities")},
    {"role_population", QT_TRANSLATE_NOOP("qh::Message", "population")},
    {"role_units", QT_TRANSLATE_NOOP("qh::Message", "units")},
    {"role_buildings", QT_TRANSLATE_NOOP("qh::Message", "buildings")},
    {"unit_whole_area", QT_TRANSLATE_NOOP("qh::Message", "Whole area")},
    {"role_reference", QT_TRANSLATE_NOOP("qh::Message", "reference layer")},
    // Files cut short
    {"file_cut_short", QT_TRANSLATE_NOOP("qh::Message", "%1: the file is cut short: its header says %2 bytes, it holds %3; copy or download it again")},
    {"csv_last_row_short", QT_TRANSLATE_NOOP("qh::Message", "%1: row %2, the last, has %3 of the header's %4 columns: the file may be cut short; check it or export it again")},
    // The import report, a line per layer read
    {"import_layer", QT_TRANSLATE_NOOP("qh::Message", "%1: %2 features from %3")},
    {"import_layer_people", QT_TRANSLATE_NOOP("qh::Message", "%1: %2 features (%3 people) from %4")},
    {"import_layer_warnings", QT_TRANSLATE_NOOP("qh::Message", "%1; %2 warning(s), listed below")},
    // Reference layers (drawn for context)
    {"reference_skipped", QT_TRANSLATE_NOOP("qh::Message", "%1: %2 features cannot be drawn (no geometry, or not in the coordinate system) and are left out of the reference layer")},
    {"reference_raster_no_crs", QT_TRANSLATE_NOOP("qh::Message", "%1: the raster has no coordinate system; give it one (e.g. EPSG:4490) to draw it")},
    {"reference_not_drawable", QT_TRANSLATE_NOOP("qh::Message", "%1: cannot be drawn over the study area: %2")},
    {"reference_left_out", QT_TRANSLATE_NOOP("qh::Message", "Reference layer '%1' is not drawn: %2")},
    // Reading layers
    {"encoding_guessed", QT_TRANSLATE_NOOP("qh::Message", "%1: has no .cpg file and its text is not UTF-8; read as GBK (CP936). "
                                                          "Add a .cpg file holding GBK (or the right encoding) to make this explicit")},
    // Census tables per unit spread onto a grid
    {"for_building_levels", QT_TRANSLATE_NOOP("qh::Message", "building levels")},
    {"for_census_join", QT_TRANSLATE_NOOP("qh::Message", "joining the table to the units")},
    {"census_needs_units", QT_TRANSLATE_NOOP("qh::Message", "%1: a census table per unit needs the unit polygons (a units layer)")},
    {"census_not_count", QT_TRANSLATE_NOOP("qh::Message", "%1, row %2: %3 '%4' is not a count of people, taken as 0")},
    {"census_number_read", QT_TRANSLATE_NOOP("qh::Message", "%1, row %2: %3 '%4' is not a plain number; read as %5, check it")},
    {"census_nothing_joined", QT_TRANSLATE_NOOP("qh::Message", "%1: no row of the column '%2' matches a unit %3; choose the column with the units' names or codes")},
    {"census_by_code", QT_TRANSLATE_NOOP("qh::Message", "by code")},
    {"census_by_name", QT_TRANSLATE_NOOP("qh::Message", "by name")},
    {"census_rows_unmatched", QT_TRANSLATE_NOOP("qh::Message", "%1: %2 row(s) match no unit and are left out: %3")},
    {"census_units_without_row", QT_TRANSLATE_NOOP("qh::Message", "%1 unit(s) have no row in the census table and no population: %2")},
    {"census_unit_too_large", QT_TRANSLATE_NOOP("qh::Message", "unit %1 is too large for cells of %2 m; check the units layer and its CRS")},
    {"census_spread_evenly", QT_TRANSLATE_NOOP("qh::Message", "unit %1 has no buildings: its people are spread evenly over its area")},
    {"census_spread_residential", QT_TRANSLATE_NOOP("qh::Message", "unit %1 has no buildings: its people are spread over its residential land")},
    {"census_spread_evenly_no_land", QT_TRANSLATE_NOOP("qh::Message", "unit %1 has neither buildings nor residential land: its people are spread evenly over its area")},
    {"role_residential", QT_TRANSLATE_NOOP("qh::Message", "residential land")},
    // What the coordinates say about a layer's CRS (import)
    {"import_census_buildings", QT_TRANSLATE_NOOP("qh::Message", "%1: a table of counts per unit, joined to the units by the column '%2' and spread over the buildings of %3")},
    {"import_census_even", QT_TRANSLATE_NOOP("qh::Message", "%1: a table of counts per unit, joined to the units by the column '%2' and spread evenly over each unit (give buildings in the mapping to spread by them)")},
    {"import_no_layer_for_role", QT_TRANSLATE_NOOP("qh::Message", "%1: no layer of this file can be the %2")},
    {"import_crs_assumed", QT_TRANSLATE_NOOP("qh::Message", "%1: has no CRS; its coordinates are longitudes and latitudes, taken as %2")},
    {"import_values_unmapped", QT_TRANSLATE_NOOP("qh::Message", "%1 value(s) of the column '%3' map onto no facility type and are left out: %2")},
    {"import_no_population_column", QT_TRANSLATE_NOOP("qh::Message", "%1: no population column found (人口, 常住人口, population, pop_total …); name one in the mapping")},
    {"import_crs_not_metric", QT_TRANSLATE_NOOP("qh::Message", "the analysis CRS %1 is not projected in metres; choose a CGCS2000 Gauss-Krüger zone (EPSG:4534–4554) or a UTM zone")},
    {"import_no_extent", QT_TRANSLATE_NOOP("qh::Message", "%1: has no extent to choose the analysis CRS from; give one (--crs)")},
    {"import_no_types", QT_TRANSLATE_NOOP("qh::Message", "%1: no facility of a known type; map the values of the column '%2' onto facility types (type_values in the mapping), or give one type for all (--type)")},
    {"project_exists", QT_TRANSLATE_NOOP("qh::Message", "%1: a file of this name exists; choose another name or remove it first")},
    {"mapping_not_json", QT_TRANSLATE_NOOP("qh::Message", "%1: not a mapping file (JSON: %2)")},
    {"mapping_not_text", QT_TRANSLATE_NOOP("qh::Message", "%1: '%2' must be text (a column name, a file, a CRS)")},
    {"mapping_bad_number", QT_TRANSLATE_NOOP("qh::Message", "%1: '%2' must be a number %3")},
    {"mapping_bad_join", QT_TRANSLATE_NOOP("qh::Message", "%1: 'population.census.join_on' must be \"name\" or \"code\", not \"%2\"")},
    {"mapping_unknown_key", QT_TRANSLATE_NOOP("qh::Message", "%1: unknown key '%2' (network, facilities, population, units, crs, targets, name)")},
    {"import_not_number", QT_TRANSLATE_NOOP("qh::Message", "row %1, %2: '%3' is not a number; it would count as 0")},
    {"import_number_read", QT_TRANSLATE_NOOP("qh::Message", "row %1, %2: '%3' is not a plain number; it would be read as %4")},
    {"import_more_notes", QT_TRANSLATE_NOOP("qh::Message", "%1 more rows like these")},
    {"import_rows_without_coordinates", QT_TRANSLATE_NOOP("qh::Message", "%1 rows have no readable coordinates and would be left out")},
    {"import_layer_empty", QT_TRANSLATE_NOOP("qh::Message", "the layer is empty")},
    {"import_rows_limit", QT_TRANSLATE_NOOP("qh::Message", "only the first %1 rows were looked at")},
    {"crs_declared", QT_TRANSLATE_NOOP("qh::Message", "%1 (%2), declared in the file")},
    {"crs_swapped", QT_TRANSLATE_NOOP("qh::Message", "the file declares %1, but the coordinates look like latitude, longitude: the x and y columns are swapped; swap them (x = longitude, y = latitude)")},
    {"crs_swapped_nocrs", QT_TRANSLATE_NOOP("qh::Message", "no CRS, and the coordinates look like latitude, longitude: the x and y columns are swapped; swap them (x = longitude, y = latitude)")},
    {"crs_degrees_in_metric", QT_TRANSLATE_NOOP("qh::Message", "the file declares %1 (metres), but the coordinates are degrees: the CRS is likely %2")},
    {"crs_prefix_unexpected", QT_TRANSLATE_NOOP("qh::Message", "the eastings start with the zone number %1, but the declared %2 expects none: the CRS is likely %3")},
    {"crs_prefix_missing", QT_TRANSLATE_NOOP("qh::Message", "the declared %1 expects eastings that start with the zone number, but they have none: the CRS is likely %2")},
    {"crs_outside_zone", QT_TRANSLATE_NOOP("qh::Message", "the eastings lie up to %1 km from the centre of the declared %2: a wrong zone, or not this CRS; check the CRS")},
    {"crs_guess_lonlat", QT_TRANSLATE_NOOP("qh::Message", "no CRS; the coordinates are longitudes and latitudes: likely %1; confirm it")},
    {"crs_guess_gk", QT_TRANSLATE_NOOP("qh::Message", "no CRS; the eastings start with the zone number %1: likely %2 (CGCS2000 Gauss-Krüger, central meridian %3°E); confirm it")},
    {"crs_guess_metric", QT_TRANSLATE_NOOP("qh::Message", "no CRS; the coordinates look like metres in a transverse Mercator zone (Gauss-Krüger or UTM) without a zone number, and which zone cannot be told: give the CRS (e.g. EPSG:4548 for CGCS2000 3° Gauss-Krüger, central meridian 117°E)")},
    {"crs_unknown", QT_TRANSLATE_NOOP("qh::Message", "no CRS, and the coordinates do not tell which: give the CRS")},
    {"assumed_lonlat", QT_TRANSLATE_NOOP("qh::Message", "%1: has no CRS; its coordinates are longitudes and latitudes, "
                                                        "so WGS 84 (EPSG:4326) was assumed")},
    {"network_not_line", QT_TRANSLATE_NOOP("qh::Message", "%1: not a line (%2), skipped")},
    {"outside_crs_area", QT_TRANSLATE_NOOP("qh::Message", "%1: its coordinates (%2, %3) lie outside the area where %4 "
                                                          "can be used; check the coordinates (a typing error, a column "
                                                          "of other numbers) or the layer's CRS")},
    {"outside_crs_area_why", QT_TRANSLATE_NOOP("qh::Message", "%1; %2")},
    {"no_facility_placed", QT_TRANSLATE_NOOP("qh::Message", "%1: none of its %2 features has a usable place (a point, "
                                                            "or coordinates in the columns given); check the geometry or "
                                                            "the coordinate columns")},
    {"layer_damaged", QT_TRANSLATE_NOOP("qh::Message", "%1: the file is damaged or cut short (GDAL: %2); download "
                                                       "or export it again")},
    {"network_not_transformed", QT_TRANSLATE_NOOP("qh::Message", "%1: cannot be transformed to the project CRS, skipped")},
    {"more_network_skipped", QT_TRANSLATE_NOOP("qh::Message", "%1 more network features skipped (not lines or outside the CRS)")},
    {"facility_no_geometry", QT_TRANSLATE_NOOP("qh::Message", "%1 (facility %2): no usable geometry, left out")},
    {"capacity_missing", QT_TRANSLATE_NOOP("qh::Message", "%1 (facility %2): no %3 value, counted as 0")},
    {"capacity_text_read", QT_TRANSLATE_NOOP("qh::Message", "%1 (facility %2): %3 '%4' is not a plain number; read as %5, check it")},
    {"capacity_not_number", QT_TRANSLATE_NOOP("qh::Message", "%1 (facility %2): %3 '%4' is not a number, counted as 0")},
    {"capacity_negative", QT_TRANSLATE_NOOP("qh::Message", "%1 (facility %2): negative %3 %4, counted as 0")},
    {"capacity_implausible", QT_TRANSLATE_NOOP("qh::Message", "%1 (facility %2): %3 %4 is not plausible (must be %5), counted as 0")},
    {"more_capacity_problems", QT_TRANSLATE_NOOP("qh::Message", "%1 more facilities with unusable capacities")},
    {"raster_other_grid", QT_TRANSLATE_NOOP("qh::Message", "%1: population group '%2' adds rasters up pixel by pixel, but this one is not on the grid of %3 (size or georeferencing differ); resample it onto that grid first")},
    {"raster_none_in_area", QT_TRANSLATE_NOOP("qh::Message", "%1: no pixel with people lies in the study area (the units and the network); check that the raster covers it and its CRS")},
    {"raster_negative", QT_TRANSLATE_NOOP("qh::Message", "%1: %2 pixels hold negative values; taken as 0")},
    {"raster_implausible", QT_TRANSLATE_NOOP("qh::Message", "%1: %2 pixels hold implausible counts (must be %3); taken as 0")},
    {"raster_outside", QT_TRANSLATE_NOOP("qh::Message", "%1: %2 pixels with people cannot be placed in the project CRS; left out")},
    {"population_no_geometry", QT_TRANSLATE_NOOP("qh::Message", "%1: no usable geometry, left out")},
    {"population_empty", QT_TRANSLATE_NOOP("qh::Message", "%1: %2 is empty, taken as 0")},
    {"population_not_count", QT_TRANSLATE_NOOP("qh::Message", "%1: %2 = %3 is not a count, taken as 0")},
    {"more_population_problems", QT_TRANSLATE_NOOP("qh::Message", "%1 more population cells with unusable counts")},
    {"unit_repaired", QT_TRANSLATE_NOOP("qh::Message", "%1 (unit %2): the polygon is not valid (%3); repaired with GEOS MakeValid, area %4 m² → %5 m²; check the boundary")},
    {"facility_duplicate", QT_TRANSLATE_NOOP("qh::Message", "facilities %1 and %2 (%3) stand at the same place with the same name: probably one facility listed twice, and both are counted")},
    {"more_duplicate_facilities", QT_TRANSLATE_NOOP("qh::Message", "%1 more facilities listed twice")},
    {"geom_ring_self_intersection", QT_TRANSLATE_NOOP("qh::Message", "a ring crosses itself at %1")},
    {"geom_self_intersection", QT_TRANSLATE_NOOP("qh::Message", "the boundary crosses itself at %1")},
    {"geom_too_few_points", QT_TRANSLATE_NOOP("qh::Message", "a ring has too few points %1")},
    {"geom_hole_outside", QT_TRANSLATE_NOOP("qh::Message", "a hole lies outside the outline %1")},
    {"geom_nested_shells", QT_TRANSLATE_NOOP("qh::Message", "one part lies inside another %1")},
    {"geom_interior_disconnected", QT_TRANSLATE_NOOP("qh::Message", "the inside is cut in two %1")},
    {"unit_not_polygon", QT_TRANSLATE_NOOP("qh::Message", "%1 (unit %2): not a polygon, left out")},
    // Layers given on the command line
    {"network_crs_not_metric", QT_TRANSLATE_NOOP("qh::Message", "the network's CRS %1 is not in metres; working in %2 (%3)")},
    {"no_type_column", QT_TRANSLATE_NOOP("qh::Message", "%1: no 'type' column; all facilities are taken as one type")},
    {"no_capacity_column", QT_TRANSLATE_NOOP("qh::Message", "%1: no capacity column (beds, childcare_places, places, capacity); "
                                                            "supply ratios will be zero")},
    // The network and the population on it
    {"network_parts", QT_TRANSLATE_NOOP("qh::Message", "the walking network has %1 separate parts; the largest holds %2% of its "
                                                       "nodes, so places on the small parts reach little")},
    {"cells_on_island", QT_TRANSLATE_NOOP("qh::Message", "%1 population cells (%2 %3) meet the network on a small island "
                                                         "(under 1% of the largest part)")},
    {"samples_on_island", QT_TRANSLATE_NOOP("qh::Message", "%1 population sample points (%2 %3) meet the network on a small "
                                                           "island (under 1% of the largest part)")},
    {"cells_unsnapped", QT_TRANSLATE_NOOP("qh::Message", "%1 population cells (%2 %3) are farther than %4 m from any walkable "
                                                         "edge: counted as not covered (cell_index %5)")},
    {"samples_unsnapped", QT_TRANSLATE_NOOP("qh::Message", "%1 population sample points (%2 %3) are farther than %4 m from any "
                                                           "walkable edge: counted as not covered (cell_index %5)")},
    {"cells_outside_units", QT_TRANSLATE_NOOP("qh::Message", "%1 population cells (%2 %3) lie outside every unit: counted in "
                                                             "totals, not in any unit")},
    {"samples_outside_units", QT_TRANSLATE_NOOP("qh::Message", "%1 population sample points (%2 %3) lie outside every unit: "
                                                               "counted in totals, not in any unit")},
    {"people", QT_TRANSLATE_NOOP("qh::Message", "people")},
    // Facilities
    {"duplicate_facility_id", QT_TRANSLATE_NOOP("qh::Message", "facility id %1 appears more than once; edits by id change the first")},
    {"facility_type_unknown", QT_TRANSLATE_NOOP("qh::Message", "%1: type '%2' is not in the profile, left out of the analysis")},
    {"facility_unreachable", QT_TRANSLATE_NOOP("qh::Message", "%1: no walkable edge within %2 m; not reachable, so it covers no one")},
    {"facility_no_capacity", QT_TRANSLATE_NOOP("qh::Message", "%1: no %2 (0 or missing); it adds nothing to supply ratios")},
    {"facility_on_island", QT_TRANSLATE_NOOP("qh::Message", "%1: meets the network on a small island (under 1% of the largest "
                                                            "part), so its circle is small; check the network around it")},
    {"type_unreachable", QT_TRANSLATE_NOOP("qh::Message", "no reachable facility of type '%1': nobody is covered for it")},
    // The plan
    {"plan_remove_missing", QT_TRANSLATE_NOOP("qh::Message", "plan: facility %1 is to be removed, but the facilities layer has no such facility")},
    {"plan_move_missing", QT_TRANSLATE_NOOP("qh::Message", "plan: facility %1 is to be moved, but the facilities layer has no such facility")},
    {"plan_change_missing", QT_TRANSLATE_NOOP("qh::Message", "plan: facility %1 is to change its %2, but the facilities layer has no "
                                                             "such facility")},
    {"plan_add_failed", QT_TRANSLATE_NOOP("qh::Message", "plan: proposed facility %1 was not added: %2")},
    // Indicators that cannot be evaluated, or do not apply to a unit
    {"no_facility_type", QT_TRANSLATE_NOOP("qh::Message", "the project has no facility type '%2' (%1)")},
    {"no_group_column", QT_TRANSLATE_NOOP("qh::Message", "the population layer has no '%1' column")},
    {"no_capacity_field", QT_TRANSLATE_NOOP("qh::Message", "the facilities have no '%1' field")},
    {"no_counts_only_field", QT_TRANSLATE_NOOP("qh::Message", "the facilities have no '%1' field, which tells which facilities count")},
    {"na_no_share_base", QT_TRANSLATE_NOOP("qh::Message", "no %1 here to take a share of")},
    {"na_no_households", QT_TRANSLATE_NOOP("qh::Message", "no households here")},
    {"na_nobody", QT_TRANSLATE_NOOP("qh::Message", "no %1 live here")},
    {"residents", QT_TRANSLATE_NOOP("qh::Message", "residents")},
    // What is missing to meet a target
    {"gap_outside_circle", QT_TRANSLATE_NOOP("qh::Message", "%1 %2 outside the %3-minute %4 circle")},
    // Site suggestion
    {"candidate_named", QT_TRANSLATE_NOOP("qh::Message", "%1 (%2)")},
    {"candidate_node", QT_TRANSLATE_NOOP("qh::Message", "network junction %1")},
    {"candidate_grid", QT_TRANSLATE_NOOP("qh::Message", "grid point %1")},
    {"candidate_place", QT_TRANSLATE_NOOP("qh::Message", "drawn place %1")},
    {"grid_too_fine", QT_TRANSLATE_NOOP("qh::Message", "a grid %1 m apart over the network would have %2 points; choose a wider spacing")},
    {"candidates_excluded", QT_TRANSLATE_NOOP("qh::Message", "%1 candidate sites lie in the exclusion areas of %2 and were left out")},
    {"size_unreadable", QT_TRANSLATE_NOOP("qh::Message", "site size '%1': write capacity:cost, e.g. 40:1,120:2.5")},
    {"size_capacity_range", QT_TRANSLATE_NOOP("qh::Message", "site size '%1': the capacity must be between 1 and 10,000,000")},
    {"size_cost_positive", QT_TRANSLATE_NOOP("qh::Message", "site size '%1': the cost must be more than 0")},
    {"suggest_unknown_type", QT_TRANSLATE_NOOP("qh::Message", "the profile has no facility type '%1' (types: %2)")},
    {"suggest_k_zero", QT_TRANSLATE_NOOP("qh::Message", "the number of new sites must be at least 1")},
    {"no_candidates", QT_TRANSLATE_NOOP("qh::Message", "no candidate sites: give a layer of sites, an area whose network junctions may take one, or a grid spacing")},
    {"candidates_off_network", QT_TRANSLATE_NOOP("qh::Message", "%1 candidate sites are farther than %2 m from any walkable street and were left out")},
    {"candidates_outside_units", QT_TRANSLATE_NOOP("qh::Message", "%1 candidate sites lie outside every planning unit and were left out")},
    {"candidates_duplicate", QT_TRANSLATE_NOOP("qh::Message", "%1 candidate sites repeat a place given before and were left out")},
    {"no_usable_candidates", QT_TRANSLATE_NOOP("qh::Message", "none of the %1 candidate sites can be used: %2 are off the walking network, %3 outside every planning unit")},
    {"unit_still_short", QT_TRANSLATE_NOOP("qh::Message", "%1: %2 still not met: %3")},
    {"suggest_unavailable", QT_TRANSLATE_NOOP("qh::Message", "%1 is not aimed at: %2")},
    {"suggest_other_capacity", QT_TRANSLATE_NOOP("qh::Message", "%1 is not aimed at: new sites carry no %2")},
    {"suggest_no_area", QT_TRANSLATE_NOOP("qh::Message", "%1 is not aimed at: new sites carry no floor or land area")},
    {"unit_beyond_reach", QT_TRANSLATE_NOOP("qh::Message", "%1: %2 cannot be met: %3 %4 live beyond the circle of every candidate site")},
    {"unit_no_candidate", QT_TRANSLATE_NOOP("qh::Message", "%1: %2 cannot be met: no candidate site of a size that counts lies in this unit")},
    {"unit_not_enough_served", QT_TRANSLATE_NOOP("qh::Message", "%1: %2 places within reach cannot serve everyone the target asks for: even every candidate site at the largest size leaves %3 %4 unserved")},
    {"unit_still_short_served", QT_TRANSLATE_NOOP("qh::Message", "%1: %2 still not met when each place serves one person: %3 more to serve")},
    {"unit_not_enough_candidates", QT_TRANSLATE_NOOP("qh::Message", "%1: %2 cannot be met: every candidate site at the largest size still leaves %3 %4 missing")},
    {"gap_more_capacity", QT_TRANSLATE_NOOP("qh::Message", "%1 more %2 (%3)")},
    {"gap_more_share", QT_TRANSLATE_NOOP("qh::Message", "%1 more %2 (of %3)")},
    {"gap_more_units", QT_TRANSLATE_NOOP("qh::Message", "%1 more units need a %2 facility")},
    {"gap_more_units_with", QT_TRANSLATE_NOOP("qh::Message", "%1 more units need a %2 facility with %3")},
    {"gap_no_facility", QT_TRANSLATE_NOOP("qh::Message", "no %1 facility in this unit")},
    {"gap_no_facility_with", QT_TRANSLATE_NOOP("qh::Message", "no %1 facility with %2 in this unit")},
    {"gap_more_floor", QT_TRANSLATE_NOOP("qh::Message", "%1 m² more %2 floor space")},
    {"gap_more_land", QT_TRANSLATE_NOOP("qh::Message", "%1 m² more %2 land")},
    // Facility types the bundled profiles name, in words
    {"type_childcare", QT_TRANSLATE_NOOP("qh::Message", "childcare (0-3)")},
    {"type_kindergarten", QT_TRANSLATE_NOOP("qh::Message", "kindergarten (3-6)")},
    {"type_elderly_care", QT_TRANSLATE_NOOP("qh::Message", "elderly-care institution")},
    {"type_elderly_day_care", QT_TRANSLATE_NOOP("qh::Message", "community day care")},
    {"type_street_elderly_centre", QT_TRANSLATE_NOOP("qh::Message", "street comprehensive elderly-care centre")},
    {"type_elderly_activity_centre", QT_TRANSLATE_NOOP("qh::Message", "elderly activity centre")},
    {"type_meal_assist", QT_TRANSLATE_NOOP("qh::Message", "meal-assist point for the elderly")},
    // Capacities in words
    {"cap_beds", QT_TRANSLATE_NOOP("qh::Message", "beds")},
    {"cap_nursing_beds", QT_TRANSLATE_NOOP("qh::Message", "nursing-type beds")},
    {"cap_childcare_places", QT_TRANSLATE_NOOP("qh::Message", "childcare places")},
    {"cap_kindergarten_places", QT_TRANSLATE_NOOP("qh::Message", "kindergarten places")},
    {"cap_inclusive_places", QT_TRANSLATE_NOOP("qh::Message", "inclusive places")},
    {"cap_cognitive_beds", QT_TRANSLATE_NOOP("qh::Message", "cognitive-care beds")},
    {"cap_inclusive_beds", QT_TRANSLATE_NOOP("qh::Message", "inclusive beds")},
};

const Entry *find(const std::string &code)
{
    for (const Entry &e : kCatalogue)
        if (code == e.code)
            return &e;
    return nullptr;
}

/// Replaces %1 … %9 in `sentence` by `args` (each once or more; %% stays).
std::string fill(const std::string &sentence, const std::vector<std::string> &args)
{
    std::string out;
    for (std::size_t i = 0; i < sentence.size(); ++i) {
        const char c = sentence[i];
        if (c == '%' && i + 1 < sentence.size() && sentence[i + 1] >= '1' && sentence[i + 1] <= '9') {
            const std::size_t n = std::size_t(sentence[i + 1] - '1');
            out += n < args.size() ? args[n] : std::string();
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

Message Message::coded(const char *code, std::vector<Message> args)
{
    if (!find(code))
        throw std::logic_error(std::string("message code not in the catalogue: ") + code);
    Message m;
    m.code = code;
    m.args = std::move(args);
    return m;
}

Message Message::label(const std::string &english, const std::string &chinese)
{
    Message m;
    m.code = "@label";
    m.args = {Message(english), Message(chinese)};
    return m;
}

std::string Message::text() const
{
    if (code.empty())
        return literal;
    if (code == "@label")
        return args[0].literal;
    std::vector<std::string> filled;
    for (const Message &a : args)
        filled.push_back(a.text());
    const Entry *e = find(code);
    return e ? fill(e->sentence, filled) : code;
}

QString Message::localText() const
{
    if (code.empty())
        return QString::fromStdString(literal);
    if (code == "@label")
        return localLabel(args[0].literal, args[1].literal);
    const Entry *e = find(code);
    if (!e)
        return QString::fromStdString(code);
    std::vector<std::string> filled;
    for (const Message &a : args)
        filled.push_back(a.localText().toStdString());
    return QString::fromStdString(fill(QCoreApplication::translate("qh::Message", e->sentence).toStdString(), filled));
}

QString localLabel(const std::string &label, const std::string &labelZh)
{
    const bool zh = QLocale().language() == QLocale::Chinese && !labelZh.empty();
    return QString::fromStdString(zh ? labelZh : label);
}

std::vector<std::string> texts(const std::vector<Message> &messages)
{
    std::vector<std::string> out;
    for (const Message &m : messages)
        out.push_back(m.text());
    return out;
}

namespace {

Message words(const char *prefix, const std::string &key)
{
    const std::string code = prefix + key;
    if (find(code))
        return Message::coded(code.c_str());
    std::string w = key;
    for (char &c : w)
        if (c == '_')
            c = ' ';
    return Message(w);
}

} // namespace

Message capacityWords(const std::string &key)
{
    return words("cap_", key);
}

Message typeWords(const std::string &key)
{
    return words("type_", key);
}

QString localError(const std::exception &e)
{
    if (const auto *err = dynamic_cast<const Error *>(&e))
        return err->message().localText();
    return QString::fromStdString(e.what());
}

const char *messageSentence(const std::string &code)
{
    const Entry *e = find(code);
    return e ? e->sentence : nullptr;
}

std::vector<std::string> messageCodes()
{
    std::vector<std::string> codes;
    for (const Entry &e : kCatalogue)
        codes.push_back(e.code);
    return codes;
}

} // namespace qh
