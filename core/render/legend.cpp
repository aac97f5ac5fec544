#include "legend.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include "mapscene.h"
#include "symbology.h"

namespace qh {

QColor unitClassFill(const QColor &classColour, bool cellsShown)
{
    if (!cellsShown)
        return classColour;
    QColor light = classColour;
    light.setAlpha(90);
    return light;
}

Legend legendFor(const MapScene &scene, const MapStyle &style)
{
    Legend legend;
    const bool cells = style.shows(LayerKind::Cells);
    const auto &indicators = scene.indicatorLabels();
    if (style.shows(LayerKind::Units) && style.unitColouring == MapStyle::UnitColouring::WarningClass
        && style.indicator >= 0 && style.indicator < int(indicators.size())) {
        Legend::Section s;
        s.title = (cells ? QCoreApplication::translate("qh::MapScene", "Units (light fill): %1")
                         : QCoreApplication::translate("qh::MapScene", "Units: %1"))
                      .arg(indicators[style.indicator]);
        const auto &classes = scene.classLegend(style.indicator);
        for (auto it = classes.rbegin(); it != classes.rend(); ++it)
            s.entries.push_back({it->first, unitClassFill(it->second, cells)});
        if (scene.hasNotApplicable(style.indicator))
            s.entries.push_back({QCoreApplication::translate("qh::MapScene", "not applicable (nothing to divide by)"),
                                 unitClassFill(symbology::notApplicableColour(), cells)});
        legend.sections.push_back(s);
    }
    if (cells) {
        Legend::Section s;
        const bool points = scene.populationIsPoints();
        const Legend::Symbol symbol = points ? Legend::Symbol::Circle : Legend::Symbol::Box;
        if (style.cellColouring == MapStyle::CellColouring::Minutes) {
            const auto &types = scene.typeLabels();
            const QString type = style.minutesType < int(types.size()) ? types[style.minutesType] : QString();
            s.title = points ? QCoreApplication::translate("qh::MapScene", "People (dot area by number): walking minutes to %1").arg(type)
                             : QCoreApplication::translate("qh::MapScene", "Cells: walking minutes to %1").arg(type);
            double lower = 0;
            for (const auto &[upper, c] : symbology::minuteClasses()) {
                s.entries.push_back({QCoreApplication::translate("qh::MapScene", "%1–%2 min").arg(lower).arg(upper), c, symbol});
                lower = upper;
            }
            s.entries.push_back({QCoreApplication::translate("qh::MapScene", "over %1 min / not reached").arg(lower),
                                 symbology::unreachedColour(), symbol});
        } else if (points) {
            const QString group = scene.groupLabel().isEmpty() ? QCoreApplication::translate("qh::MapScene", "Residents") : scene.groupLabel();
            s.title = QCoreApplication::translate("qh::MapScene", "%1 (dot area by number)").arg(group);
            s.entries.push_back({QCoreApplication::translate("qh::MapScene", "largest dot: %1 people")
                                     .arg(QLocale().toString(scene.maxPointPeople(), 'f', 0)),
                                 symbology::populationPointColour(), Legend::Symbol::Circle});
        } else {
            const QString group = scene.groupLabel().isEmpty() ? QCoreApplication::translate("qh::MapScene", "Residents") : scene.groupLabel();
            s.title = QCoreApplication::translate("qh::MapScene", "Cells: %1 per hectare").arg(group);
            double lower = 0;
            for (double upper : symbology::densityBounds()) {
                s.entries.push_back({QStringLiteral("%1–%2").arg(lower).arg(upper), symbology::densityColour(upper)});
                lower = upper;
            }
            s.entries.push_back({QStringLiteral("> %1").arg(lower), symbology::densityColour(1e9)});
        }
        legend.sections.push_back(s);
    }
    const auto &types = scene.typeLabels();
    if (style.shows(LayerKind::Catchments) && !scene.catchments().empty()) {
        Legend::Section s;
        s.title = QCoreApplication::translate("qh::MapScene", "Catchments (streets within the circle)");
        for (std::size_t t = 0; t < types.size() && t < scene.catchments().size(); ++t) {
            QColor fill = symbology::facilityColour(int(t));
            fill.setAlpha(70);
            s.entries.push_back({types[t], fill});
        }
        legend.sections.push_back(s);
    }
    if (style.shows(LayerKind::Facilities)) {
        Legend::Section s;
        s.title = QCoreApplication::translate("qh::MapScene", "Facilities");
        for (std::size_t t = 0; t < types.size(); ++t)
            s.entries.push_back({types[t], symbology::facilityColour(int(t)),
                                 t == 1 ? Legend::Symbol::Square : Legend::Symbol::Circle});
        if (style.showPlanChanges) {
            bool moved = false, removed = false;
            for (const MapScene::PlanMark &m : scene.planMarks())
                (m.removed ? removed : moved) = true;
            if (moved)
                s.entries.push_back({QCoreApplication::translate("qh::MapScene", "moved by the plan (from the grey ring)"),
                                     QColor(90, 90, 90), Legend::Symbol::Dashed});
            if (removed)
                s.entries.push_back({QCoreApplication::translate("qh::MapScene", "removed by the plan"),
                                     symbology::servesNobodyColour(), Legend::Symbol::Cross});
        }
        if (scene.anyServesNobody())
            s.entries.push_back({QCoreApplication::translate("qh::MapScene", "serves nobody (see its card)"), symbology::servesNobodyColour(), Legend::Symbol::Ring});
        legend.sections.push_back(s);
    }
    // Reference layers shown, by name: a raster's entry is its name only.
    Legend::Section refs;
    refs.title = QCoreApplication::translate("qh::MapScene", "Reference layers (for context, not analysed)");
    for (const MapLayer &l : style.layersWithReferences(scene.referencesShown())) {
        if (l.kind != LayerKind::Reference || !l.visible || l.reference < 0
            || std::size_t(l.reference) >= scene.references().size())
            continue;
        const MapScene::Reference &r = scene.references()[std::size_t(l.reference)];
        QColor c = l.colour.isValid() ? l.colour : r.colour;
        Legend::Symbol symbol = Legend::Symbol::Box;
        if (r.areas.isEmpty() && !r.lines.isEmpty())
            symbol = Legend::Symbol::Dashed;
        else if (r.areas.isEmpty() && r.lines.isEmpty() && !r.points.empty())
            symbol = Legend::Symbol::Circle;
        else if (!r.image.isNull())
            c = QColor(170, 170, 170);
        refs.entries.push_back({r.name, c, symbol});
    }
    if (!refs.entries.empty())
        legend.sections.push_back(refs);
    return legend;
}

namespace {

/// The legend's fonts and its box size, worked out once for sizing and painting.
struct LegendMetrics
{
    explicit LegendMetrics(const QPainter &p, const Legend &legend) : font(p.font())
    {
        font.setPointSizeF(8.5);
        font.setBold(false);
        bold = font;
        bold.setBold(true);
        const QFontMetricsF fm(font), bm(bold);
        std::size_t rows = 0;
        for (const Legend::Section &s : legend.sections) {
            width = std::max(width, bm.horizontalAdvance(s.title) + 20);
            for (const Legend::Entry &e : s.entries)
                width = std::max(width, fm.horizontalAdvance(e.label) + 40);
            rows += s.entries.size() + 1;
        }
        lineHeight = fm.height() + 3;
        height = legend.sections.empty() ? 0
                                         : lineHeight * double(rows) + 6 + 4 * double(legend.sections.size() - 1);
    }
    QFont font, bold;
    double width = 0, height = 0, lineHeight = 0;
};

} // namespace

QSizeF legendSize(const QPainter &p, const Legend &legend)
{
    const LegendMetrics m(p, legend);
    return QSizeF(m.width, m.height);
}

void paintLegend(QPainter &p, const Legend &legend, const QPointF &bottomRight)
{
    const QSizeF size = legendSize(p, legend);
    paintLegendAt(p, legend, bottomRight - QPointF(size.width(), size.height()));
}

void paintLegendAt(QPainter &p, const Legend &legend, const QPointF &topLeft, double maxWidth)
{
    if (legend.sections.empty())
        return;
    const LegendMetrics m(p, legend);
    const QFontMetricsF fm(m.font), bm(m.bold);
    const double lh = m.lineHeight;
    const QRectF box(topLeft, QSizeF(std::min(m.width, maxWidth), m.height));
    p.setPen(QColor(160, 160, 160));
    p.setBrush(QColor(255, 255, 255, 230));
    p.drawRect(box);
    double y = box.top();
    for (const Legend::Section &s : legend.sections) {
        p.setPen(Qt::black);
        p.setFont(m.bold);
        p.drawText(QPointF(box.left() + 8, y + lh - 2), bm.elidedText(s.title, Qt::ElideRight, box.width() - 12));
        p.setFont(m.font);
        y += lh;
        for (const Legend::Entry &e : s.entries) {
            const double top = y + 2;
            p.setPen(e.symbol == Legend::Symbol::Box ? QPen(Qt::NoPen) : QPen(Qt::white, 1));
            p.setBrush(e.colour);
            switch (e.symbol) {
            case Legend::Symbol::Square:
                p.drawRect(QRectF(box.left() + 12, top + 2, 11, 11));
                break;
            case Legend::Symbol::Circle:
                p.drawEllipse(QRectF(box.left() + 12, top + 2, 11, 11));
                break;
            case Legend::Symbol::Box:
                p.drawRect(QRectF(box.left() + 8, top + 2, 20, lh - 5));
                break;
            case Legend::Symbol::Ring:
                p.setPen(QPen(e.colour, 2.5));
                p.setBrush(Qt::NoBrush);
                p.drawEllipse(QRectF(box.left() + 11, top + 1, 13, 13));
                break;
            case Legend::Symbol::Cross:
                p.setPen(QPen(e.colour, 2));
                p.drawLine(QPointF(box.left() + 12, top + 2), QPointF(box.left() + 23, top + 13));
                p.drawLine(QPointF(box.left() + 12, top + 13), QPointF(box.left() + 23, top + 2));
                break;
            case Legend::Symbol::Dashed:
                p.setPen(QPen(e.colour, 1.2, Qt::DashLine));
                p.drawLine(QPointF(box.left() + 8, top + 8), QPointF(box.left() + 28, top + 8));
                break;
            }
            p.setPen(Qt::black);
            p.drawText(QPointF(box.left() + 34, top + lh - 5), fm.elidedText(e.label, Qt::ElideRight, box.width() - 38));
            y += lh;
        }
        y += 4;
    }
}

} // namespace qh
