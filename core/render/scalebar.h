#pragma once

#include <QPointF>

class QPainter;

namespace qh {

struct MapView;

/// Paints a scale bar of a round length near 120 px, its right end at `bottomRight`.
void paintScaleBar(QPainter &painter, const MapView &view, const QPointF &bottomRight);

/// The round length (1, 2 or 5 × 10ⁿ metres) not longer than `maxMetres`.
double roundScaleLength(double maxMetres);

} // namespace qh
