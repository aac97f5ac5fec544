#pragma once

#include <QImage>
#include <QRect>
#include <QSize>
#include <QString>

class QPainter;

namespace qh {

class MapScene;
struct MapStyle;

/// Paints a map title, bold, left-aligned and centred vertically in `band`.
void paintTitle(QPainter &painter, const QRect &band, const QString &title);
/// Paints the data sources and attribution line in `band`.
void paintSources(QPainter &painter, const QRect &band, const QString &sources);

/// Paints a whole-extent map with a title and a source line into an image
/// (for reports and the CLI; the same painter as the canvas). The extent is fitted
/// beside or above the legend, never under it.
QImage renderMapImage(const MapScene &scene, const MapStyle &style, const QSize &size, const QString &title,
                      const QString &sources);

} // namespace qh
