#pragma once

#include <optional>
#include <string>
#include <vector>

#include <QColor>

namespace qh {

/// What a map layer shows. New kinds (reference layers, suggested sites) are added
/// here and given a painter in layerpainters.cpp.
enum class LayerKind { Units, Cells, Catchments, Network, Facilities, UnitLabels, Reference };

/// One layer of the map as the layer list holds it: what it is, whether it is drawn,
/// and its style. The canvas, the CLI's maps and the exports draw the same list.
struct MapLayer
{
    std::string id; ///< unique in the list ("units", "cells" …)
    LayerKind kind = LayerKind::Units;
    bool visible = true;
    double opacity = 1.0;
    /// Line colour: unit outlines, network; unused by the other kinds.
    QColor colour;
    /// Symbol radius in pixels (facilities).
    double symbolSize = 6.0;
    /// Which of the scene's reference layers (LayerKind::Reference).
    int reference = -1;
};

/// What to draw and how.
struct MapStyle
{
    enum class CellColouring { Population, Minutes };
    enum class UnitColouring { Plain, WarningClass };

    /// The layers, drawn first to last (bottom to top). Fills are drawn in this
    /// order first; unit outlines, facilities and labels (the overlays) then come on
    /// top, in the same order.
    std::vector<MapLayer> layers = defaultLayers();
    bool showLegend = true;
    bool showScaleBar = true;   ///< off where a page layout draws its own
    bool showNorthArrow = true;
    /// Facilities labelled with their names (labels that would overlap are left out).
    bool facilityNames = false;
    /// The plan's changes drawn with the facilities: where moved ones were, removed ones crossed out.
    bool showPlanChanges = false;
    bool drawBackground = true; ///< false when a basemap shows through
    CellColouring cellColouring = CellColouring::Population;
    int minutesType = 0;     ///< facility type for CellColouring::Minutes
    UnitColouring unitColouring = UnitColouring::Plain;
    int indicator = 0;       ///< index into the evaluation for UnitColouring::WarningClass
    std::optional<std::size_t> selectedUnit;

    /// Bottom to top: units, cells, catchments (off), network, unit names, facilities.
    static std::vector<MapLayer> defaultLayers();
    /// The first layer of a kind, or null.
    const MapLayer *layer(LayerKind kind) const;
    MapLayer *layer(LayerKind kind);
    /// Whether a layer of this kind is in the list and visible.
    bool shows(LayerKind kind) const;
    /// The layers to draw for a scene whose reference layers are shown or hidden as
    /// `shown` says (as the project keeps them): these, or, when they list none of them
    /// (a print theme, the CLI's maps), these with the reference layers just above the
    /// units' fill, as a new map has them.
    std::vector<MapLayer> layersWithReferences(const std::vector<bool> &shown) const;
    /// A reference layer as a new map draws it: translucent; shown unless hidden.
    static MapLayer referenceLayer(int index, bool visible = true);
};

} // namespace qh
