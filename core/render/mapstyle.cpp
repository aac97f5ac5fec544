#include "mapstyle.h"

namespace qh {

std::vector<MapLayer> MapStyle::defaultLayers()
{
    std::vector<MapLayer> l;
    for (const auto &[id, kind] : {std::pair{"units", LayerKind::Units}, std::pair{"cells", LayerKind::Cells},
                                   std::pair{"catchments", LayerKind::Catchments},
                                   std::pair{"network", LayerKind::Network},
                                   std::pair{"labels", LayerKind::UnitLabels},
                                   std::pair{"facilities", LayerKind::Facilities}}) {
        MapLayer layer;
        layer.id = id;
        layer.kind = kind;
        l.push_back(layer);
    }
    l[0].colour = QColor(60, 60, 60);
    l[2].visible = false;
    l[3].colour = QColor(90, 90, 90, 150);
    return l;
}

const MapLayer *MapStyle::layer(LayerKind kind) const
{
    for (const MapLayer &l : layers)
        if (l.kind == kind)
            return &l;
    return nullptr;
}

MapLayer *MapStyle::layer(LayerKind kind)
{
    return const_cast<MapLayer *>(static_cast<const MapStyle *>(this)->layer(kind));
}

bool MapStyle::shows(LayerKind kind) const
{
    const MapLayer *l = layer(kind);
    return l && l->visible;
}

} // namespace qh
