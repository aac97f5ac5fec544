#pragma once

#include <memory>
#include <optional>
#include <string>

#include "geo/types.h"

class OGRSpatialReference;
class OGRCoordinateTransformation;

namespace qh {

/// A coordinate reference system (wraps OGRSpatialReference, which uses PROJ).
/// Axis order is always x = easting/longitude, y = northing/latitude.
class Crs
{
public:
    Crs();
    /// Parses "EPSG:32632", WKT, PROJ strings … Throws DataError when PROJ cannot.
    static Crs fromUserInput(const std::string &text);
    /// Copies a CRS owned by GDAL; an invalid Crs when srs is null.
    static Crs fromOgr(const OGRSpatialReference *srs);

    bool isValid() const { return mSrs != nullptr; }
    /// "WGS 84 / UTM zone 32N".
    std::string name() const;
    /// "EPSG:32632" when the CRS has an EPSG code, else its name.
    std::string authId() const;
    bool isProjectedMetric() const;
    /// Text that fromUserInput() reads back: "EPSG:nnnn" when there is a code, else WKT.
    std::string toUserInput() const;
    bool isSame(const Crs &other) const;
    /// Where coordinates in this CRS make sense, in its own units: the area of use
    /// PROJ gives it (widened by a quarter of its size and 100 km, for study areas
    /// that cross a zone edge), or ±100,000 km when it has none. Anything outside is
    /// a wrong CRS or a typing error, and numbers that large overflow the indexes.
    Rect validArea() const;
    const OGRSpatialReference *ogr() const { return mSrs.get(); }

private:
    std::shared_ptr<OGRSpatialReference> mSrs;
};

/// Transforms points between two CRSs; identity when both are the same.
class CrsTransform
{
public:
    CrsTransform(const Crs &from, const Crs &to);
    ~CrsTransform();
    CrsTransform(CrsTransform &&) noexcept;
    CrsTransform &operator=(CrsTransform &&) noexcept;

    bool isIdentity() const { return mTransform == nullptr; }
    /// Transforms in place; false when PROJ cannot (point outside the CRS's area).
    bool apply(double &x, double &y) const;
    /// The GDAL transformation, null for identity (for OGRGeometry::transform).
    OGRCoordinateTransformation *ogr() const { return mTransform.get(); }

private:
    std::unique_ptr<OGRCoordinateTransformation, void (*)(OGRCoordinateTransformation *)> mTransform;
};

} // namespace qh
