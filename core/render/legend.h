#pragma once

#include <vector>

#include <QColor>
#include <QPointF>
#include <QString>

class QPainter;

namespace qh {

class MapScene;
struct MapStyle;

/// What the legend lists: a title and rows of a symbol with its label.
struct Legend
{
    enum class Symbol { Box, Circle, Square, Ring };
    struct Entry
    {
        QString label;
        QColor colour;
        Symbol symbol = Symbol::Box;
    };
    QString title;
    std::vector<Entry> entries;
};

/// The legend of the map a style draws: the five-colour classes of the indicator
/// when units are classed, else the cells' minutes or density classes; then the
/// facility types.
Legend legendFor(const MapScene &scene, const MapStyle &style);

/// Paints the legend in a framed box whose bottom-right corner is `bottomRight`.
void paintLegend(QPainter &painter, const Legend &legend, const QPointF &bottomRight);

} // namespace qh
