#pragma once

#include <QPointF>
#include <QSize>
#include <QTransform>

#include "geo/types.h"

namespace qh {

/// What part of the map is shown: an immutable value the canvas and exporters share.
struct MapView
{
    Point center;
    double metresPerPixel = 10.0;
    QSize size{800, 600};

    /// Map (project CRS) → device pixels (y up on the map, down on screen).
    QTransform toDevice() const;
    QPointF toMap(const QPointF &device) const;
    /// A view that shows `extent` whole in `size`, with a small margin.
    static MapView fitting(const Rect &extent, const QSize &size);
    /// Scale denominator at the given screen DPI.
    double scaleDenominator(double dpi) const { return metresPerPixel * dpi / 0.0254; }
};

} // namespace qh
