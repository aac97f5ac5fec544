#include "legend.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include "mapscene.h"
#include "symbology.h"

namespace qh {

Legend legendFor(const MapScene &scene, const MapStyle &style)
{
    Legend legend;
    auto add = [&legend](const QString &label, const QColor &colour, Legend::Symbol symbol = Legend::Symbol::Box) {
        legend.entries.push_back({label, colour, symbol});
    };
    const auto &indicators = scene.indicatorLabels();
    if (style.unitColouring == MapStyle::UnitColouring::WarningClass && style.indicator >= 0
        && style.indicator < int(indicators.size())) {
        legend.title = indicators[style.indicator];
        const auto &classes = scene.classLegend();
        for (auto it = classes.rbegin(); it != classes.rend(); ++it)
            add(it->first, it->second);
        if (scene.hasNotApplicable(style.indicator))
            add(QCoreApplication::translate("qh::MapScene", "not applicable (nothing to divide by)"),
                symbology::notApplicableColour());
    } else if (style.cellColouring == MapStyle::CellColouring::Minutes) {
        const auto &types = scene.typeLabels();
        const QString type = style.minutesType < int(types.size()) ? types[style.minutesType] : QString();
        legend.title = QCoreApplication::translate("qh::MapScene", "Walking minutes to %1").arg(type);
        double lower = 0;
        for (const auto &[upper, c] : symbology::minuteClasses()) {
            add(QStringLiteral("%1–%2 min").arg(lower).arg(upper), c);
            lower = upper;
        }
        add(QCoreApplication::translate("qh::MapScene", "over %1 min / not reached").arg(lower),
            symbology::unreachedColour());
    } else {
        const QString group = scene.groupLabel().isEmpty() ? QCoreApplication::translate("qh::MapScene", "Residents")
                                                           : scene.groupLabel();
        legend.title = QCoreApplication::translate("qh::MapScene", "%1 per hectare").arg(group);
        double lower = 0;
        for (double upper : symbology::densityBounds()) {
            add(QStringLiteral("%1–%2").arg(lower).arg(upper), symbology::densityColour(upper));
            lower = upper;
        }
        add(QStringLiteral("> %1").arg(lower), symbology::densityColour(1e9));
    }
    const auto &types = scene.typeLabels();
    for (std::size_t t = 0; t < types.size(); ++t)
        add(types[t], symbology::facilityColour(int(t)), t == 1 ? Legend::Symbol::Square : Legend::Symbol::Circle);
    if (scene.anyServesNobody())
        add(QCoreApplication::translate("qh::MapScene", "serves nobody (see its card)"), symbology::servesNobodyColour(),
            Legend::Symbol::Ring);
    return legend;
}

void paintLegend(QPainter &p, const Legend &legend, const QPointF &bottomRight)
{
    QFont font = p.font();
    font.setPointSizeF(8.5);
    font.setBold(false);
    p.setFont(font);
    const QFontMetricsF fm(font);
    QFont bold = font;
    bold.setBold(true);
    double w = QFontMetricsF(bold).horizontalAdvance(legend.title) + 20;
    for (const Legend::Entry &e : legend.entries)
        w = std::max(w, fm.horizontalAdvance(e.label) + 40);
    const double lh = fm.height() + 3;
    const double bh = lh * double(legend.entries.size() + 1) + 6;
    const QRectF box(bottomRight.x() - w, bottomRight.y() - bh, w, bh);
    p.setPen(QColor(160, 160, 160));
    p.setBrush(QColor(255, 255, 255, 230));
    p.drawRect(box);
    p.setPen(Qt::black);
    p.setFont(bold);
    p.drawText(QPointF(box.left() + 8, box.top() + lh - 2), legend.title);
    p.setFont(font);
    for (std::size_t i = 0; i < legend.entries.size(); ++i) {
        const Legend::Entry &e = legend.entries[i];
        const double y = box.top() + lh * double(i + 1) + 2;
        p.setPen(e.symbol == Legend::Symbol::Box ? QPen(Qt::NoPen) : QPen(Qt::white, 1));
        p.setBrush(e.colour);
        switch (e.symbol) {
        case Legend::Symbol::Square:
            p.drawRect(QRectF(box.left() + 12, y + 2, 11, 11));
            break;
        case Legend::Symbol::Circle:
            p.drawEllipse(QRectF(box.left() + 12, y + 2, 11, 11));
            break;
        case Legend::Symbol::Box:
            p.drawRect(QRectF(box.left() + 8, y + 2, 20, lh - 5));
            break;
        case Legend::Symbol::Ring:
            p.setPen(QPen(e.colour, 2.5));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(box.left() + 11, y + 1, 13, 13));
            break;
        }
        p.setPen(Qt::black);
        p.drawText(QPointF(box.left() + 34, y + lh - 5), e.label);
    }
}

} // namespace qh
