#pragma once

#include <string>
#include <vector>

namespace qh {

/// A QGIS style for one GeoPackage layer: written to its `layer_styles` table so
/// the layer opens styled in QGIS (QML), and readable by other tools (SLD).
struct LayerStyle
{
    std::string table;  ///< the layer ("units")
    std::string name;   ///< the style's name
    std::string qml;
    std::string sld;
};

} // namespace qh
