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

MapLayer MapStyle::referenceLayer(int index, bool visible)
{
    MapLayer l;
    l.visible = visible;
    l.id = "reference:" + std::to_string(index);
    l.kind = LayerKind::Reference;
    l.reference = index;
    l.opacity = 0.7;
    return l;
}

std::vector<MapLayer> MapStyle::layersWithReferences(const std::vector<bool> &shown) const
{
    const std::size_t references = shown.size();
    if (references == 0 || layer(LayerKind::Reference))
        return layers;
    std::vector<MapLayer> out;
    bool placed = false;
    for (const MapLayer &l : layers) {
        out.push_back(l);
        if (!placed && l.kind == LayerKind::Units) {
            for (std::size_t i = 0; i < references; ++i)
                out.push_back(referenceLayer(int(i), shown[i]));
            placed = true;
        }
    }
    if (!placed)
        for (std::size_t i = 0; i < references; ++i)
            out.insert(out.begin() + std::ptrdiff_t(i), referenceLayer(int(i), shown[i]));
    return out;
}

} // namespace qh
