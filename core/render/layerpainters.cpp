#include "layerpainters.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QPainter>

#include "legend.h"
#include "symbology.h"

namespace qh {

namespace {

/// A line `widthPx` pixels wide whatever the zoom: cosmetic on screen and in
/// images drawn 1:1; in map units on paper (PDF, SVG, scaled rasters), where Qt
/// would otherwise turn every cosmetic stroke into a filled outline (4 points a
/// segment: a 30 MB report), with the colour made opaque.
QPen mapLinePen(const PaintContext &c, const QColor &colour, double widthPx)
{
    const bool screen = c.painter.device() && c.painter.device()->devType() == QInternal::Image && c.base.isIdentity();
    if (screen) {
        QPen pen(colour, widthPx);
        pen.setCosmetic(true);
        return pen;
    }
    // Qt strokes a translucent pen as a filled outline too: on paper the colour is
    // made opaque, as it looks over white.
    const double a = colour.alphaF();
    const QColor opaque = QColor::fromRgbF(float(colour.redF() * a + (1 - a)), float(colour.greenF() * a + (1 - a)),
                                           float(colour.blueF() * a + (1 - a)));
    return QPen(opaque, widthPx * c.view.metresPerPixel);
}

void paintUnitFill(const PaintContext &c, const MapLayer &layer)
{
    QPainter &p = c.painter;
    const MapStyle &style = c.style;
    const auto &classes = c.scene.unitClassColours();
    const bool byClass = style.unitColouring == MapStyle::UnitColouring::WarningClass && style.indicator >= 0
                         && style.indicator < int(classes.size());
    p.setTransform(c.toDev * c.base);
    p.setOpacity(layer.opacity);
    p.setPen(Qt::NoPen);
    const auto &units = c.scene.units();
    for (std::size_t u = 0; u < units.size(); ++u) {
        if (!units[u].path.boundingRect().intersects(c.visible))
            continue;
        // Classed units under cells get a light fill, so that dark cells stay legible.
        QColor fill = byClass && u < classes[style.indicator].size()
                          ? unitClassFill(classes[style.indicator][u], style.shows(LayerKind::Cells))
                              : symbology::plainUnitFill();
        if (!style.drawBackground)
            fill.setAlpha(byClass ? std::min(fill.alpha(), 150) : 0); // let the basemap show through
        p.setBrush(fill);
        p.drawPath(units[u].path);
    }
    p.setOpacity(1.0);
}

QColor minutesColour(const PaintContext &c, const MapScene::Cell &cell)
{
    const double m = c.style.minutesType < int(cell.minutes.size()) ? cell.minutes[c.style.minutesType] : INFINITY;
    for (const auto &[upper, cc] : symbology::minuteClasses())
        if (m <= upper)
            return cc;
    return symbology::unreachedColour();
}

/// Population points as dots whose area grows with their people, the largest
/// `kMaxRadius` pixels in radius, the smallest still visible: in minutes' colours, or one
/// colour when the map shows where people live.
void paintPopulationPoints(const PaintContext &c, const MapLayer &layer)
{
    constexpr double kMaxRadius = 6.0, kMinRadius = 1.5;
    QPainter &p = c.painter;
    p.setTransform(c.base);
    p.setOpacity(layer.opacity);
    p.setPen(Qt::NoPen);
    const bool byMinutes = c.style.cellColouring == MapStyle::CellColouring::Minutes;
    const double most = c.scene.maxPointPeople();
    const QRectF margin = c.visible.adjusted(-c.view.metresPerPixel * kMaxRadius, -c.view.metresPerPixel * kMaxRadius,
                                             c.view.metresPerPixel * kMaxRadius, c.view.metresPerPixel * kMaxRadius);
    for (const MapScene::Cell &cell : c.scene.cells()) {
        if (!cell.isPoint || cell.people <= 0 || !margin.contains(cell.pos))
            continue;
        const double r = std::max(kMinRadius, kMaxRadius * std::sqrt(cell.people / most));
        p.setBrush(byMinutes ? minutesColour(c, cell) : symbology::populationPointColour());
        p.drawEllipse(c.toDev.map(cell.pos), r, r);
    }
    p.setOpacity(1.0);
}

void paintCells(const PaintContext &c, const MapLayer &layer)
{
    QPainter &p = c.painter;
    p.setTransform(c.toDev * c.base);
    p.setOpacity(layer.opacity);
    p.setPen(Qt::NoPen);
    const bool byMinutes = c.style.cellColouring == MapStyle::CellColouring::Minutes;
    for (const MapScene::Cell &cell : c.scene.cells()) {
        if (cell.isPoint || !cell.bounds.intersects(c.visible))
            continue;
        p.setBrush(byMinutes ? minutesColour(c, cell) : symbology::densityColour(cell.density));
        if (cell.outline.isEmpty())
            p.drawPath(cell.path);
        else
            p.drawPolygon(cell.outline, Qt::OddEvenFill);
    }
    p.setOpacity(1.0);
    if (c.scene.maxPointPeople() > 0)
        paintPopulationPoints(c, layer);
}

void paintCatchments(const PaintContext &c, const MapLayer &layer)
{
    QPainter &p = c.painter;
    p.setTransform(c.toDev * c.base);
    p.setOpacity(layer.opacity);
    const auto &catchments = c.scene.catchments();
    for (std::size_t t = 0; t < catchments.size(); ++t) {
        QColor fill = symbology::facilityColour(int(t));
        fill.setAlpha(70);
        p.setPen(mapLinePen(c, symbology::facilityColour(int(t)), 1.2));
        p.setBrush(fill);
        p.drawPath(catchments[t]);
    }
    p.setOpacity(1.0);
}

void paintNetwork(const PaintContext &c, const MapLayer &layer)
{
    QPainter &p = c.painter;
    const QColor colour = layer.colour.isValid() ? layer.colour : QColor(90, 90, 90, 150);
    // Only for plain image devices at 1:1 (screen and PNG); PDF/SVG get vectors.
    const bool cacheable = p.device() && p.device()->devType() == QInternal::Image && c.base.isIdentity();
    const QPen pen = mapLinePen(c, colour, 0.8);
    if (!cacheable) {
        // Exports: the streets as vector lines, sharp at any DPI and in PDF/SVG, with
        // points under a third of a layout unit (0.09 mm on paper) apart left out.
        p.setTransform(c.toDev * c.base);
        p.setOpacity(layer.opacity);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(c.scene.simplifiedNetwork(c.view.metresPerPixel / 3));
        p.setOpacity(1.0);
        return;
    }
    MapScene::NetworkCache &cache = c.scene.networkCache();
    QImage network;
    {
        std::lock_guard lock(cache.mutex);
        if (cache.transform == c.toDev && cache.size == c.view.size && cache.colour == colour && !cache.image.isNull())
            network = cache.image;
    }
    if (network.isNull()) {
        network = QImage(c.view.size, QImage::Format_ARGB32_Premultiplied);
        network.fill(Qt::transparent);
        QPainter np(&network);
        np.setRenderHint(QPainter::Antialiasing, true);
        np.setTransform(c.toDev);
        np.setPen(pen);
        np.drawPath(c.scene.network());
        np.end();
        {
            std::lock_guard lock(cache.mutex);
            cache.image = network;
            cache.transform = c.toDev;
            cache.size = c.view.size;
            cache.colour = colour;
        }
    }
    p.setTransform(c.base);
    p.setOpacity(layer.opacity);
    p.drawImage(QPointF(0, 0), network);
    p.setOpacity(1.0);
}

void paintUnitOutlines(const PaintContext &c, const MapLayer &layer)
{
    QPainter &p = c.painter;
    p.setTransform(c.toDev * c.base);
    p.setPen(mapLinePen(c, layer.colour.isValid() ? layer.colour : QColor(60, 60, 60), 1.6));
    p.setBrush(Qt::NoBrush);
    const auto &units = c.scene.units();
    for (const MapScene::UnitShape &u : units)
        p.drawPath(u.path);
    if (c.style.selectedUnit && *c.style.selectedUnit < units.size()) {
        p.setPen(mapLinePen(c, QColor(0, 120, 255), 4));
        p.drawPath(units[*c.style.selectedUnit].path);
    }
}

/// What the plan changed: a grey ring where a moved facility was, joined by a
/// dashed line to where it goes; a removed one grey and crossed out.
void paintPlanMarks(const PaintContext &c, const MapLayer &layer)
{
    QPainter &p = c.painter;
    const double r = layer.symbolSize;
    for (const MapScene::PlanMark &m : c.scene.planMarks()) {
        const QPointF from = c.toDev.map(m.from), to = c.toDev.map(m.to);
        if (!m.removed) {
            p.setPen(QPen(QColor(90, 90, 90), 1.2, Qt::DashLine));
            p.drawLine(from, to);
        }
        p.setPen(QPen(QColor(110, 110, 110), 1.5));
        p.setBrush(m.removed ? QBrush(QColor(200, 200, 200)) : QBrush(Qt::NoBrush));
        p.drawEllipse(from, r, r);
        if (m.removed) {
            p.setPen(QPen(symbology::servesNobodyColour(), 2));
            p.drawLine(from + QPointF(-r - 2, -r - 2), from + QPointF(r + 2, r + 2));
            p.drawLine(from + QPointF(-r - 2, r + 2), from + QPointF(r + 2, -r - 2));
        }
    }
}

/// The radius facilities are drawn with: the layer's, or smaller where so many are in
/// view that symbols of that size would cover one another and the map under them
/// (a province on one page): about a third of the mean spacing, at least 1.5 px.
double facilityRadius(const PaintContext &c, const MapLayer &layer)
{
    std::size_t inView = 0;
    for (const MapScene::FacilityMark &f : c.scene.facilities())
        if (c.visible.contains(f.pos))
            ++inView;
    if (inView == 0)
        return layer.symbolSize;
    const double spacing = std::sqrt(double(c.view.size.width()) * c.view.size.height() / double(inView));
    return std::clamp(spacing / 3, std::min(1.5, layer.symbolSize), layer.symbolSize);
}

void paintFacilities(const PaintContext &c, const MapLayer &layer)
{
    QPainter &p = c.painter;
    p.setTransform(c.base);
    if (c.style.showPlanChanges)
        paintPlanMarks(c, layer);
    const double size = facilityRadius(c, layer);
    const double rim = std::min(1.5, size / 3);
    for (const MapScene::FacilityMark &f : c.scene.facilities()) {
        const QPointF d = c.toDev.map(f.pos);
        // Existing: filled with a white rim. Proposed: larger, white with a thick
        // coloured rim and a plus, so plans stand out from what exists.
        if (f.proposed) {
            p.setPen(QPen(symbology::facilityColour(f.type), 3));
            p.setBrush(Qt::white);
        } else {
            p.setPen(QPen(Qt::white, rim));
            p.setBrush(symbology::facilityColour(f.type));
        }
        const double r = f.proposed ? size + 2 : size;
        if (f.type == 1)
            p.drawRect(QRectF(d.x() - r, d.y() - r, 2 * r, 2 * r));
        else
            p.drawEllipse(d, r, r);
        if (f.proposed) {
            p.drawLine(QPointF(d.x() - 4, d.y()), QPointF(d.x() + 4, d.y()));
            p.drawLine(QPointF(d.x(), d.y() - 4), QPointF(d.x(), d.y() + 4));
        }
        if (f.servesNobody) {
            // A red ring: this facility reaches no one (its card says why).
            p.setPen(QPen(symbology::servesNobodyColour(), 2.5));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(d, r + 4, r + 4);
        }
    }
}

/// The font and box of a unit's name as paintUnitLabels draws it.
QFont unitLabelFont(const QPainter &p)
{
    QFont font = p.font();
    font.setPointSizeF(9);
    font.setBold(true);
    return font;
}

QRectF unitLabelBox(const PaintContext &c, const MapScene::UnitShape &u, const QFontMetricsF &fm)
{
    const QPointF d = c.toDev.map(u.labelPos);
    const double w = fm.horizontalAdvance(u.name) + 4, h = fm.height();
    return QRectF(d.x() - w / 2, d.y() - h / 2, w, h);
}

/// The unit names drawn, with their boxes: a name is left out where its unit is too
/// small on screen to hold it (its box wider than half as much again as the unit,
/// or taller) or where it would overlap a name already placed: many small units in
/// one view (a province on a page) get no pile of names.
std::vector<std::pair<std::size_t, QRectF>> placedUnitLabels(const PaintContext &c, const QFontMetricsF &fm)
{
    std::vector<std::pair<std::size_t, QRectF>> placed;
    const auto &units = c.scene.units();
    for (std::size_t i = 0; i < units.size(); ++i) {
        const QRectF box = unitLabelBox(c, units[i], fm);
        const QRectF unit = c.toDev.mapRect(units[i].path.boundingRect());
        if (box.width() > 1.5 * unit.width() || box.height() > unit.height())
            continue;
        const bool overlaps = std::any_of(placed.begin(), placed.end(),
                                          [&box](const auto &other) { return other.second.intersects(box); });
        if (!overlaps)
            placed.emplace_back(i, box);
    }
    return placed;
}

/// Facility names beside their symbols: each tried right, left, above and below,
/// and left out where every place overlaps a name already placed or a symbol.
void paintFacilityNames(const PaintContext &c, const MapLayer &layer)
{
    QPainter &p = c.painter;
    p.setTransform(c.base);
    QFont font = p.font();
    font.setPointSizeF(7);
    font.setBold(false);
    p.setFont(font);
    const QFontMetricsF fm(font);
    const double r = facilityRadius(c, layer) + 2;
    std::vector<QRectF> taken;
    for (const MapScene::FacilityMark &f : c.scene.facilities()) {
        const QPointF d = c.toDev.map(f.pos);
        taken.emplace_back(d.x() - r, d.y() - r, 2 * r, 2 * r);
    }
    // Unit names are drawn too: facility names keep clear of them.
    if (c.style.shows(LayerKind::UnitLabels) && c.style.shows(LayerKind::Units)) {
        const QFontMetricsF um(unitLabelFont(p));
        for (const auto &[unit, box] : placedUnitLabels(c, um))
            taken.push_back(box);
    }
    const QRectF bounds(QPointF(0, 0), QSizeF(c.view.size));
    for (const MapScene::FacilityMark &f : c.scene.facilities()) {
        if (f.name.isEmpty())
            continue;
        const QPointF d = c.toDev.map(f.pos);
        const QSizeF size(fm.horizontalAdvance(f.name) + 2, fm.height());
        const QPointF tries[] = {{d.x() + r + 1, d.y() - size.height() / 2},
                                 {d.x() - r - 1 - size.width(), d.y() - size.height() / 2},
                                 {d.x() - size.width() / 2, d.y() - r - size.height()},
                                 {d.x() - size.width() / 2, d.y() + r}};
        for (const QPointF &at : tries) {
            const QRectF box(at, size);
            if (!bounds.contains(box))
                continue;
            bool free = true;
            for (const QRectF &t : taken)
                if (t.intersects(box)) {
                    free = false;
                    break;
                }
            if (!free)
                continue;
            p.setPen(QColor(255, 255, 255, 230));
            for (int dx = -1; dx <= 1; ++dx)
                for (int dy = -1; dy <= 1; ++dy)
                    p.drawText(box.translated(dx * 0.7, dy * 0.7), Qt::AlignLeft | Qt::AlignVCenter, f.name);
            p.setPen(QColor(20, 20, 20));
            p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, f.name);
            taken.push_back(box);
            break;
        }
    }
}

void paintUnitLabels(const PaintContext &c)
{
    // Names belong to the units: without the units layer they would float.
    if (!c.style.shows(LayerKind::Units))
        return;
    QPainter &p = c.painter;
    p.setTransform(c.base);
    p.setFont(unitLabelFont(p));
    const QFontMetricsF fm(p.font());
    const auto &units = c.scene.units();
    for (const auto &[unit, r] : placedUnitLabels(c, fm)) {
        const QString &name = units[unit].name;
        p.setPen(QColor(255, 255, 255, 220));
        for (int dx = -1; dx <= 1; ++dx)
            for (int dy = -1; dy <= 1; ++dy)
                p.drawText(r.translated(dx, dy), Qt::AlignCenter, name);
        p.setPen(QColor(30, 30, 30));
        p.drawText(r, Qt::AlignCenter, name);
    }
}

} // namespace

