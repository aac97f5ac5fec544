#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "error.h"
#include "geo/crsguess.h"
#include "io/fieldmap.h"
#include "io/gdal.h"
#include "message.h"

namespace qh {

/// What a layer could be in a project, judged from its geometry and columns.
enum class LayerRole { Network, Facilities, Population, Units, CensusTable, Table };

/// "network", "facilities" … (stable, for files and options).
const char *roleName(LayerRole role);

/// What an import would take from one layer of a file.
struct LayerDetection
{
    std::string name;
    std::string geometryType; ///< "Point", "Multi Polygon" …; "None" for a table
    std::int64_t featureCount = 0;
    std::vector<std::string> fields;
    std::vector<std::vector<std::string>> sample; ///< the first rows, one value per field
    /// A table's coordinate columns (x or longitude, y or latitude).
    std::optional<std::pair<std::string, std::string>> coordinateColumns;
    Rect extent; ///< in the layer's own coordinates; empty when it has none
    std::string declaredCrs; ///< the file's CRS ("EPSG:4547"), empty when it has none
    CrsGuess crs;
    LayerRole role = LayerRole::Table;
    FacilityFieldMapping facilityFields;
    TypeValueMapping typeValues; ///< values of the proposed type column
    UnitFieldMapping unitFields;
    std::map<std::string, std::string> populationFields; ///< group key → column
    Warnings notes; ///< numbers read from text, rows without coordinates …
};

/// A raster's shape and what its coordinates say about its CRS.
struct RasterDetection
{
    int width = 0;
    int height = 0;
    int bands = 0;
    double pixelWidth = 0.0;
    double pixelHeight = 0.0;
    std::optional<double> noData;
    Rect extent;
    std::string declaredCrs;
    CrsGuess crs;
};

/// What an import would take from a file.
struct ImportDetection
{
    std::string path;
    std::string driver;         ///< "ESRI Shapefile", "XLSX", "OSM" …
    std::string driverLongName;
    EncodingInfo encoding;      ///< Shapefiles
    bool textNotUtf8 = false;   ///< a CSV whose text is not UTF-8 (likely GBK)
    std::vector<LayerDetection> layers;
    std::optional<RasterDetection> raster;
};

/// Looks at a file as the import would: driver, layers, encoding, CRS (or what the
/// coordinates suggest), coordinate columns, proposed role, field and type mapping
/// (onto `typeKeys` when given, else onto every known type), numbers written as
/// text. Reads at most `maxRows` rows per layer. Throws FileError for files GDAL
/// cannot read. Never writes.
/// `encoding` ("CP936", "UTF-8") reads a Shapefile's text as the user chose.
ImportDetection detectImport(const std::string &path, const std::vector<std::string> &typeKeys = {},
                             std::int64_t maxRows = 200000, const std::string &encoding = {});

/// The distinct values of a column (an OSM tag when the layer has no such column
/// but other_tags) and how many rows hold each, for mapping them onto types.
std::map<std::string, int> distinctValues(const std::string &path, const std::string &layer, const std::string &field,
                                          std::int64_t maxRows = 200000);

} // namespace qh
