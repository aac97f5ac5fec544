#pragma once

// Internal to the readers (io/readers.cpp, io/census.cpp): one open layer of a
// project and what error messages need to name it.

#include <memory>
#include <optional>
#include <string>

#include <ogrsf_frmts.h>

#include "geo/crs.h"
#include "io/gdal.h"
#include "scenario/model.h"

namespace qh::ioimpl {

/// A filter with its first column name in double quotes (乡 = 'x' → "乡" = 'x').
std::string quotedColumn(const std::string &filter);

/// "network", "facilities" … in the user's words.
Message roleWords(const char *role);

/// An open layer in the target CRS. Geometry comes from the layer, or from two
/// coordinate columns (LayerRef::xField/yField) of a table.
struct OpenLayer
{
    Message encodingNote; // first: openDataset writes it while ds is made
    DatasetPtr ds;
    OGRLayer *layer = nullptr;
    Message where; // "file.gpkg, layer 'x'"
    bool assumedLonLat = false;
    int xIdx = -1, yIdx = -1; // coordinate columns, or -1
    OGRPoint columnPoint;     // the point geometryOf() made from them (before transform: sourceCrs uses it)
    Crs fileCrs;      // the layer's own CRS (declared, given, or assumed)
    CrsTransform transform;
    Rect fileArea;    // where coordinates in fileCrs make sense (Crs::validArea)
    Rect validArea;   // the same for the target CRS
    Crs targetCrs;
    const OGRFeature *current = nullptr; // the feature geometryOf() was last asked for

    /// Throws DataError naming the layer: no CRS, empty, a coordinate column missing.
    OpenLayer(const LayerRef &ref, const Crs &target, const char *role, Warnings *warnings = nullptr);

    /// OSM files (.pbf, .osm) keep their ways in the layer "lines".
    static std::string defaultLayer(GDALDataset &ds, const std::string &layer);

    /// Index of a named column, -1 for an empty name; throws DataError naming the
    /// layer and what the column was for when there is no such column.
    int field(const std::string &name, const Message &purpose) const;

    Message featureName(const OGRFeature &f) const;

    /// The feature's geometry: its own, or a point from the coordinate columns
    /// (valid until the next call); null when it has none.
    const OGRGeometry *geometryOf(OGRFeature &f);

    /// Transforms a point of the current feature to the target CRS: false when
    /// PROJ cannot; throws DataError naming the layer, the feature and its
    /// coordinates when they lie outside the target CRS's valid area (or are not
    /// finite).
    bool toPoint(double &x, double &y) const;
    /// The same check for a point already in the target CRS (`x0`, `y0`: as in the file).
    void checkInArea(double x, double y, double x0, double y0) const;

    /// nullopt when the geometry is not polygonal or cannot be transformed.
    std::optional<MultiPolygon> toMultiPolygon(const OGRGeometry *g) const;

    /// A point on the surface (for polygons) or the point itself, computed in the
    /// target CRS so it does not depend on the file's CRS.
    std::optional<Point> representativePoint(const OGRGeometry *g) const;

private:
    bool convertRing(const OGRLinearRing *ring, Ring &out) const;
    const Crs &remember(const Crs &source)
    {
        fileCrs = source;
        return fileCrs;
    }
    [[noreturn]] void outside(double x0, double y0, const Crs &crs) const;
    Crs sourceCrs(const LayerRef &ref, const char *role);
};

/// A field's text, "" when unset.
std::string fieldText(const OGRFeature &f, int idx);

/// Adds a summary warning when more than a few items had the same problem.
class WarningCollector
{
public:
    /// `more`: the code of "%1 more such problems".
    WarningCollector(Warnings &out, const char *more) : mOut(out), mMore(more) {}
    ~WarningCollector()
    {
        if (mCount > kShown)
            mOut.push_back(Message::coded(mMore, {std::to_string(mCount - kShown)}));
    }
    void add(Message msg)
    {
        if (++mCount <= kShown)
            mOut.push_back(std::move(msg));
    }

private:
    static constexpr int kShown = 5;
    Warnings &mOut;
    const char *mMore;
    int mCount = 0;
};

} // namespace qh::ioimpl