PaintContext::PaintContext(QPainter &painter, const MapView &view, const MapStyle &style, const MapScene &scene)
    : painter(painter)
    , view(view)
    , style(style)
    , scene(scene)
    , base(painter.transform())
    , toDev(view.toDevice())
    , visible(view.toDevice().inverted().mapRect(QRectF(QPointF(0, 0), QSizeF(view.size))))
{
}

/// A reference layer in its colour: a raster's image as it is; areas filled light
/// with an outline, lines, points as small dots.
void paintReference(const PaintContext &c, const MapLayer &layer)
{
    const auto &refs = c.scene.references();
    if (layer.reference < 0 || std::size_t(layer.reference) >= refs.size())
        return;
    const MapScene::Reference &ref = refs[std::size_t(layer.reference)];
    QPainter &p = c.painter;
    p.setOpacity(layer.opacity);
    if (!ref.image.isNull() && ref.imageRect.intersects(c.visible)) {
        // The image's top row is the map's top (maxY): flip it into the y-up map transform.
        p.setTransform(c.toDev * c.base);
        p.save();
        p.translate(ref.imageRect.left(), ref.imageRect.bottom());
        p.scale(1, -1);
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        p.drawImage(QRectF(0, 0, ref.imageRect.width(), ref.imageRect.height()), ref.image);
        p.restore();
    }
    const QColor colour = layer.colour.isValid() ? layer.colour : ref.colour;
    if (!ref.areas.isEmpty() && ref.areas.boundingRect().intersects(c.visible)) {
        p.setTransform(c.toDev * c.base);
        QColor fill = colour;
        fill.setAlpha(40);
        p.setBrush(fill);
        p.setPen(mapLinePen(c, colour, 0.8));
        p.drawPath(ref.areas);
    }
    if (!ref.lines.isEmpty() && ref.lines.boundingRect().intersects(c.visible)) {
        p.setTransform(c.toDev * c.base);
        p.setBrush(Qt::NoBrush);
        p.setPen(mapLinePen(c, colour, 1.0));
        p.drawPath(ref.lines);
    }
    if (!ref.points.empty()) {
        p.setTransform(c.base);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        for (const QPointF &pt : ref.points)
            if (c.visible.contains(pt))
                p.drawEllipse(c.toDev.map(pt), 2.5, 2.5);
    }
    p.setOpacity(1.0);
}

void paintLayerFill(const PaintContext &ctx, const MapLayer &layer)
{
    switch (layer.kind) {
    case LayerKind::Reference:
        paintReference(ctx, layer);
        break;
    case LayerKind::Units:
        paintUnitFill(ctx, layer);
        break;
    case LayerKind::Cells:
        paintCells(ctx, layer);
        break;
    case LayerKind::Catchments:
        paintCatchments(ctx, layer);
        break;
    case LayerKind::Network:
        paintNetwork(ctx, layer);
        break;
    case LayerKind::Facilities:
    case LayerKind::UnitLabels:
        break;
    }
}

void paintLayerOverlay(const PaintContext &ctx, const MapLayer &layer)
{
    switch (layer.kind) {
    case LayerKind::Units:
        paintUnitOutlines(ctx, layer);
        break;
    case LayerKind::Facilities:
        paintFacilities(ctx, layer);
        if (ctx.style.facilityNames)
            paintFacilityNames(ctx, layer);
        break;
    case LayerKind::UnitLabels:
        paintUnitLabels(ctx);
        break;
    case LayerKind::Cells:
    case LayerKind::Catchments:
    case LayerKind::Network:
    case LayerKind::Reference:
        break;
    }
}

} // namespace qh
