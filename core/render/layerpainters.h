#pragma once

#include <QRectF>
#include <QTransform>

#include "mapscene.h"

class QPainter;

namespace qh {

/// What every layer painter needs: the painter, the view, the style, the scene, and
/// the transforms worked out once per render.
struct PaintContext
{
    PaintContext(QPainter &painter, const MapView &view, const MapStyle &style, const MapScene &scene);
    QPainter &painter;
    const MapView &view;
    const MapStyle &style;
    const MapScene &scene;
    QTransform base;    ///< what the caller set (e.g. a margin for a title)
    QTransform toDev;   ///< map → device for the view
    QRectF visible;     ///< the view in map coordinates
};

/// Paints the area part of a layer (unit fills, cells, catchments, network).
void paintLayerFill(const PaintContext &ctx, const MapLayer &layer);
/// Paints what comes on top of every area (unit outlines, facilities, labels).
void paintLayerOverlay(const PaintContext &ctx, const MapLayer &layer);

} // namespace qh
