#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "geo/types.h"

namespace qh {

/// Finds which of a set of polygons contains a point, with GEOS prepared
/// geometries (reentrant C API; one GEOS context per object, so objects may live
/// in different threads).
class PolygonLocator
{
public:
    explicit PolygonLocator(const std::vector<MultiPolygon> &polygons);
    ~PolygonLocator();
    PolygonLocator(const PolygonLocator &) = delete;
    PolygonLocator &operator=(const PolygonLocator &) = delete;

    /// Index of the first polygon that contains p (boundary included), if any.
    std::optional<std::size_t> locate(const Point &p) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace qh
