#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "error.h"
#include "geo/crs.h"
#include "message.h"

class GDALDataset;
class OGRLayer;

namespace qh {

struct DatasetCloser
{
    void operator()(GDALDataset *ds) const;
};
/// An open GDAL dataset, closed when the pointer goes.
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

/// Registers GDAL's drivers once; safe to call from anywhere.
void ensureGdal();

/// Held while a dataset is opened or closed. SpatiaLite, which GDAL's SQLite and
/// GeoPackage drivers start for each connection, calls setlocale(), and
/// setlocale() is not thread-safe; loadRegion opens its layers on several threads
/// (found by the ThreadSanitizer build, preset tsan). Reading stays parallel.
std::mutex &datasetOpenMutex();
/// GDALOpenEx under datasetOpenMutex().
GDALDataset *openLocked(const std::string &path, unsigned flags, const char *const *openOptions = nullptr);

/// How to open a file, when the user said.
struct OpenOptions
{
    std::string encoding; ///< a Shapefile's text encoding ("CP936", "UTF-8"); empty: .cpg or detected
    bool csvAsTable = false; ///< a CSV as a plain table, its coordinate columns kept as columns
};

/// A PostGIS database in GDAL's words ("PG:dbname=city host=… tables=…"), not a file.
bool isDatabaseSource(const std::string &source);

/// A file that exists, or a database (whether it answers is for opening to say).
bool sourceExists(const std::string &source);

/// A file's absolute, normal path; a database connection as it is.
std::string absoluteSource(const std::string &source);

/// A name for a source in titles: a file's name without its extension; a
/// database's tables= or dbname=.
std::string sourceStem(const std::string &source);

/// Whether an error is a database server asking for a password the connection did
/// not give (libpq: "no password supplied", "password authentication failed"):
/// the app then asks the planner for it, for this session only.
bool asksForPassword(const Error &e);

/// Opens a file (or a PostGIS database, see isDatabaseSource) read-only. Throws FileError naming the file: missing, a folder,
/// unreadable, or not a format GDAL can read. A Shapefile without a .cpg whose
/// text is not UTF-8 is read as GBK (CP936), the encoding of most Chinese
/// Shapefiles; `note` (when given) then says so. A database is opened with its
/// tables without geometry (census tables) too; a connection string holding a
/// password is refused (it would be saved in the project and shown in messages:
/// ~/.pgpass or PGPASSWORD keep it).
DatasetPtr openDataset(const std::string &path, bool vectorOnly, Message *note = nullptr,
                       const OpenOptions &options = {});

/// The text encoding of a Shapefile and where it comes from.
struct EncodingInfo
{
    enum class Source { None, Cpg, Detected, Ascii, Chosen };
    std::string encoding; ///< "CP936", "UTF-8", the .cpg's text; empty when not a Shapefile or ASCII
    Source source = Source::None;
};
/// The .cpg's encoding, or the detected one for a Shapefile without: "UTF-8" when
/// its text is UTF-8, "CP936" (GBK) when it holds other bytes.
EncodingInfo shapefileEncodingInfo(const std::string &path);

/// The named layer; throws DataError listing the layers the file does have.
OGRLayer *requireLayer(GDALDataset &ds, const std::string &path, const std::string &layer);

/// One attribute column of a vector layer.
struct FieldInfo
{
    std::string name;
    std::string type;
};

/// What `quarterhour-cli info` reports of one vector layer.
struct LayerInfo
{
    std::string name;
    std::string geometryType;
    std::string crs;
    std::int64_t featureCount = 0;
    std::vector<FieldInfo> fields;
    std::optional<std::vector<double>> extent; // minX, minY, maxX, maxY
};

/// What `quarterhour-cli info` reports of a raster.
struct RasterInfo
{
    int width = 0;
    int height = 0;
    int bands = 0;
    std::string crs;
    std::vector<double> geoTransform;
    std::vector<std::string> bandTypes;
};

/// A summary of any GDAL-readable file.
struct DatasetInfo
{
    std::string path;
    std::string driver;
    std::string driverLongName;
    std::vector<LayerInfo> layers;
    std::optional<RasterInfo> raster;
};

/// Reads a file's summary. Throws FileError for unreadable files.
DatasetInfo describeDataset(const std::string &path);

/// Human-readable, stable text for `info`.
std::string formatDatasetInfo(const DatasetInfo &info);

} // namespace qh
