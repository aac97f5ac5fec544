#pragma once

#include <vector>

#include <QColor>
#include <QPointF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace qh {

class MapScene;
struct MapStyle;

/// What the legend lists: a section per layer shown (its title and rows of a symbol
/// with its label).
struct Legend
{
    enum class Symbol { Box, Circle, Square, Ring, Cross, Dashed };
    struct Entry
    {
        QString label;
        QColor colour;
        Symbol symbol = Symbol::Box;
    };
    struct Section
    {
        QString title;
        std::vector<Entry> entries;
    };
    std::vector<Section> sections;
};

/// The legend of the map a style draws, one section per layer shown: the units'
/// five-colour classes (when classed), the cells' minutes or density classes, the
/// catchments, the facility types.
Legend legendFor(const MapScene &scene, const MapStyle &style);

/// Paints the legend in a framed box whose bottom-right corner is `bottomRight`.
void paintLegend(QPainter &painter, const Legend &legend, const QPointF &bottomRight);
/// The size of the legend's box in the painter's font (as paintLegendAt draws it).
QSizeF legendSize(const QPainter &painter, const Legend &legend);
/// Paints the legend's box with its top-left corner at `topLeft`, no wider than
/// `maxWidth` (longer labels are elided).
void paintLegendAt(QPainter &painter, const Legend &legend, const QPointF &topLeft, double maxWidth = 1e9);

/// The fill of a classed unit: full, or light when cells are drawn over it so that
/// both stay legible.
QColor unitClassFill(const QColor &classColour, bool cellsShown);

} // namespace qh
