#include "scalebar.h"

#include <cmath>

#include <QPainter>

#include "mapview.h"

namespace qh {

double roundScaleLength(double maxMetres)
{
    const double mag = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double len = mag;
    for (double f : {1.0, 2.0, 5.0, 10.0})
        if (f * mag <= maxMetres)
            len = f * mag;
    return len;
}

void paintScaleBar(QPainter &p, const MapView &view, const QPointF &bottomRight)
{
    const double len = roundScaleLength(120 * view.metresPerPixel);
    const double px = len / view.metresPerPixel;
    const double x0 = bottomRight.x() - px, y0 = bottomRight.y();
    p.setPen(QPen(Qt::black, 2));
    p.drawLine(QPointF(x0, y0), QPointF(x0 + px, y0));
    p.drawLine(QPointF(x0, y0 - 5), QPointF(x0, y0));
    p.drawLine(QPointF(x0 + px, y0 - 5), QPointF(x0 + px, y0));
    const QString label = len >= 1000 ? QStringLiteral("%1 km").arg(len / 1000) : QStringLiteral("%1 m").arg(len);
    p.drawText(QRectF(x0, y0 - 22, px, 16), Qt::AlignCenter, label);
}

} // namespace qh
