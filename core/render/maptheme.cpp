#include "maptheme.h"

#include <QCoreApplication>

#include "mapscene.h"

namespace qh {

namespace {
struct Named
{
    const char *name;
    MapTheme theme;
};
constexpr Named kThemes[] = {{"warning", MapTheme::Warning},
                             {"minutes", MapTheme::Minutes},
                             {"catchments", MapTheme::Catchments},
                             {"population", MapTheme::Population},
                             {"facilities", MapTheme::Facilities},
                             {"plan", MapTheme::Plan}};

void show(MapStyle &s, LayerKind kind, bool visible)
{
    if (MapLayer *l = s.layer(kind))
        l->visible = visible;
}
} // namespace

std::optional<MapTheme> mapThemeOf(const std::string &name)
{
    for (const Named &n : kThemes)
        if (name == n.name)
            return n.theme;
    return std::nullopt;
}

std::string mapThemeName(MapTheme theme)
{
    for (const Named &n : kThemes)
        if (n.theme == theme)
            return n.name;
    return {};
}

MapStyle styleForTheme(MapTheme theme, int index)
{
    MapStyle s;
    show(s, LayerKind::Catchments, false);
    switch (theme) {
    case MapTheme::Warning:
        s.unitColouring = MapStyle::UnitColouring::WarningClass;
        s.indicator = index;
        show(s, LayerKind::Cells, false);
        break;
    case MapTheme::Minutes:
        s.cellColouring = MapStyle::CellColouring::Minutes;
        s.minutesType = index;
        break;
    case MapTheme::Catchments:
        show(s, LayerKind::Cells, false);
        show(s, LayerKind::Catchments, true);
        break;
    case MapTheme::Population:
        s.cellColouring = MapStyle::CellColouring::Population;
        break;
    case MapTheme::Facilities:
        show(s, LayerKind::Cells, false);
        s.facilityNames = true;
        break;
    case MapTheme::Plan:
        s.unitColouring = MapStyle::UnitColouring::WarningClass;
        s.indicator = index;
        s.showPlanChanges = true;
        show(s, LayerKind::Cells, false);
        break;
    }
    return s;
}

QString themeTitle(MapTheme theme, const MapScene &scene, int index)
{
    auto at = [index](const std::vector<QString> &v) {
        return index >= 0 && index < int(v.size()) ? v[std::size_t(index)] : QString();
    };
    switch (theme) {
    case MapTheme::Warning:
        return QCoreApplication::translate("qh::MapTheme", "Five-colour warning map: %1").arg(at(scene.indicatorLabels()));
    case MapTheme::Minutes:
        return QCoreApplication::translate("qh::MapTheme", "Walking minutes to the nearest %1").arg(at(scene.typeLabels()));
    case MapTheme::Catchments:
        return QCoreApplication::translate("qh::MapTheme", "Service circles of every facility type");
    case MapTheme::Population:
        return QCoreApplication::translate("qh::MapTheme", "Population density");
    case MapTheme::Facilities:
        return QCoreApplication::translate("qh::MapTheme", "Service facilities");
    case MapTheme::Plan:
        return QCoreApplication::translate("qh::MapTheme", "The plan: %1").arg(at(scene.indicatorLabels()));
    }
    return {};
}

} // namespace qh
