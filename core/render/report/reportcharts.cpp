#include "reportcharts.h"

#include <cmath>

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include "pagelayout.h"

namespace qh {

void paintLorenzChart(QPainter &p, const QRectF &area, const std::vector<LorenzPoint> &curve, const QString &title,
                      double gini)
{
    const double mm = kLayoutUnitsPerMm;
    p.save();
    p.setFont(pageFont(8.5, true));
    p.setPen(Qt::black);
    const QString giniText = std::isfinite(gini) ? QString::number(gini, 'f', 3)
                                                 : QCoreApplication::translate("qh::Report", "cannot be computed");
    p.drawText(QRectF(area.left(), area.top(), area.width(), 6 * mm), Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("qh::Report", "%1 — Gini %2").arg(title, giniText));
    const QRectF plot(area.left() + 10 * mm, area.top() + 8 * mm, area.width() - 14 * mm, area.height() - 18 * mm);
    p.setPen(QPen(QColor(120, 120, 120), 0.6));
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
    auto at = [&plot](double x, double y) {
        return QPointF(plot.left() + x * plot.width(), plot.bottom() - y * plot.height());
    };
    // Grid and axis labels every 20 %.
    p.setFont(pageFont(6));
    for (int k = 0; k <= 5; ++k) {
        const double v = k / 5.0;
        p.setPen(QPen(QColor(225, 225, 225), 0.4));
        p.drawLine(at(v, 0), at(v, 1));
        p.drawLine(at(0, v), at(1, v));
        p.setPen(QColor(60, 60, 60));
        const QString label = QStringLiteral("%1%").arg(k * 20);
        p.drawText(QRectF(at(v, 0).x() - 5 * mm, plot.bottom() + 0.5 * mm, 10 * mm, 3 * mm), Qt::AlignCenter, label);
        p.drawText(QRectF(plot.left() - 10 * mm, at(0, v).y() - 1.5 * mm, 9 * mm, 3 * mm),
                   Qt::AlignRight | Qt::AlignVCenter, label);
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + 3.5 * mm, plot.width(), 3.5 * mm), Qt::AlignCenter,
               QCoreApplication::translate("qh::Report", "share of people (least served first)"));
    p.setPen(QPen(QColor(150, 150, 150), 0.8, Qt::DashLine));
    p.drawLine(at(0, 0), at(1, 1));
    if (!curve.empty()) {
        QPainterPath path(at(0, 0));
        for (const LorenzPoint &pt : curve)
            path.lineTo(at(pt.population, pt.supply));
        p.setPen(QPen(QColor(200, 60, 40), 1.4));
        p.drawPath(path);
    }
    p.restore();
}

} // namespace qh
