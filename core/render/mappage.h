#pragma once

#include <optional>

#include <QRectF>
#include <QString>
#include <QStringList>

#include "geo/types.h"

class QPainter;

namespace qh {

class MapScene;
struct MapStyle;
struct MapView;

/// The words around a map on paper.
struct MapPageText
{
    QString title;
    QString subtitle;  ///< region, scenario
    QStringList notes; ///< coordinate system, target profile, date … one line each
    QString sources;   ///< data sources and attribution (OSM ODbL, CC BY …)
};

/// Which map elements are drawn.
struct MapPageOptions
{
    bool legend = true;
    bool scaleBar = true;
    bool northArrow = true;
    /// The part of the map to show (the app's current view); empty: the whole scene.
    std::optional<Rect> extent;
    /// With an extent: a small map of the whole region in the frame's corner, the
    /// part shown outlined in red.
    bool overview = true;
};

/// The next round scale denominator (1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 8 × 10^k)
/// at or above `denominator`.
double roundScale(double denominator);

/// Paints a map sheet into `area` (layout units, pagelayout.h): the title band, the
/// map frame with the whole scene at a round scale, and a panel (right in landscape,
/// below in portrait) with the legend and its class bounds, the scale bar and ratio,
/// a north arrow, the notes and the sources. Returns the view the frame shows.
MapView paintMapPage(QPainter &painter, const QRectF &area, const MapScene &scene, const MapStyle &style,
                     const MapPageText &text, const MapPageOptions &options = {});

/// The scale bar of a layout: alternating segments, distances below, the ratio
/// ("1:25,000") beside. `metresPerUnit` is the map's metres per layout unit.
void paintLayoutScaleBar(QPainter &painter, const QPointF &topLeft, double maxWidth, double metresPerUnit);

} // namespace qh
