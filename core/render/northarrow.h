#pragma once

#include <QPointF>

class QPainter;

namespace qh {

/// Paints a north arrow (grid north: the projected CRS's y axis) with its tip at `tip`.
void paintNorthArrow(QPainter &painter, const QPointF &tip);

} // namespace qh
